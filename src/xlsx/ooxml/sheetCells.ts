import type { Document, Element } from '@xmldom/xmldom';
import { columnIndex, toA1 } from '../../core/grid/address';
import { child, children, createLike } from './xml';

/** A cell to restyle, 0-based. */
export interface CellRef {
  row: number;
  col: number;
}

function cellPosition(ref: string | null): CellRef | null {
  const m = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/**
 * The <c> elements of a worksheet's sheetData, found or created (in row and column order, as
 * the schema requires) — one pass over the rows, then one over each row that is touched.
 */
export class SheetCells {
  private readonly sheetData: Element;
  private readonly rows = new Map<number, Element>();
  private readonly rowNumbers: number[] = [];
  private readonly cellsOf = new Map<number, Map<number, Element>>();

  constructor(private readonly doc: Document) {
    const root = doc.documentElement!;
    const data = child(root, 'sheetData');
    if (!data) throw new Error('worksheet without sheetData');
    this.sheetData = data;
    let implicit = 0;
    for (const row of children(data, 'row')) {
      const r = Number(row.getAttribute('r') ?? implicit + 1) - 1;
      implicit = r + 1;
      this.rows.set(r, row);
      this.rowNumbers.push(r);
    }
    this.rowNumbers.sort((a, b) => a - b);
  }

  /** The style index a cell has now (0 when it has none or does not exist). */
  style(at: CellRef): number {
    const c = this.cellsIn(at.row)?.get(at.col);
    return Number(c?.getAttribute('s') ?? 0) || 0;
  }

  setStyle(at: CellRef, s: number): void {
    this.cell(at).setAttribute('s', String(s));
  }

  private cellsIn(r: number): Map<number, Element> | undefined {
    let cells = this.cellsOf.get(r);
    if (cells) return cells;
    const row = this.rows.get(r);
    if (!row) return undefined;
    cells = new Map();
    let implicit = 0;
    for (const c of children(row, 'c')) {
      const col = cellPosition(c.getAttribute('r'))?.col ?? implicit;
      implicit = col + 1;
      cells.set(col, c);
    }
    this.cellsOf.set(r, cells);
    return cells;
  }

  private cell(at: CellRef): Element {
    const row = this.row(at.row);
    const cells = this.cellsIn(at.row)!;
    const found = cells.get(at.col);
    if (found) return found;
    const c = createLike(this.doc, row, 'c');
    c.setAttribute('r', toA1(at.row, at.col));
    let next: Element | null = null;
    for (const [col, el] of cells) if (col > at.col && (next === null || col < (cellPosition(next.getAttribute('r'))?.col ?? Infinity))) next = el;
    row.insertBefore(c, next);
    cells.set(at.col, c);
    return c;
  }

  private row(r: number): Element {
    const found = this.rows.get(r);
    if (found) return found;
    const row = createLike(this.doc, this.sheetData, 'row');
    row.setAttribute('r', String(r + 1));
    const i = lowerBound(this.rowNumbers, r);
    const next = i < this.rowNumbers.length ? this.rows.get(this.rowNumbers[i])! : null;
    this.sheetData.insertBefore(row, next);
    this.rowNumbers.splice(i, 0, r);
    this.rows.set(r, row);
    this.cellsOf.set(r, new Map());
    return row;
  }
}

/** The first index whose value is ≥ x in an ascending array. */
export function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The top-left cell of the merge holding each cell (the cell itself outside merges): a
 * fill inside a merge shows only on its top-left cell. One pass over the merges, with a
 * binary search among the cells' rows: linear in merges, whatever their number.
 */
export function mergeMasters(doc: Document, cells: CellRef[]): Map<CellRef, CellRef> {
  const out = new Map<CellRef, CellRef>(cells.map((c) => [c, c]));
  const merge = child(doc.documentElement!, 'mergeCells');
  if (!merge || cells.length === 0) return out;
  const byRow = [...cells].sort((a, b) => a.row - b.row);
  const rows = byRow.map((c) => c.row);
  for (const m of children(merge, 'mergeCell')) {
    const [a, b = a] = (m.getAttribute('ref') ?? '').split(':');
    const tl = cellPosition(a);
    const br = cellPosition(b);
    if (!tl || !br) continue;
    for (let i = lowerBound(rows, tl.row); i < byRow.length && byRow[i].row <= br.row; i++) {
      const c = byRow[i];
      if (c.col >= tl.col && c.col <= br.col) out.set(c, tl);
    }
  }
  return out;
}
