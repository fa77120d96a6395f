import { columnIndex, rangeA1 } from '../core/grid/address';
import { CHECK_COLUMN_HEADINGS, type CheckColumnsPlan } from './checkColumnsPlan';
import { excelRun, type ExcelRun } from './run';

/** Written, or not written because these cells hold something the user has not agreed to overwrite. */
export type InsertColumnsResult = { rows: number } | { occupied: string[] };

/**
 * Writes a planned 核算列 pair: headings and one formula pair per indicator row, in one
 * Excel.run (one undo step where supported). The target cells are read again first, in
 * the same batch: anything typed there since the check and not in `confirmed` (the cells
 * the user agreed to overwrite) stops the write, and the caller asks about those cells.
 * A cell that already holds exactly what would be written is not in the way.
 */
export async function insertCheckColumns(plan: CheckColumnsPlan, run: ExcelRun = excelRun, confirmed: readonly string[] = []): Promise<InsertColumnsResult> {
  return run(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      const [first, second] = plan.columns;
      const lastRow = Math.max(plan.headerRow, ...plan.rows.map((r) => r.row));
      const target = sheet.getRange(`${first}${plan.headerRow}:${second}${lastRow}`);
      target.load('formulas');
      await context.sync();
      const occupied = occupiedCells(plan, target.formulas).filter((cell) => !confirmed.includes(cell));
      if (occupied.length > 0) return { occupied };
      sheet.getRange(`${first}${plan.headerRow}:${second}${plan.headerRow}`).values = [CHECK_COLUMN_HEADINGS];
      for (const { row, formulas } of plan.rows) sheet.getRange(`${first}${row}:${second}${row}`).formulas = [formulas];
      await context.sync();
      return { rows: plan.rows.length };
    },
    { undoGroup: true },
  );
}

/** The target cells holding something else than what the plan writes there. */
function occupiedCells(plan: CheckColumnsPlan, now: unknown[][]): string[] {
  const planned = new Map<number, readonly string[]>([[plan.headerRow, CHECK_COLUMN_HEADINGS], ...plan.rows.map((r) => [r.row, r.formulas] as const)]);
  const left = columnIndex(plan.columns[0]);
  const cells: string[] = [];
  for (const [row, wanted] of planned)
    for (const j of [0, 1]) {
      const there = now[row - plan.headerRow]?.[j];
      if (there !== '' && there !== null && there !== undefined && there !== wanted[j]) cells.push(rangeA1(row - 1, left + j, row - 1, left + j));
    }
  return cells.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b));
}
