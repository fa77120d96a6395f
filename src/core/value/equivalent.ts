import { normalizeValueText } from './normalize';
import type { ParsedValue } from './parseValue';

/**
 * Return whether two cells state the same value: for quantities the same operator and amount after
 * scaling, with units equal or one of them unwritten ("15万人次" ≡ "=150000.00(人次)", "≥460" ≡
 * "≥460.00(人)"); for anything else the same kind (and level) with the same normalised text.
 * For the target-table cross-check and duplicate rows (rules.md §5, §7.14).
 *
 * @example equivalentValues(parseValue('47 套'), parseValue('=47.00(套)')) // true
 * @example equivalentValues(parseValue('350'), parseValue('=350.00(万)'))  // false: 350 ≠ 3,500,000
 */
export function equivalentValues(a: ParsedValue, b: ParsedValue): boolean {
  if (a.type === 'quant' && b.type === 'quant') {
    const unitsAgree = a.unit === null || b.unit === null || a.unit === b.unit;
    return a.op === b.op && a.amount.equals(b.amount) && unitsAgree;
  }
  if (a.type === 'qualResult' && b.type === 'qualResult') return a.level === b.level;
  return a.type === b.type && normalizeValueText(a.text) === normalizeValueText(b.text);
}
