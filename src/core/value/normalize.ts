/**
 * Any character or sequence the chain below would change. Text without one is returned as it is
 * (most cells: digits, ASCII, CJK ideographs, ≥ ≤). Every character of the allowed set is its own
 * NFKC form and a starter that composes with none of the others, so NFKC leaves such text alone;
 * the ASCII operator pairs, doubled and outer spaces are the chain's remaining work.
 */
const NEEDS_NORMALIZING = /[^\x21-\x7e\u3400-\u4dbf\u4e00-\u9fff≥≤、。“”‘’—–‰《》【】 ]|[<>]=|=[<>]|  |^ | $/;

/**
 * Return the cell text in the one spelling the value grammar reads (rules.md §6):
 * NFKC folds full-width （）＞＜＝％，and digits to ASCII; zero-width characters go, the minus
 * sign − becomes "-"; ≧/≦ and the ASCII pairs
 * >=, =>, <=, =< become ≥/≤; runs of white space collapse to one space.
 *
 * @example normalizeValueText('＞＝９０％') // '≥90%'
 */
export function normalizeValueText(raw: string): string {
  return NEEDS_NORMALIZING.test(raw) ? normalizeFully(raw) : raw;
}

/** The whole normalisation of `normalizeValueText`, for text that needs it. */
export function normalizeFully(raw: string): string {
  return raw
    // NFKC would turn ㎡ into "m2"; keep the unit a Chinese reader compares with 平方米.
    .replace(/㎡|m²/g, '平方米')
    .replace(/㎥|m³/g, '立方米')
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤')
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when an Excel number format shows the value as a percentage ("0.00%", not "0.00\"%\""). */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || !numberFormat.includes('%')) return false;
  const unquoted = numberFormat.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}
