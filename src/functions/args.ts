import type { Dec } from '../core/decimal';
import { parseAmount } from '../core/value/parseAmount';
import { parseValue, type ParsedValue } from '../core/value/parseValue';
import { isBlank, isProblem, quoted, readCell } from './cellValue';
import { perfError } from './errors';

/**
 * The arguments of the PERF functions, read from whatever Excel passes (see cellValue.ts).
 * Excel on the web passes null for an empty cell; Excel on Windows may pass 0 for an empty
 * cell of a number parameter, so a blank cannot then be told from 0 (README, PERF functions).
 */

/** A required amount (money, weight, score) as an exact decimal, or an error value naming the argument ("执行数未填写"). */
export function requiredAmount(arg: unknown, label: string): Dec | CustomFunctions.Error {
  const cell = readCell(arg);
  if (isProblem(cell)) return perfError(`${label}${cell.problem}`);
  if (isBlank(cell.value)) return perfError(`${label}未填写`);
  const amount = typeof cell.value === 'boolean' ? null : parseAmount(cell.value, cell.numberFormat);
  return amount ?? perfError(`${label}不是数字：${quoted(cell.value)}`);
}

/** An optional amount: blank gives `fallback`. */
export function optionalAmount(arg: unknown, label: string, fallback: Dec): Dec | CustomFunctions.Error {
  return isBlankArg(arg) ? fallback : requiredAmount(arg, label);
}

/** An optional amount with no default: blank gives null. */
export function amountOrNull(arg: unknown, label: string): Dec | null | CustomFunctions.Error {
  return isBlankArg(arg) ? null : requiredAmount(arg, label);
}

/** A target or completion read by the grammar: blank stays blank (missing), never 0. */
export function valueArg(arg: unknown, label: string): ParsedValue | CustomFunctions.Error {
  const cell = readCell(arg);
  if (isProblem(cell)) return perfError(`${label}${cell.problem}`);
  if (isBlank(cell.value) || typeof cell.value === 'boolean') return parseValue(null);
  return parseValue(cell.value, cell.numberFormat);
}

/** Whether an argument is a blank cell (an unreadable one is not blank: it gets its own message). */
export function isBlankArg(arg: unknown): boolean {
  const cell = readCell(arg);
  return !isProblem(cell) && isBlank(cell.value);
}

/** The text of an option argument (取数方式, 规则包): null when blank, an error value when it cannot be read. */
export function optionText(arg: unknown, label: string): string | null | CustomFunctions.Error {
  const cell = readCell(arg);
  if (isProblem(cell)) return perfError(`${label}${cell.problem}`);
  return isBlank(cell.value) ? null : String(cell.value).trim();
}
