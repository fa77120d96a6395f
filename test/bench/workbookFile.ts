import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid/types';

/** Writes grids as the sheets of an .xlsx: values, number formats and merges, as a filled-in form has them. */
export async function writeWorkbook(file: string, grids: Grid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const target = ws.getCell(grid.originRow + r + 1, grid.originCol + c + 1);
        target.value = cell.value;
        if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      }),
    );
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}
