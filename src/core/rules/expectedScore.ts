import { D, type Dec, ROUND_HALF_UP } from '../decimal';
import type { QuantValue } from '../value/quantity';
import type { ParsedValue, QualLevel } from '../value/parseValue';
import { assessIndicator, type Assessment } from './assessIndicator';
import { defaultPack, type RulePack } from './rulePack';

/** The range a qualitative score may lie in: [min, max] or [min, max). */
export interface ScoreBand {
  min: Dec;
  max: Dec;
  maxInclusive: boolean;
}

/** The score the rules give an indicator (rules.md §7.7–7.8, §8.4–8.6). */
export interface ScoreResult {
  /** Expected 得分, 2 dp half-up; null where the rules leave it to judgement (部分达成/未达成) or the row is not evaluable. */
  value: Dec | null;
  /** The unrounded quantitative score, for the 0.01 agreement test; null for qualitative rows. */
  exact: Dec | null;
  /** The qualitative band; null for quantitative rows. */
  band: ScoreBand | null;
  /** The arithmetic in Chinese: "927 ÷ 973 × 1.00 = 0.95". */
  explanation: string;
}

const round2 = (x: Dec): Dec => x.toDecimalPlaces(2, ROUND_HALF_UP);
const ZERO = D(0);
const show2 = (x: Dec): string => x.toFixed(2);
const show = (x: Dec): string => x.toFixed();

function quantResult(exact: Dec, explanation: (value: string) => string): ScoreResult {
  const value = round2(exact);
  return { value, exact, band: null, explanation: explanation(show2(value)) };
}

/** Score of =/≥/> targets: w·min(A/T, 1); a zero "=" target is met only by A ≤ 0. */
function positiveScore(t: QuantValue, a: QuantValue, w: Dec): ScoreResult {
  const T = t.amount;
  const A = a.amount;
  if (T.lte(0)) {
    const met = t.op === '=' ? A.lte(0) : A.gte(T);
    return quantResult(met ? w : ZERO, (v) => `指标值为 ${show(T)}，完成值 ${show(A)} ${met ? '达到' : '未达到'}要求，得 ${v}`);
  }
  const cmp = A.comparedTo(T);
  if (cmp === 0 && t.op === '>') return quantResult(w, (v) => `完成值 ${show(A)} = 指标值 ${show(T)}，按公式得满分 ${v}，但未达到“大于”，仍属偏差`);
  if (cmp >= 0) return quantResult(w, (v) => `完成值 ${show(A)} ≥ 指标值 ${show(T)}，得满分 ${v}`);
  return quantResult(A.div(T).times(w), (v) => `${show(A)} ÷ ${show(T)} × ${show2(w)} = ${v}`);
}

/** Score of ≤/< targets (reverse indicators): w when A ≤ T, else w·T/A (or the pack's linear variant). */
function reverseScore(t: QuantValue, a: QuantValue, w: Dec, pack: RulePack): ScoreResult {
  const T = t.amount;
  const A = a.amount;
  const cmp = A.comparedTo(T);
  if (cmp === 0 && t.op === '<') return quantResult(w, (v) => `完成值 ${show(A)} = 指标值 ${show(T)}，按公式得满分 ${v}，但未达到“小于”，仍属偏差`);
  if (cmp <= 0 || A.isZero()) return quantResult(w, (v) => `完成值 ${show(A)} ≤ 指标值 ${show(T)}，得满分 ${v}`);
  if (T.lte(0)) return quantResult(ZERO, (v) => `指标值为 ${show(T)}，完成值 ${show(A)} 超出，得 ${v}`);
  if (pack.reverseFormula === 'linear') {
    const exact = D.max(D(1).minus(A.minus(T).div(T)), 0).times(w);
    return quantResult(exact, (v) => `(1 − (${show(A)} − ${show(T)}) ÷ ${show(T)}) × ${show2(w)} = ${v}`);
  }
  return quantResult(T.div(A).times(w), (v) => `${show(T)} ÷ ${show(A)} × ${show2(w)} = ${v}`);
}

/** Apply the pack's fixed deduction when the completion exceeds the target by (A−T)/T ≥ its ratio (rules.md §8.21; regional packs only). */
function withDeduction(result: ScoreResult, t: QuantValue, a: QuantValue, pack: RulePack): ScoreResult {
  const rule = pack.deviationDeduction;
  if (rule === null || result.exact === null || t.amount.lte(0)) return result;
  const deviation = a.amount.minus(t.amount).div(t.amount);
  if (deviation.lt(rule.ratio)) return result;
  const exact = D.max(result.exact.minus(rule.points), 0);
  const percent = show(round2(deviation.times(100)));
  return { ...result, exact, value: round2(exact), explanation: `${result.explanation}；偏离 ${percent}%，扣 ${show(rule.points)} 分，得 ${show2(round2(exact))}` };
}

function quantScore(t: QuantValue, a: QuantValue, w: Dec, pack: RulePack): ScoreResult {
  if (a.amount.isNegative()) return quantResult(ZERO, (v) => `完成值为负数，得 ${v}`);
  const reverse = t.op === '≤' || t.op === '<';
  return withDeduction(reverse ? reverseScore(t, a, w, pack) : positiveScore(t, a, w), t, a, pack);
}

const LEVEL_NAMES: Record<QualLevel, string> = { met: '达成', partial: '部分达成', unmet: '未达成' };

/** The band of a qualitative level as fractions of the weight (rules.md §7.8). */
export function qualitativeBand(level: QualLevel, w: Dec, pack: RulePack = defaultPack): ScoreBand {
  const high = round2(w.times(pack.qualitativeBands.met));
  const low = round2(w.times(pack.qualitativeBands.partial));
  if (level === 'met') return { min: high, max: w, maxInclusive: true };
  if (level === 'partial') return { min: low, max: high, maxInclusive: false };
  return { min: ZERO, max: low, maxInclusive: false };
}

function qualScore(level: QualLevel, w: Dec, pack: RulePack): ScoreResult {
  const band = qualitativeBand(level, w, pack);
  const range = `[${show2(band.min)}, ${show2(band.max)}${band.maxInclusive ? ']' : ')'}`;
  if (level === 'met') return { value: w, exact: null, band, explanation: `定性指标${LEVEL_NAMES[level]}，得分区间 ${range}，预期 ${show2(w)}` };
  return { value: null, exact: null, band, explanation: `定性指标${LEVEL_NAMES[level]}，得分区间 ${range}，由评价人判断` };
}

/**
 * Return the score the rules give an indicator with weight (分值) w.
 * Quantitative: =/≥/> → w·min(A/T, 1); ≤/< → w if A ≤ T else w·T/A; negative A → 0; 2 dp half-up.
 * Strict >/< at equality gets the formula value w (the deviation stays 'under', §7.7).
 * Qualitative: 达成 → w in band [0.8w, w]; 部分达成/未达成 → null with their band.
 *
 * @example expectedScore(parseValue('=973.00(人)'), parseValue('927.00(人)'), D(1)) // value 0.95, "927 ÷ 973 × 1.00 = 0.95"
 */
export function expectedScore(target: ParsedValue, actual: ParsedValue, weight: Dec, pack: RulePack = defaultPack): ScoreResult {
  return scoreOfAssessment(assessIndicator(target, actual, pack), weight, pack);
}

/** `expectedScore` of a row already assessed (the audit assesses each row once). */
export function scoreOfAssessment(assessment: Assessment, weight: Dec, pack: RulePack): ScoreResult {
  if (assessment.class === 'not-evaluable') {
    return { value: null, exact: null, band: null, explanation: `无法计算：${assessment.notEvaluableReason ?? ''}` };
  }
  const { target, actual: compared } = assessment;
  if (compared.type === 'qualResult') return qualScore(compared.level, weight, pack);
  if (target.type === 'quant' && compared.type === 'quant') return quantScore(target, compared, weight, pack);
  return { value: null, exact: null, band: null, explanation: '无法计算' };
}

/** How a recorded 得分 compares with the rules (rules.md §7.9, §8.5, §8.6). */
export type ScoreCheck = 'ok' | 'mismatch' | 'over-weight' | 'negative';

function inBand(x: Dec, band: ScoreBand): boolean {
  return x.gte(band.min) && (band.maxInclusive ? x.lte(band.max) : x.lt(band.max));
}

/**
 * Check a recorded 得分: never negative, never above 分值; quantitative rows agree when equal to the
 * half-up value or closer than 0.01 to the exact one (农保 0.90 vs 0.9527 → mismatch; 征地 0.90 vs
 * 0.8995 → ok); qualitative rows agree when inside their band; not-evaluable rows are 'ok'.
 */
export function checkRecordedScore(recorded: Dec, result: ScoreResult, weight: Dec, pack: RulePack = defaultPack): ScoreCheck {
  if (recorded.isNegative() && !recorded.isZero()) return 'negative';
  if (recorded.gt(weight)) return 'over-weight';
  return agreesWithRules(recorded, result, pack) ? 'ok' : 'mismatch';
}

/**
 * Whether a recorded 得分 agrees with the rules' score, whatever its 分值 (a score above its 分值 is
 * also checked against the proportional value: 2.5 of 2 is both over the weight and not the 2.00 expected).
 */
export function agreesWithRules(recorded: Dec, result: ScoreResult, pack: RulePack = defaultPack): boolean {
  if (result.band !== null) return inBand(recorded, result.band);
  if (result.exact === null || result.value === null) return true;
  return recorded.equals(result.value) || recorded.minus(result.exact).abs().lt(pack.scoreTolerance);
}
