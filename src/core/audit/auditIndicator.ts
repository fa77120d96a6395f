import type { Dec } from '../decimal';
import type { MessageParams } from '../locales/zh-CN';
import type { CellAt, RecognizedIndicator } from '../recognize/types';
import type { Deviation, Finding, IndicatorReport } from '../report/types';
import type { Assessment } from '../rules/assessIndicator';
import { checkRecordedScore, type ScoreResult } from '../rules/expectedScore';
import { needsReason } from '../rules/needsReason';
import type { RulePack } from '../rules/rulePack';
import { combineSplitTarget, type ParsedValue } from '../value/parseValue';
import { str } from './decimals';
import { finding } from './findings';
import { RuleMemo } from './ruleMemo';

export interface IndicatorAudit {
  report: IndicatorReport;
  findings: Finding[];
  weight: Dec | null;
  score: Dec | null;
}

/** One indicator row: its deviation, expected score and findings (rules.md §7.5–7.12, §8.2–8.12). */
export function auditIndicator(ind: RecognizedIndicator, hasReasonColumn: boolean, pack: RulePack, memo = new RuleMemo(pack)): IndicatorAudit {
  const weight = memo.amount(ind.weight);
  const score = memo.amount(ind.score);
  const target = targetOf(ind, memo);
  const actual = memo.parse(ind.actual ? ind.actual.value : null, ind.actual?.numberFormat);
  const assessment = ind.inputManagement ? null : memo.assess(target, actual);
  const expected = assessment && weight !== null ? memo.expected(target, actual, weight, ind.weight?.value ?? null) : null;
  const deviation: Deviation = assessment ? assessment.deviation : 'none';
  const weightText = memo.str(weight);
  const scoreText = memo.str(score);
  const base: MessageParams = {
    name: ind.name,
    target: targetText(ind),
    actual: ind.actual?.text ?? null,
    weight: weightText,
    score: scoreText,
    ratio: memo.str(pack.overshootRatio),
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
      target: base.target as string | null,
      actual: base.actual as string | null,
      weight: weightText,
      score: scoreText,
      expectedScore: memo.str(expected?.value ?? null),
      deviation,
      reason: ind.reason,
    },
  };
}

function targetOf(ind: RecognizedIndicator, memo: RuleMemo): ParsedValue {
  if (ind.split) {
    const { op, value, unit } = ind.split;
    return combineSplitTarget(op?.value ?? null, value?.value ?? null, unit?.value ?? null, value?.numberFormat);
  }
  return memo.parse(ind.target ? ind.target.value : null, ind.target?.numberFormat);
}

/** The target as shown: one cell, or the split cells joined ("≥ 90 %"). */
function targetText(ind: RecognizedIndicator): string | null {
  if (!ind.split) return ind.target?.text ?? null;
  const parts = [ind.split.op?.text, ind.split.value?.text, ind.split.unit?.text].filter((t): t is string => !!t);
  return parts.length ? parts.join('') : null;
}

/** The cell of this row in the named column. */
export function cellAt(ind: RecognizedIndicator, which: 'name' | 'target' | 'actual'): CellAt {
  return { row: ind.row, col: ind.cols[which] };
}

function scoreCell(ind: RecognizedIndicator): CellAt {
  return ind.score ? { row: ind.score.row, col: ind.score.col } : cellAt(ind, 'actual');
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
  const at = ind.cols.reason !== null ? { row: ind.row, col: ind.cols.reason } : cellAt(ind, 'actual');
  if (need.because === 'large-overshoot') return [finding('LARGE_OVERSHOOT', 'warning', at, base)];
  return [finding('MISSING_REASON', need.severity, at, { ...base, because: need.because })];
}

/** Tables without a 偏差原因 column (plan-actual): the deviation itself is reported at the completion cell. */
function deviationFindings(ind: RecognizedIndicator, assessment: Assessment | null, base: MessageParams): Finding[] {
  if (!assessment) return [];
  const at = ind.actual ? { row: ind.actual.row, col: ind.actual.col } : cellAt(ind, 'actual');
  const d = assessment.deviation;
  if (d === 'under' || d === 'partial' || d === 'over') return [finding('DEVIATION', 'warning', at, { ...base, deviation: d })];
  if (assessment.largeOvershoot) return [finding('LARGE_OVERSHOOT', 'warning', at, base)];
  return [];
}

function valueFindings(ind: RecognizedIndicator, a: Assessment, target: ParsedValue, actual: ParsedValue, weight: Dec | null, base: MessageParams): Finding[] {
  const out: Finding[] = [];
  if (target.type === 'unreadable') out.push(finding('UNRECOGNIZED_VALUE', 'info', cellAt(ind, 'target'), { ...base, field: 'target', text: target.text }));
  if (actual.type === 'unreadable') out.push(finding('UNRECOGNIZED_VALUE', 'info', cellAt(ind, 'actual'), { ...base, field: 'actual', text: actual.text }));
  if (ind.name === '无' && weight !== null && weight.gt(0)) out.push(finding('MISSING_TARGET', 'warning', cellAt(ind, 'name'), { ...base, placeholder: 1 }));
  else if (a.missingTarget) out.push(finding('MISSING_TARGET', 'warning', cellAt(ind, 'target'), base));
  if (a.class === 'not-evaluable' && !a.missingTarget) out.push(finding('NOT_EVALUABLE', 'info', cellAt(ind, 'target'), { ...base, reason: a.notEvaluableReason }));
  return out;
}
