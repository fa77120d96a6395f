import { displayText } from './displayText';
import type { Grid, GridCell, MergedArea } from './types';

/**
 * Read access to a Grid in sheet coordinates, resolving merged cells: built once per
 * grid (merges indexed by row, texts cached) so that every lookup is O(merges in the row).
 */
export class SheetView {
  readonly sheet: string;
  /** Inclusive used bounds in sheet coordinates (bottom < top when the grid is empty). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergesByRow = new Map<number, MergedArea[]>();
  private readonly texts: (string | undefined)[][] = [];

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.bottom = grid.originRow + grid.cells.length - 1;
    let width = 0;
    for (const row of grid.cells) if (row && row.length > width) width = row.length;
    this.right = grid.originCol + width - 1;
    for (const m of grid.merges) {
      const last = Math.min(m.bottom, Math.max(this.bottom, m.top));
      for (let r = m.top; r <= last; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  /** The cell stored at (row, col) itself; inside a merge, only the top-left one has a value. */
  own(row: number, col: number): GridCell | null {
    const cells = this.grid.cells[row - this.top];
    return (cells && cells[col - this.left]) || null;
  }

  /** The merged area covering (row, col), or null. */
  mergeAt(row: number, col: number): MergedArea | null {
    const list = this.mergesByRow.get(row);
    if (!list) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  /** The cell shown at (row, col): the top-left cell of its merge, else the cell itself. */
  shown(row: number, col: number): GridCell | null {
    const m = this.mergeAt(row, col);
    return m ? this.own(m.top, m.left) : this.own(row, col);
  }

  /** The displayed text shown at (row, col), trimmed ('' when empty). */
  text(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const ri = r - this.top;
    const ci = c - this.left;
    if (ri < 0 || ci < 0) return '';
    const cached = this.texts[ri]?.[ci];
    if (cached !== undefined) return cached;
    const t = displayText(this.own(r, c)).trim();
    (this.texts[ri] ??= [])[ci] = t;
    return t;
  }

  /** The text of the cell itself, ignoring merges ('' inside a merge except at its top-left). */
  ownText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) return '';
    return this.text(row, col);
  }

  /** Whether (row, col) lies in a merge that spans more than one row and did not start in this row. */
  continuesFromAbove(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== null && m.top < row;
  }
}
