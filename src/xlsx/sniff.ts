import { WorkbookReadError } from './readErrors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" as UTF-16LE, the stream name an encrypted OOXML package's CFB directory holds. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/**
 * Refuses, by their first bytes, inputs exceljs cannot read: an encrypted .xlsx (a CFB
 * container holding EncryptionInfo), an .xls/.et (CFB without it), and anything that
 * is not a zip package. A zip that exceljs then fails on is `corrupt` (the caller's job).
 */
export function sniffWorkbook(buf: Buffer, fileName: string): void {
  if (startsWith(buf, CFB)) {
    throw new WorkbookReadError(buf.includes(ENCRYPTION_INFO) ? 'encrypted' : 'legacy-format');
  }
  if (/\.(xls|et|ett|xlt)$/i.test(fileName)) throw new WorkbookReadError('legacy-format');
  if (!startsWith(buf, ZIP)) throw new WorkbookReadError(buf.length === 0 ? 'corrupt' : 'not-xlsx');
}
