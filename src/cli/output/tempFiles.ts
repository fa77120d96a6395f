import fs from 'node:fs';
import path from 'node:path';

/**
 * Temporary files and folders this process has made and not yet placed: removed on every
 * way out (normal exit, SIGINT/SIGTERM/SIGHUP, EPIPE, errors), so that a stopped run leaves
 * no half-written output behind. A kill -9 cannot be caught: its temporary names carry the
 * process id, and the next run writing into that folder removes those of dead processes.
 */
const pending = new Set<string>();

/** The marker in every temporary name: `.NAME.perf-selfeval-PID-RANDOM.tmp.EXT`. */
const TEMP_MARK = /^\..*\.perf-selfeval-(\d+)-[0-9a-f]+\.tmp(\.[^.]*)?$/;

/** A temporary path beside `final`, keeping its extension (writers choose the format by it). */
export function tempPathFor(final: string): string {
  const { dir, base, ext } = path.parse(final);
  const random = Math.floor(Math.random() * 0xffffffff).toString(16);
  return path.join(dir, `.${base}.perf-selfeval-${process.pid}-${random}.tmp${ext}`);
}

/** Registers a temporary path for removal; returns the function that forgets it (once placed). */
export function trackTemp(p: string): () => void {
  pending.add(p);
  return () => void pending.delete(p);
}

/** Removes a tracked temporary path now (and forgets it). */
export function removeTemp(p: string): void {
  pending.delete(p);
  fs.rmSync(p, { force: true, recursive: true });
}

/** Removes every temporary path still pending (synchronously: it runs on exit and in signal handlers). */
export function removeAllTemps(): void {
  for (const p of pending) {
    try {
      fs.rmSync(p, { force: true, recursive: true });
    } catch {
      // Nothing more can be done on the way out; the name says what it was.
    }
  }
  pending.clear();
}

/** Removes in `dir` the temporary files left by runs that were killed (their process is gone). */
export function sweepStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_MARK.exec(name);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true, recursive: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let installed = false;
let stopping: Promise<void> | null = null;
/** How long stopping the writers may take before the temporary files are removed anyway. */
const STOP_WAIT_MS = 3000;

/**
 * Removes pending temporary files on exit and on SIGINT/SIGTERM/SIGHUP (then dies of the
 * same signal, so the caller sees the usual status). `stopWriters` ends whatever could still
 * write into them (the check workers) first. Installed once, by the runnable command.
 */
export function installTempCleanup(stopWriters: () => Promise<void>): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeAllTemps);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // The same signal may come twice (Ctrl-C reaches a relaunched command both from the terminal and
    // through its parent): the stop already under way goes on, then the process dies of the signal.
    const onSignal = (): void =>
      void stopThen(stopWriters, () => {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      });
    process.on(signal, onSignal);
  }
}

/** Ends the writers (bounded in time), removes the temporary files, then calls `then` (once, however often asked). */
export function stopThen(stopWriters: () => Promise<void>, then: () => void): Promise<void> {
  stopping ??= Promise.race([stopWriters().catch(() => {}), new Promise<void>((r) => setTimeout(r, STOP_WAIT_MS).unref())]).then(() => {
    removeAllTemps();
    then();
  });
  return stopping;
}
