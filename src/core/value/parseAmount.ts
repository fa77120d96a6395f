import { D, type Dec } from '../decimal';
import { isPercentFormat, normalizeValueText } from './normalize';

/** A plain decimal: optional sign, digits with or without thousands separators, optional fraction. */
export const NUMBER_PATTERN = '[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const PLAIN_AMOUNT = new RegExp(`^(${NUMBER_PATTERN})(%?)$`);

/** Return the decimal written as text, with its thousands separators removed ("82,368,086.83"). */
export function decimalFromText(digits: string): Dec {
  const wholeDigits = smallWholeLength(digits);
  // Up to 7 digits are one decimal.js word: D reads such an integer without its text parser, and the
  // word is what D would take from the text itself (it reads each 7-digit word of a text with `+`).
  if (wholeDigits > 0) return D(+digits.slice(0, wholeDigits));
  return D(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

/** The number of digits of an unsigned whole number of 1–7 digits, written with or without zero decimals ("973", "973.00"); else 0. */
function smallWholeLength(text: string): number {
  let digits = 0;
  while (digits < text.length && isDigit(text.charCodeAt(digits))) digits += 1;
  if (digits === 0 || digits > 7) return 0;
  if (digits === text.length) return digits;
  if (text.charCodeAt(digits) !== DOT || digits + 1 === text.length) return 0;
  for (let i = digits + 1; i < text.length; i += 1) if (text.charCodeAt(i) !== ZERO) return 0;
  return digits;
}

const DOT = 46;
const ZERO = 48;
const isDigit = (code: number): boolean => code >= ZERO && code <= ZERO + 9;

/**
 * Return the decimal of a finite number as `D(String(n))` reads it: D takes small integers without
 * going through text. -0 is "0" as text, so it gives +0 here too.
 */
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
  const match = PLAIN_AMOUNT.exec(normalized.includes(' ') ? normalized.replace(/ /g, '') : normalized);
  if (!match) return null;
  const value = decimalFromText(match[1]);
  return percentShown && match[2] !== '%' ? value.times(100) : value;
}
