import type { Dec } from '../decimal';
import type { CellValue } from '../recognize/types';
import { parseAmount } from '../value/parseAmount';

/** The amount a cell holds (number, "1.00", "82,368,086.83", "99.93%"), or null. */
export function amountOf(v: CellValue | null): Dec | null {
  if (!v) return null;
  const raw = typeof v.value === 'number' || typeof v.value === 'string' ? v.value : v.text;
  return parseAmount(raw, v.numberFormat) ?? (typeof raw === 'number' ? null : parseAmount(v.text, v.numberFormat));
}

/** A decimal as the JSON contract writes it (decimal.js toString()), or null. */
export function str(d: Dec | null): string | null {
  return d === null ? null : d.toString();
}

/** Equal at 0.01 (recorded totals and sums are compared at 2 decimals). */
export function sameAtCents(a: Dec, b: Dec): boolean {
  return a.toDecimalPlaces(2).equals(b.toDecimalPlaces(2));
}
