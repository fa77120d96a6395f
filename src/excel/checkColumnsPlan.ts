import { D } from '../core/decimal';
import { columnLetters, fromRangeA1 } from '../core/grid/address';
import { SheetView } from '../core/grid/sheetView';
import type { Grid } from '../core/grid/types';
import type { IndicatorReport, TableReport } from '../core/report/types';

/**
 * 插入核算列, planned from a checked table and the grid it came from: two columns
 * right of the table, with PERF formulas on every indicator row that has a target
 * and a completion, so the recomputation lives in the workbook.
 *
 * The report names rows, not columns; the columns of 指标值 / 完成值 / 分值 / 得分 are
 * the ones whose cells show the report's values on most indicator rows (a vote, so
 * that rows where 分值 = 得分 do not confuse 分值 with 得分).
 */
export interface CheckColumnsPlan {
  sheet: string;
  /** Column letters of the two new columns (核算得分, 需说明原因). */
  columns: [string, string];
  /** 1-based row of the column headings. */
  headerRow: number;
  /** 1-based sheet row → its two formulas. */
  rows: { row: number; formulas: [string, string] }[];
  /** Cells of the target columns that already hold something (the UI asks first). */
  occupied: string[];
}

export const CHECK_COLUMN_HEADINGS: [string, string] = ['核算得分', '需说明原因'];

type Field = 'target' | 'actual' | 'weight' | 'score';

/** The plan, or null when the table has no row with both a target and a completion. */
export function planCheckColumns(grid: Grid, table: TableReport): CheckColumnsPlan | null {
  const bounds = fromRangeA1(table.range);
  const rows = table.indicators.filter((i) => i.target !== null && i.actual !== null && i.weight !== null);
  if (!bounds || rows.length === 0) return null;
  const view = new SheetView(grid);
  const cols: Partial<Record<Field, number>> = {};
  for (const field of ['weight', 'score', 'target', 'actual'] as Field[]) {
    const taken = Object.values(cols);
    const col = vote(view, rows, field, bounds.left, bounds.right, taken);
    if (col === null) return null;
    cols[field] = col;
  }
  const [t, a, w, s] = (['target', 'actual', 'weight', 'score'] as Field[]).map((f) => columnLetters(cols[f]!));
  const columns: [string, string] = [columnLetters(bounds.right + 1), columnLetters(bounds.right + 2)];
  // The headings go in the row above the first indicator: the header row of the indicator grid.
  const headerRow = Math.max(1, Math.min(...table.indicators.map((i) => i.row)) - 1);
  const planned = rows.map((i) => ({
    row: i.row,
    formulas: [`=PERF.SCORE(${t}${i.row},${a}${i.row},${w}${i.row})`, `=PERF.NEEDREASON(${t}${i.row},${a}${i.row},${w}${i.row},${s}${i.row})`] as [
      string,
      string,
    ],
  }));
  const occupied = [headerRow, ...planned.map((p) => p.row)].flatMap((row) =>
    [bounds.right + 1, bounds.right + 2].filter((c) => view.text(row - 1, c) !== '').map((c) => `${columnLetters(c)}${row}`),
  );
  return { sheet: grid.sheet, columns, headerRow, rows: planned, occupied };
}

function vote(view: SheetView, rows: IndicatorReport[], field: Field, left: number, right: number, taken: number[]): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let c = left; c <= right; c++) {
    if (taken.includes(c)) continue;
    const count = rows.filter((i) => matches(view.text(i.row - 1, c), i[field], field)).length;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return best;
}

function matches(shown: string, expected: string | null, field: Field): boolean {
  if (expected === null || shown === '') return false;
  if (field === 'target' || field === 'actual') return shown === expected.trim();
  try {
    return D(shown.replace(/,/g, '')).eq(D(expected));
  } catch {
    return false; // not a number
  }
}
