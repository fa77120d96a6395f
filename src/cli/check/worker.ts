import { parentPort } from 'node:worker_threads';
import { checkFile, type FileJob } from './checkFile';
import { STOP_MESSAGE } from './workerRole';

/**
 * The worker's side: checks each file it is sent (one at a time) and posts the outcome back.
 * Asked to stop, it closes its port once no file is being checked, which ends the thread.
 */
export function serveCheckJobs(): void {
  const port = parentPort!;
  let busy = false;
  let stopAsked = false;
  port.on('message', (message: FileJob | typeof STOP_MESSAGE) => {
    if (message === STOP_MESSAGE) {
      stopAsked = true;
      if (!busy) port.close();
      return;
    }
    busy = true;
    void checkFile(message).then((outcome) => {
      port.postMessage(outcome);
      busy = false;
      if (stopAsked) port.close();
    });
  });
}
