/**
 * OOXML escaped strings (ECMA-376 Part 1, 22.9.2.19 ST_Xstring; as Office applies it, MS-OI29500
 * 2.1.1747): a character XML 1.0 cannot hold is written `_xHHHH_` (hex UTF-16 code unit), and
 * the leading underscore of a literal `_xHHHH_` is escaped as `_x005F_`, so that reading it
 * back gives the same text. Office escapes carriage return too (XML parsers turn a raw CR into
 * LF) but not tab or line feed in element content. Every reader (Excel, SheetJS) decodes it.
 */
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** C0 but tab and line feed, and the two non-characters XML 1.0 excludes. */
const NOT_XML = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Text as an ST_Xstring: written into a part, it is well-formed XML and reads back as `text`.
 * @example escapeXstring('a\x08b _x0041_') // 'a_x0008_b _x005F_x0041_'
 */
export function escapeXstring(text: string): string {
  return escapeLiteralEscapes(text).replace(NOT_XML, (c) => `_x${hex4(c)}_`);
}

/**
 * Only the leading underscore of each literal `_xHHHH_` escaped: for a writer (SheetJS) that
 * escapes control characters itself but not these.
 * @example escapeLiteralEscapes('_x0041_') // '_x005F_x0041_'
 */
export function escapeLiteralEscapes(text: string): string {
  return text.replace(LITERAL_ESCAPE, '_x005F_$1');
}

/**
 * The text of an ST_Xstring (a sheet's name in workbook.xml, a cell's text): one pass, so
 * `_x005F_x0041_` gives `_x0041_`.
 * @example unescapeXstring('自评_x0007_表') // '自评\x07表'
 */
export function unescapeXstring(text: string): string {
  return text.replace(ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
