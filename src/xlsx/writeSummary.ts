import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';

/** One row of the reviewer's summary: a table, or a file without one. */
export interface SummaryRow {
  file: string;
  sheet: string | null;
  kind: string | null;
  unit: string | null;
  year: number | null;
  total: string | null;
  grade: string | null;
  errors: number | null;
  warnings: number | null;
  note: string | null;
}

const HEADER = ['文件 file', '工作表 sheet', '类型 kind', '单位 unit', '年度 year', '总分 total', '等级 grade', '错误 errors', '警告 warnings', '备注 note'];

function cells(r: SummaryRow): (string | number | null)[] {
  return [r.file, r.sheet, r.kind, r.unit, r.year, r.total, r.grade, r.errors, r.warnings, r.note];
}

/** Writes the summary as .xlsx or .csv (UTF-8 with BOM, so that Excel shows the Chinese). */
export async function writeSummary(file: string, rows: SummaryRow[]): Promise<void> {
  if (/\.csv$/i.test(file)) {
    const lines = [HEADER, ...rows.map(cells)].map((line) => line.map(csvField).join(','));
    await fs.writeFile(file, `\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
    return;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.addRow(HEADER).font = { bold: true };
  // The host edge: the total becomes an Excel number here (exact decimals up to this point).
  for (const r of rows) ws.addRow(cells({ ...r, total: null }).map((v, i) => (i === 5 && r.total !== null ? Number(r.total) : v === null ? undefined : v)));
  ws.columns.forEach((c, i) => (c.width = [40, 20, 12, 36, 8, 10, 8, 8, 8, 40][i]));
  await wb.xlsx.writeFile(file);
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
