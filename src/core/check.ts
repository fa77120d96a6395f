import { auditTable } from './audit/auditTable';
import type { Grid } from './grid/types';
import { recognizeTables } from './recognize/recognizeTables';
import type { Rounding, TableReport } from './report/types';
import { defaultPack, type RulePack } from './rules/rulePack';

/**
 * Finds every self-evaluation table on a sheet and checks it: the one call the task
 * pane and the command line share. Rounding defaults to the pack's (cut for the default pack).
 * @example checkGrid(grid).flatMap((t) => t.findings).filter((f) => f.severity === 'error')
 */
export function checkGrid(grid: Grid, options: { rounding?: Rounding; pack?: RulePack } = {}): TableReport[] {
  const pack = options.pack ?? defaultPack;
  const rounding = options.rounding ?? pack.rounding;
  return recognizeTables(grid).map((table) => auditTable(table, { rounding, pack }));
}
