import { D, type Dec } from '../decimal';
import { isPercentFormat, normalizeValueText } from './normalize';

/** A plain decimal: optional sign, digits with or without thousands separators, optional fraction. */
export const NUMBER_PATTERN = '[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const PLAIN_AMOUNT = new RegExp(`^(${NUMBER_PATTERN})(%?)$`);

/** Return the decimal written as text, with its thousands separators removed ("82,368,086.83"). */
export function decimalFromText(digits: string): Dec {
  return D(digits.replace(/,/g, ''));
}

/** Return the decimal of a finite number as `D(String(n))` reads it; -0 gives +0, as its text "0" does. */
export function decimalFromNumber(n: number): Dec {
  return D(n === 0 ? 0 : n);
}

/** The number a cell writes, before it becomes a decimal: its digits (or the raw number) and whether to scale it to percentage points. */
export interface WrittenAmount {
  digits: string | number;
  times100: boolean;
}

/**
 * Return the number written in a money/rate/score cell, or null when the cell is not a plain
 * number: what `parseAmount` reads, for callers that only need to know whether a number is there.
 */
export function writtenAmount(input: string | number | null | undefined, numberFormat?: string): WrittenAmount | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? { digits: input, times100: isPercentFormat(numberFormat) } : null;
  if (typeof input !== 'string') return null;
  const match = PLAIN_AMOUNT.exec(normalizeValueText(input).replace(/ /g, ''));
  if (!match) return null;
  return { digits: match[1], times100: match[2] !== '%' && isPercentFormat(numberFormat) };
}

/** The exact decimal of a written amount. */
export function amountValue(written: WrittenAmount): Dec {
  const value = typeof written.digits === 'number' ? decimalFromNumber(written.digits) : decimalFromText(written.digits);
  return written.times100 ? value.times(100) : value;
}

/**
 * Return the amount in a money/rate/score cell as an exact decimal, or null when the cell
 * is not a plain number. Text with "%" gives percentage points ("99.93%" → 99.93), and so does
 * a raw number shown with a percent number format (0.9927 as "0.00%" → 99.27).
 *
 * @param input the cell value (Excel raw value or displayed text)
 * @param numberFormat the cell's number format, when known
 * @returns the decimal, or null for blanks, text, NaN and infinities
 * @example parseAmount('82,368,086.83') // D('82368086.83')
 * @example parseAmount(0.9927, '0.00%') // D('99.27')
 */
export function parseAmount(input: string | number | null | undefined, numberFormat?: string): Dec | null {
  const written = writtenAmount(input, numberFormat);
  return written === null ? null : amountValue(written);
}
