import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/paths';
import { now } from './timing';

/** What a benchmarked child process used: wall time, CPU time of all its threads, peak RSS. */
export interface ChildRun {
  status: number;
  wallMs: number;
  cpuMs: number;
  peakMB: number;
  stdout: string;
}

const USAGE = path.join(__dirname, 'child', 'usage.cjs');

/**
 * Runs `node --require usage.cjs ...nodeArgs` (usage.cjs writes the process's resource usage on
 * exit: worker threads included). stdout is kept when `keepStdout`, else discarded. Exit codes
 * 0 and 1 are results (check exits 1 when error findings exist); anything else rejects.
 */
export function runChild(nodeArgs: string[], options: { keepStdout?: boolean; env?: Record<string, string> } = {}): Promise<ChildRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-bench-usage-'));
  const usageFile = path.join(dir, 'usage.json');
  const t0 = now();
  const child = spawn(process.execPath, ['--require', USAGE, ...nodeArgs], {
    cwd: repoRoot,
    stdio: ['ignore', options.keepStdout ? 'pipe' : 'ignore', 'pipe'],
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, ...options.env },
  });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => out.push(d));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = now() - t0;
      const usage = fs.existsSync(usageFile) ? (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRSSKB: number; cpuMs: number }) : null;
      fs.rmSync(dir, { recursive: true, force: true });
      const name = path.basename(nodeArgs.find((a) => !a.startsWith('-')) ?? 'child');
      if (status !== 0 && status !== 1) return reject(new Error(`${name} exited ${status}: ${stderr.trim().split('\n').pop() ?? ''}`));
      if (!usage) return reject(new Error(`${name} did not report its resource usage`));
      resolve({ status: status ?? 0, wallMs, cpuMs: usage.cpuMs, peakMB: Math.round(usage.maxRSSKB / 1024), stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}
