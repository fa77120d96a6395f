import type { Dec } from '../decimal';
import { makeFinding, type CellPos, type PlacedFinding } from '../findings/registry';
import { bySheetOrder, reportFinding } from '../findings/toReport';
import { columnLetters, rangeA1, toA1 } from '../grid/address';
import type { RecognizedFunds, RecognizedTable } from '../recognize/types';
import type { Rounding, TableReport, TotalReport } from '../report/types';
import { grade } from '../rules/grade';
import type { RulePack } from '../rules/rulePack';
import { auditFunds } from './auditFunds';
import { auditIndicator, cellAt, type IndicatorAudit } from './auditIndicator';
import { amountOf, sameAtCents, str } from './decimals';
import { readNumber } from './readNumber';
import { addTo, EMPTY_SUM, leftOutText, type Sum } from './sum';
import { weightSumFindings } from './weightSums';

export interface AuditOptions {
  rounding: Rounding;
  pack: RulePack;
}

/**
 * Recomputes one recognised table and reports it in the JSON contract's shape
 * (spec/check-report.md): funds rows, every indicator, totals, and typed findings
 * in sheet order, each pointing at its cell. The one place positions become A1 text.
 * @example auditTable(recognizeTables(grid)[0], { rounding: 'cut', pack: defaultPack }).total.grade // '优'
 */
export function auditTable(table: RecognizedTable, options: AuditOptions): TableReport {
  const funds = auditFunds(table, options.rounding);
  const declaresOnly = table.kind === 'targets';
  // A scoring form (评分表) prints no target and no completion: its rows are scored, with no verdict to assess.
  const scoresOnly = table.columns.target === undefined && table.columns.actual === undefined;
  const audits = table.indicators.map((ind) => auditIndicator(ind, table.hasReasonColumn, options.pack, declaresOnly || scoresOnly));
  const sums = sumsOf(table, audits, funds.weight, funds.score);
  const findings: PlacedFinding[] = [...funds.findings, ...audits.flatMap((a) => a.findings), ...duplicateFindings(table)];
  // A targets table's 分值 are planned: the 预算执行率's points are often given only in the 自评表, so its sums are not checked.
  if (table.hasScoreColumns && !declaresOnly) findings.push(...weightSumFindings(table, sums.groups, sums.weight, funds.score !== null));
  const total = totalOf(table, sums, options.pack, findings);
  findings.push(...notFilledFindings(table, audits, funds.score !== null));
  return {
    sheet: table.sheet,
    kind: table.kind,
    range: rangeA1(table.top, table.left, table.bottom, table.right),
    unit: table.unit,
    year: table.year,
    columns: columnLettersOf(table.columns),
    budget: funds.rows.map((r) => ({ ...r.report, cell: toA1(r.rateCell.row, r.rateCell.col), cells: a1Of(r.cells) })),
    indicators: audits.map((a) => ({ ...a.report, cells: a1Of(a.report.cells) })),
    total,
    findings: bySheetOrder(findings).map(reportFinding),
  };
}

interface Sums {
  weight: Sum;
  score: Sum;
  groups: Sum[];
}

/** Σ 分值 and Σ 得分 of the funds total and every indicator, and Σ 分值 per 一级 group, each naming what it left out. */
function sumsOf(table: RecognizedTable, audits: IndicatorAudit[], fundsWeight: Dec | null, fundsScore: Dec | null): Sums {
  let weight = addTo(EMPTY_SUM, fundsWeight);
  let score = addTo(EMPTY_SUM, fundsScore);
  const groups = table.groups.map(() => EMPTY_SUM);
  table.indicators.forEach((ind, i) => {
    const a = audits[i];
    weight = addTo(weight, a.weight.value, a.weight.unreadable);
    score = addTo(score, a.score.value, a.score.unreadable);
    if (ind.group >= 0 && groups[ind.group]) groups[ind.group] = addTo(groups[ind.group], a.weight.value, a.weight.unreadable);
  });
  return { weight, score, groups };
}

function totalOf(table: RecognizedTable, sums: Sums, pack: RulePack, findings: PlacedFinding[]): TotalReport {
  const weightSum = str(sums.weight.value);
  if (table.kind === 'targets') return NO_TOTAL;
  if (!table.hasScoreColumns) {
    return { weight: weightSum, score: null, recordedScore: null, grade: null, cappedScore: null, cappedGrade: null };
  }
  const recordedRead = readNumber(table.total?.score ?? null, 'total', null);
  findings.push(...recordedRead.findings);
  const recorded = recordedRead.value;
  const scoreSum = sums.score.value;
  if (recorded !== null && table.total?.score && scoreSum !== null && !sameAtCents(recorded, scoreSum)) {
    const at = { row: table.total.score.row, col: table.total.score.col };
    findings.push(makeFinding('TOTAL_MISMATCH', at, { recorded: recorded.toString(), sum: scoreSum.toString(), leftOut: leftOutText(sums.score) }));
  }
  // A funds-only table (§8.24) scores its 执行率 alone: its points are no grade of the year's performance.
  const g = scoreSum !== null && table.indicators.length > 0 ? grade(scoreSum, pack) : null;
  return { weight: weightSum, score: str(scoreSum), recordedScore: str(recorded), grade: g, cappedScore: str(scoreSum), cappedGrade: g };
}

/** A targets table declares, it does not score: no total of any kind (§8.20). */
const NO_TOTAL: TotalReport = { weight: null, score: null, recordedScore: null, grade: null, cappedScore: null, cappedGrade: null };

/** rules.md §7.14: the same indicator name twice in one table. */
function duplicateFindings(table: RecognizedTable): PlacedFinding[] {
  const firstRow = new Map<string, number>();
  const out: PlacedFinding[] = [];
  for (const ind of table.indicators) {
    const seen = firstRow.get(ind.name);
    if (seen === undefined) firstRow.set(ind.name, ind.row + 1);
    else out.push(makeFinding('DUPLICATE_INDICATOR', cellAt(ind, 'name'), { name: ind.name, firstRow: seen }));
  }
  return out;
}

/**
 * rules.md §8.19, §8.24: no indicator with a completion or a 得分 (投入管理 defaults do not count) and no
 * funds 得分 is an unfilled form, reported on the first indicator's name (a targets table has no completions
 * to fill). A table without indicators (a funds-only copy) is filled once a funds row records a 执行率 or
 * an execution other than the template's 0, whether or not it scores.
 */
function notFilledFindings(table: RecognizedTable, audits: IndicatorAudit[], fundsScored: boolean): PlacedFinding[] {
  if (table.kind === 'targets' || fundsScored) return [];
  const filled = table.indicators.some((ind, i) => !ind.inputManagement && (ind.actual !== null || audits[i].score.value !== null));
  const fundsOnlyFilled = table.indicators.length === 0 && table.funds.some(fundsRowFilled);
  if (filled || fundsOnlyFilled) return [];
  // A form whose rows are all the template's placeholders ("指标1：", "……") has a header and no indicator: unfilled too.
  const at = table.indicators.length > 0 ? cellAt(table.indicators[0], 'name') : { row: table.headerBottom, col: table.columns.name ?? table.left };
  return [makeFinding('TABLE_NOT_FILLED', at, { indicators: table.indicators.length })];
}

function fundsRowFilled(f: RecognizedFunds): boolean {
  const executed = amountOf(f.executed);
  return f.rate !== null || (executed !== null && !executed.isZero());
}

function columnLettersOf(columns: Readonly<Record<string, number>>): Record<string, string> {
  return Object.fromEntries(Object.entries(columns).map(([role, col]) => [role, columnLetters(col)]));
}

function a1Of<F extends string>(cells: Partial<Record<F, CellPos>>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, at] of Object.entries(cells) as [F, CellPos][]) out[field] = toA1(at.row, at.col);
  return out;
}
