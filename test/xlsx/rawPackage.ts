import { strToU8, zipSync, type Zippable } from 'fflate';

/** A minimal .xlsx written part by part, so that tests control every byte of the package. */
export interface RawSheet {
  name: string;
  /** The inside of <sheetData> (rows and cells). */
  sheetData: string;
  /** XML after </sheetData> (mergeCells, conditional formats, …). */
  after?: string;
  /** XML before <sheetData> (sheetViews, cols …). */
  before?: string;
  state?: 'hidden';
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The parts of a workbook with these sheets (shared strings are not used: cells hold inline strings). */
export function rawParts(sheets: RawSheet[], extra: { workbookInner?: string } = {}): Record<string, string> {
  const parts: Record<string, string> = {};
  parts['[Content_Types].xml'] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '</Types>';
  parts['_rels/.rels'] = `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts['xl/workbook.xml'] =
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${extra.workbookInner ?? ''}</workbook>`;
  parts['xl/_rels/workbook.xml.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  parts['xl/styles.xml'] =
    `${XML_HEAD}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '</styleSheet>';
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}">${s.before ?? ''}<sheetData>${s.sheetData}</sheetData>${s.after ?? ''}</worksheet>`;
  });
  return parts;
}

/** Zips parts in the given order (the order of `names`, default the object's). */
export function zipParts(parts: Record<string, string | Uint8Array>, names = Object.keys(parts)): Buffer {
  const files: Zippable = {};
  for (const n of names) files[n] = typeof parts[n] === 'string' ? strToU8(parts[n] as string) : (parts[n] as Uint8Array);
  return Buffer.from(zipSync(files));
}

/** An inline-string cell. */
export const str = (ref: string, text: string, s?: number) => `<c r="${ref}" t="inlineStr"${s !== undefined ? ` s="${s}"` : ''}><is><t>${text}</t></is></c>`;
/** A number cell. */
export const num = (ref: string, v: number, s?: number) => `<c r="${ref}"${s !== undefined ? ` s="${s}"` : ''}><v>${v}</v></c>`;
