import type { Document, Element } from '@xmldom/xmldom';
import type { Severity } from '../../core/report/types';
import { SEVERITY_FILL } from '../../core/vocabulary';
import { child, children, createLike } from './xml';
import type { OoxmlPackage } from './ooxmlPackage';

/**
 * Adds our fills to a workbook's styles.xml: each marked cell gets a copy of its own cell
 * format (font, border, number format, alignment, protection kept) with our solid fill, so
 * that only the colour changes. One copy per (original format, severity).
 */
export class FillStyles {
  private readonly doc: Document;
  private readonly cellXfs: Element;
  private readonly fills: Element;
  private readonly fillIds = new Map<Severity, number>();
  private readonly clones = new Map<string, number>();

  constructor(pkg: OoxmlPackage, stylesPath: string) {
    const doc = pkg.xml(stylesPath);
    if (!doc) throw new Error(`${stylesPath} missing`);
    this.doc = doc;
    const root = doc.documentElement!;
    this.fills = child(root, 'fills') ?? insertFills(doc, root);
    this.cellXfs = child(root, 'cellXfs') ?? insertCellXfs(doc, root);
    if (children(this.cellXfs, 'xf').length === 0) this.cellXfs.appendChild(createLike(doc, this.cellXfs, 'xf'));
  }

  /** The index of a cell format like `s` but filled for `severity`. */
  styleFor(s: number, severity: Severity): number {
    const key = `${s}/${severity}`;
    const known = this.clones.get(key);
    if (known !== undefined) return known;
    const xfs = children(this.cellXfs, 'xf');
    const original = xfs[s] ?? xfs[0];
    const copy = original.cloneNode(true) as Element;
    copy.setAttribute('fillId', String(this.fillId(severity)));
    copy.setAttribute('applyFill', '1');
    this.cellXfs.appendChild(copy);
    this.cellXfs.setAttribute('count', String(xfs.length + 1));
    this.clones.set(key, xfs.length);
    return xfs.length;
  }

  private fillId(severity: Severity): number {
    const known = this.fillIds.get(severity);
    if (known !== undefined) return known;
    const argb = `FF${SEVERITY_FILL[severity].slice(1).toUpperCase()}`;
    const fill = createLike(this.doc, this.fills, 'fill');
    const pattern = createLike(this.doc, this.fills, 'patternFill');
    pattern.setAttribute('patternType', 'solid');
    const fg = createLike(this.doc, this.fills, 'fgColor');
    fg.setAttribute('rgb', argb);
    const bg = createLike(this.doc, this.fills, 'bgColor');
    bg.setAttribute('indexed', '64');
    pattern.appendChild(fg);
    pattern.appendChild(bg);
    fill.appendChild(pattern);
    const id = children(this.fills, 'fill').length;
    this.fills.appendChild(fill);
    this.fills.setAttribute('count', String(id + 1));
    this.fillIds.set(severity, id);
    return id;
  }
}

/** styleSheet children come in schema order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, … */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

function insertInOrder(doc: Document, root: Element, name: string): Element {
  const el = createLike(doc, root, name);
  const after = ORDER.slice(ORDER.indexOf(name) + 1);
  let before: Element | null = null;
  for (let n = root.firstChild; n && !before; n = n.nextSibling) if (n.nodeType === 1 && after.includes((n as Element).localName ?? '')) before = n as Element;
  root.insertBefore(el, before);
  return el;
}

function insertFills(doc: Document, root: Element): Element {
  const fills = insertInOrder(doc, root, 'fills');
  for (const type of ['none', 'gray125']) {
    const fill = createLike(doc, fills, 'fill');
    const p = createLike(doc, fills, 'patternFill');
    p.setAttribute('patternType', type);
    fill.appendChild(p);
    fills.appendChild(fill);
  }
  fills.setAttribute('count', '2');
  return fills;
}

function insertCellXfs(doc: Document, root: Element): Element {
  return insertInOrder(doc, root, 'cellXfs');
}
