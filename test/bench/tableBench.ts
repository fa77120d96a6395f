import { deptGrid } from './deptGrid';
import { atMost, measured, type Figure } from './figures';
import { cpuNow, median, now } from './timing';

/**
 * Figure table: recognise + audit (checkGrid) of one 60-row 部门整体支出 table laid out like
 * seed 000 — the unit of work behind every click and every file. Median CPU time of many runs,
 * each on a grid it has not seen (deptGrid's variant changes every name and count), after a
 * warm-up; wall time beside. CPU time, because other work on a shared machine stretches wall time.
 */
const ROWS = 60;
const RUNS = 400;
const WARM_UPS = 100;
const MAX_MS = 2;

export async function tableBench(): Promise<Figure[]> {
  const { checkGrid } = await import('../../src/core/check');
  const first = checkGrid(deptGrid(ROWS));
  const found = first.reduce((n, t) => n + t.indicators.length, 0);
  if (first.length !== 1 || found !== ROWS) throw new Error(`checkGrid found ${first.length} tables / ${found} of ${ROWS} rows`);
  const grids = Array.from({ length: WARM_UPS + RUNS }, (_, i) => deptGrid(ROWS, '自评表', i + 1));
  const cpu: number[] = [];
  const wall: number[] = [];
  grids.forEach((grid, i) => {
    const c0 = cpuNow();
    const t0 = now();
    checkGrid(grid);
    if (i < WARM_UPS) return;
    wall.push(now() - t0);
    cpu.push(cpuNow() - c0);
  });
  return [measured('table.medianMs', `table: recognise + audit of a ${ROWS}-row dept table, median of ${RUNS} (wall ${median(wall).toFixed(2)} ms)`, round2(median(cpu)), 'ms', atMost(MAX_MS))];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
