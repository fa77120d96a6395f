import type { Document, Element } from '@xmldom/xmldom';
import { toA1 } from '../../core/grid/address';
import { NOTE_HEADING } from '../../core/vocabulary';
import type { OoxmlPackage } from './ooxmlPackage';
import type { CellRef, SheetXml } from './sheetXml';
import { child, children, createLike, ensureChild, escapeXml, MAIN_NS, parseXml } from './xml';
import { escapeXstring } from './xstring';

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_CT = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/**
 * Adds notes to one worksheet through its legacy comments part and VML drawing (creating
 * them, their relationships and content types when the sheet has no note yet). A cell that
 * already has a note keeps its text; ours is appended below it. Our text quotes names from the
 * workbook, so it goes in as an OOXML escaped string (a control character as _xHHHH_).
 */
export function addNotes(pkg: OoxmlPackage, sheetPath: string, sheet: SheetXml, notes: Map<CellRef, string>): void {
  if (notes.size === 0) return;
  const rels = pkg.relationships(sheetPath);
  const commentsPath = rels.find((r) => r.type === 'comments')?.target ?? createComments(pkg, sheetPath);
  const vmlPath = legacyDrawingPath(pkg, sheetPath, sheet) ?? createVml(pkg, sheetPath, sheet);
  const doc = pkg.xml(commentsPath)!;
  const root = doc.documentElement!;
  const list = ensureChild(doc, root, 'commentList');
  const existing = new Map(children(list, 'comment').map((c) => [c.getAttribute('ref') ?? '', c]));
  const author = authorId(doc, root);
  const shapes: CellRef[] = [];
  for (const [cell, raw] of notes) {
    const ref = toA1(cell.row, cell.col);
    const text = escapeXstring(raw);
    const old = existing.get(ref);
    if (old) appendText(doc, old, text);
    else {
      list.appendChild(newComment(doc, list, ref, author, text));
      shapes.push(cell);
    }
  }
  if (shapes.length > 0) addShapes(pkg, vmlPath, shapes);
}

function authorId(doc: Document, root: Element): number {
  const authors = ensureChild(doc, root, 'authors', true);
  const names = children(authors, 'author');
  const at = names.findIndex((a) => a.textContent === NOTE_HEADING);
  if (at >= 0) return at;
  const el = createLike(doc, authors, 'author');
  el.appendChild(doc.createTextNode(NOTE_HEADING));
  authors.appendChild(el);
  return names.length;
}

function textRun(doc: Document, like: Element, text: string): Element {
  const t = createLike(doc, like, 't');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  return t;
}

/** A rich-text run (<r><t>), as Excel writes note text and as every reader takes it. */
function run(doc: Document, like: Element, text: string): Element {
  const r = createLike(doc, like, 'r');
  r.appendChild(textRun(doc, like, text));
  return r;
}

function newComment(doc: Document, like: Element, ref: string, author: number, text: string): Element {
  const c = createLike(doc, like, 'comment');
  c.setAttribute('ref', ref);
  c.setAttribute('authorId', String(author));
  const body = createLike(doc, like, 'text');
  body.appendChild(run(doc, like, text));
  c.appendChild(body);
  return c;
}

/** Our text after the note's own, on a new line: as a run of its own where the note has runs. */
function appendText(doc: Document, comment: Element, text: string): void {
  const body = ensureChild(doc, comment, 'text');
  const runs = children(body, 'r');
  if (runs.length > 0) {
    body.insertBefore(run(doc, body, `\n${text}`), children(body, 'rPh')[0] ?? children(body, 'phoneticPr')[0] ?? null);
    return;
  }
  const t = child(body, 't');
  if (t) t.appendChild(doc.createTextNode(`\n${text}`));
  else body.appendChild(textRun(doc, body, text));
}

function createComments(pkg: OoxmlPackage, sheetPath: string): string {
  const path = pkg.freeName('xl/comments', '.xml');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors/><commentList/></comments>`;
  pkg.setXml(path, parseXml(xml, path));
  pkg.addRelationship(sheetPath, `${REL_TYPE}/comments`, path);
  pkg.addContentType({ part: path }, COMMENTS_CT);
  return path;
}

function legacyDrawingPath(pkg: OoxmlPackage, sheetPath: string, sheet: SheetXml): string | null {
  const id = sheet.legacyDrawingId();
  if (!id) return null;
  return pkg.relationships(sheetPath).find((r) => r.id === id)?.target ?? null;
}

/** The highest shape-id block (o:idmap data) any VML drawing of the package uses. */
function maxIdBlock(pkg: OoxmlPackage, paths: string[]): number {
  let max = 0;
  for (const p of paths) for (const m of (pkg.text(p) ?? '').matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]+)"/g)) for (const n of m[1].split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
  return max;
}

function createVml(pkg: OoxmlPackage, sheetPath: string, sheet: SheetXml): string {
  const others = [...new Set(pkg.relationships(sheetPath).map((r) => r.target))].filter((t) => t.endsWith('.vml'));
  const allVml = vmlParts(pkg, others);
  const block = maxIdBlock(pkg, allVml) + 1;
  const path = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
  pkg.setText(
    path,
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`,
  );
  const id = pkg.addRelationship(sheetPath, `${REL_TYPE}/vmlDrawing`, path);
  pkg.addContentType({ extension: 'vml' }, VML_CT);
  sheet.addLegacyDrawing(id);
  return path;
}

/** Every VML part of the package (they share one shape-id space). */
function vmlParts(pkg: OoxmlPackage, known: string[]): string[] {
  const out = new Set(known);
  for (let n = 1; n < 10_000 && pkg.has(`xl/drawings/vmlDrawing${n}.vml`); n++) out.add(`xl/drawings/vmlDrawing${n}.vml`);
  return [...out];
}

/** Appends a hidden note shape per cell to a VML drawing (text goes in as text: VML is not always well-formed XML). */
function addShapes(pkg: OoxmlPackage, vmlPath: string, cells: CellRef[]): void {
  let vml = pkg.text(vmlPath) ?? '';
  if (!vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${NOTE_SHAPE_TYPE}</xml>`);
  const block = Number(/<o:idmap\b[^>]*\bdata="(\d+)/.exec(vml)?.[1] ?? 1) || 1;
  let next = block * 1024;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) next = Math.max(next, Number(m[1]));
  next++;
  const shapes = cells.map((c) => noteShape(next++, c)).join('');
  const end = vml.lastIndexOf('</xml>');
  pkg.setText(vmlPath, end >= 0 ? `${vml.slice(0, end)}${shapes}${vml.slice(end)}` : `${vml}${shapes}`);
}

function noteShape(id: number, { row, col }: CellRef): string {
  const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:100pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${escapeXml(anchor)}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
