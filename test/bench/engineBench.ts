import { deptGrid } from './deptGrid';
import { atLeast, atMost, measured, type Figure } from './figures';
import { cpuNow, median, now } from './timing';

/**
 * Figure 1: checkGrid (recognise + audit) over generated dept grids of 1k, 10k and 100k
 * indicator rows. Rows per second at each size, and growth time(100k)/time(10k), which
 * stays near 10 when the engine is linear. Each call checks a grid it has not seen (see
 * deptGrid's variant), as the command line does with each file. Times are CPU time (see timing.ts), wall
 * time beside. Recognition and audit are also timed apart (the calls checkGrid makes),
 * so that a miss says which half the time goes to; test/bench/profile.ts goes deeper.
 */
/** Per size: samples (median taken), calls per sample, and their share for the recognise/audit split. */
const SIZES: { rows: number; tag: string; samples: number; batch: number; splitSamples: number; warmUps: number }[] = [
  { rows: 1_000, tag: '1k', samples: 9, batch: 10, splitSamples: 5, warmUps: 30 },
  { rows: 10_000, tag: '10k', samples: 5, batch: 1, splitSamples: 3, warmUps: 3 },
  { rows: 100_000, tag: '100k', samples: 3, batch: 1, splitSamples: 1, warmUps: 1 },
];
const MIN_ROWS_PER_SECOND = 100_000;
const MAX_GROWTH = 12;
/** A size stops taking further runs after this long, to keep the bench within minutes on a slow engine. */
const BUDGET_MS = 12_000;

export async function engineBench(): Promise<Figure[]> {
  const { checkGrid } = await import('../../src/core/check');
  const { recognizeTables } = await import('../../src/core/recognize/recognizeTables');
  const { auditTable } = await import('../../src/core/audit/auditTable');
  const { defaultPack } = await import('../../src/core/rules/rulePack');
  const audit = (tables: ReturnType<typeof recognizeTables>) => tables.map((t) => auditTable(t, { rounding: defaultPack.rounding, pack: defaultPack }));
  assertRecognised(checkGrid(deptGrid(1_000)), 1_000);
  let variant = 0;
  const fresh = (rows: number) => () => deptGrid(rows, '自评表', ++variant);

  const figures: Figure[] = [];
  const totalMs = new Map<number, number>();
  for (const { rows, tag, samples, batch, splitSamples, warmUps } of SIZES) {
    for (let i = 0; i < warmUps; i++) checkGrid(fresh(rows)());
    const whole = timed(samples, batch, fresh(rows), (grid) => checkGrid(grid));
    const recognising = timed(splitSamples, batch, fresh(rows), (grid) => recognizeTables(grid));
    const auditing = timed(splitSamples, batch, () => recognizeTables(fresh(rows)()), audit);
    totalMs.set(rows, whole.cpu);
    const detail = `recognise ${recognising.cpu.toFixed(0)} + audit ${auditing.cpu.toFixed(0)} ms; wall ${whole.wall.toFixed(0)} ms`;
    figures.push(
      measured(`engine.rowsPerSecond.${tag}`, `engine: check ${tag} rows`, Math.round(rows / (whole.cpu / 1000)), 'rows/s', atLeast(MIN_ROWS_PER_SECOND)),
      measured(`engine.cpuMs.${tag}`, `  CPU time ${tag} (${detail})`, round1(whole.cpu), 'ms'),
    );
  }
  figures.push(
    measured('engine.growth', 'engine: growth time(100k)/time(10k)', round2(totalMs.get(100_000)! / totalMs.get(10_000)!), '×', atMost(MAX_GROWTH)),
  );
  return figures;
}

/**
 * Median CPU and wall milliseconds per call over `samples` samples of `batch` calls each
 * (fewer samples once BUDGET_MS of CPU is spent). Every call gets a fresh input, made
 * before the sample's clock starts. Garbage collection is left to V8, so its cost is
 * spread over the calls as in real use; a forced gc() between samples was tried and makes
 * the next call ~3× slower (it drops compiled code).
 */
function timed<I>(samples: number, batch: number, input: () => I, f: (input: I) => unknown): { cpu: number; wall: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let spent = 0; cpu.length < samples && spent < BUDGET_MS; spent += cpu[cpu.length - 1] * batch) {
    const inputs = Array.from({ length: batch }, input);
    const c0 = cpuNow();
    const t0 = now();
    for (const x of inputs) f(x);
    wall.push((now() - t0) / batch);
    cpu.push((cpuNow() - c0) / batch);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/** Guards the figures: a generator or engine change that loses rows must not look fast. */
function assertRecognised(tables: { indicators: unknown[] }[], rows: number): void {
  const found = tables.reduce((n, t) => n + t.indicators.length, 0);
  if (tables.length !== 1 || found !== rows) throw new Error(`engine recognised ${tables.length} tables / ${found} of ${rows} indicator rows`);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
