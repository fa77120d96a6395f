import { D, type Dec } from '../decimal';
import { makeFinding } from '../findings/registry';
import { fromA1 } from '../grid/address';
import type { FundsReport, Rounding, TableReport } from '../report/types';
import { appendFindings } from '../review/appendFindings';
import { executionRate } from './executionRate';
import { grade } from './grade';
import { defaultPack, type ExecutionRateCap, type RulePack } from './rulePack';

/**
 * Return the cap that binds at this 执行率: among the caps whose `rateBelow` the rate is strictly
 * below, the one with the lowest `maxTotal`; null when none applies (or there is no rate).
 * @example applicableCap(D(70), yitihua2022Pack)?.maxTotal // 79 (70 is not below 70; it is below 80 and 89 > 79)
 */
export function applicableCap(rate: Dec | null, pack: RulePack = defaultPack): ExecutionRateCap | null {
  if (rate === null) return null;
  return pack.executionRateCaps
    .filter((cap) => rate.lt(cap.rateBelow))
    .reduce<ExecutionRateCap | null>((lowest, cap) => (lowest === null || cap.maxTotal.lt(lowest.maxTotal) ? cap : lowest), null);
}

/**
 * Return the total after the pack's 执行率 caps (regional rule; the default pack has none):
 * the lowest `maxTotal` among caps whose `rateBelow` exceeds the rate.
 *
 * @param total the summed 得分
 * @param rate the funds' 执行率 in percentage points, or null when there is none (no cap applies)
 */
export function capTotal(total: Dec, rate: Dec | null, pack: RulePack = defaultPack): Dec {
  const cap = applicableCap(rate, pack);
  return cap !== null && cap.maxTotal.lt(total) ? cap.maxTotal : total;
}

const TOTAL_LABEL = /总额|合计|总计/;
const STRUCTURE_LABEL = /资金结构|基本支出|项目支出/;

const amountOf = (text: string | null): Dec | null => (text === null ? null : D(text));

/**
 * The funds total of a table and its recomputed 执行率: the 年度资金总额 / 合计 row where there is
 * one; else (整体支出 tables) the 资金来源 rows summed, which equal the 资金结构 rows (rules.md §7.3);
 * a single funds row is its own total. Null when the table has no readable funds total.
 */
export function fundsTotal(budget: readonly FundsReport[], rounding: Rounding): { row: FundsReport; rate: Dec } | null {
  const totalRow = budget.find((r) => TOTAL_LABEL.test(r.label));
  const sources = totalRow ? [totalRow] : sourceRows(budget);
  if (sources.length === 0) return null;
  let sumBudget = D(0);
  let sumActual = D(0);
  for (const r of sources) {
    const [b, a] = [amountOf(r.budget), amountOf(r.actual)];
    if (b === null || a === null) return null;
    sumBudget = sumBudget.plus(b);
    sumActual = sumActual.plus(a);
  }
  const rate = executionRate(sumActual, sumBudget, rounding);
  return rate === null ? null : { row: sources[0], rate };
}

/** The funds rows before the first 资金结构 row (all rows when there is none and only one row). */
function sourceRows(budget: readonly FundsReport[]): FundsReport[] {
  const end = budget.findIndex((r) => STRUCTURE_LABEL.test(r.label));
  if (end === -1) return budget.length === 1 ? [budget[0]] : [];
  return budget.slice(0, end);
}

/**
 * The pack's 执行率 caps applied to one table (rules.md §8.21): `total.cappedScore` /
 * `cappedGrade` become the cap and its grade where the total exceeds it, with a TOTAL_OVER_CAP
 * warning on the funds total's 执行率 cell; otherwise they equal score / grade. Plan-actual and
 * targets tables have no total to cap (null).
 */
export function capTableTotal(table: TableReport, pack: RulePack, rounding: Rounding): TableReport {
  const scored = table.kind === 'dept' || table.kind === 'project';
  const score = scored ? amountOf(table.total.score) : null;
  const uncapped = { ...table, total: { ...table.total, cappedScore: scored ? table.total.score : null, cappedGrade: scored ? table.total.grade : null } };
  if (score === null) return uncapped;
  const funds = fundsTotal(table.budget, rounding);
  const cap = applicableCap(funds?.rate ?? null, pack);
  if (funds === null || cap === null || !score.gt(cap.maxTotal)) return uncapped;
  const cappedGrade = grade(cap.maxTotal, pack);
  const at = fromA1(funds.row.cells.rate ?? funds.row.cell) ?? { row: 0, col: 0 };
  const finding = makeFinding('TOTAL_OVER_CAP', at, {
    score: score.toString(),
    rate: funds.rate.toFixed(2),
    rateBelow: cap.rateBelow.toString(),
    cap: cap.maxTotal.toString(),
    grade: cappedGrade,
    pack: pack.name,
  });
  return appendFindings({ ...table, total: { ...table.total, cappedScore: cap.maxTotal.toString(), cappedGrade } }, [finding]);
}
