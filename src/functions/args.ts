import type { Dec } from '../core/decimal';
import { parseAmount } from '../core/value/parseAmount';
import { perfError } from './errors';

/**
 * Excel passes a cell's value as number, string or boolean; an empty cell arrives as
 * null on Excel on the web and for `any` parameters (Excel on Windows may pass 0 for an
 * empty cell: a blank cannot then be told from 0 — see README, PERF functions).
 */
export type CellArg = number | string | boolean | null | undefined;

/** Whether an argument is "not filled" (never the same as 0). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A scalar argument; a 1×1 range passed where a scalar is expected is unwrapped. */
export function scalar(value: unknown): CellArg {
  let v = value;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (Array.isArray(v)) return undefined;
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined ? v : undefined;
}

/**
 * A required amount (money, weight, score) as an exact decimal, or an error value naming
 * the argument ("执行数未填写" / "预算数不是数字").
 */
export function requiredAmount(value: unknown, label: string): Dec | CustomFunctions.Error {
  const v = scalar(value);
  if (isBlank(v)) return perfError(`${label}未填写`);
  const amount = typeof v === 'boolean' ? null : parseAmount(v);
  return amount ?? perfError(`${label}不是数字：${String(v)}`);
}

/** An optional amount: blank gives `fallback`. */
export function optionalAmount(value: unknown, label: string, fallback: Dec | null): Dec | null | CustomFunctions.Error {
  return isBlank(scalar(value)) ? fallback : requiredAmount(value, label);
}

/** A value for the grammar (target or actual): blank stays blank (null), never 0. */
export function valueArg(value: unknown): string | number | null {
  const v = scalar(value);
  if (isBlank(v) || typeof v === 'boolean') return null;
  return v ?? null;
}
