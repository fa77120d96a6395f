import { parentPort } from 'node:worker_threads';
import { checkFile, type FileJob } from './checkFile';

/** The worker's side: checks each file it is sent (one at a time) and posts the outcome back. */
export function serveCheckJobs(): void {
  const port = parentPort!;
  port.on('message', (job: FileJob) => {
    void checkFile(job).then((outcome) => port.postMessage(outcome));
  });
}
