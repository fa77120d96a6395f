import type ExcelJS from 'exceljs';
import type { GridCell } from '../core/grid/types';

type CellValue = ExcelJS.CellValue;

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
