import { isSetSupported, type RequirementSet } from '../common/officeHelpers';
import { columnLetters, rangeA1, toA1 } from '../core/grid/address';
import { buildTemplate, FILL_COLORS, formulaText, uniqueSheetName, type CellStyle, type TemplateCell, type TemplateKind, type TemplateSheet } from '../core/template';
import { excelRun, type ExcelRun } from './run';

/** Data validation (1.8) and page layout / print titles (1.9): left out on hosts without them. */
export const TEMPLATE_REQUIRES = {
  validation: { name: 'ExcelApi', version: '1.8' },
  pageLayout: { name: 'ExcelApi', version: '1.9' },
} as const satisfies Record<string, RequirementSet>;

type Supports = (set: RequirementSet) => boolean;

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Excel column width in characters → points (7 px per character + 5 px padding at 96 dpi; 1 px = 0.75 pt). */
const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** The formulas matrix of the used area: "=…" for formulas, constants as they are, "" for blanks. */
function contents(sheet: TemplateSheet, rows: number, cols: number): { formulas: (string | number)[][]; formats: string[][] } {
  const formulas = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
  const formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const c of sheet.cells) {
    if (c.formula) formulas[c.row][c.col] = `=${formulaText(c.formula)}`;
    else if (c.value !== undefined) formulas[c.row][c.col] = c.value;
    if (c.style.numberFormat) formats[c.row][c.col] = c.style.numberFormat;
  }
  return { formulas, formats };
}

/** Runs of horizontally adjacent cells with the same style, so each gets one set of format calls. */
function styleRuns(cells: TemplateCell[]): { address: string; style: CellStyle; wide: boolean }[] {
  const runs: { row: number; left: number; right: number; key: string; style: CellStyle }[] = [];
  for (const c of cells) {
    const key = JSON.stringify(c.style);
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.right === c.col - 1 && last.key === key) last.right = c.col;
    else runs.push({ row: c.row, left: c.col, right: c.col, key, style: c.style });
  }
  return runs.map((r) => ({ address: rangeA1(r.row, r.left, r.row, r.right), style: r.style, wide: r.right > r.left }));
}

/** Formats a one-row run; `wide` runs also get the borders between their cells. */
function applyStyle(range: Excel.Range, style: CellStyle, wide: boolean): void {
  const f = range.format;
  if (style.bold) f.font.bold = true;
  if (style.fontSize) f.font.size = style.fontSize;
  const color = style.fill ? FILL_COLORS[style.fill] : null;
  if (color) f.fill.color = color;
  if (style.horizontal) f.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) f.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) f.wrapText = true;
  if (!style.border) return;
  for (const edge of wide ? [...EDGES, 'InsideVertical' as const] : EDGES) f.borders.getItem(edge).style = 'Continuous';
}

function applyValidation(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  for (const c of sheet.cells) {
    if (!c.validation) continue;
    const dv = ws.getRange(toA1(c.row, c.col)).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = { decimal: { formula1: c.validation.min, operator: 'GreaterThanOrEqualTo' } };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: '输入无效', message: c.validation.message };
  }
}

function applyPageLayout(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  const { area, titleRows } = sheet.print;
  const layout = ws.pageLayout;
  layout.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.centerHorizontally = true;
  // Only documented values (PageLayoutZoomOptions: fit-to-pages counts of at least 1): pages wide, and as many tall as needed by leaving verticalFitToPages out.
  layout.zoom = { horizontalFitToPages: sheet.print.fitToWidth };
  layout.setPrintArea(rangeA1(area.top, area.left, area.bottom, area.right));
  layout.setPrintTitleRows(`$${titleRows.top + 1}:$${titleRows.bottom + 1}`);
}

/** Queues the template's content on a new, empty worksheet (no sync); the print setup is queued apart (queuePageLayout). */
export function queueTemplate(ws: Excel.Worksheet, sheet: TemplateSheet, supports: Supports = isSetSupported): void {
  const rows = Math.max(...sheet.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...sheet.cells.map((c) => c.col)) + 1;
  const used = ws.getRange(rangeA1(0, 0, rows - 1, cols - 1));
  const { formulas, formats } = contents(sheet, rows, cols);
  used.numberFormat = formats;
  used.formulas = formulas;
  for (const m of sheet.merges) ws.getRange(rangeA1(m.top, m.left, m.bottom, m.right)).merge(false);
  for (const run of styleRuns(sheet.cells)) applyStyle(ws.getRange(run.address), run.style, run.wide);
  sheet.columnWidths.forEach((w, i) => (ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = widthInPoints(w)));
  for (const [row, h] of Object.entries(sheet.rowHeights)) ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = h;
  if (supports(TEMPLATE_REQUIRES.validation)) applyValidation(ws, sheet);
}

/** Queues the print setup (paper, orientation, fit to width, print area and titles) when the host has ExcelApi 1.9. */
export function queuePageLayout(ws: Excel.Worksheet, sheet: TemplateSheet, supports: Supports = isSetSupported): boolean {
  if (!supports(TEMPLATE_REQUIRES.pageLayout)) return false;
  applyPageLayout(ws, sheet);
  return true;
}

/**
 * Insert a blank, formatted 自评表 of `kind` for `year` on a new sheet and activate it. Never
 * overwrites: the sheet is named 自评表(2025), or 自评表(2025) (2) … when that name is taken.
 * One read (the sheet names), one write of the content, then the print setup in a sync of its
 * own: if the host rejects a page-layout setting, the table is still there (`printSetup: false`).
 *
 * @param run Excel.run, or a mock's in tests
 * @param supports requirement-set check (data validation and page layout are skipped without them)
 * @example await insertTemplate('dept', 2025) // { sheetName: '自评表(2025)' }
 */
export async function insertTemplate(
  kind: TemplateKind,
  year: number,
  run: ExcelRun = excelRun,
  supports: Supports = isSetSupported,
): Promise<{ sheetName: string; printSetup: boolean }> {
  const sheet = buildTemplate(kind, year);
  return run(
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const sheetName = uniqueSheetName(sheet.sheetName, sheets.items.map((s) => s.name));
      const ws = sheets.add(sheetName);
      queueTemplate(ws, sheet, supports);
      ws.activate();
      await context.sync();
      let printSetup = queuePageLayout(ws, sheet, supports);
      try {
        if (printSetup) await context.sync();
      } catch {
        printSetup = false; // the table is in place; the pane says the print setup was not applied
      }
      return { sheetName, printSetup };
    },
    { undoGroup: true },
  );
}
