import { D, type Dec } from '../decimal';
import { makeFinding, type CellPos, type PlacedFinding } from '../findings/registry';
import type { RecognizedTable } from '../recognize/types';
import { cellAt } from './auditIndicator';
import { amountOf, sameAtCents } from './decimals';
import { leftOutText, type Sum } from './sum';

/**
 * WEIGHT_SUM_MISMATCH (rules.md §7.11, §8.13): once per 一级 whose stated points (权重
 * column or "产出指标(50分)") differ from the sum of its rows' 分值, and once when the
 * 分值 of all indicators plus the funds 分值 differ from 100 (once any row besides 投入管理, or the funds 得分, is filled in).
 * `groupSums[k]` is the sum of the 分值 of the rows in `table.groups[k]`; each names the cells it left out (§8.18).
 */
export function weightSumFindings(table: RecognizedTable, groupSums: Sum[], weightSum: Sum, fundsScored: boolean): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  table.groups.forEach((g, k) => {
    const stated = amountOf(g.stated) ?? (g.statedInLabel ? D(g.statedInLabel) : null);
    const sum = groupSums[k];
    if (stated === null || sum.value === null || sameAtCents(stated, sum.value)) return;
    const at = g.stated ? { row: g.stated.row, col: g.stated.col } : { row: g.row, col: g.col };
    out.push(makeFinding('WEIGHT_SUM_MISMATCH', at, { group: g.label, stated: stated.toString(), sum: sum.value.toString(), leftOut: leftOutText(sum) }));
  });
  // The form's pre-printed 投入管理 分值 alone (nothing else filled in) are not yet a table's weights; a grid
  // whose funds row is scored is started, even with its indicator rows missing (a copy cut after the header).
  // A funds-only table (§8.24), or a grid without a 分值 column (its weights are not printed), has no
  // indicator weights that could add up: the funds 分值 alone is not a table's weights.
  const total: Dec | null = weightSum.value;
  const started = table.indicators.some((i) => !i.inputManagement) || (fundsScored && !table.fundsOnly);
  const printsWeights = table.columns.weight !== undefined;
  if (total !== null && started && printsWeights && !sameAtCents(total, D(100))) {
    out.push(makeFinding('WEIGHT_SUM_MISMATCH', totalWeightCell(table), { group: null, stated: '100', sum: total.toString(), leftOut: leftOutText(weightSum) }));
  }
  return out;
}

function totalWeightCell(table: RecognizedTable): CellPos {
  const t = table.total;
  if (t?.weight) return { row: t.weight.row, col: t.weight.col };
  const last = table.indicators[table.indicators.length - 1];
  if (last) return last.weight ? { row: last.weight.row, col: last.weight.col } : cellAt(last, 'name');
  // No indicator row (a copy cut after the header): the funds 分值 is the only weight there is.
  const fundsWeight = table.funds.find((f) => f.weight !== null)?.weight;
  return fundsWeight ? { row: fundsWeight.row, col: fundsWeight.col } : { row: table.headerBottom, col: table.left };
}
