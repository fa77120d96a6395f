/**
 * What 识别并检查 and 插入核算列 need — the sheet reader, the engine with decimal.js, the
 * column planner and writer — in one module that `import()` loads on first use (the
 * first paint stays small).
 */
import { checkWorkbook } from '../core/checkWorkbook';
import type { Grid } from '../core/grid/types';
import type { TableReport } from '../core/report/types';
import { resolveSettings } from './resolveSettings';
import type { PaneSettings } from './settings';

export { planCheckColumns } from '../excel/checkColumnsPlan';
export { insertCheckColumns } from '../excel/insertCheckColumns';
export { readActiveSheet, readAllSheets } from '../excel/readSheet';

/** Every self-evaluation table of the sheets read, checked with the pane's settings (and the workbook-wide post-passes). */
export function checkSheets(grids: Grid[], settings: PaneSettings): TableReport[] {
  return checkWorkbook(grids, resolveSettings(settings));
}
