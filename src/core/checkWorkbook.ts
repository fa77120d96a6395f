import { checkGrid } from './check';
import { crossCheckTables } from './crossTable/crossCheck';
import type { Grid } from './grid/types';
import type { Rounding, TableReport } from './report/types';
import { reviewTable } from './review/reviewTable';
import { defaultPack, type RulePack } from './rules/rulePack';
import { capTableTotal } from './rules/totalCap';

export interface CheckWorkbookOptions {
  rounding?: Rounding;
  pack?: RulePack;
}

/**
 * Checks every sheet of a workbook (checkGrid per sheet, in sheet order), then runs the
 * post-passes that need the whole workbook or the whole pack: the targets table against the
 * completion tables, the pack's 执行率 caps on the total, and the reviewers' checks.
 * The one call the command line and the task pane share.
 * @example checkWorkbook(grids, { pack: getPack('yitihua-2022') ?? undefined })
 */
export function checkWorkbook(grids: Grid[], options: CheckWorkbookOptions = {}): TableReport[] {
  const pack = options.pack ?? defaultPack;
  const rounding = options.rounding ?? pack.rounding;
  const tables = grids.flatMap((grid) => checkGrid(grid, { rounding, pack }).map((table) => reviewTable(table, grid)));
  return crossCheckTables(tables).map((table) => capTableTotal(table, pack, rounding));
}
