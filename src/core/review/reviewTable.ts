import type { Grid } from '../grid/types';
import { fromA1 } from '../grid/address';
import type { TableReport } from '../report/types';
import { amountUnitFindings } from './amountUnit';
import { appendFindings } from './appendFindings';
import { costDirection, percentOver100, reasonContradicts } from './indicatorChecks';
import { statedMoneyUnit } from './moneyUnit';

const INDICATOR_CHECKS = [percentOver100, costDirection, reasonContradicts];

/**
 * The checks reviewers make when they send a table back (issue 15), on one checked table:
 * amounts against the stated money unit (read from `grid`, the table's sheet), share indicators
 * above 100 %, cost indicators written ≥, and reasons that say the row was done when it was not.
 */
export function reviewTable(table: TableReport, grid: Grid | null): TableReport {
  const firstFunds = table.budget[0];
  const fundsRow = firstFunds ? fromA1(firstFunds.cells.budget ?? firstFunds.cell)?.row : undefined;
  const unit = grid !== null && fundsRow !== undefined ? statedMoneyUnit(grid, fundsRow) : null;
  const findings = [...amountUnitFindings(table.budget, unit), ...table.indicators.flatMap((ind) => INDICATOR_CHECKS.map((check) => check(ind)))];
  return appendFindings(table, findings.filter((f) => f !== null));
}
