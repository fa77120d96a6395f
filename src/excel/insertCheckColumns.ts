import { CHECK_COLUMN_HEADINGS, type CheckColumnsPlan } from './checkColumnsPlan';
import { excelRun, type ExcelRun } from './run';

/**
 * Writes a planned 核算列 pair: headings and one formula pair per indicator row,
 * in one batch (one sync, one undo step where supported). The caller has checked
 * `plan.occupied` with the user; only formulas are written, never the table's cells.
 */
export async function insertCheckColumns(plan: CheckColumnsPlan, run: ExcelRun = excelRun): Promise<{ rows: number }> {
  await run(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      const [first, second] = plan.columns;
      sheet.getRange(`${first}${plan.headerRow}:${second}${plan.headerRow}`).values = [CHECK_COLUMN_HEADINGS];
      for (const { row, formulas } of plan.rows) sheet.getRange(`${first}${row}:${second}${row}`).formulas = [formulas];
      await context.sync();
    },
    { undoGroup: true },
  );
  return { rows: plan.rows.length };
}
