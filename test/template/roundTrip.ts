import ExcelJS from 'exceljs';
import { checkGrid } from '../../src/core/check';
import type { TableReport } from '../../src/core/report/types';
import { buildTemplate, type TemplateKind, type TemplateOptions, type TemplateSheet } from '../../src/core/template';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { storeCachedResults, writeTemplateWorkbook, type WriteTemplateOptions } from '../../src/xlsx/writeTemplate';

/** A template workbook, its data, and its one worksheet, ready to be filled in. */
export interface OpenTemplate {
  wb: ExcelJS.Workbook;
  ws: ExcelJS.Worksheet;
  sheet: TemplateSheet;
}

export function openTemplate(kind: TemplateKind, year: number, opts: WriteTemplateOptions & TemplateOptions = {}): OpenTemplate {
  const wb = writeTemplateWorkbook(kind, year, opts);
  return { wb, ws: wb.worksheets[0], sheet: buildTemplate(kind, year, opts) };
}

/** Saves a filled template (with its formulas' values cached) and checks the file with the engine. */
export async function checkFilled(t: OpenTemplate): Promise<TableReport[]> {
  storeCachedResults(t.ws, t.sheet);
  const buffer = Buffer.from(await t.wb.xlsx.writeBuffer());
  return checkFile(buffer);
}

/** The engine's tables of every sheet of an .xlsx (a path or its bytes). */
export async function checkFile(input: string | Buffer): Promise<TableReport[]> {
  return (await readWorkbook(input)).grids.flatMap((grid) => checkGrid(grid));
}

/** What must agree between two reports of the same table: everything but positions. */
export function comparable(t: TableReport) {
  const codes: Record<string, number> = {};
  for (const f of t.findings) {
    const key = `${f.code}/${f.severity}`;
    if (f.severity !== 'info') codes[key] = (codes[key] ?? 0) + 1;
  }
  return {
    kind: t.kind,
    unit: t.unit,
    year: t.year,
    indicatorCount: t.indicators.length,
    indicators: t.indicators.map(({ row: _row, cells: _cells, ...rest }) => rest),
    deviations: t.indicators.filter((i) => ['under', 'over', 'partial'].includes(i.deviation)).map((i) => [i.name, i.deviation]),
    findingCodes: codes,
    rates: t.budget.filter((b) => b.rate !== null).map((b) => [b.label, b.budget, b.actual, b.rate]),
    total: t.total,
  };
}
