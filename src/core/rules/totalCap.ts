import type { Dec } from '../decimal';
import { defaultPack, type RulePack } from './rulePack';

/**
 * Return the total after the pack's 执行率 caps (regional rule; the default pack has none):
 * the lowest `maxTotal` among caps whose `rateBelow` exceeds the rate.
 *
 * @param total the summed 得分
 * @param rate the funds' 执行率 in percentage points, or null when there is none (no cap applies)
 */
export function capTotal(total: Dec, rate: Dec | null, pack: RulePack = defaultPack): Dec {
  if (rate === null) return total;
  return pack.executionRateCaps
    .filter((cap) => rate.lt(cap.rateBelow))
    .reduce((capped, cap) => (cap.maxTotal.lt(capped) ? cap.maxTotal : capped), total);
}
