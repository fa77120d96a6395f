import { displayText } from './displayText';
import { lowerBound } from './lowerBound';
import type { Grid, GridCell, MergedArea } from './types';

/**
 * Read access to a Grid in sheet coordinates, resolving merged cells: built once per
 * grid (merges indexed by row, formatted numbers cached) so that every lookup is
 * O(merges in the row).
 */
export class SheetView {
  readonly sheet: string;
  /** Inclusive used bounds in sheet coordinates (bottom < top when the grid is empty). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The merges crossing each row that one crosses (rows of a merge reaching past the grid's last row: only its first). */
  private readonly mergesByRow = new Map<number, MergedArea[]>();
  /** Texts of cells without a text of their own (numbers, booleans), by row − top and column − left. */
  private readonly formatted: (string | undefined)[][] = [];
  /** Per sheet row looked at: whether a stored cell holds a number (header searches skip those rows). */
  private readonly numberInRow = new Map<number, boolean>();
  /**
   * The sheet rows that exist (a stored cell, or the first row of a merge), ascending: grids are
   * sparse, so every search walks these, never the used-area rectangle (one cell at XFD1048576).
   */
  private readonly rowList: number[];
  /** Per sheet row, the columns with a stored cell or under a merge crossing the row, ascending (made on first use). */
  private readonly columnLists = new Map<number, number[]>();

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.bottom = grid.originRow + grid.cells.length - 1;
    let width = 0;
    const rowSet = new Set<number>();
    for (const i of existingIndices(grid.cells)) {
      const row = grid.cells[i];
      if (!row) continue;
      if (row.length > width) width = row.length;
      if (existingIndices(row).some((c) => row[c])) rowSet.add(grid.originRow + i);
    }
    for (const m of grid.merges) rowSet.add(m.top);
    this.rowList = [...rowSet].sort((a, b) => a - b);
    this.right = grid.originCol + width - 1;
    for (const m of grid.merges) {
      for (let r = m.top; r <= this.lastIndexedRow(m); r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  /** A merge is looked up in its rows down to the grid's last row (its first row at least). */
  private lastIndexedRow(m: MergedArea): number {
    return Math.min(m.bottom, Math.max(this.bottom, m.top));
  }

  /** The cell stored at (row, col) itself; inside a merge, only the top-left one has a value. */
  own(row: number, col: number): GridCell | null {
    const cells = this.grid.cells[row - this.top];
    return (cells && cells[col - this.left]) || null;
  }

  /** The merged area covering (row, col), or null. */
  mergeAt(row: number, col: number): MergedArea | null {
    const list = this.mergesByRow.get(row);
    if (list === undefined) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  /** The existing rows from `from` to `to` (inclusive), ascending. */
  rowsBetween(from: number, to: number): number[] {
    const list = this.rowList;
    const out: number[] = [];
    for (let i = lowerBound(list, from); i < list.length && list[i] <= to; i++) out.push(list[i]);
    return out;
  }

  /** The columns of `row` that may show something (a stored cell, or a merge crossing the row), ascending. */
  columnsIn(row: number): readonly number[] {
    let cols = this.columnLists.get(row);
    if (cols === undefined) {
      const set = new Set<number>();
      const cells = this.grid.cells[row - this.top];
      if (cells) for (const i of existingIndices(cells)) if (cells[i]) set.add(this.left + i);
      for (const m of this.mergesCrossing(row)) for (let c = m.left; c <= m.right; c++) set.add(c);
      cols = [...set].sort((a, b) => a - b);
      this.columnLists.set(row, cols);
    }
    return cols;
  }

  /** The existing columns of `row` from `from` to `to` (inclusive). */
  columnsBetween(row: number, from: number, to: number): number[] {
    return this.columnsIn(row).filter((c) => c >= from && c <= to);
  }

  private mergesCrossing(row: number): readonly MergedArea[] {
    return this.mergesByRow.get(row) ?? [];
  }

  /** Whether any cell stored in `row` holds a number value: header rows hold words only, so searches skip it. */
  hasNumber(row: number): boolean {
    let found = this.numberInRow.get(row);
    if (found === undefined) {
      const cells = this.grid.cells[row - this.top];
      found = cells !== undefined && existingIndices(cells).some((c) => typeof cells[c]?.value === 'number');
      this.numberInRow.set(row, found);
    }
    return found;
  }

  /** The cell shown at (row, col): the top-left cell of its merge, else the cell itself. */
  shown(row: number, col: number): GridCell | null {
    const m = this.mergeAt(row, col);
    return m ? this.own(m.top, m.left) : this.own(row, col);
  }

  /** The displayed text shown at (row, col), trimmed ('' when empty). */
  text(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.storedText(m.top, m.left) : this.storedText(row, col);
  }

  /**
   * The displayed text of the cell stored at (row, col), trimmed, without looking at merges
   * (for callers that resolved the merge already). A host's text or a string value is used
   * as it is; numbers are formatted once.
   */
  storedText(row: number, col: number): string {
    const ri = row - this.top;
    const ci = col - this.left;
    if (ri < 0 || ci < 0) return '';
    const cell = this.own(row, col);
    if (!cell) return '';
    if (typeof cell.text === 'string') return cell.text.trim();
    if (typeof cell.value === 'string' && (cell.text === undefined || cell.text === null)) return cell.value.trim();
    const cached = this.formatted[ri]?.[ci];
    if (cached !== undefined) return cached;
    const t = displayText(cell).trim();
    (this.formatted[ri] ??= [])[ci] = t;
    return t;
  }

  /** The text of the cell itself, ignoring merges ('' inside a merge except at its top-left). */
  ownText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) return '';
    return this.storedText(row, col);
  }

  /** Whether (row, col) lies in a merge that spans more than one row and did not start in this row. */
  continuesFromAbove(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== null && m.top < row;
  }
}

/**
 * The indices of an array that hold an element, ascending: a sparse array (the reader's rows with
 * holes) is walked by its keys, in the time of the elements it has, not of its length; a short one
 * (a row of a form, the rows of a sheet) directly, which is several times cheaper than its keys.
 */
function existingIndices(list: readonly unknown[]): number[] {
  if (list.length > WALKED_DIRECTLY) return Object.keys(list).map(Number);
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (list[i] !== undefined) out.push(i);
  return out;
}

/** Longer arrays are walked by their keys (one cell at XFD1048576 makes a row 16,384 long). */
const WALKED_DIRECTLY = 4096;
