/** Runs the built command line as a child process, measuring its wall time and peak memory. */
import { spawn, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir, repoRoot } from '../support/paths';
import { shebangNodeFlags } from '../support/shebang';

export const cli = path.join(distDir, 'cli', 'perf-selfeval.js');
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = fs.existsSync(GNU_TIME);
/** Without GNU time, a preload script records the child's own peak RSS (process.resourceUsage) on exit. */
const RSS_PRELOAD = path.join(__dirname, 'recordPeakRss.cjs');

export interface BuiltRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the command (all its threads), MB; null when it could not be measured (killed). */
  peakMB: number | null;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Kill the child with this signal after this many ms. */
  killAfter?: { ms: number; signal: NodeJS.Signals };
  /** Run as another user (root only; to make permissions bind). */
  uid?: number;
}

/** `node FLAGS perf-selfeval.js ...args` (the flags of its #! line) in `cwd`, with node_modules reachable from the build folder. */
export function runBuilt(args: string[], options: RunOptions): Promise<BuiltRun> {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'perf-rss-')), 'rss');
  fs.chmodSync(path.dirname(rssFile), 0o777);
  const nodeArgs = [...shebangNodeFlags(cli), cli, ...args];
  const [command, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...nodeArgs]] : [process.execPath, ['-r', RSS_PRELOAD, ...nodeArgs]];
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules'), PERF_HOSTILE_RSS_FILE: rssFile, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, spawnOptions);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    // GNU time reports the kill of its child; kill the command itself (its pid is time's child).
    const timer = options.killAfter ? setTimeout(() => killCommand(child.pid!, options.killAfter!.signal), options.killAfter.ms) : null;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const ms = Date.now() - started;
      const kb = Number(fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split(/\s+/).pop() : NaN);
      fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
      // GNU time exits with its child's status; a signal shows as "Command terminated by signal N" and 128+N.
      const killed = /terminated by signal (\d+)/.exec(stderr);
      resolve({ code: killed ? null : code, signal: killed ? (os.constants.signals ? signalName(Number(killed[1])) : null) : signal, stdout, stderr, ms, peakMB: Number.isFinite(kb) && kb > 0 ? Math.round(kb / 1024) : null });
    });
  });
}

function signalName(n: number): NodeJS.Signals | null {
  const entry = Object.entries(os.constants.signals).find(([, v]) => v === n);
  return entry ? (entry[0] as NodeJS.Signals) : null;
}

/** Signals the node process running the command (GNU time's child, or the child itself). */
function killCommand(pid: number, signal: NodeJS.Signals): void {
  const target = hasGnuTime ? childOf(pid) : pid;
  try {
    process.kill(target ?? pid, signal);
  } catch {
    // Already gone.
  }
}

function childOf(pid: number): number | null {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.length ? Number(children[0]) : null;
  } catch {
    return null;
  }
}
