/**
 * What 识别并检查 and 插入核算列 need — the sheet reader, the engine with decimal.js, the
 * column planner and writer — in one module that `import()` loads on first use (the
 * first paint stays small).
 */
import { checkGrid } from '../core/check';
import type { Grid } from '../core/grid/types';
import type { TableReport } from '../core/report/types';
import { resolveSettings } from './resolveSettings';
import type { PaneSettings } from './settings';

export { planCheckColumns } from '../excel/checkColumnsPlan';
export { insertCheckColumns } from '../excel/insertCheckColumns';
export { readActiveSheet, readAllSheets } from '../excel/readSheet';

/** Every self-evaluation table on the sheet, checked with the pane's settings. */
export function checkSheet(grid: Grid, settings: PaneSettings): TableReport[] {
  return checkGrid(grid, resolveSettings(settings));
}
