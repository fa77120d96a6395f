/** Small .xlsx packages built by hand (fflate), so that hostile sheets stay tiny on disk. */
import zlib from 'node:zlib';
import { deflateSync, zipSync, type Zippable } from 'fflate';

export interface RawSheet {
  name: string;
  /** The whole worksheet part (xl/worksheets/sheetN.xml). */
  xml: string | Uint8Array;
}

const enc = (s: string) => new TextEncoder().encode(s);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts around the sheets: content types, relationships, workbook. */
function frame(sheets: { name: string }[]): Record<string, Uint8Array> {
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return {
    '[Content_Types].xml': enc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    ),
    '_rels/.rels': enc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': enc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
}

/** An .xlsx of the given worksheet parts (inline strings only: no shared-strings part needed). */
export function xlsxOf(sheets: RawSheet[]): Buffer {
  const files: Zippable = frame(sheets);
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = typeof s.xml === 'string' ? enc(s.xml) : s.xml));
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** A worksheet part: `<sheetData>` rows and the rest (merges …) after it. */
export function sheetXml(rows: string, after = '', dimension?: string): string {
  const dim = dimension ? `<dimension ref="${dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}">${dim}<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** A cell: a number, an inline string, or an error value ({ error: '#DIV/0!' }). */
export function cell(ref: string, v: string | number | { error: string }): string {
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'object') return `<c r="${ref}" t="e"><v>${esc(v.error)}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
}

/** A row of cells from column A: `values` may hold null for a gap. */
export function row(n: number, values: (string | number | { error: string } | null)[]): string {
  const cells = values.map((v, i) => (v === null ? '' : cell(`${String.fromCharCode(65 + i)}${n}`, v))).join('');
  return `<row r="${n}">${cells}</row>`;
}

/**
 * A zip bomb: a valid .xlsx whose sheet part inflates to `inflatedBytes` (spaces inside an XML
 * comment) while a few MB on disk. One megabyte of spaces deflated on its own (its references
 * reach only into itself) and byte-aligned by a sync flush is repeated: each copy inflates to
 * the same megabyte; the tail is a last stored block.
 */
export function zipBomb(inflatedBytes: number): Buffer {
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const head = Buffer.from(sheetXml('').replace('</sheetData></worksheet>', '') + '<!--');
  const tail = Buffer.from('--></sheetData></worksheet>');
  const mb = Buffer.alloc(2 ** 20, 0x20);
  const copies = Math.ceil(inflatedBytes / mb.length);
  const block = zlib.deflateRawSync(mb, sync);
  const last = Buffer.concat([Buffer.from([0x01, tail.length & 0xff, tail.length >> 8, ~tail.length & 0xff, (~tail.length >> 8) & 0xff]), tail]);
  const deflated = Buffer.concat([zlib.deflateRawSync(head, sync), ...Array.from({ length: copies }, () => block), last]);
  let crc = zlib.crc32(head);
  for (let i = 0; i < copies; i++) crc = zlib.crc32(mb, crc);
  crc = zlib.crc32(tail, crc);
  const size = head.length + copies * mb.length + tail.length;
  const entries = Object.entries(frame([{ name: 'Sheet1' }])).map(([name, data]) => ({ name, deflated: Buffer.from(deflateSync(data)), crc: zlib.crc32(data), size: data.length }));
  entries.push({ name: 'xl/worksheets/sheet1.xml', deflated, crc, size });
  return zipRaw(entries);
}

type RawEntry = { name: string; deflated: Buffer; crc: number; size: number };

/**
 * A local or central header: signature, version needed 2.0 and then, from `methodAt`, method 8
 * (deflate), time and date 0, CRC, sizes and the name's length (the same fields in both).
 */
function header(signature: number, length: number, methodAt: number, e: RawEntry, nameLength: number): Buffer {
  const h = Buffer.alloc(length);
  h.writeUInt32LE(signature, 0);
  h.writeUInt16LE(20, methodAt - 4);
  h.writeUInt16LE(8, methodAt);
  h.writeUInt32LE(e.crc >>> 0, methodAt + 6);
  h.writeUInt32LE(e.deflated.length, methodAt + 10);
  h.writeUInt32LE(e.size >>> 0, methodAt + 14);
  h.writeUInt16LE(nameLength, methodAt + 18);
  return h;
}

/** A zip of already deflated entries (method 8), sizes in 32 bits. */
function zipRaw(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = header(0x04034b50, 30, 8, e, name.length);
    const central = header(0x02014b50, 46, 10, e, name.length);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
