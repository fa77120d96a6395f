import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir, ensureBuilt } from './buildOutput';
import { deptGrid } from './deptGrid';
import { atMost, measured, type Figure } from './figures';
import { median, now } from './timing';
import { writeWorkbook } from './workbookFile';

/**
 * Figure 2: the command line over a 20-sheet × 2,000-row workbook, against exceljs
 * loading the same file and nothing else. Both run as child processes (a warm-up each,
 * then alternating timed runs), so each has its own memory: peak RSS and CPU time
 * come from child/usage.cjs, preloaded into both. The ratio is of CPU time, which other
 * work on a shared machine does not stretch (timing.ts); wall time is shown beside.
 */
const SHEETS = 20;
const ROWS = 2_000;
const RUNS = 3;
const MAX_OVERHEAD = 1.25;
const MAX_CHECK_MB = 512;
const CHILD = path.join(__dirname, 'child');

/** The measured workbook: SHEETS dept tables of ROWS indicator rows each. */
export function writeBenchWorkbook(file: string): Promise<void> {
  return writeWorkbook(file, Array.from({ length: SHEETS }, (_, i) => deptGrid(ROWS, `自评表${i + 1}`)));
}

interface ChildRun {
  wallMs: number;
  cpuMs: number;
  peakMB: number;
}

export async function cliBench(): Promise<Figure[]> {
  const cli = ensureBuilt(path.join(distDir, 'cli', 'perf-selfeval.js'), ['--config-name', 'cli']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-selfeval-bench-'));
  try {
    const file = path.join(dir, `bench-${SHEETS}x${ROWS}.xlsx`);
    const t0 = now();
    await writeBenchWorkbook(file);
    const writeMs = now() - t0;
    const bare = [path.join(CHILD, 'bareLoad.cjs'), file];
    const check = [cli, 'check', file, '--json'];

    await verifyReport(await runChild(check, dir, path.join(dir, 'report.json')), path.join(dir, 'report.json'));
    await runChild(bare, dir);
    const bareRuns: ChildRun[] = [];
    const checkRuns: ChildRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareRuns.push(await runChild(bare, dir));
      checkRuns.push(await runChild(check, dir));
    }
    const bareMs = median(bareRuns.map((r) => r.cpuMs));
    const checkMs = median(checkRuns.map((r) => r.cpuMs));
    const wallMs = (runs: ChildRun[]) => median(runs.map((r) => r.wallMs));
    const wall = (runs: ChildRun[]) => `wall ${Math.round(wallMs(runs))} ms`;
    const size = `${SHEETS}×${ROWS} rows, ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB`;
    return [
      measured('cli.bareLoadCpuMs', `cli: bare exceljs load, CPU (${size}; ${wall(bareRuns)})`, Math.round(bareMs), 'ms'),
      measured('cli.checkCpuMs', `cli: check --json > /dev/null, CPU (${wall(checkRuns)})`, Math.round(checkMs), 'ms'),
      measured('cli.overhead', `cli: overhead check / bare load, CPU (wall ${round2(wallMs(checkRuns) / wallMs(bareRuns))}×)`, round2(checkMs / bareMs), '×', atMost(MAX_OVERHEAD)),
      measured('cli.checkPeakMB', 'cli: peak memory of check', Math.max(...checkRuns.map((r) => r.peakMB)), 'MB', atMost(MAX_CHECK_MB)),
      measured('cli.bareLoadPeakMB', '  peak memory of bare load', Math.max(...bareRuns.map((r) => r.peakMB)), 'MB'),
      measured('cli.writeMs', '  (writing the workbook with exceljs)', Math.round(writeMs), 'ms'),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `node --require usage.cjs ARGS`, stdout to /dev/null (or a file): wall time, CPU time, peak RSS. */
function runChild(args: string[], dir: string, stdoutFile?: string): Promise<ChildRun & { status: number }> {
  const usageFile = path.join(dir, 'usage.json');
  fs.rmSync(usageFile, { force: true });
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const t0 = now();
  const child = spawn(process.execPath, ['--require', path.join(CHILD, 'usage.cjs'), ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = now() - t0;
      if (typeof out === 'number') fs.closeSync(out);
      const name = path.basename(args[0]);
      // check exits 1 when error findings exist (the generated tables have some); 2 means it could not read the file.
      if (status !== 0 && status !== 1) return reject(new Error(`${name} exited ${status}: ${stderr.trim().split('\n').pop() ?? ''}`));
      if (!fs.existsSync(usageFile)) return reject(new Error(`${name} did not report its resource usage`));
      const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRSSKB: number; cpuMs: number };
      resolve({ wallMs, cpuMs: usage.cpuMs, peakMB: Math.round(usage.maxRSSKB / 1024), status: status ?? 0 });
    });
  });
}

/** The warm-up check must have read every table and row, or its speed means nothing. */
async function verifyReport(run: { status: number }, reportFile: string): Promise<void> {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { files: { error: string | null; tables: { indicators: unknown[] }[] }[] };
  const f = report.files[0];
  const rows = f?.tables.reduce((n, t) => n + t.indicators.length, 0) ?? 0;
  if (f?.error || f?.tables.length !== SHEETS || rows !== SHEETS * ROWS) {
    throw new Error(`check (exit ${run.status}) reported ${f?.tables.length ?? 0} tables / ${rows} rows, expected ${SHEETS} / ${SHEETS * ROWS}${f?.error ? `: ${f.error}` : ''}`);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
