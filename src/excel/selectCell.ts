import { excelRun, type ExcelRun } from './run';

/** Shows a finding's cell: activates its sheet and selects the cell (one sync). */
export async function selectCell(sheetName: string, address: string, run: ExcelRun = excelRun): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
