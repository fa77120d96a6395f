import { parentPort, workerData } from 'node:worker_threads';

/** Marks the worker threads this command starts from its own file (perf-selfeval.ts switches on it). */
export const WORKER_ROLE = 'perf-selfeval-check-worker';

/** Whether this thread is one of the check workers (started from the command's own file). */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}
