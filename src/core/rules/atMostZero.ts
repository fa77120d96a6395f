import type { Dec } from '../decimal';

/** x ≤ 0 (-0 included, NaN not), without making a Decimal of 0 to compare with as `x.lte(0)` does. */
export function atMostZero(x: Dec): boolean {
  return x.isZero() || x.isNegative();
}
