import { columnIndex, toA1 } from '../../core/grid/address';
import { lowerBound } from '../../core/grid/lowerBound';
import { REL_NS } from './xml';

/** A cell to mark, 0-based. */
export interface CellRef {
  row: number;
  col: number;
}

/** Worksheet children that come after <legacyDrawing> in schema order. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function refOf(attrs: string): CellRef | null {
  const m = /\sr="\$?([A-Z]+)\$?(\d+)"/.exec(attrs);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/**
 * A worksheet part edited as text, in single linear passes: a sheet of any size (100,000
 * merges, a million rows) is never parsed into a DOM, and every byte we do not change stays.
 */
export class SheetXml {
  private readonly p: string;

  constructor(private xml: string) {
    this.p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  }

  toString(): string {
    return this.xml;
  }

  /**
   * The top-left cell of the merge holding each cell (the cell itself outside merges), as a
   * fill shows only there: one pass over the merges with a binary search among the cells' rows.
   */
  mergeMasters(cells: CellRef[]): Map<CellRef, CellRef> {
    const out = new Map<CellRef, CellRef>(cells.map((c) => [c, c]));
    const byRow = [...cells].sort((a, b) => a.row - b.row);
    const rows = byRow.map((c) => c.row);
    const from = Math.max(0, this.xml.lastIndexOf(`</${this.p}sheetData>`));
    const merge = new RegExp(`<${this.p}mergeCell\\b[^>]*?\\sref="\\$?([A-Z]+)\\$?(\\d+)(?::\\$?([A-Z]+)\\$?(\\d+))?"`, 'g');
    merge.lastIndex = from;
    for (let m = merge.exec(this.xml); m; m = merge.exec(this.xml)) {
      const top = Number(m[2]) - 1;
      const left = columnIndex(m[1]);
      const bottom = m[4] ? Number(m[4]) - 1 : top;
      const right = m[3] ? columnIndex(m[3]) : left;
      for (let i = lowerBound(rows, top); i < byRow.length && byRow[i].row <= bottom; i++) {
        const c = byRow[i];
        if (c.col >= left && c.col <= right) out.set(c, { row: top, col: left });
      }
    }
    return out;
  }

  /**
   * Gives each cell the style `restyle(its current style)` returns (0 when it has none),
   * creating the <c> — and its <row> — where the cell does not exist, in row and column order.
   */
  restyle(cells: CellRef[], restyle: (cell: CellRef, current: number) => number): void {
    const targets = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
    const p = this.p;
    const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(this.xml);
    if (!open) throw new Error('worksheet without sheetData');
    const start = open.index + open[0].length;
    const end = open[1] ? start : this.xml.indexOf(`</${p}sheetData>`, start);
    const out: string[] = [];
    const rowTag = new RegExp(`<${p}row\\b([^>]*?)(/?)>`, 'g');
    rowTag.lastIndex = start;
    let at = start;
    let t = 0;
    let implicitRow = 0;
    for (let m = rowTag.exec(this.xml); m && m.index < end; m = rowTag.exec(this.xml)) {
      const r = /\sr="(\d+)"/.exec(m[1]) ? Number(/\sr="(\d+)"/.exec(m[1])![1]) - 1 : implicitRow;
      implicitRow = r + 1;
      const rowEnd = m[2] ? rowTag.lastIndex : this.xml.indexOf(`</${p}row>`, rowTag.lastIndex) + `</${p}row>`.length;
      out.push(this.xml.slice(at, m.index));
      for (; t < targets.length && targets[t].row < r; ) t = this.newRow(out, targets, t, restyle);
      let mine = t;
      while (mine < targets.length && targets[mine].row === r) mine++;
      if (mine === t) out.push(this.xml.slice(m.index, rowEnd));
      else out.push(this.rewriteRow(m, rowEnd, targets.slice(t, mine), restyle));
      t = mine;
      at = rowEnd;
      rowTag.lastIndex = rowEnd;
    }
    out.push(this.xml.slice(at, end));
    while (t < targets.length) t = this.newRow(out, targets, t, restyle);
    const body = out.join('');
    this.xml = open[1]
      ? `${this.xml.slice(0, open.index)}${open[0].replace(/\s*\/>$/, '>')}${body}</${p}sheetData>${this.xml.slice(start)}`
      : `${this.xml.slice(0, start)}${body}${this.xml.slice(end)}`;
  }

  /** Writes a new row for the targets of row targets[t].row; returns the index past them. */
  private newRow(out: string[], targets: CellRef[], t: number, restyle: (cell: CellRef, current: number) => number): number {
    const r = targets[t].row;
    out.push(`<${this.p}row r="${r + 1}">`);
    for (; t < targets.length && targets[t].row === r; t++) out.push(this.newCell(targets[t], restyle(targets[t], 0)));
    out.push(`</${this.p}row>`);
    return t;
  }

  private newCell(at: CellRef, s: number): string {
    return `<${this.p}c r="${toA1(at.row, at.col)}" s="${s}"/>`;
  }

  /** The row with its targets restyled or inserted among its cells. */
  private rewriteRow(m: RegExpExecArray, rowEnd: number, targets: CellRef[], restyle: (cell: CellRef, current: number) => number): string {
    const p = this.p;
    const inner = m[2] ? '' : this.xml.slice(m.index + m[0].length, rowEnd - `</${p}row>`.length);
    const out: string[] = [`<${p}row${m[1]}>`];
    const cellTag = new RegExp(`<${p}c\\b([^>]*?)(/?)>`, 'g');
    let at = 0;
    let t = 0;
    let implicitCol = 0;
    for (let c = cellTag.exec(inner); c; c = cellTag.exec(inner)) {
      const col = refOf(c[1])?.col ?? implicitCol;
      implicitCol = col + 1;
      const cellEnd = c[2] ? cellTag.lastIndex : inner.indexOf(`</${p}c>`, cellTag.lastIndex) + `</${p}c>`.length;
      out.push(inner.slice(at, c.index));
      for (; t < targets.length && targets[t].col < col; t++) out.push(this.newCell(targets[t], restyle(targets[t], 0)));
      if (t < targets.length && targets[t].col === col) {
        const current = Number(/\ss="(\d+)"/.exec(c[1])?.[1] ?? 0);
        const s = restyle(targets[t++], current);
        const attrs = /\ss="\d*"/.test(c[1]) ? c[1].replace(/\ss="\d*"/, ` s="${s}"`) : `${c[1]} s="${s}"`;
        out.push(`<${p}c${attrs}${c[2]}>`, inner.slice(cellTag.lastIndex, cellEnd));
      } else out.push(inner.slice(c.index, cellEnd));
      at = cellEnd;
      cellTag.lastIndex = cellEnd;
    }
    out.push(inner.slice(at));
    for (; t < targets.length; t++) out.push(this.newCell(targets[t], restyle(targets[t], 0)));
    out.push(`</${p}row>`);
    return out.join('');
  }

  /** The relationship id of the sheet's legacy (VML) drawing, or null. */
  legacyDrawingId(): string | null {
    return new RegExp(`<${this.p}legacyDrawing\\b[^>]*?\\s(?:\\w+:)?id="([^"]+)"`).exec(this.xml)?.[1] ?? null;
  }

  /** Adds <legacyDrawing r:id> in its place in schema order (its namespace declared on it). */
  addLegacyDrawing(id: string): void {
    const p = this.p;
    const el = `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
    const from = Math.max(0, this.xml.lastIndexOf(`</${p}sheetData>`));
    const later = new RegExp(`<${p}(?:${AFTER_LEGACY_DRAWING.join('|')})\\b|</${p}worksheet>`, 'g');
    later.lastIndex = from;
    const m = later.exec(this.xml);
    const at = m ? m.index : this.xml.length;
    this.xml = `${this.xml.slice(0, at)}${el}${this.xml.slice(at)}`;
  }
}
