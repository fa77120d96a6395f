import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { TableKind } from '../core/report/types';
import { KIND_LABEL, SEVERITY_FILL } from '../core/vocabulary';
import { copyLink } from './copyLink';
import { escapeXstring } from './ooxml/xstring';

/** One row of the reviewer's summary: a table, or a file without one. */
export interface SummaryRow {
  file: string;
  sheet: string | null;
  /** the table kind's code ('dept', 'project' …); the summary shows its Chinese name */
  kind: string | null;
  unit: string | null;
  year: number | null;
  total: string | null;
  grade: string | null;
  errors: number | null;
  warnings: number | null;
  note: string | null;
  /** 执行率 in percentage points ("99.27"), the table's headline funds row (see headlineFunds) */
  rate?: string | null;
  infos?: number | null;
  /** the annotated copy: a path relative to the summary's folder (`/` between segments), null when none was written */
  copy?: string | null;
  /** the file could not be read (its note is why): the note gets the error fill */
  unreadable?: boolean;
}

type Value = string | number | null;

interface Column {
  header: string;
  width: number;
  value: (r: SummaryRow) => Value;
  /** exact decimal text that becomes an Excel number at this edge */
  decimal?: boolean;
  numFmt?: string;
}

const kindName = (kind: string | null): string | null => (kind !== null && kind in KIND_LABEL ? KIND_LABEL[kind as TableKind] : kind);

const COLUMNS: readonly Column[] = [
  { header: '文件', width: 40, value: (r) => r.file },
  { header: '工作表', width: 18, value: (r) => r.sheet },
  { header: '类型', width: 26, value: (r) => kindName(r.kind) },
  { header: '单位 / 项目', width: 36, value: (r) => r.unit },
  { header: '年度', width: 8, value: (r) => r.year, numFmt: '0' },
  { header: '总分', width: 9, value: (r) => r.total, decimal: true, numFmt: '0.00' },
  { header: '等级', width: 7, value: (r) => r.grade },
  { header: '执行率(%)', width: 11, value: (r) => r.rate ?? null, decimal: true, numFmt: '0.00' },
  { header: '错误', width: 7, value: (r) => r.errors, numFmt: '0' },
  { header: '警告', width: 7, value: (r) => r.warnings, numFmt: '0' },
  { header: '提示', width: 7, value: (r) => r.infos ?? null, numFmt: '0' },
  { header: '备注', width: 40, value: (r) => r.note },
  { header: '标注副本', width: 30, value: (r) => r.copy ?? null },
];
const COPY_COLUMN = COLUMNS.length;
const ERRORS_COLUMN = COLUMNS.findIndex((c) => c.header === '错误') + 1;
const WARNINGS_COLUMN = ERRORS_COLUMN + 1;
const NOTE_COLUMN = COLUMNS.findIndex((c) => c.header === '备注') + 1;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet could take for a formula (OWASP CSV injection: a cell starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, which shows it as text.
 */
export function neutraliseCsvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Writes the summary to exactly `file`: .csv (UTF-8 with BOM, so Excel shows the Chinese) or
 * .xlsx (frozen header, autofilter, number formats, severity fills, a link to each annotated copy).
 */
export async function writeSummary(file: string, rows: SummaryRow[]): Promise<void> {
  if (/\.csv$/i.test(file)) await fs.writeFile(file, summaryCsv(rows), 'utf8');
  else await (await summaryWorkbook(rows)).xlsx.writeFile(file);
}

/** The summary as CSV text: a decimal or a count as it is, any other text neutralised. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const field = (c: Column, v: Value): string => {
    if (v === null) return '';
    const s = typeof v === 'number' || (c.decimal && DECIMAL.test(v)) ? String(v) : neutraliseCsvText(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [COLUMNS.map((c) => c.header).join(','), ...rows.map((r) => COLUMNS.map((c) => field(c, c.value(r))).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function excelValue(c: Column, v: Value): ExcelJS.CellValue {
  if (v === null) return null;
  // The host edge: an exact decimal becomes an Excel number here. Any other text stays a string
  // cell (exceljs writes a formula only from { formula }), so "=HYPERLINK(…)" is never live.
  // exceljs writes text as it is: a control character would make the part invalid XML and a
  // literal _x0008_ would read back as one, so text goes in as an OOXML escaped string.
  if (c.decimal && typeof v === 'string' && DECIMAL.test(v)) return Number(v);
  return typeof v === 'string' ? escapeXstring(v) : v;
}

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${argb.slice(1)}` } };
}

/** The summary workbook, one sheet 汇总. */
export async function summaryWorkbook(rows: readonly SummaryRow[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = fill('#D9E1F2');
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const r of rows) {
    const row = ws.addRow(COLUMNS.map((c) => excelValue(c, c.value(r))));
    if ((r.errors ?? 0) > 0) row.getCell(ERRORS_COLUMN).fill = fill(SEVERITY_FILL.error);
    if ((r.warnings ?? 0) > 0) row.getCell(WARNINGS_COLUMN).fill = fill(SEVERITY_FILL.warning);
    if (r.unreadable) row.getCell(NOTE_COLUMN).fill = fill(SEVERITY_FILL.error);
    if (r.copy) {
      const cell = row.getCell(COPY_COLUMN);
      cell.value = { text: escapeXstring(r.copy), hyperlink: copyLink(r.copy), tooltip: '打开标注副本' };
      cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: COLUMNS.length } };
  return wb;
}
