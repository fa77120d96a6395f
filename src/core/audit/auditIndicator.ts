import type { Dec } from '../decimal';
import type { MessageParams } from '../locales/zh-CN';
import type { CellAt, RecognizedIndicator } from '../recognize/types';
import type { Deviation, Finding, IndicatorReport } from '../report/types';
import { assessIndicator, type Assessment } from '../rules/assessIndicator';
import { checkRecordedScore, expectedScore, type ScoreResult } from '../rules/expectedScore';
import { needsReason } from '../rules/needsReason';
import type { RulePack } from '../rules/rulePack';
import { combineSplitTarget, parseValue, type ParsedValue } from '../value/parseValue';
import { amountOf, str } from './decimals';
import { finding } from './findings';

export interface IndicatorAudit {
  report: IndicatorReport;
  findings: Finding[];
  weight: Dec | null;
  score: Dec | null;
}

/** One indicator row: its deviation, expected score and findings (rules.md §7.5–7.12, §8.2–8.12). */
export function auditIndicator(ind: RecognizedIndicator, hasReasonColumn: boolean, pack: RulePack): IndicatorAudit {
  const weight = amountOf(ind.weight);
  const score = amountOf(ind.score);
  const target = targetOf(ind);
  const actual = parseValue(ind.actual ? ind.actual.value : null, ind.actual?.numberFormat);
  const assessment = ind.inputManagement ? null : assessIndicator(target, actual, pack);
  const expected = assessment && weight !== null ? expectedScore(target, actual, weight, pack) : null;
  const deviation: Deviation = assessment ? assessment.deviation : 'none';
  const base: MessageParams = {
    name: ind.name,
    target: targetText(ind),
    actual: ind.actual?.text ?? null,
    weight: str(weight),
    score: str(score),
    ratio: pack.overshootRatio.toString(),
  };
  const findings: Finding[] = [];
  if (weight !== null && score !== null) findings.push(...scoreFindings(ind, score, weight, expected, base, pack));
  if (hasReasonColumn) findings.push(...reasonFindings(ind, assessment, weight, score, base));
  else findings.push(...deviationFindings(ind, assessment, base));
  if (assessment) findings.push(...valueFindings(ind, assessment, target, actual, weight, base));
  return {
    weight,
    score,
    findings,
    report: {
      row: ind.row + 1,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: targetText(ind),
      actual: ind.actual?.text ?? null,
      weight: str(weight),
      score: str(score),
      expectedScore: str(expected?.value ?? null),
      deviation,
      reason: ind.reason,
    },
  };
}

function targetOf(ind: RecognizedIndicator): ParsedValue {
  if (ind.split) {
    const { op, value, unit } = ind.split;
    return combineSplitTarget(op?.value ?? null, value?.value ?? null, unit?.value ?? null, value?.numberFormat);
  }
  return parseValue(ind.target ? ind.target.value : null, ind.target?.numberFormat);
}

/** The target as shown: one cell, or the split cells joined ("≥ 90 %"). */
function targetText(ind: RecognizedIndicator): string | null {
  if (!ind.split) return ind.target?.text ?? null;
  const parts = [ind.split.op?.text, ind.split.value?.text, ind.split.unit?.text].filter((t): t is string => !!t);
  return parts.length ? parts.join('') : null;
}

function scoreCell(ind: RecognizedIndicator): CellAt {
  return ind.score ? { row: ind.score.row, col: ind.score.col } : ind.at.actual;
}

function scoreFindings(ind: RecognizedIndicator, score: Dec, weight: Dec, expected: ScoreResult | null, base: MessageParams, pack: RulePack): Finding[] {
  const at = scoreCell(ind);
  if (score.gt(weight)) return [finding('SCORE_OVER_WEIGHT', 'error', at, base)];
  if (score.isNegative() && !score.isZero()) return [finding('SCORE_MISMATCH', 'warning', at, { ...base, expected: '0–' + weight.toString(), explanation: '得分不能为负' })];
  if (!expected) return [];
  const verdict = checkRecordedScore(score, expected, weight, pack);
  if (verdict !== 'mismatch') return [];
  const band = expected.band;
  return [
    finding('SCORE_MISMATCH', 'warning', at, {
      ...base,
      expected: str(expected.value),
      explanation: expected.explanation,
      min: band ? band.min.toFixed(2) : null,
      max: band ? band.max.toFixed(2) : null,
    }),
  ];
}

function reasonFindings(ind: RecognizedIndicator, assessment: Assessment | null, weight: Dec | null, score: Dec | null, base: MessageParams): Finding[] {
  if (ind.reason) return [];
  const need = needsReason({ assessment, weight, score, inputManagement: ind.inputManagement });
  if (!need.required || !need.severity) return [];
  const at = ind.reasonCell ?? ind.at.actual;
  if (need.because === 'large-overshoot') return [finding('LARGE_OVERSHOOT', 'warning', at, base)];
  return [finding('MISSING_REASON', need.severity, at, { ...base, because: need.because })];
}

/** Tables without a 偏差原因 column (plan-actual): the deviation itself is reported at the completion cell. */
function deviationFindings(ind: RecognizedIndicator, assessment: Assessment | null, base: MessageParams): Finding[] {
  if (!assessment) return [];
  const at = ind.actual ? { row: ind.actual.row, col: ind.actual.col } : ind.at.actual;
  const d = assessment.deviation;
  if (d === 'under' || d === 'partial' || d === 'over') return [finding('DEVIATION', 'warning', at, { ...base, deviation: d })];
  if (assessment.largeOvershoot) return [finding('LARGE_OVERSHOOT', 'warning', at, base)];
  return [];
}

function valueFindings(ind: RecognizedIndicator, a: Assessment, target: ParsedValue, actual: ParsedValue, weight: Dec | null, base: MessageParams): Finding[] {
  const out: Finding[] = [];
  if (target.type === 'unreadable') out.push(finding('UNRECOGNIZED_VALUE', 'info', ind.at.target, { ...base, field: 'target', text: target.text }));
  if (actual.type === 'unreadable') out.push(finding('UNRECOGNIZED_VALUE', 'info', ind.at.actual, { ...base, field: 'actual', text: actual.text }));
  if (ind.name === '无' && weight !== null && weight.gt(0)) out.push(finding('MISSING_TARGET', 'warning', ind.at.name, { ...base, placeholder: 1 }));
  else if (a.missingTarget) out.push(finding('MISSING_TARGET', 'warning', ind.at.target, base));
  if (a.class === 'not-evaluable' && !a.missingTarget) out.push(finding('NOT_EVALUABLE', 'info', ind.at.target, { ...base, reason: a.notEvaluableReason }));
  return out;
}
