import { D, type Dec } from '../decimal';

/** Values at most this many decimals and below 10^MAX_EXPONENT+1 add up exactly in any order (see DecimalSum). */
const MAX_DECIMALS = 6;
const MAX_EXPONENT = 11;
/** More distinct values than this: plain sequential adding is as cheap. */
const MAX_DISTINCT = 64;

/**
 * `start + v1 + v2 + …` exactly as decimal.js gives it when added one by one, for the
 * table's 分值 / 得分 sums, without a new decimal per row: the same decimal object
 * (amounts are memoised, so 1.00 is one object in a table) is counted, and each distinct
 * one multiplied by its count at the end.
 * The result is the same because no sum rounds: while every value has ≤ 6 decimals and is
 * below 10^12, any sum of up to 10^10 of them has fewer than the 40 significant digits of
 * D. A value outside that makes the sum fall back to adding one by one from there.
 * `value()` is null when nothing was added to a null start, as with `(sum ?? D(0)).plus(v)`.
 */
export class DecimalSum {
  private readonly counts = new Map<Dec, number>();
  private sum: Dec | null = null;
  private sequential = false;

  constructor(private readonly start: Dec | null = null) {
    if (start !== null && !isSmall(start)) {
      this.sum = start;
      this.sequential = true;
    }
  }

  add(v: Dec): void {
    if (this.sequential) {
      this.sum = (this.sum ?? D(0)).plus(v);
      return;
    }
    const n = this.counts.get(v);
    if (n !== undefined) {
      this.counts.set(v, n + 1);
      return;
    }
    if (isSmall(v) && this.counts.size < MAX_DISTINCT) {
      this.counts.set(v, 1);
      return;
    }
    this.sum = this.counted();
    this.sequential = true;
    this.sum = (this.sum ?? D(0)).plus(v);
  }

  value(): Dec | null {
    return this.sequential ? this.sum : this.counted();
  }

  /** start + Σ value × count over the values counted so far (exact, see above); null when there are none and no start. */
  private counted(): Dec | null {
    let sum = this.start;
    for (const [v, n] of this.counts) sum = (sum ?? D(0)).plus(n === 1 ? v : v.times(n));
    return sum;
  }
}

function isSmall(v: Dec): boolean {
  return v.isFinite() && v.e <= MAX_EXPONENT && v.decimalPlaces() <= MAX_DECIMALS;
}
