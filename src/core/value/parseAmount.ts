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
  if (input === null || input === undefined) return null;
  const percentShown = isPercentFormat(numberFormat);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    const value = decimalFromNumber(input);
    return percentShown ? value.times(100) : value;
  }
  if (typeof input !== 'string') return null;
  const normalized = normalizeValueText(input);
  const match = PLAIN_AMOUNT.exec(normalized.replace(/ /g, ''));
  if (!match) return null;
  const value = decimalFromText(match[1]);
  return percentShown && match[2] !== '%' ? value.times(100) : value;
}
