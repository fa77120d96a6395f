import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type FileJob } from './checkFile';
import { WORKER_ROLE } from './workerPool';

/** Whether this thread is one of the check workers (started from the command's own file). */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker's side: checks each file it is sent (one at a time) and posts the outcome back. */
export function serveCheckJobs(): void {
  const port = parentPort!;
  port.on('message', (job: FileJob) => {
    void checkFile(job).then((outcome) => port.postMessage(outcome));
  });
}
