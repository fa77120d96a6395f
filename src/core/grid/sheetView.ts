import { displayText } from './displayText';
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
  /**
   * The merges crossing each row of the grid, without an object per row: the indices into
   * grid.merges of row r − top are mergeIds[mergeStart[r − top] .. mergeStart[r − top + 1]).
   */
  private readonly mergeStart: Int32Array;
  private readonly mergeIds: Int32Array;
  /** The same for rows outside the grid (merges reaching above or below it). */
  private readonly mergesOutside = new Map<number, MergedArea[]>();
  /** Texts of cells without a text of their own (numbers, booleans), by row − top and column − left. */
  private readonly formatted: (string | undefined)[][] = [];
  /** Per row − top: 0 not yet looked at, 1 no number cell, 2 a number cell (header searches skip those rows). */
  private readonly numberInRow: Uint8Array;

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.bottom = grid.originRow + grid.cells.length - 1;
    let width = 0;
    for (const row of grid.cells) if (row && row.length > width) width = row.length;
    this.right = grid.originCol + width - 1;
    this.numberInRow = new Uint8Array(grid.cells.length);
    const rows = grid.cells.length;
    // Two passes over the rows each merge crosses: count per row, then fill in merge order.
    this.mergeStart = new Int32Array(rows + 1);
    for (const m of grid.merges) {
      const last = this.lastIndexedRow(m);
      for (let r = m.top; r <= last; r++) {
        if (r >= this.top && r <= this.bottom) this.mergeStart[r - this.top + 1]++;
        else {
          const list = this.mergesOutside.get(r);
          if (list) list.push(m);
          else this.mergesOutside.set(r, [m]);
        }
      }
    }
    for (let i = 0; i < rows; i++) this.mergeStart[i + 1] += this.mergeStart[i];
    this.mergeIds = new Int32Array(this.mergeStart[rows]);
    const filled = this.mergeStart.slice(0, rows);
    grid.merges.forEach((m, k) => {
      const from = Math.max(m.top, this.top);
      const to = Math.min(this.lastIndexedRow(m), this.bottom);
      for (let r = from; r <= to; r++) this.mergeIds[filled[r - this.top]++] = k;
    });
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
    if (row >= this.top && row <= this.bottom) {
      const merges = this.grid.merges;
      const end = this.mergeStart[row - this.top + 1];
      for (let i = this.mergeStart[row - this.top]; i < end; i++) {
        const m = merges[this.mergeIds[i]];
        if (col >= m.left && col <= m.right) return m;
      }
      return null;
    }
    const list = this.mergesOutside.get(row);
    if (list === undefined) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  /** Whether any cell stored in `row` holds a number value: header rows hold words only, so searches skip it. */
  hasNumber(row: number): boolean {
    const ri = row - this.top;
    const known = ri >= 0 && ri < this.numberInRow.length ? this.numberInRow[ri] : 0;
    if (known !== 0) return known === 2;
    let found = false;
    for (let c = this.left; c <= this.right && !found; c++) if (typeof this.own(row, c)?.value === 'number') found = true;
    if (ri >= 0 && ri < this.numberInRow.length) this.numberInRow[ri] = found ? 2 : 1;
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
