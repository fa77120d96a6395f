import { parentPort, workerData } from 'node:worker_threads';

/** Marks the worker threads this command starts from its own file (perf-selfeval.ts switches on it). */
export const WORKER_ROLE = 'perf-selfeval-check-worker';

/** Whether this thread is one of the check workers (started from the command's own file). */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/**
 * Posted to a worker to end it: it exits once the file it is checking is done (at once when idle).
 * Ending a worker from outside (terminate) in the middle of a file can abort node itself (node 20
 * aborts when the end reaches a zlib stream being set up), so a stopping run asks first.
 */
export const STOP_MESSAGE = 'perf-selfeval-stop';
