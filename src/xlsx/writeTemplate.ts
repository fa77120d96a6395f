import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { columnLetters } from '../core/grid/address';
import {
  buildTemplate,
  evaluateTemplate,
  FILL_COLORS,
  formulaText,
  type CellStyle,
  type DecimalValidation,
  type FormulaValue,
  type SheetValue,
  type TemplateKind,
  type TemplateOptions,
  type TemplateSheet,
} from '../core/template';

export interface WriteTemplateOptions extends TemplateOptions {
  /**
   * Store each formula's value with it (default true), so that readers that do not calculate
   * (the engine, previewers) see what Excel shows. Write false for LibreOffice, which keeps a
   * stored value instead of computing the formula.
   */
  cachedResults?: boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fillOf(style: CellStyle): ExcelJS.Fill | undefined {
  const color = style.fill ? FILL_COLORS[style.fill] : null;
  return color ? { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1)}` } } : undefined;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.fontSize) cell.font = { bold: style.bold, size: style.fontSize };
  const fill = fillOf(style);
  if (fill) cell.fill = fill;
  if (style.border) cell.border = ALL_THIN;
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

function validationOf(v: DecimalValidation): ExcelJS.DataValidation {
  return {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [v.min],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入无效',
    error: v.message,
  };
}

/** A formula value as exceljs stores it (numbers leave decimal.js here, at the file's edge). */
const stored = (v: FormulaValue | undefined): ExcelJS.CellValue | undefined => (v === undefined || typeof v === 'string' ? v : v.toNumber());

/** What a cell of a filled-in worksheet holds, as the template evaluator reads it. */
function sheetValue(cell: ExcelJS.Cell): SheetValue {
  const v = cell.value;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'result' in v) return typeof v.result === 'number' || typeof v.result === 'string' ? v.result : null;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return null;
}

/**
 * Recompute the cached results of a template's formulas from the worksheet's current inputs
 * (after filling a template in programmatically, so that a non-calculating reader sees totals).
 */
export function storeCachedResults(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  const values = evaluateTemplate(sheet, (ref) => sheetValue(ws.getCell(ref.row + 1, ref.col + 1)));
  for (const c of sheet.cells) {
    if (!c.formula) continue;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = { formula: formulaText(c.formula), result: stored(values.get(cell.address)) } as ExcelJS.CellFormulaValue;
  }
}

/**
 * The print area as exceljs wants it to come out absolute: exceljs writes `'sheet'!$` + each corner,
 * so the corners carry the row's `$` themselves ("A$1:I$29" → `$A$1:$I$29`). A print area of
 * `$A1:$I29` is ignored by LibreOffice.
 */
export function printAreaForExcelJs(area: { top: number; left: number; bottom: number; right: number }): string {
  return `${columnLetters(area.left)}$${area.top + 1}:${columnLetters(area.right)}$${area.bottom + 1}`;
}

function applyPrintSetup(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  const { area, titleRows } = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: sheet.print.orientation,
    fitToPage: true,
    fitToWidth: sheet.print.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: printAreaForExcelJs(area),
    printTitlesRow: `${titleRows.top + 1}:${titleRows.bottom + 1}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Render a template into a new worksheet of `wb`. */
export function addTemplateSheet(wb: ExcelJS.Workbook, sheet: TemplateSheet, cachedResults = true): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.sheetName);
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula) cell.value = { formula: formulaText(c.formula) } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined) cell.value = c.value;
    applyStyle(cell, c.style);
    if (c.validation) cell.dataValidation = validationOf(c.validation);
  }
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  applyPrintSetup(ws, sheet);
  if (cachedResults) storeCachedResults(ws, sheet);
  return ws;
}

/**
 * Return a workbook holding one blank, formatted template of `kind` for `year`.
 *
 * @example await writeTemplateWorkbook('dept', 2025).xlsx.writeFile('自评表-dept-2025.xlsx')
 */
export function writeTemplateWorkbook(kind: TemplateKind, year: number, opts: WriteTemplateOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效自评助手';
  // Excel recomputes every formula when it opens the file, whatever was cached.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  addTemplateSheet(wb, buildTemplate(kind, year, opts), opts.cachedResults ?? true);
  return wb;
}

/**
 * Write a template to `outPath`. Never replaces a file: an existing `outPath` rejects with
 * an EEXIST error (the file is created exclusively).
 */
export async function writeTemplateFile(kind: TemplateKind, year: number, outPath: string, opts: WriteTemplateOptions = {}): Promise<void> {
  const buffer = await writeTemplateWorkbook(kind, year, opts).xlsx.writeBuffer();
  await fs.writeFile(outPath, new Uint8Array(buffer as ArrayBuffer), { flag: 'wx' });
}
