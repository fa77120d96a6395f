import { fromA1, fromRangeA1, columnLetters } from '../core/grid/address';
import type { IndicatorReport, TableReport } from '../core/report/types';

/**
 * 插入核算列, planned from a checked table: two columns right of the table, with PERF
 * formulas on every indicator row that has a target, a completion and a weight, so the
 * recomputation lives in the workbook. The cells come from the report (each indicator row
 * says where its 指标值 / 完成值 / 分值 / 得分 were read); whether the target cells are free
 * is read from the sheet when inserting (insertCheckColumns), not from the check's grid.
 */
export interface CheckColumnsPlan {
  sheet: string;
  /** Column letters of the two new columns (核算得分, 需说明原因). */
  columns: [string, string];
  /** 1-based row of the column headings. */
  headerRow: number;
  /** 1-based sheet row → its two formulas. */
  rows: { row: number; formulas: [string, string] }[];
}

export const CHECK_COLUMN_HEADINGS: [string, string] = ['核算得分', '需说明原因'];

type Computable = IndicatorReport & { cells: Required<Pick<IndicatorReport['cells'], 'target' | 'actual' | 'weight'>> & IndicatorReport['cells'] };

const computable = (i: IndicatorReport): i is Computable =>
  i.target !== null && i.actual !== null && i.weight !== null && !!i.cells?.target && !!i.cells.actual && !!i.cells.weight;

/** The plan, or null when the table has no row with a target, a completion and a weight. */
export function planCheckColumns(table: TableReport): CheckColumnsPlan | null {
  const bounds = fromRangeA1(table.range);
  const rows = table.indicators.filter(computable);
  if (!bounds || rows.length === 0) return null;
  // Right of the table and of every cell the report read (a reason column may sit past the range).
  const right = Math.max(bounds.right, ...rows.flatMap((i) => Object.values(i.cells).map((c) => fromA1(c ?? '')?.col ?? 0)));
  const columns: [string, string] = [columnLetters(right + 1), columnLetters(right + 2)];
  // The headings go in the row above the first indicator: the header row of the indicator grid.
  const headerRow = Math.max(1, Math.min(...table.indicators.map((i) => i.row)) - 1);
  const planned = rows.map((i) => {
    const { target: t, actual: a, weight: w, score: s } = i.cells;
    const need = s ? `=PERF.NEEDREASON(${t},${a},${w},${s})` : `=PERF.NEEDREASON(${t},${a},${w})`;
    return { row: i.row, formulas: [`=PERF.SCORE(${t},${a},${w})`, need] as [string, string] };
  });
  return { sheet: table.sheet, columns, headerRow, rows: planned };
}
