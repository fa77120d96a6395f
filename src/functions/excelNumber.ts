import type { Dec } from '../core/decimal';
import { perfError } from './errors';

/**
 * A decimal as the number Excel shows, or an error value where a double cannot hold it
 * (RATE(1, 5E-324) is 2E+325 %): Excel must never receive Infinity, NaN or -0.
 */
export function excelNumber(x: Dec, what: string): number | CustomFunctions.Error {
  const n = x.toNumber();
  if (!Number.isFinite(n)) return perfError(`${what}超出 Excel 能表示的范围（绝对值须小于 1.8E+308）`);
  return n === 0 ? 0 : n;
}
