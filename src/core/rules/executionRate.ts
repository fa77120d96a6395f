import { D, type Dec, ROUND_DOWN, ROUND_HALF_UP } from '../decimal';
import type { Rounding } from '../report/types';

/** Decimal.js rounding mode for a 2-dp rounding convention. */
export function roundingMode(rounding: Rounding): typeof ROUND_DOWN | typeof ROUND_HALF_UP {
  return rounding === 'cut' ? ROUND_DOWN : ROUND_HALF_UP;
}

/**
 * Return 执行率 = 全年执行数 / 全年预算数 × 100 in percentage points, 2 dp (rules.md §7.2).
 * Cut (ROUND_DOWN) by default: all eight seed rows agree with it, three contradict half-up.
 *
 * @param actual 全年执行数 (B)
 * @param budget 全年预算数 (A, the adjusted budget, never 年初预算数)
 * @returns the rate, or null when the budget is 0 (no rate, no division)
 * @example executionRate(D('81774893.77'), D('82368086.83')) // 99.27 (half-up would be 99.28)
 */
export function executionRate(actual: Dec, budget: Dec, rounding: Rounding = 'cut'): Dec | null {
  if (budget.isZero()) return null;
  return actual.div(budget).times(100).toDecimalPlaces(2, roundingMode(rounding));
}

/** How a recorded 执行率 compares with the computed one (rules.md §8.1). */
export type RateCheck = 'ok' | 'other-convention' | 'mismatch' | 'no-rate';

/**
 * Compare a recorded 执行率 at 2 dp (whatever precision was printed: "86%" is 86.00).
 * 'ok' when it equals the chosen convention's value, 'other-convention' when it equals only the
 * other one's (info finding), 'mismatch' otherwise (RATE_MISMATCH). With a zero budget there is no
 * rate: 'no-rate' for a recorded 0, 'mismatch' for any other recorded value.
 *
 * @example checkRecordedRate(D('99.28'), D('81774893.77'), D('82368086.83')) // 'other-convention'
 */
export function checkRecordedRate(recorded: Dec, actual: Dec, budget: Dec, rounding: Rounding = 'cut'): RateCheck {
  const shown = recorded.toDecimalPlaces(2, ROUND_HALF_UP);
  const rate = executionRate(actual, budget, rounding);
  if (rate === null) return shown.isZero() ? 'no-rate' : 'mismatch';
  if (shown.equals(rate)) return 'ok';
  const other = executionRate(actual, budget, rounding === 'cut' ? 'round' : 'cut');
  return other !== null && shown.equals(other) ? 'other-convention' : 'mismatch';
}

/**
 * Return the project funds row's score min(B/A, 1) × 分值 from the exact ratio, 2 dp half-up
 * (rules.md §7.4; S6: 215,457.6 / 250,000 × 10 = 8.62, 9,034 / 20,000 × 10 = 4.52). Never below 0.
 *
 * @returns the score, or null for a zero budget
 */
export function budgetScore(actual: Dec, budget: Dec, weight: Dec): Dec | null {
  if (budget.isZero()) return null;
  const ratio = D.max(D.min(actual.div(budget), 1), 0);
  return ratio.times(weight).toDecimalPlaces(2, ROUND_HALF_UP);
}
