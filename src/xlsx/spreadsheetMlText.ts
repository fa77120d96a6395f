import { WorkbookReadError } from './readErrors';

/**
 * SpreadsheetML 2003 prepared for SheetJS, which reads it as UTF-8 only (a UTF-16 file, as some
 * budget systems and Excel's "XML 电子表格" export in Unicode write it, failed as corrupt), and
 * checked to be whole: SheetJS parses a file cut short (a download or a copy that stopped) as the
 * rows it got, silently — often none, so "no table found" and exit 0. A whole document ends with
 * the root's end tag, followed by nothing but white space, comments and processing instructions.
 */

/** The byte order of a UTF-16 text, by its byte-order mark or (without one) by its first character `<`. */
export function utf16Order(buf: Buffer): 'le' | 'be' | null {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0x3c && buf[1] === 0x00)) return 'le';
  if ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0x00 && buf[1] === 0x3c)) return 'be';
  return null;
}

/** A UTF-16 text decoded (its byte-order mark dropped). */
export function decodeUtf16(buf: Buffer, order: 'le' | 'be'): string {
  const even = buf.subarray(0, buf.length & ~1);
  const text = (order === 'be' ? Buffer.from(even).swap16() : even).toString('utf16le');
  return text.replace(/^\uFEFF/, '');
}

/** How much of the end of the file is looked at for the root's end tag. */
const TAIL = 64 * 1024;
const DECLARED_ENCODING = /^(\s*<\?xml\b[^?]*?\bencoding\s*=\s*)(["'])[^"']*\2/;
const AFTER_ROOT = /(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*$/;
const ROOT_END = /<\/(?:[A-Za-z_][\w.-]*:)?Workbook\s*>$/;

/**
 * The bytes to parse: UTF-16 re-encoded as UTF-8 (its declaration saying so), anything else as it is.
 * Throws WorkbookReadError('corrupt') for a document that does not end with </Workbook>.
 */
export function spreadsheetMlForParsing(bytes: Buffer): Buffer {
  const order = utf16Order(bytes);
  const utf8 = order ? Buffer.from(decodeUtf16(bytes, order).replace(DECLARED_ENCODING, '$1$2UTF-8$2'), 'utf8') : bytes;
  // latin1 keeps every byte one character: the tags are ASCII in UTF-8 and in the ASCII-compatible code pages (GBK).
  const tail = utf8.subarray(Math.max(0, utf8.length - TAIL)).toString('latin1').replace(AFTER_ROOT, '');
  if (!ROOT_END.test(tail)) throw new WorkbookReadError('corrupt', 'spreadsheetml: the file ends before </Workbook> (cut short)');
  return utf8;
}
