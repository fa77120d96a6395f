import { D, type Dec } from '../decimal';
import { makeFinding, type PlacedFinding } from '../findings/registry';
import { fromA1 } from '../grid/address';
import type { FundsReport } from '../report/types';
import type { MoneyUnit } from './moneyUnit';

/**
 * Amounts no 单位 or project reports in that unit: 1,000 亿元 and more written in 万元 (seed 000's
 * 82,368,086.83 元 typed under 万元 is 8,236 亿元), under 1,000 元 for a whole funds block in 元.
 */
const TOO_LARGE_WAN = D(10_000_000);
const TOO_SMALL_YUAN = D(1000);

interface Amount {
  row: FundsReport;
  field: 'budget' | 'actual';
  value: Dec;
}

/**
 * AMOUNT_UNIT_SUSPECT: the funds block's largest amount contradicts the stated money unit.
 * One finding per table, on that amount's cell (the block is usually wrong as a whole).
 */
export function amountUnitFindings(budget: readonly FundsReport[], unit: MoneyUnit | null): PlacedFinding[] {
  if (unit === null) return [];
  const amounts: Amount[] = budget.flatMap((row) =>
    (['budget', 'actual'] as const).flatMap((field) => {
      const text = row[field];
      return text === null ? [] : [{ row, field, value: D(text) }];
    }),
  );
  const largest = amounts.reduce<Amount | null>((max, a) => (max === null || a.value.gt(max.value) ? a : max), null);
  if (largest === null || largest.value.isZero()) return [];
  const suspect = unit === '万元' ? largest.value.gte(TOO_LARGE_WAN) : largest.value.lt(TOO_SMALL_YUAN);
  if (!suspect) return [];
  const at = fromA1(largest.row.cells[largest.field] ?? largest.row.cell) ?? { row: 0, col: 0 };
  return [makeFinding('AMOUNT_UNIT_SUSPECT', at, { label: largest.row.label, field: largest.field, amount: largest.value.toString(), unit })];
}
