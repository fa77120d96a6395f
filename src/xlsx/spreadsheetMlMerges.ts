/**
 * SheetJS 0.20.3 reads a self-closing merged cell of SpreadsheetML 2003 wrongly: for
 * `<Cell ss:MergeAcross="1" ss:StyleID="s24"/>` (how Excel and budget systems write an empty
 * merged header cell) it advances one column instead of 1 + MergeAcross and drops the merge,
 * because its `/>` branch of parse_xlml never looks at the merge attributes. Every later
 * cell of the row without an ss:Index then lands one or more columns to the left.
 *
 * The pre-pass here rewrites each such tag into `<Cell …></Cell>`, which SheetJS reads
 * right (its closing-tag branch records the merge and skips the merged columns). It is one
 * forward scan: `<` is found natively, only Cell tags are read further, and each character
 * of a tag is looked at once — no regular expression runs over the file.
 */

/** The characters of a text: a Buffer in an ASCII-compatible encoding, or a decoded UTF-16 string. */
interface Text {
  readonly length: number;
  at(i: number): number;
  find(code: number, from: number): number;
  findText(s: string, from: number): number;
}

/** Where one self-closing merged cell's tag gets its end tag: the `/` of `/>`, and its tag name. */
interface Opening {
  slash: number;
  nameStart: number;
  nameEnd: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const MERGE_ATTRIBUTES = new Set(['MergeAcross', 'MergeDown']);

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const endsName = (c: number) => isSpace(c) || c === SLASH || c === GT || c === EQUALS || c === LT;

function nameEnd(text: Text, from: number): number {
  let i = from;
  while (i < text.length && !endsName(text.at(i))) i++;
  return i;
}

/** The local part of a name (after its prefix), as ASCII text: enough to compare with ASCII names. */
function localName(text: Text, start: number, end: number): string {
  let local = '';
  for (let i = start; i < end; i++) local = text.at(i) === 0x3a ? '' : local + String.fromCharCode(text.at(i));
  return local;
}

/** Past a comment, CDATA section or processing instruction opening at `lt`; -1 when `lt` opens none of them. */
function pastMarkup(text: Text, lt: number): number {
  const next = text.at(lt + 1);
  const close = (s: string) => {
    const at = text.findText(s, lt + 2);
    return at < 0 ? text.length : at + s.length;
  };
  if (next === 0x3f) return close('?>');
  if (next !== 0x21) return -1;
  if (text.at(lt + 2) === 0x2d && text.at(lt + 3) === 0x2d) return close('-->');
  if (text.at(lt + 2) === 0x5b) return close(']]>');
  return -1;
}

/**
 * Reads the attributes of the tag whose name ends at `from`: where the tag ends, whether it
 * closes itself, whether it has a merge attribute. Null when the tag is not well formed.
 */
function readAttributes(text: Text, from: number): { end: number; selfClosing: boolean; merged: boolean } | null {
  let merged = false;
  let i = from;
  for (;;) {
    while (i < text.length && isSpace(text.at(i))) i++;
    if (i >= text.length) return null;
    const c = text.at(i);
    if (c === GT) return { end: i + 1, selfClosing: false, merged };
    if (c === SLASH) return text.at(i + 1) === GT ? { end: i + 2, selfClosing: true, merged } : null;
    const attrEnd = nameEnd(text, i);
    if (attrEnd === i) return null;
    if (MERGE_ATTRIBUTES.has(localName(text, i, attrEnd))) merged = true;
    i = attrEnd;
    while (i < text.length && isSpace(text.at(i))) i++;
    if (text.at(i) !== EQUALS) return null;
    i++;
    while (i < text.length && isSpace(text.at(i))) i++;
    const quote = text.at(i);
    if (quote !== 0x22 && quote !== 0x27) return null;
    const closing = text.find(quote, i + 1);
    if (closing < 0) return null;
    i = closing + 1;
  }
}

/** Every self-closing Cell tag (any prefix) with ss:MergeAcross or ss:MergeDown, in order. */
function findMergedEmptyCells(text: Text): Opening[] {
  const found: Opening[] = [];
  let at = text.find(LT, 0);
  while (at >= 0) {
    let next = pastMarkup(text, at);
    if (next < 0) {
      const end = nameEnd(text, at + 1);
      next = end;
      if (localName(text, at + 1, end).toLowerCase() === 'cell') {
        const tag = readAttributes(text, end);
        if (tag) {
          next = tag.end;
          if (tag.selfClosing && tag.merged) found.push({ slash: tag.end - 2, nameStart: at + 1, nameEnd: end });
        }
      }
    }
    at = next < text.length ? text.find(LT, next) : -1;
  }
  return found;
}

function bufferText(buf: Buffer): Text {
  return {
    length: buf.length,
    at: (i) => buf[i] ?? -1,
    find: (code, from) => buf.indexOf(code, from),
    findText: (s, from) => buf.indexOf(s, from, 'latin1'),
  };
}

function stringText(s: string): Text {
  return {
    length: s.length,
    at: (i) => (i < s.length ? s.charCodeAt(i) : -1),
    find: (code, from) => s.indexOf(String.fromCharCode(code), from),
    findText: (t, from) => s.indexOf(t, from),
  };
}

function openInBuffer(buf: Buffer, openings: Opening[]): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (const o of openings) {
    parts.push(buf.subarray(from, o.slash), Buffer.from('></'), buf.subarray(o.nameStart, o.nameEnd), Buffer.from('>'));
    from = o.slash + 2;
  }
  parts.push(buf.subarray(from));
  return Buffer.concat(parts);
}

function openInString(s: string, openings: Opening[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const o of openings) {
    parts.push(s.slice(from, o.slash), '></', s.slice(o.nameStart, o.nameEnd), '>');
    from = o.slash + 2;
  }
  parts.push(s.slice(from));
  return parts.join('');
}

/** A UTF-16 text (by its byte-order mark) with its merged empty cells opened, in the same encoding. */
function openUtf16(xml: Buffer, bigEndian: boolean): Buffer {
  const body = Buffer.from(xml.subarray(2));
  const s = (bigEndian ? body.swap16() : body).toString('utf16le');
  const openings = findMergedEmptyCells(stringText(s));
  if (openings.length === 0) return xml;
  const out = Buffer.from(openInString(s, openings), 'utf16le');
  return Buffer.concat([xml.subarray(0, 2), bigEndian ? out.swap16() : out]);
}

/**
 * A SpreadsheetML 2003 workbook's bytes with every self-closing merged cell
 * (`<Cell ss:MergeAcross="1"/>`, `<ss:Cell ss:StyleID="s1" ss:MergeDown="2" />`) written as
 * `<Cell …></Cell>`, so that SheetJS keeps the merge and the columns after it. The same
 * Buffer when there is none. UTF-8 (and any ASCII-compatible encoding) and UTF-16 with a BOM.
 * @example XLSX.read(openMergedEmptyCells(bytes), { type: 'buffer' })
 */
export function openMergedEmptyCells(xml: Buffer): Buffer {
  if (xml[0] === 0xff && xml[1] === 0xfe) return openUtf16(xml, false);
  if (xml[0] === 0xfe && xml[1] === 0xff) return openUtf16(xml, true);
  const openings = findMergedEmptyCells(bufferText(xml));
  return openings.length === 0 ? xml : openInBuffer(xml, openings);
}
