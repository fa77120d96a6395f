import { D, type Dec } from '../decimal';
import { toA1 } from '../grid/address';
import type { RecognizedFunds, RecognizedTable } from '../recognize/types';
import type { Finding, FundsReport, Rounding } from '../report/types';
import { budgetScore, checkRecordedRate, executionRate } from '../rules/executionRate';
import { amountOf, sameAtCents, str } from './decimals';
import { finding } from './findings';

export interface FundsAudit {
  rows: FundsReport[];
  findings: Finding[];
  /** The funds row's 分值 / 得分 (project tables), counted into the table's totals. */
  weight: Dec | null;
  score: Dec | null;
}

/** The funds block: each row's recomputed 执行率, its checks, and the project's 执行率得分 (rules.md §7.2–7.4). */
export function auditFunds(table: RecognizedTable, rounding: Rounding): FundsAudit {
  const out: FundsAudit = { rows: [], findings: [], weight: null, score: null };
  for (const f of table.funds) {
    const budget = amountOf(f.budget);
    const executed = amountOf(f.executed);
    const rate = budget !== null && executed !== null ? executionRate(executed, budget, rounding) : null;
    const recorded = asPercentPoints(amountOf(f.rate), rate);
    // A scored funds row (the project form's, and the MOF 部门整体支出 form's) counts in the totals (§8.13).
    const weight = amountOf(f.weight);
    const score = amountOf(f.score);
    const expected = weight !== null && budget !== null && executed !== null ? budgetScore(executed, budget, weight) : null;
    out.rows.push({
      label: f.label,
      budget: str(budget),
      actual: str(executed),
      recordedRate: str(recorded),
      rate: str(rate),
      weight: str(weight),
      score: str(score),
      expectedScore: str(expected),
      cell: toA1(f.rateCell.row, f.rateCell.col),
    });
    if (recorded !== null && budget !== null && executed !== null) checkRate(out.findings, f, recorded, executed, budget, rate, rounding);
    if (rate !== null && rate.gt(100)) out.findings.push(finding('RATE_OVER_100', 'warning', f.rateCell, { label: f.label, rate: rate.toString() }));
    if (weight !== null) {
      out.weight = (out.weight ?? D(0)).plus(weight);
      if (score !== null) out.score = (out.score ?? D(0)).plus(score);
      if (score !== null && f.score) checkFundsScore(out.findings, f, score, weight, expected, budget !== null && executed !== null ? exactBudgetScore(executed, budget, weight) : null);
    }
  }
  out.findings.push(...fundsSums(table));
  return out;
}


function checkRate(findings: Finding[], f: RecognizedFunds, recorded: Dec, executed: Dec, budget: Dec, rate: Dec | null, rounding: Rounding) {
  const verdict = checkRecordedRate(recorded, executed, budget, rounding);
  const params = { label: f.label, recorded: recorded.toString(), rate: rate === null ? null : rate.toFixed(2), executed: executed.toString(), budget: budget.toString(), rounding };
  if (verdict === 'mismatch') findings.push(finding('RATE_MISMATCH', 'error', f.rateCell, params));
  else if (verdict === 'other-convention') findings.push(finding('RATE_CONVENTION', 'info', f.rateCell, params));
}

/** min(B/A, 1) × 分值 unrounded (null for a zero budget). */
function exactBudgetScore(executed: Dec, budget: Dec, weight: Dec): Dec | null {
  return budget.isZero() ? null : D.max(D.min(executed.div(budget), 1), 0).times(weight);
}

/**
 * rules.md §8.5 for the funds row too: a recorded 得分 agrees when it is the 2-dp half-up score or lies
 * within 0.01 of the exact one (8.61 and an unrounded formula's 8.618304 both agree with 8.618304).
 */
function checkFundsScore(findings: Finding[], f: RecognizedFunds, score: Dec, weight: Dec, expected: Dec | null, exact: Dec | null) {
  const at = { row: f.score!.row, col: f.score!.col };
  const name = f.label;
  if (score.gt(weight)) findings.push(finding('SCORE_OVER_WEIGHT', 'error', at, { name, score: score.toString(), weight: weight.toString() }));
  else if (expected !== null && !score.equals(expected) && !(exact !== null && score.minus(exact).abs().lt(CENT))) {
    findings.push(finding('SCORE_MISMATCH', 'warning', at, { name, score: score.toString(), expected: expected.toString(), explanation: `min(执行数÷预算数, 1) × ${weight.toString()}` }));
  }
}

const CENT = D('0.01');

type Side = { label: string; rows: RecognizedFunds[] };

/**
 * rules.md §7.3: 资金来源 (财政拨款 + 其他资金) = 资金结构 (基本支出 + 项目支出) where a block has both;
 * else 年度资金总额 = the sum of its 其中 rows; for 全年预算数 and 全年执行数, exact to 0.01.
 */
function fundsSums(table: RecognizedTable): Finding[] {
  const sides = deptSides(table.funds) ?? totalSides(table.funds);
  if (!sides) return [];
  const out: Finding[] = [];
  for (const column of ['budget', 'executed'] as const) {
    const left = sum(sides[0].rows, column);
    const right = sum(sides[1].rows, column);
    if (left === null || right === null || sameAtCents(left, right)) continue;
    const cell = sides[0].rows[0][column];
    out.push(
      finding('FUNDS_SUM_MISMATCH', 'warning', cell ?? sides[0].rows[0].rateCell, {
        column: column === 'budget' ? '全年预算数' : '全年执行数',
        leftLabel: sides[0].label,
        left: left.toString(),
        rightLabel: sides[1].label,
        right: right.toString(),
      }),
    );
  }
  return out;
}

function sum(rows: RecognizedFunds[], column: 'budget' | 'executed'): Dec | null {
  let total = D(0);
  for (const r of rows) {
    const v = amountOf(r[column]);
    if (v === null) return null;
    total = total.plus(v);
  }
  return total;
}

function deptSides(rows: RecognizedFunds[]): [Side, Side] | null {
  const source: RecognizedFunds[] = [];
  const structure: RecognizedFunds[] = [];
  let into: RecognizedFunds[] | null = null;
  for (const r of rows) {
    if (/资金来源/.test(r.label)) into = source;
    else if (/资金结构/.test(r.label)) into = structure;
    into?.push(r);
  }
  return source.length > 1 && structure.length > 1 ? [{ label: '资金来源合计', rows: source }, { label: '资金结构合计', rows: structure }] : null;
}

function totalSides(rows: RecognizedFunds[]): [Side, Side] | null {
  const totalAt = rows.findIndex((r) => /总额|合计|总计/.test(r.label));
  if (totalAt < 0) return null;
  const parts = rows.slice(totalAt + 1).filter((r) => amountOf(r.budget) !== null || amountOf(r.executed) !== null);
  return parts.length > 0 ? [{ label: rows[totalAt].label, rows: [rows[totalAt]] }, { label: '其中各项之和', rows: parts }] : null;
}

/**
 * A 执行率 written as a fraction without a percent format (=B/A shown as "0.9927") means
 * 99.27: read it as percentage points when ×100 it is the recomputed rate to the cent.
 */
function asPercentPoints(recorded: Dec | null, rate: Dec | null): Dec | null {
  if (recorded === null || rate === null || recorded.gt(2) || rate.lte(2)) return recorded;
  const points = recorded.times(100);
  return points.minus(rate).abs().lt(1) ? points : recorded;
}
