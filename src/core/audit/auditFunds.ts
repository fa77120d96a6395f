import { D, type Dec } from '../decimal';
import type { NumberField } from '../findings/codes/table';
import { makeFinding, type CellPos, type PlacedFinding } from '../findings/registry';
import type { CellValue, RecognizedFunds, RecognizedTable } from '../recognize/types';
import type { FundsReport, Rounding } from '../report/types';
import type { MoneyUnit } from '../value/moneyAmount';
import { budgetScore, checkRecordedRate, executionRate } from '../rules/executionRate';
import { sameAtCents, str } from './decimals';
import { readAmount, readNumber } from './readNumber';

/** The fields of a funds row whose cell the report names. */
export type FundsField = 'label' | 'initial' | 'budget' | 'actual' | 'rate' | 'weight' | 'score';

export interface FundsAudit {
  rows: { report: Omit<FundsReport, 'cell' | 'cells'>; rateCell: CellPos; cells: Partial<Record<FundsField, CellPos>> }[];
  findings: PlacedFinding[];
  /** The funds total's 分值 / 得分 (project tables), counted into the table's totals (rules.md §8.13, §8.16). */
  weight: Dec | null;
  score: Dec | null;
}

/** The funds block: each row's recomputed 执行率, its checks, and the project's 执行率得分 (rules.md §7.2–7.4, §8.16). */
export function auditFunds(table: RecognizedTable, rounding: Rounding): FundsAudit {
  const out: FundsAudit = { rows: [], findings: [], weight: null, score: null };
  const scoredRow = scoredFundsRow(table.funds);
  for (const f of table.funds) {
    const read = (cell: CellValue | null, field: NumberField) => {
      const r = readNumber(cell, field, f.label);
      out.findings.push(...r.findings);
      return r.value;
    };
    const amount = (cell: CellValue | null, field: NumberField) => {
      const r = readAmount(cell, field, f.label, table.moneyUnit);
      out.findings.push(...r.findings);
      return r.value;
    };
    const budget = amount(f.budget, 'budget');
    const executed = amount(f.executed, 'executed');
    amount(f.initial, 'initial');
    const rate = budget !== null && executed !== null ? executionRate(executed, budget, rounding) : null;
    // A dash or slash for the 执行率 ("—", "/") states no rate, as a blank does (§7.2: a blank gives no finding).
    const recorded = asPercentPoints(f.rate && NO_RATE.test(f.rate.text) ? null : read(f.rate, 'rate'), rate);
    // Only the funds total is scored (§8.16): a 其中 row repeating 分值 / 得分 adds nothing.
    const scored = f === scoredRow;
    const weight = scored ? read(f.weight, 'weight') : null;
    const score = scored ? read(f.score, 'score') : null;
    const expected = weight !== null && budget !== null && executed !== null ? budgetScore(executed, budget, weight) : null;
    out.rows.push({
      report: {
        label: f.label,
        budget: str(budget),
        actual: str(executed),
        recordedRate: str(recorded),
        rate: str(rate),
        weight: str(weight),
        score: str(score),
        expectedScore: str(expected),
      },
      rateCell: f.rateCell,
      cells: fundsCells(f, scored),
    });
    if (recorded !== null && budget !== null && executed !== null) out.findings.push(...rateFindings(f, recorded, executed, budget, rate, rounding));
    if (rate !== null && rate.gt(100)) out.findings.push(makeFinding('RATE_OVER_100', f.rateCell, { label: f.label, rate: rate.toString() }));
    if (weight !== null) {
      out.weight = weight;
      out.score = score;
      if (score !== null && f.score) out.findings.push(...fundsScoreFindings(f, score, weight, expected, budget !== null && executed !== null ? exactBudgetScore(executed, budget, weight) : null));
    }
  }
  out.findings.push(...fundsSums(table));
  return out;
}

/** The row whose 分值 / 得分 count: the funds total (年度资金总额, 合计) where it is scored, else the first scored row. */
function scoredFundsRow(rows: RecognizedFunds[]): RecognizedFunds | null {
  const scored = rows.filter((r) => r.weight !== null);
  return scored.find((r) => TOTAL_LABEL.test(r.label)) ?? scored[0] ?? null;
}

const TOTAL_LABEL = /总额|合计|总计/;
const NO_RATE = /^\s*[-—–/\\]+\s*$/;

function fundsCells(f: RecognizedFunds, scored: boolean): Partial<Record<FundsField, CellPos>> {
  const cells: Partial<Record<FundsField, CellPos>> = {};
  const put = (field: FundsField, v: CellValue | null) => {
    if (v) cells[field] = { row: v.row, col: v.col };
  };
  put('initial', f.initial);
  put('budget', f.budget);
  put('actual', f.executed);
  cells.rate = f.rateCell;
  if (scored) {
    put('weight', f.weight);
    put('score', f.score);
  }
  return cells;
}

function rateFindings(f: RecognizedFunds, recorded: Dec, executed: Dec, budget: Dec, rate: Dec | null, rounding: Rounding): PlacedFinding[] {
  const verdict = checkRecordedRate(recorded, executed, budget, rounding);
  const params = { label: f.label, recorded: recorded.toString(), rate: rate === null ? null : rate.toFixed(2), executed: executed.toString(), budget: budget.toString() };
  if (verdict === 'mismatch') return [makeFinding('RATE_MISMATCH', f.rateCell, params)];
  if (verdict === 'other-convention') return [makeFinding('RATE_CONVENTION', f.rateCell, { ...params, rounding })];
  return [];
}

/** min(B/A, 1) × 分值 unrounded (null for a zero budget). */
function exactBudgetScore(executed: Dec, budget: Dec, weight: Dec): Dec | null {
  return budget.isZero() ? null : D.max(D.min(executed.div(budget), 1), 0).times(weight);
}

/**
 * rules.md §8.5 for the funds row too: a recorded 得分 agrees when it is the 2-dp half-up score or lies
 * within 0.01 of the exact one (8.61 and an unrounded formula's 8.618304 both agree with 8.618304).
 */
function fundsScoreFindings(f: RecognizedFunds, score: Dec, weight: Dec, expected: Dec | null, exact: Dec | null): PlacedFinding[] {
  const at = { row: f.score!.row, col: f.score!.col };
  const name = f.label;
  const out: PlacedFinding[] = [];
  if (score.gt(weight)) out.push(makeFinding('SCORE_OVER_WEIGHT', at, { name, score: score.toString(), weight: weight.toString() }));
  if (expected !== null && !score.equals(expected) && !(exact !== null && score.minus(exact).abs().lt(CENT))) {
    const explanation = `min(执行数÷预算数, 1) × ${weight.toString()}`;
    out.push(makeFinding('SCORE_MISMATCH', at, { name, score: score.toString(), expected: expected.toString(), explanation, min: null, max: null }));
  }
  return out;
}

const CENT = D('0.01');

type Side = { label: string; rows: RecognizedFunds[] };

/**
 * rules.md §7.3: 资金来源 (财政拨款 + 其他资金) = 资金结构 (基本支出 + 项目支出) where a block has both;
 * else 年度资金总额 = the sum of its 其中 rows; for 全年预算数 and 全年执行数, exact to 0.01.
 */
function fundsSums(table: RecognizedTable): PlacedFinding[] {
  const sides = deptSides(table.funds) ?? totalSides(table.funds);
  if (!sides) return [];
  const out: PlacedFinding[] = [];
  for (const column of ['budget', 'executed'] as const) {
    const left = sum(sides[0].rows, column, table.moneyUnit);
    const right = sum(sides[1].rows, column, table.moneyUnit);
    if (left === null || right === null || sameAtCents(left, right)) continue;
    const cell = sides[0].rows[0][column];
    out.push(
      makeFinding('FUNDS_SUM_MISMATCH', cell ?? sides[0].rows[0].rateCell, {
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

function sum(rows: RecognizedFunds[], column: 'budget' | 'executed', unit: MoneyUnit | null): Dec | null {
  let total = D(0);
  for (const r of rows) {
    const v = readAmount(r[column], column, null, unit).value;
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
  const totalAt = rows.findIndex((r) => TOTAL_LABEL.test(r.label));
  if (totalAt < 0) return null;
  const readable = (cell: CellValue | null) => readAmount(cell, 'budget', null, null).value !== null;
  const parts = rows.slice(totalAt + 1).filter((r) => readable(r.budget) || readable(r.executed));
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
