import type { Dec } from '../decimal';
import type { IndicatorParams, ReasonCase } from '../findings/codes/table';
import { makeFinding, type CellPos, type FindingCode, type FindingParams, type PlacedFinding } from '../findings/registry';
import type { RecognizedIndicator } from '../recognize/types';
import type { IndicatorReport } from '../report/types';
import { assessIndicator, type Assessment } from '../rules/assessIndicator';
import { agreesWithRules, scoreOfAssessment, type ScoreResult } from '../rules/expectedScore';
import { needsReason } from '../rules/needsReason';
import type { RulePack } from '../rules/rulePack';
import { combineSplitTarget, parseValue, type ParsedValue } from '../value/parseValue';
import { str } from './decimals';
import { readNumber, type NumberRead } from './readNumber';

/** The fields of an indicator row whose cell the report names (spec/check-report.md, `cells`). */
export type IndicatorField = 'name' | 'operator' | 'target' | 'unit' | 'actual' | 'weight' | 'score' | 'reason';

/** One audited indicator row: its report with the positions of its cells (A1 text is made by the table), its findings and numbers. */
export interface IndicatorAudit {
  report: Omit<IndicatorReport, 'cells'> & { cells: Partial<Record<IndicatorField, CellPos>> };
  findings: PlacedFinding[];
  weight: NumberRead;
  score: NumberRead;
}

/**
 * Audits one indicator row (rules.md §7.5–7.12, §8.2–8.12, §8.18): its report, the cells it was
 * read from, its findings, and its 分值 / 得分 for the table's sums. `declaresOnly`: a row of a
 * targets table, whose deviation is 'unknown' (no completion to judge) and which raises no
 * completion findings (DEVIATION, MISSING_REASON, NOT_EVALUABLE …).
 */
export function auditIndicator(ind: RecognizedIndicator, hasReasonColumn: boolean, pack: RulePack, declaresOnly = false): IndicatorAudit {
  const weight = readNumber(ind.weight, 'weight', ind.name);
  const score = readNumber(ind.score, 'score', ind.name);
  const target = targetOf(ind);
  const actual = parseValue(ind.actual ? ind.actual.value : null, ind.actual?.numberFormat);
  // A targets table's row declares a target and reports no completion: nothing to assess, no verdict (§8.20).
  const assessment = ind.inputManagement || declaresOnly ? null : assessIndicator(target, actual, pack);
  const w = weight.value;
  const expected = assessment && w !== null ? scoreOfAssessment(assessment, w, pack) : null;
  const base: IndicatorParams = { name: ind.name, target: targetText(ind), actual: ind.actual?.text ?? null, weight: str(w), score: str(score.value) };
  const findings: PlacedFinding[] = [...weight.findings, ...score.findings];
  const add = <C extends FindingCode>(code: C, at: CellPos, params: FindingParams<C>) => findings.push(makeFinding(code, at, params));
  const row: RowFacts = { ind, base, add };
  if (w !== null && score.value !== null) scoreFindings(row, score.value, w, expected, pack);
  if (hasReasonColumn) reasonFindings(row, assessment, w, score.value, pack);
  else if (assessment) deviationFindings(row, assessment, pack);
  if (assessment) valueFindings(row, assessment, target, actual, w);
  return {
    report: {
      row: ind.row + 1,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: base.target,
      actual: base.actual,
      weight: base.weight,
      score: base.score,
      expectedScore: str(expected?.value ?? null),
      deviation: assessment ? assessment.deviation : declaresOnly ? 'unknown' : 'none',
      reason: ind.reason,
      cells: cellsOf(ind),
    },
    findings,
    weight,
    score,
  };
}

/**
 * What a row's findings are made from. Their params list the code's own values first, then
 * `...base`: V8 (node 20) copies `{ ...object, added }` slowly, a new hidden class per object
 * (~2–9 µs each, measured), and `{ added, ...object }` in ~0.2 µs.
 */
interface RowFacts {
  ind: RecognizedIndicator;
  base: IndicatorParams;
  add: <C extends FindingCode>(code: C, at: CellPos, params: FindingParams<C>) => void;
}

function scoreFindings(row: RowFacts, score: Dec, weight: Dec, expected: ScoreResult | null, pack: RulePack): void {
  const at = scoreCell(row.ind);
  const name = row.ind.name;
  const shown = { name, score: score.toString() };
  if (score.gt(weight)) row.add('SCORE_OVER_WEIGHT', at, { weight: weight.toString(), ...shown });
  if (score.isNegative() && !score.isZero()) {
    return row.add('SCORE_MISMATCH', at, { expected: '0–' + weight.toString(), explanation: '得分不能为负', min: null, max: null, ...shown });
  }
  if (!expected || agreesWithRules(score, expected, pack)) return;
  const band = expected.band;
  row.add('SCORE_MISMATCH', at, {
    expected: str(expected.value),
    explanation: expected.explanation,
    min: band ? band.min.toFixed(2) : null,
    max: band ? band.max.toFixed(2) : null,
    maxIncluded: band?.maxInclusive ?? false,
    ...shown,
  });
}

function reasonFindings(row: RowFacts, assessment: Assessment | null, weight: Dec | null, score: Dec | null, pack: RulePack): void {
  const ind = row.ind;
  if (ind.reason && !NO_REASON.test(ind.reason)) return;
  const need = needsReason({ assessment, weight, score, inputManagement: ind.inputManagement });
  if (!need.required || !need.because) return;
  const at = ind.cols.reason !== null ? { row: ind.row, col: ind.cols.reason } : cellAt(ind, 'actual');
  if (need.because === 'large-overshoot') return row.add('LARGE_OVERSHOOT', at, { ratio: pack.overshootRatio.toString(), ...row.base });
  row.add('MISSING_REASON', at, { because: need.because satisfies ReasonCase, ...row.base });
  // rules.md §8.29: an "=" exceeded by the overshoot ratio is an over-completion and also a large one.
  if (need.because === 'over' && assessment?.largeOvershoot) row.add('LARGE_OVERSHOOT', at, { ratio: pack.overshootRatio.toString(), ...row.base });
}

/** Tables without a 偏差原因 column (plan-actual): the deviation itself is reported at the completion cell. */
function deviationFindings(row: RowFacts, assessment: Assessment, pack: RulePack): void {
  const ind = row.ind;
  const at = ind.actual ? { row: ind.actual.row, col: ind.actual.col } : cellAt(ind, 'actual');
  const d = assessment.deviation;
  if (d === 'under' || d === 'partial' || d === 'over') row.add('DEVIATION', at, { deviation: d, ...row.base });
  // An "=" exceeded is a deviation and, past the overshoot ratio, also a large over-completion (§8.29).
  if ((d === 'none' || d === 'over') && assessment.largeOvershoot) row.add('LARGE_OVERSHOOT', at, { ratio: pack.overshootRatio.toString(), ...row.base });
}

function valueFindings(row: RowFacts, a: Assessment, target: ParsedValue, actual: ParsedValue, weight: Dec | null): void {
  const ind = row.ind;
  if (target.type === 'unreadable') row.add('UNRECOGNIZED_VALUE', cellAt(ind, 'target'), { field: 'target', text: target.text, ...row.base });
  if (actual.type === 'unreadable') row.add('UNRECOGNIZED_VALUE', cellAt(ind, 'actual'), { field: 'actual', text: actual.text, ...row.base });
  if (ind.name === '无' && weight !== null && weight.gt(0)) row.add('MISSING_TARGET', cellAt(ind, 'name'), { placeholder: true, ...row.base });
  else if (a.missingTarget) row.add('MISSING_TARGET', cellAt(ind, 'target'), { placeholder: false, ...row.base });
  if (a.class === 'not-evaluable' && !a.missingTarget) row.add('NOT_EVALUABLE', cellAt(ind, 'target'), { reason: a.notEvaluableReason, ...row.base });
}

/** A placeholder in the 偏差原因 cell ("无", "/", "—", "无。") explains nothing: the reason is missing. */
const NO_REASON = /^\s*(无|暂无|没有|\/|\\|[-—–_~]+|[.…。·]+)\s*[。.]?\s*$/;

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

/** Where each of the row's values was read, or would be (the row's cell in each column the table has). */
function cellsOf(ind: RecognizedIndicator): Partial<Record<IndicatorField, CellPos>> {
  const cells: Partial<Record<IndicatorField, CellPos>> = {};
  const put = (field: IndicatorField, v: { row: number; col: number } | null | undefined, col: number | null) => {
    if (v) cells[field] = { row: v.row, col: v.col };
    else if (col !== null) cells[field] = { row: ind.row, col };
  };
  put('name', null, ind.cols.name);
  put('operator', ind.split?.op, ind.cols.operator);
  put('target', ind.split ? ind.split.value : ind.target, ind.cols.target);
  put('unit', ind.split?.unit, ind.cols.unit);
  put('actual', ind.actual, ind.cols.actual);
  put('weight', ind.weight, ind.cols.weight);
  put('score', ind.score, ind.cols.score);
  put('reason', null, ind.cols.reason);
  return cells;
}

/** The cell of this row in the named column. */
export function cellAt(ind: RecognizedIndicator, which: 'name' | 'target' | 'actual'): CellPos {
  return { row: ind.row, col: ind.cols[which] };
}

function scoreCell(ind: RecognizedIndicator): CellPos {
  return ind.score ? { row: ind.score.row, col: ind.score.col } : cellAt(ind, 'actual');
}
