import type { Grid } from '../../src/core/grid/types';
import { deptGrid } from './deptGrid';
import { atLeast, atMost, measured, type Figure } from './figures';
import { medianMs } from './timing';

/**
 * Figure 1: checkGrid (recognise + audit) over generated dept grids of 1k, 10k and 100k
 * indicator rows. Rows per second at each size, and growth time(100k)/time(10k), which
 * stays near 10 when the engine is linear. Recognition is timed alone as well, so that a
 * miss says which half of the engine the time goes to.
 */
const SIZES: { rows: number; tag: string; runs: number }[] = [
  { rows: 1_000, tag: '1k', runs: 15 },
  { rows: 10_000, tag: '10k', runs: 7 },
  { rows: 100_000, tag: '100k', runs: 3 },
];
const MIN_ROWS_PER_SECOND = 100_000;
const MAX_GROWTH = 12;

export async function engineBench(): Promise<Figure[]> {
  const { checkGrid } = await import('../../src/core/check');
  const { recognizeTables } = await import('../../src/core/recognize/recognizeTables');
  const grids = new Map<number, Grid>(SIZES.map((s) => [s.rows, deptGrid(s.rows)]));
  assertRecognised(checkGrid(grids.get(1_000)!), 1_000);

  for (let i = 0; i < 10; i++) checkGrid(grids.get(1_000)!);
  checkGrid(grids.get(10_000)!);

  const figures: Figure[] = [];
  const totalMs = new Map<number, number>();
  for (const { rows, tag, runs } of SIZES) {
    const grid = grids.get(rows)!;
    const ms = await medianMs(runs, () => checkGrid(grid));
    const recogniseMs = await medianMs(runs, () => recognizeTables(grid));
    totalMs.set(rows, ms);
    figures.push(
      measured(`engine.rowsPerSecond.${tag}`, `engine: check ${tag} rows`, Math.round(rows / (ms / 1000)), 'rows/s', atLeast(MIN_ROWS_PER_SECOND)),
      measured(`engine.ms.${tag}`, `  time ${tag} (recognise ${recogniseMs.toFixed(0)} ms + audit ${(ms - recogniseMs).toFixed(0)} ms)`, round1(ms), 'ms'),
    );
  }
  figures.push(
    measured('engine.growth', 'engine: growth time(100k)/time(10k)', round2(totalMs.get(100_000)! / totalMs.get(10_000)!), '×', atMost(MAX_GROWTH)),
  );
  return figures;
}

/** Guards the figures: a generator or engine change that loses rows must not look fast. */
function assertRecognised(tables: { indicators: unknown[] }[], rows: number): void {
  const found = tables.reduce((n, t) => n + t.indicators.length, 0);
  if (tables.length !== 1 || found !== rows) throw new Error(`engine recognised ${tables.length} tables / ${found} of ${rows} indicator rows`);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
