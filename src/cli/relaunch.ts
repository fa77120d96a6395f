import { spawn } from 'node:child_process';
import { visible } from './render/visible';

/**
 * The node flags `check` runs with: one garbage-collection thread per isolate. `check` keeps every
 * core busy with its own workers, and V8's parallel GC helpers only contended with them (1,000
 * returns on 2 cores: --jobs 2 took 25.6 s of wall time with this flag, 32.6 s without; --jobs 1
 * 44 s of CPU instead of 56 s). V8 flags can only be given when a process starts, and a #! line
 * cannot carry them portably (BusyBox's env has no -S), so a `check` started without them starts
 * itself again with them.
 */
export const CHECK_NODE_FLAGS: readonly string[] = ['--single-threaded-gc'];

/** Set in the relaunched command, so that it never starts itself again. */
const RELAUNCHED = 'PERF_SELFEVAL_RELAUNCHED';
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Whether this `argv` is a check that should run in a node started with CHECK_NODE_FLAGS. */
export function needsRelaunch(argv: readonly string[]): boolean {
  return argv[0] === 'check' && process.env[RELAUNCHED] !== '1' && !CHECK_NODE_FLAGS.every((f) => process.execArgv.includes(f));
}

/**
 * Runs `script argv` in a child node with CHECK_NODE_FLAGS (and this process's own node options),
 * on this process's standard streams. Signals sent to this process are passed on (the child stops
 * as it always does: workers finish their file, temporary files removed); this process then ends
 * as the child ended, with its exit status or of its signal. A kill -9 of this process cannot be
 * passed on: the child sees the channel between them close instead (watchParent).
 */
export function relaunch(script: string, argv: readonly string[]): void {
  const child = spawn(process.execPath, [...CHECK_NODE_FLAGS, ...process.execArgv, script, ...argv], {
    // The IPC channel carries no message: it closes when this process ends, however it ends (watchParent).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [RELAUNCHED]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => void child.kill(signal);
  for (const s of FORWARDED) process.on(s, forward);
  child.on('error', (e) => {
    process.stderr.write(`内部错误 / internal error: ${visible(e.message)}\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED) process.removeListener(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 2;
  });
}

/**
 * In a relaunched command, calls `onGone` when the process that relaunched it ends before it
 * (killed with SIGKILL, crashed): its IPC channel closes then. The channel keeps nothing running.
 */
export function watchParent(onGone: () => void): void {
  if (process.env[RELAUNCHED] !== '1' || !process.channel) return;
  process.channel.unref();
  process.once('disconnect', onGone);
}
