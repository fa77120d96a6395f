import { fromRangeA1 } from './address';
import type { Grid, GridCell } from './types';

/** A cell literal: a value, or a value with its number format. */
export type CellLiteral = string | number | boolean | null | undefined | { value: string | number; numberFormat: string };

/**
 * A Grid from row literals starting at A1 and merges in A1 notation: for tests and
 * examples ("" and null are empty cells).
 * @example gridFromRows('S', [['指标名称', null, '计划', '完成']], ['A1:B1'])
 */
export function gridFromRows(sheet: string, rows: CellLiteral[][], merges: string[] = []): Grid {
  const cells = rows.map((row) => row.map(toCell));
  return { sheet, originRow: 0, originCol: 0, cells, merges: merges.map((m) => fromRangeA1(m)!).filter(Boolean) };
}

function toCell(v: CellLiteral): GridCell | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object') return { value: v.value, numberFormat: v.numberFormat };
  return { value: v };
}
