/**
 * The key two tables' indicator names are matched by (rules.md §8.20): the §8.12 name with
 * full-width / half-width folded (NFKC) and every space removed, so that "受理大厅 日常受理量"
 * and "受理大厅日常受理量", "（含）" and "(含)" are one indicator.
 * @example indicatorKey(' 政策知晓度（%） ') // '政策知晓度(%)'
 */
export function indicatorKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u200B-\u200D\uFEFF]+/g, '');
}

/** A placeholder where a name belongs ("无", "/", "—", "……"): never matched to anything. */
export function isPlaceholderName(key: string): boolean {
  return /^(无|\/|\\|-+|—+|–|…+|\.{2,}|)$/.test(key);
}

/** Shortest names a one-character difference may join: "服务水平" and "服务水准" are different indicators. */
export const MIN_VARIANT_LENGTH = 6;

/**
 * Whether two keys differ by exactly one character (replaced, inserted or deleted) and are long
 * enough for that to be a typo or a name split by a page break, not another indicator:
 * 应发尽放率 / 应发尽发率, 改善补助对象生活水 / 改善补助对象生活水平.
 */
export function isOneCharVariant(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  if (Math.min(x.length, y.length) < MIN_VARIANT_LENGTH || Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  const tail = (s: string[], from: number) => s.slice(from).join('');
  if (x.length === y.length) return tail(x, i + 1) === tail(y, i + 1);
  return x.length > y.length ? tail(x, i + 1) === tail(y, i) : tail(x, i) === tail(y, i + 1);
}
