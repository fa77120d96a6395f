import type { Dec } from '../decimal';
import type { MessageParams } from '../locales/zh-CN';
import type { CellAt, RecognizedIndicator } from '../recognize/types';
import type { Finding, IndicatorReport } from '../report/types';
import type { Assessment } from '../rules/assessIndicator';
import { checkRecordedScore, type ScoreResult } from '../rules/expectedScore';
import { needsReason } from '../rules/needsReason';
import type { RulePack } from '../rules/rulePack';
import { combineSplitTarget, type ParsedValue } from '../value/parseValue';
import { str } from './decimals';
import { finding } from './findings';
import { RuleMemo } from './ruleMemo';

/**
 * Audits the indicator rows of one table (rules.md §7.5–7.12, §8.2–8.12): each call
 * returns the row's report and appends its findings to `findings`; the row's 分值 and
 * 得分 are left in `weight` / `score` for the table's sums. One object per table, so that
 * a row costs its report and its findings' objects only.
 */
export class IndicatorAuditor {
  /** The findings of every row audited, in row order. */
  readonly findings: Finding[] = [];
  /** The 分值 and 得分 of the row audited last. */
  weight: Dec | null = null;
  score: Dec | null = null;
  private readonly memo: RuleMemo;
  private readonly ratio: string | null;

  constructor(
    private readonly hasReasonColumn: boolean,
    private readonly pack: RulePack,
  ) {
    this.memo = new RuleMemo(pack);
    this.ratio = this.memo.str(pack.overshootRatio);
  }

  audit(ind: RecognizedIndicator): IndicatorReport {
    const memo = this.memo;
    const weight = memo.amount(ind.weight);
    const score = memo.amount(ind.score);
    this.weight = weight;
    this.score = score;
    memo.startRow();
    const target = targetOf(ind, memo);
    const actual = memo.parse(ind.actual ? ind.actual.value : null, ind.actual?.numberFormat);
    const assessment = ind.inputManagement ? null : memo.assess(target, actual);
    const expected = assessment && weight !== null ? memo.expected(target, actual, weight, ind.weight?.value ?? null) : null;
    const weightText = memo.str(weight);
    const scoreText = memo.str(score);
    const targetShown = targetText(ind);
    const row: Row = { ind, weightText, scoreText, targetShown, ratio: this.ratio };
    if (weight !== null && score !== null) this.scoreFindings(row, score, weight, expected);
    if (this.hasReasonColumn) this.reasonFindings(row, assessment, weight, score);
    else if (assessment) this.deviationFindings(row, assessment);
    if (assessment) this.valueFindings(row, assessment, target, actual, weight);
    return {
      row: ind.row + 1,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: targetShown,
      actual: ind.actual?.text ?? null,
      weight: weightText,
      score: scoreText,
      expectedScore: memo.scoreStr(expected?.value ?? null),
      deviation: assessment ? assessment.deviation : 'none',
      reason: ind.reason,
    };
  }

  private scoreFindings(row: Row, score: Dec, weight: Dec, expected: ScoreResult | null): void {
    const at = scoreCell(row.ind);
    if (score.gt(weight)) return this.add('SCORE_OVER_WEIGHT', 'error', at, baseParams(row));
    if (score.isNegative() && !score.isZero()) {
      const params = baseParams(row);
      params.expected = '0–' + weight.toString();
      params.explanation = '得分不能为负';
      return this.add('SCORE_MISMATCH', 'warning', at, params);
    }
    if (!expected || checkRecordedScore(score, expected, weight, this.pack) !== 'mismatch') return;
    const band = expected.band;
    const params = baseParams(row);
    params.expected = str(expected.value);
    params.explanation = expected.explanation;
    params.min = band ? band.min.toFixed(2) : null;
    params.max = band ? band.max.toFixed(2) : null;
    this.add('SCORE_MISMATCH', 'warning', at, params);
  }

  private reasonFindings(row: Row, assessment: Assessment | null, weight: Dec | null, score: Dec | null): void {
    const ind = row.ind;
    if (ind.reason && !NO_REASON.test(ind.reason)) return;
    const need = needsReason({ assessment, weight, score, inputManagement: ind.inputManagement });
    if (!need.required || !need.severity) return;
    const at = ind.cols.reason !== null ? { row: ind.row, col: ind.cols.reason } : cellAt(ind, 'actual');
    if (need.because === 'large-overshoot') return this.add('LARGE_OVERSHOOT', 'warning', at, baseParams(row));
    const params = baseParams(row);
    params.because = need.because;
    this.add('MISSING_REASON', need.severity, at, params);
  }

  /** Tables without a 偏差原因 column (plan-actual): the deviation itself is reported at the completion cell. */
  private deviationFindings(row: Row, assessment: Assessment): void {
    const ind = row.ind;
    const at = ind.actual ? { row: ind.actual.row, col: ind.actual.col } : cellAt(ind, 'actual');
    const d = assessment.deviation;
    if (d === 'under' || d === 'partial' || d === 'over') {
      const params = baseParams(row);
      params.deviation = d;
      this.add('DEVIATION', 'warning', at, params);
    } else if (assessment.largeOvershoot) {
      this.add('LARGE_OVERSHOOT', 'warning', at, baseParams(row));
    }
  }

  private valueFindings(row: Row, a: Assessment, target: ParsedValue, actual: ParsedValue, weight: Dec | null): void {
    const ind = row.ind;
    if (target.type === 'unreadable') this.unrecognized(row, 'target', target.text);
    if (actual.type === 'unreadable') this.unrecognized(row, 'actual', actual.text);
    if (ind.name === '无' && weight !== null && weight.gt(0)) {
      const params = baseParams(row);
      params.placeholder = 1;
      this.add('MISSING_TARGET', 'warning', cellAt(ind, 'name'), params);
    } else if (a.missingTarget) {
      this.add('MISSING_TARGET', 'warning', cellAt(ind, 'target'), baseParams(row));
    }
    if (a.class === 'not-evaluable' && !a.missingTarget) {
      const params = baseParams(row);
      params.reason = a.notEvaluableReason;
      this.add('NOT_EVALUABLE', 'info', cellAt(ind, 'target'), params);
    }
  }

  private unrecognized(row: Row, field: 'target' | 'actual', text: string): void {
    const params = baseParams(row);
    params.field = field;
    params.text = text;
    this.add('UNRECOGNIZED_VALUE', 'info', cellAt(row.ind, field), params);
  }

  private add(code: Finding['code'], severity: Finding['severity'], at: CellAt, params: MessageParams): void {
    this.findings.push(finding(code, severity, at, params));
  }
}

/** A placeholder in the 偏差原因 cell ("无", "/", "—", "无。") explains nothing: the reason is missing. */
const NO_REASON = /^\s*(无|暂无|没有|\/|\\|[-—–_~]+|[.…。·]+)\s*[。.]?\s*$/;

/** What a row's findings are told, gathered once per row; their params are made only when a finding is. */
interface Row {
  ind: RecognizedIndicator;
  weightText: string | null;
  scoreText: string | null;
  targetShown: string | null;
  ratio: string | null;
}

/** The params every indicator finding carries (a new object per finding: each adds its own). */
function baseParams(row: Row): MessageParams {
  return {
    name: row.ind.name,
    target: row.targetShown,
    actual: row.ind.actual?.text ?? null,
    weight: row.weightText,
    score: row.scoreText,
    ratio: row.ratio,
  };
}

function targetOf(ind: RecognizedIndicator, memo: RuleMemo): ParsedValue {
  if (ind.split) {
    const { op, value, unit } = ind.split;
    memo.markUnseen();
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
