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
 * exit: worker threads included), stdout into a file read back at the end. Exit codes 0 and 1
 * are results (check exits 1 when error findings exist); anything else rejects. node_modules
 * is reachable from a build outside the checkout (PERF_SELFEVAL_DIST=/tmp/…) through NODE_PATH.
 */
export function runChild(nodeArgs: string[], options: { env?: Record<string, string> } = {}): Promise<ChildRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-bench-usage-'));
  const usageFile = path.join(dir, 'usage.json');
  const stdoutFile = path.join(dir, 'stdout');
  const out = fs.openSync(stdoutFile, 'w');
  const t0 = now();
  const child = spawn(process.execPath, ['--require', USAGE, ...nodeArgs], {
    cwd: repoRoot,
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules'), BENCH_USAGE_FILE: usageFile, ...options.env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = now() - t0;
      fs.closeSync(out);
      const usage = fs.existsSync(usageFile) ? (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRSSKB: number; cpuMs: number }) : null;
      const stdout = fs.readFileSync(stdoutFile, 'utf8');
      fs.rmSync(dir, { recursive: true, force: true });
      const name = path.basename(nodeArgs.find((a) => !a.startsWith('-')) ?? 'child');
      if (status !== 0 && status !== 1) return reject(new Error(`${name} exited ${status}: ${stderr.trim().split('\n').pop() ?? ''}`));
      if (!usage) return reject(new Error(`${name} did not report its resource usage`));
      if (status === 1 && stdout === '') return reject(new Error(`${name} failed: ${stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? stderr.trim().split('\n').pop() ?? ''}`));
      resolve({ status: status ?? 0, wallMs, cpuMs: usage.cpuMs, peakMB: Math.round(usage.maxRSSKB / 1024), stdout });
    });
  });
}
