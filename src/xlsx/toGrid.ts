import type ExcelJS from 'exceljs';
import { fromRangeA1 } from '../core/grid/address';
import type { Grid, GridCell, MergedArea } from '../core/grid/types';

type CellValue = ExcelJS.CellValue;

/** A worksheet as a Grid: values (formula results, flattened rich text), number formats, merges. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: (GridCell | null)[][] = [];
  let top = Infinity;
  let left = Infinity;
  const raw: { r: number; c: number; cell: GridCell }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const g = toGridCell(cell);
      if (!g) return;
      raw.push({ r: rowNumber - 1, c: colNumber - 1, cell: g });
      if (rowNumber - 1 < top) top = rowNumber - 1;
      if (colNumber - 1 < left) left = colNumber - 1;
    });
  });
  const merges = readMerges(ws);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
  }
  if (!Number.isFinite(top)) return { sheet: ws.name, originRow: 0, originCol: 0, cells: [], merges };
  for (const { r, c, cell } of raw) (cells[r - top] ??= [])[c - left] = cell;
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { sheet: ws.name, originRow: top, originCol: left, cells, merges };
}

/** Merged areas from the worksheet model (exceljs has no public merges API). */
function readMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  // exceljs keeps merges as "A1:I1" strings on its model; typed loosely at this host boundary.
  const list = ((ws.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  const out: MergedArea[] = [];
  for (const ref of list) {
    const m = fromRangeA1(ref);
    if (m) out.push(m);
  }
  return out;
}

/** One exceljs cell as a GridCell; null when it holds nothing. */
export function toGridCell(cell: ExcelJS.Cell): GridCell | null {
  const numberFormat = cell.numFmt || undefined;
  const v = cell.value as CellValue;
  const plain = plainValue(v);
  if (plain === null) return null;
  const out: GridCell = { value: plain.value };
  if (numberFormat && numberFormat !== 'General') out.numberFormat = numberFormat;
  if (plain.text !== undefined) out.text = plain.text;
  if (plain.formula) out.formula = plain.formula;
  return out;
}

interface Plain {
  value: string | number | boolean | null;
  text?: string;
  formula?: string;
}

function plainValue(v: CellValue): Plain | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : { value: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), text: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return { value: v.richText.map((p) => p.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
      const result = f.result as CellValue;
      const inner = result === undefined ? null : plainValue(result);
      return { value: inner?.value ?? null, text: inner?.text, formula: `=${f.formula ?? f.sharedFormula ?? ''}` };
    }
    if ('error' in v) return { value: String((v as { error: unknown }).error) };
    if ('text' in v) return plainValue((v as { text: CellValue }).text);
  }
  return { value: String(v) };
}
