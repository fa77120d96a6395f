import { D, type Dec } from '../decimal';
import { rangeA1 } from '../grid/address';
import type { RecognizedTable } from '../recognize/types';
import type { Finding, IndicatorReport, Rounding, TableReport, TotalReport } from '../report/types';
import { grade } from '../rules/grade';
import type { RulePack } from '../rules/rulePack';
import { auditFunds } from './auditFunds';
import { auditIndicator, cellAt } from './auditIndicator';
import { amountOf, sameAtCents, str } from './decimals';
import { finding } from './findings';
import { RuleMemo } from './ruleMemo';
import { weightSumFindings } from './weightSums';

export interface AuditOptions {
  rounding: Rounding;
  pack: RulePack;
}

/**
 * Recomputes one recognised table and reports it in the JSON contract's shape
 * (spec/check-report.md): funds rows, every indicator, totals, and typed findings
 * in sheet order, each pointing at its cell.
 * @example auditTable(recognizeTables(grid)[0], { rounding: 'cut', pack: defaultPack }).total.grade // '优'
 */
export function auditTable(table: RecognizedTable, options: AuditOptions): TableReport {
  const funds = auditFunds(table, options.rounding);
  const findings: Finding[] = [...funds.findings];
  const indicators: IndicatorReport[] = [];
  const weights: (Dec | null)[] = [];
  let weightSum: Dec | null = funds.weight;
  let scoreSum: Dec | null = funds.score;
  const memo = new RuleMemo(options.pack);
  for (const ind of table.indicators) {
    const a = auditIndicator(ind, table.hasReasonColumn, options.pack, memo);
    indicators.push(a.report);
    findings.push(...a.findings);
    weights.push(a.weight);
    if (a.weight !== null) weightSum = (weightSum ?? D(0)).plus(a.weight);
    if (a.score !== null) scoreSum = (scoreSum ?? D(0)).plus(a.score);
  }
  findings.push(...duplicateFindings(table));
  if (table.hasScoreColumns) findings.push(...weightSumFindings(table, weights, weightSum, funds.weight));
  const total = totalOf(table, weightSum, scoreSum, options.pack, findings);
  return {
    sheet: table.sheet,
    kind: table.kind,
    range: rangeA1(table.top, table.left, table.bottom, table.right),
    unit: table.unit,
    year: table.year,
    budget: funds.rows,
    indicators,
    total,
    findings: sortByCell(findings),
  };
}

function totalOf(table: RecognizedTable, weightSum: Dec | null, scoreSum: Dec | null, pack: RulePack, findings: Finding[]): TotalReport {
  if (!table.hasScoreColumns) {
    return { weight: str(weightSum), score: null, recordedScore: null, grade: null };
  }
  const recorded = table.total ? amountOf(table.total.score) : null;
  if (recorded !== null && table.total?.score && scoreSum !== null && !sameAtCents(recorded, scoreSum)) {
    const at = { row: table.total.score.row, col: table.total.score.col };
    findings.push(finding('TOTAL_MISMATCH', 'error', at, { recorded: recorded.toString(), sum: scoreSum.toString() }));
  }
  return {
    weight: str(weightSum),
    score: str(scoreSum),
    recordedScore: str(recorded),
    grade: scoreSum !== null ? grade(scoreSum, pack) : null,
  };
}

/** rules.md §7.14: the same indicator name twice in one table. */
function duplicateFindings(table: RecognizedTable): Finding[] {
  const firstRow = new Map<string, number>();
  const out: Finding[] = [];
  for (const ind of table.indicators) {
    const key = ind.name;
    const seen = firstRow.get(key);
    if (seen === undefined) firstRow.set(key, ind.row + 1);
    else out.push(finding('DUPLICATE_INDICATOR', 'warning', cellAt(ind, 'name'), { name: ind.name, firstRow: seen }));
  }
  return out;
}

/** Findings in sheet order (row, then column), stable for equal cells. */
function sortByCell(findings: Finding[]): Finding[] {
  const key = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return m ? Number(m[2]) * 100000 + m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  };
  return findings.map((f, i) => ({ f, i, k: key(f.cell) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.f);
}
