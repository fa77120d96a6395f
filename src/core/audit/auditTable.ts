import type { Dec } from '../decimal';
import { rangeA1 } from '../grid/address';
import type { RecognizedTable } from '../recognize/types';
import type { Finding, IndicatorReport, Rounding, TableReport, TotalReport } from '../report/types';
import { grade } from '../rules/grade';
import type { RulePack } from '../rules/rulePack';
import { auditFunds } from './auditFunds';
import { cellAt, IndicatorAuditor } from './auditIndicator';
import { DecimalSum } from './decimalSum';
import { amountOf, sameAtCents, str } from './decimals';
import { finding } from './findings';
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
  const auditor = new IndicatorAuditor(table.hasReasonColumn, options.pack);
  const findings = auditor.findings;
  for (const f of funds.findings) findings.push(f);
  const indicators: IndicatorReport[] = new Array(table.indicators.length);
  const weightSum = new DecimalSum(funds.weight);
  const scoreSum = new DecimalSum(funds.score);
  const groupSums: DecimalSum[] = table.groups.map(() => new DecimalSum());
  for (let i = 0; i < table.indicators.length; i++) {
    const ind = table.indicators[i];
    indicators[i] = auditor.audit(ind);
    const weight = auditor.weight;
    const score = auditor.score;
    if (weight !== null) {
      weightSum.add(weight);
      if (ind.group >= 0) groupSums[ind.group]?.add(weight);
    }
    if (score !== null) scoreSum.add(score);
  }
  for (const f of duplicateFindings(table)) findings.push(f);
  const weightTotal = weightSum.value();
  if (table.hasScoreColumns) for (const f of weightSumFindings(table, groupSums, weightTotal, funds.weight)) findings.push(f);
  const total = totalOf(table, weightTotal, scoreSum.value(), options.pack, findings);
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
  const keys = new Float64Array(findings.length);
  let sorted = true;
  for (let i = 0; i < findings.length; i++) {
    keys[i] = cellKey(findings[i].cell);
    if (i > 0 && keys[i] < keys[i - 1]) sorted = false;
  }
  if (sorted) return findings;
  const order = Array.from(findings.keys());
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order.map((i) => findings[i]);
}

/** "I40" → 40 × 100000 + 9: row first, then column; 0 for anything that is not an A1 cell. */
function cellKey(cell: string): number {
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === 0 || i === cell.length) return 0;
  let row = 0;
  for (; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 48 || ch > 57) return 0;
    row = row * 10 + ch - 48;
  }
  return row * 100000 + col;
}
