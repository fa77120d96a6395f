import * as XLSX from '@e965/xlsx';
import { assertSoundWorkbookStream, type CfbStream } from './biffStream';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { WorkbookReadError } from './readErrors';
import { decodeUtf16, utf16Order } from './spreadsheetMlText';
import { listZip, readZipEntry, type ZipEntry } from './zipPackage';

/**
 * What a workbook's content is (never its extension): OOXML (.xlsx .xlsm .xltx .xltm),
 * BIFF in a compound file (.xls; 'et' when the file is named .et/.ett, as WPS writes it),
 * SpreadsheetML 2003 XML, or OpenDocument (.ods).
 */
export type WorkbookFormat = 'xlsx' | 'xls' | 'et' | 'spreadsheetml' | 'ods';

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = Buffer.from('%PDF-');
const SPREADSHEET_NS = 'urn:schemas-microsoft-com:office:spreadsheet';
/** How much of a text file is looked at to tell what it is. */
const HEAD = 64 * 1024;

function startsWith(buf: Buffer, magic: ArrayLike<number>): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

/**
 * The format of a workbook's bytes, or a WorkbookReadError saying what the file is instead
 * (encrypted, Word, PowerPoint, CSV, PDF, HTML, plain text, something else).
 * @param fileName only tells .et from .xls for BIFF content, which is the same inside
 */
export function sniffWorkbook(buf: Buffer, fileName: string, limits: ReadLimits = DEFAULT_LIMITS): WorkbookFormat {
  if (buf.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(buf, CFB)) return sniffCompoundFile(buf, fileName);
  if (startsWith(buf, ZIP) && (buf[2] === 3 || buf[2] === 5)) return sniffZip(buf, limits);
  if (startsWith(buf, PDF)) throw new WorkbookReadError('pdf');
  return sniffText(buf, fileName);
}

function sniffZip(buf: Buffer, limits: ReadLimits): WorkbookFormat {
  const entries = listZip(buf, limits);
  const names = new Set(entries.map((e) => e.name));
  const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  if (names.has('[Content_Types].xml')) {
    // The package's main part says what it is; a stray folder of another kind (word/ in a workbook) does not.
    const main = mainPart(buf, entries, limits) ?? guessedMainPart(names, has);
    if (main.startsWith('xl/')) {
      if (main.endsWith('.bin')) throw new WorkbookReadError('xlsb');
      return 'xlsx';
    }
    if (main.startsWith('word/')) throw new WorkbookReadError('word');
    if (main.startsWith('ppt/')) throw new WorkbookReadError('powerpoint');
    throw new WorkbookReadError('not-workbook');
  }
  const mimetype = names.has('mimetype') && buf.includes('application/vnd.oasis.opendocument.spreadsheet');
  if (mimetype && names.has('content.xml')) return 'ods';
  if (names.has('EncryptedPackage')) throw new WorkbookReadError('encrypted');
  throw new WorkbookReadError('not-workbook');
}

/** The target of the package's officeDocument relationship (`_rels/.rels`, ECMA-376-2 §8.3), without a leading /; null when there is none. */
function mainPart(buf: Buffer, entries: ZipEntry[], limits: ReadLimits): string | null {
  const rels = entries.find((e) => e.name === '_rels/.rels');
  if (!rels) return null;
  const xml = readZipEntry(buf, rels, Math.min(limits.entryBytes, 2 ** 20), limits).toString('utf8');
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
    const type = attr('Type');
    const target = attr('Target');
    if (type && target && /\/officeDocument$/.test(type[1] ?? type[2])) return (target[1] ?? target[2]).replace(/^\//, '');
  }
  return null;
}

/** Without a main-part relationship: the workbook part if there is one, else the folder there is. */
function guessedMainPart(names: Set<string>, has: (prefix: string) => boolean): string {
  if (names.has('xl/workbook.bin')) return 'xl/workbook.bin';
  if (names.has('xl/workbook.xml')) return 'xl/workbook.xml';
  for (const folder of ['word/', 'ppt/', 'xl/']) if (has(folder)) return folder;
  return '';
}

function sniffCompoundFile(buf: Buffer, fileName: string): WorkbookFormat {
  let container: { FullPaths: string[]; FileIndex: CfbStream[] };
  try {
    container = XLSX.CFB.read(buf, { type: 'buffer' }) as unknown as typeof container;
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  const paths = container.FullPaths.map((p: string) => p.replace(/\/$/, '').split('/').pop()!.toLowerCase());
  const has = (name: string) => paths.includes(name.toLowerCase());
  if (has('EncryptedPackage') || has('EncryptionInfo')) throw new WorkbookReadError('encrypted');
  if (has('Workbook') || has('Book')) {
    assertSoundWorkbookStream(container.FileIndex);
    return /\.ett?$/i.test(fileName) ? 'et' : 'xls';
  }
  if (has('WordDocument')) throw new WorkbookReadError('word');
  if (has('PowerPoint Document')) throw new WorkbookReadError('powerpoint');
  throw new WorkbookReadError('not-workbook');
}

/** The first characters of a text file, decoded by its byte-order mark, or as UTF-16 when it starts with `<` in UTF-16 (else UTF-8). */
function headText(buf: Buffer): string | null {
  const head = buf.subarray(0, HEAD);
  const order = utf16Order(head);
  if (order) return decodeUtf16(head, order);
  if (head.includes(0)) return null;
  return head.toString('utf8').replace(/^\uFEFF/, '');
}

function sniffText(buf: Buffer, fileName: string): WorkbookFormat {
  const text = headText(buf);
  if (text === null) throw new WorkbookReadError('not-workbook');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    const root = rootElement(trimmed);
    if (root === 'workbook' && trimmed.includes(SPREADSHEET_NS)) return 'spreadsheetml';
    if (root === 'html' || root === 'table' || /^<!doctype\s+html/i.test(trimmed)) throw new WorkbookReadError('html');
    throw new WorkbookReadError('not-workbook');
  }
  if (/\.(csv|tsv)$/i.test(fileName) || looksDelimited(trimmed)) throw new WorkbookReadError('csv');
  throw new WorkbookReadError('text');
}

/** The local name of the first element, past the XML declaration, processing instructions, comments and doctype. */
function rootElement(xml: string): string | null {
  const m = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<([A-Za-z_][\w.:-]*)/i.exec(xml);
  return m ? m[1].replace(/^.*:/, '').toLowerCase() : null;
}

/** Several lines with the same, non-zero number of commas, semicolons or tabs. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  if (lines.length === 0) return false;
  return [',', '\t', ';'].some((d) => {
    const counts = lines.map((l) => l.split(d).length - 1);
    return counts[0] > 0 && counts.every((c) => c === counts[0]);
  });
}
