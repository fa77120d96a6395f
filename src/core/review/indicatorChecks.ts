import { makeFinding, type PlacedFinding } from '../findings/registry';
import { fromA1 } from '../grid/address';
import type { IndicatorReport } from '../report/types';
import { parseValue } from '../value';

const at = (ind: IndicatorReport, a1: string | undefined) => (a1 !== undefined ? fromA1(a1) : null) ?? { row: ind.row - 1, col: 0 };

/**
 * 率 / 满意度 / 合格率 indicators are shares of a whole and cannot pass 100 %; growth rates (增长率,
 * 增幅) and 完成率 (a plan over-completed: "新增就业岗位完成率 104%") can.
 */
const SHARE_NAME = /率|满意度/;
const NOT_A_SHARE = /完成率|增长|增幅|增速|增加|提高|提升|上升/;

/** PERCENT_OVER_100: a share indicator whose completion, in %, exceeds 100. */
export function percentOver100(ind: IndicatorReport): PlacedFinding | null {
  if (!SHARE_NAME.test(ind.name) || NOT_A_SHARE.test(ind.name)) return null;
  const actual = parseValue(ind.actual);
  if (actual.type !== 'quant' || !actual.amount.gt(100)) return null;
  const target = parseValue(ind.target);
  const unit = actual.unit ?? (target.type === 'quant' ? target.unit : null);
  if (unit !== '%') return null;
  return makeFinding('PERCENT_OVER_100', at(ind, ind.cells.actual), { name: ind.name, actual: ind.actual ?? '' });
}

/** COST_DIRECTION: a 成本指标 row whose target is written ≥ or >. */
export function costDirection(ind: IndicatorReport): PlacedFinding | null {
  const isCost = ind.level2 !== null ? /成本/.test(ind.level2) : /成本/.test(ind.name);
  if (!isCost) return null;
  const target = parseValue(ind.target);
  if (target.type !== 'quant' || !target.opExplicit || (target.op !== '≥' && target.op !== '>')) return null;
  return makeFinding('COST_DIRECTION', at(ind, ind.cells.operator ?? ind.cells.target), { name: ind.name, target: ind.target ?? '' });
}

/** Negated or partial completion words, removed before looking for a claim of completion. */
const NOT_DONE = /(未|没有|尚未|未能|不能|无法|没能|不|部分|基本|大部分|未全部|未能全部)(全部|按时|如期)?(完成|达成|达到)/g;
/** A claim of completion not followed by a figure ("已完成 40 套" reports a part) or 率 ("达成率"). */
const DONE = /(已(全部|按时|如期|顺利)?完成|全部完成|达成)(?![\s\d０-９率度%％]*[\d０-９率度])/;

/** REASON_CONTRADICTS: the row is under or partial but its reason says it was done. */
export function reasonContradicts(ind: IndicatorReport): PlacedFinding | null {
  if ((ind.deviation !== 'under' && ind.deviation !== 'partial') || ind.reason === null) return null;
  const claim = DONE.exec(ind.reason.replace(NOT_DONE, '—'));
  if (claim === null) return null;
  return makeFinding('REASON_CONTRADICTS', at(ind, ind.cells.reason), { name: ind.name, deviation: ind.deviation, phrase: claim[0] });
}
