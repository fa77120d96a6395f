import { D, type Dec } from '../decimal';
import type { RecognizedTable } from '../recognize/types';
import type { Finding } from '../report/types';
import { cellAt } from './auditIndicator';
import type { DecimalSum } from './decimalSum';
import { amountOf, sameAtCents } from './decimals';
import { finding } from './findings';

/**
 * WEIGHT_SUM_MISMATCH (rules.md §7.11, §8.13): once per 一级 whose stated points (权重
 * column or "产出指标(50分)") differ from the sum of its rows' 分值, and once when the
 * 分值 of all indicators plus the funds 分值 differ from 100 (once any row besides 投入管理 is filled in).
 * `groupSums[k]` is the sum of the 分值 of the rows in `table.groups[k]`.
 */
export function weightSumFindings(table: RecognizedTable, groupSums: DecimalSum[], weightSum: Dec | null, fundsWeight: Dec | null): Finding[] {
  const out: Finding[] = [];
  table.groups.forEach((g, k) => {
    const stated = amountOf(g.stated) ?? (g.statedInLabel ? D(g.statedInLabel) : null);
    const sum = groupSums[k].value();
    if (stated === null || sum === null || sameAtCents(stated, sum)) return;
    const at = g.stated ? { row: g.stated.row, col: g.stated.col } : { row: g.row, col: g.col };
    out.push(finding('WEIGHT_SUM_MISMATCH', 'error', at, { group: g.label, stated: stated.toString(), sum: sum.toString() }));
  });
  // The form's pre-printed 投入管理 分值 alone (nothing else filled in) are not yet a table's weights.
  if (weightSum !== null && table.indicators.some((i) => !i.inputManagement) && !sameAtCents(weightSum, D(100))) {
    out.push(finding('WEIGHT_SUM_MISMATCH', 'error', totalWeightCell(table), { group: null, stated: '100', sum: weightSum.toString(), funds: fundsWeight?.toString() ?? null }));
  }
  return out;
}

function totalWeightCell(table: RecognizedTable) {
  const t = table.total;
  if (t?.weight) return { row: t.weight.row, col: t.weight.col };
  const last = table.indicators[table.indicators.length - 1];
  return last.weight ? { row: last.weight.row, col: last.weight.col } : cellAt(last, 'name');
}
