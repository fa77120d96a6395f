import { D } from '../decimal';
import type { Deviation } from '../report/types';
import { normalizeValueText } from '../value/normalize';
import { makeQuant, type QuantValue } from '../value/quantity';
import type { ParsedValue, QualLevel } from '../value/parseValue';
import { defaultPack, type RulePack } from './rulePack';

export type IndicatorClass = 'quantitative' | 'qualitative' | 'not-evaluable';

/** What the rules say about one indicator row's target and completion (rules.md §7.5–7.6, §8.11). */
export interface Assessment {
  class: IndicatorClass;
  deviation: Deviation;
  /** Completion ≥ overshootRatio × target on =/≥/> (T > 0): LARGE_OVERSHOOT when unexplained. */
  largeOvershoot: boolean;
  /** The target is missing ("无", "无 100", "为 100", blank): MISSING_TARGET. */
  missingTarget: boolean;
  target: ParsedValue;
  /** The completion as compared: a completion without unit has taken the target's unit. */
  actual: ParsedValue;
  /** Why the row cannot be evaluated, in Chinese; null when it can. */
  notEvaluableReason: string | null;
}

const LEVEL_DEVIATION: Record<QualLevel, Deviation> = { met: 'none', partial: 'partial', unmet: 'under' };

/** A completion written without unit takes the target's (rules.md §8.12): "12" under "=12(个月)" is 12 个月. */
function inheritUnit(target: QuantValue, actual: QuantValue): QuantValue {
  if (actual.unitWritten !== null || target.unitWritten === null) return actual;
  return makeQuant(actual.opExplicit ? actual.op : null, actual.written, target.unitWritten, actual.text);
}

/** Deviation of a completion from a quantitative target; the completion's own operator is ignored. */
export function quantDeviation(target: QuantValue, actual: QuantValue): Deviation {
  const cmp = actual.amount.comparedTo(target.amount);
  switch (target.op) {
    case '=':
      return cmp < 0 ? 'under' : cmp > 0 ? 'over' : 'none';
    case '≥':
      return cmp < 0 ? 'under' : 'none';
    case '>':
      return cmp <= 0 ? 'under' : 'none';
    case '≤':
      return cmp > 0 ? 'under' : 'none';
    case '<':
      return cmp >= 0 ? 'under' : 'none';
  }
}

function isLargeOvershoot(target: QuantValue, actual: QuantValue, pack: RulePack): boolean {
  if (target.op === '≤' || target.op === '<' || target.amount.lte(0)) return false;
  return actual.amount.gte(target.amount.times(pack.overshootRatio));
}

function notEvaluable(target: ParsedValue, actual: ParsedValue, reason: string, missingTarget = false): Assessment {
  return { class: 'not-evaluable', deviation: 'unknown', largeOvershoot: false, missingTarget, target, actual, notEvaluableReason: reason };
}

function qualitative(target: ParsedValue, actual: ParsedValue & { type: 'qualResult' }, missingTarget: boolean): Assessment {
  const deviation = LEVEL_DEVIATION[actual.level];
  return { class: 'qualitative', deviation, largeOvershoot: false, missingTarget, target, actual, notEvaluableReason: null };
}

/** Why a completion cannot be compared, or null when it can. */
function actualProblem(actual: ParsedValue): string | null {
  switch (actual.type) {
    case 'missing':
      return '完成值未填写';
    case 'description':
      return '完成值是文字说明，没有数值';
    case 'unreadable':
      return '完成值无法识别为“[运算符]数值[单位]”';
    case 'qualTarget':
      return '完成值既不是数值，也不是“达成/部分达成/未达成”';
    default:
      return null;
  }
}

/** "无"/"零" under a zero target ("0.00(次)" 安全事故) says none happened: a completion of 0. */
function zeroCompletion(target: QuantValue, actual: ParsedValue): QuantValue | null {
  if (!target.amount.isZero() || (actual.type !== 'missing' && actual.type !== 'qualTarget')) return null;
  return /^(无|零)$/.test(normalizeValueText(actual.text)) ? makeQuant(null, D(0), target.unitWritten, actual.text) : null;
}

/** A qualitative completion that repeats its target ("及时" → "及时") states that the target was met. */
function restatedTarget(target: ParsedValue, actual: ParsedValue): (ParsedValue & { type: 'qualResult' }) | null {
  if (target.type !== 'qualTarget' || actual.type !== 'qualTarget') return null;
  return normalizeValueText(target.text) === normalizeValueText(actual.text) ? { type: 'qualResult', level: 'met', text: actual.text } : null;
}

function assessQuantTarget(target: QuantValue, given: ParsedValue, pack: RulePack): Assessment {
  const actual = zeroCompletion(target, given) ?? given;
  if (actual.type === 'qualResult') return qualitative(target, actual, false);
  if (actual.type !== 'quant') return notEvaluable(target, actual, actualProblem(actual) ?? '完成值无法识别');
  const compared = inheritUnit(target, actual);
  if (target.unit !== null && compared.unit !== null && target.unit !== compared.unit) {
    return notEvaluable(target, compared, `单位不一致：指标值为“${target.unit}”，完成值为“${compared.unit}”`);
  }
  return {
    class: 'quantitative',
    deviation: quantDeviation(target, compared),
    largeOvershoot: isLargeOvershoot(target, compared, pack),
    missingTarget: false,
    target,
    actual: compared,
    notEvaluableReason: null,
  };
}

/**
 * Classify an indicator and its deviation (rules.md §7.5–7.6, §8.2–8.3, §8.8, §8.11).
 * Quantitative: target `quant` with a `quant` completion of the same unit. Qualitative: a 达成 /
 * 部分达成 / 未达成 completion (also under 百分百, 及时 or a missing target). Otherwise not evaluable.
 *
 * @example assessIndicator(parseValue('=973.00(人)'), parseValue('927.00(人)')).deviation // 'under'
 * @example assessIndicator(parseValue('>80.00(%)'), parseValue('80.00(%)')).deviation    // 'under' (strict)
 */
export function assessIndicator(target: ParsedValue, actual: ParsedValue, pack: RulePack = defaultPack): Assessment {
  switch (target.type) {
    case 'quant':
      return assessQuantTarget(target, actual, pack);
    case 'qualTarget':
    case 'qualResult': {
      const result = actual.type === 'qualResult' ? actual : restatedTarget(target, actual);
      if (result) return qualitative(target, result, false);
      return notEvaluable(target, actual, actualProblem(actual) ?? '指标值是定性描述，完成值却是数值，无法比较');
    }
    case 'missing':
      if (actual.type === 'qualResult') return qualitative(target, actual, true);
      return notEvaluable(target, actual, '指标值缺失（空白、“无”或“为 100”之类）', true);
    case 'description':
      return notEvaluable(target, actual, '指标值是文字说明，没有运算符和数值');
    case 'unreadable':
      return notEvaluable(target, actual, '指标值无法识别为“[运算符]数值[单位]”');
  }
}

/** The deviation alone: `assessIndicator(target, actual, pack).deviation`. */
export function classifyDeviation(target: ParsedValue, actual: ParsedValue, pack: RulePack = defaultPack): Deviation {
  return assessIndicator(target, actual, pack).deviation;
}
