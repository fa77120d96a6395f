import path from 'node:path';
import { CHECK_NODE_FLAGS } from '../../src/cli/relaunch';
import { shebangNodeFlags } from '../support/shebang';
import { distDir, ensureBuilt } from './buildOutput';
import { runChild, type ChildRun } from './childRun';
import { atLeast, atMost, measured, type Figure } from './figures';
import { returnsFolder } from './returns';

/**
 * Figure batch: the built command line checking a reviewer's folder of 1,000 generated returns
 * (returns.ts; BENCH_RETURNS=N for another count), each run a child process:
 * - files per second of `check DIR --json --jobs 2` (what `check` does by default on 2 cores);
 * - overhead: CPU time of `check --jobs 1` (the whole process: start-up, folder walk, worker
 *   threads, JSON) over the CPU time the same reader (readWorkbook) takes to read the same files
 *   and nothing else (child/bareRead.ts, its reading loop only) in a node with the flags `check`
 *   runs with (src/cli/relaunch.ts). CPU time, because on a shared machine other work stretches
 *   wall time but not CPU time. Beside it, the checks alone (child/engineOnly.ts: checkWorkbook
 *   on the grids of the same files, in one thread) over the same bare read: the engine's part;
 * - parallel speed-up: wall time of --jobs 1 over --jobs 2 (wall time is what the reviewer waits);
 * - peak memory (RSS, all threads; with the relaunch, both processes added) of the check runs.
 * Each run's JSON must name every file, unread by none, with every table found.
 */
const MAX_OVERHEAD = 1.25;
const MIN_SPEEDUP = 1.6;
const MAX_PEAK_MB = 400;

export async function batchBench(): Promise<Figure[]> {
  const cli = ensureBuilt(path.join(distDir, 'cli', 'perf-selfeval.js'), ['--config-name', 'cli']);
  const count = Number(process.env.BENCH_RETURNS || 1000);
  const folder = await returnsFolder(count);
  // The command as its users run it (its #! line; it starts itself again with CHECK_NODE_FLAGS,
  // both processes counted); the bare read and the engine alone in a node with the same flags.
  const check = (jobs: number) => runChild([...shebangNodeFlags(cli), cli, 'check', folder.dir, '--json', '--jobs', String(jobs)]);
  const flags = [...CHECK_NODE_FLAGS];

  const two = await check(2);
  verify(two, folder);
  const one = await check(1);
  verify(one, folder);
  const bare = await runChild([...flags, '--require', 'ts-node/register/transpile-only', path.join(__dirname, 'child', 'bareRead.ts'), folder.dir]);
  const read = JSON.parse(bare.stdout) as { files: number; grids: number; cpuMs: number; wallMs: number };
  if (read.files !== count) throw new Error(`the bare read saw ${read.files} of ${count} files`);
  const engineRun = await runChild([...flags, '--require', 'ts-node/register/transpile-only', path.join(__dirname, 'child', 'engineOnly.ts'), folder.dir]);
  const engine = JSON.parse(engineRun.stdout) as { files: number; tables: number; cpuMs: number };
  if (engine.tables !== folder.tables) throw new Error(`the engine alone found ${engine.tables} of ${folder.tables} tables`);

  const what = `${count} returns (${folder.xls} .xls), ${folder.tables} tables of 30–150 rows`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    measured('batch.filesPerSecond', `batch: files per second, check --jobs 2 (${what}; wall ${s(two.wallMs)})`, round1(count / (two.wallMs / 1000)), 'files/s'),
    measured('batch.overheadRatio', `batch: CPU of check --jobs 1 (${s(one.cpuMs)}) / bare readWorkbook of the same files (${s(read.cpuMs)})`, round2(one.cpuMs / read.cpuMs), '×', atMost(MAX_OVERHEAD)),
    measured('batch.engineRatio', `  the checks alone: checkWorkbook of the same grids in one thread (${s(engine.cpuMs)}) / the bare read`, round2(engine.cpuMs / read.cpuMs), '×'),
    measured('batch.parallelSpeedup', `batch: speed-up of --jobs 2 over --jobs 1 (wall ${s(one.wallMs)} → ${s(two.wallMs)})`, round2(one.wallMs / two.wallMs), '×', atLeast(MIN_SPEEDUP)),
    measured('batch.peakMB', `batch: peak memory of check (--jobs 2 ${two.peakMB} MB, --jobs 1 ${one.peakMB} MB)`, Math.max(one.peakMB, two.peakMB), 'MB', atMost(MAX_PEAK_MB)),
    measured('batch.bareReadPeakMB', '  peak memory of the bare read', bare.peakMB, 'MB'),
    measured('batch.writeMs', `  (writing the returns${folder.reused ? ': kept from an earlier run, which took' : ''})`, folder.writeMs, 'ms'),
  ];
}

/** The figures mean nothing unless every file was read and every table found. */
function verify(run: ChildRun, folder: { files: string[]; tables: number }): void {
  const report = JSON.parse(run.stdout) as { files: { file: string; error: string | null; tables: unknown[] }[] };
  const unread = report.files.filter((f) => f.error);
  const tables = report.files.reduce((n, f) => n + f.tables.length, 0);
  if (report.files.length !== folder.files.length || unread.length > 0 || tables !== folder.tables) {
    const first = unread[0] ? `; first: ${unread[0].file}: ${unread[0].error}` : '';
    throw new Error(`check reported ${report.files.length} files (${unread.length} unread), ${tables} tables; expected ${folder.files.length} / ${folder.tables}${first}`);
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
