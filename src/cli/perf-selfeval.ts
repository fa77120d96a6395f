// The runnable command (webpack adds the #!/usr/bin/env node banner). The same file is the check
// workers' script: started with their workerData, it serves files instead of running the command.
import { isCheckWorker, serveCheckJobs } from './check/worker';
import { stopAllWorkers } from './check/workerPool';
import { processIo } from './io';
import { installTempCleanup, stopThen } from './output/tempFiles';

if (isCheckWorker()) serveCheckJobs();
else runCommand();

function runCommand(): void {
  installTempCleanup(stopAllWorkers);
  // `perf-selfeval check … --json | head` closes stdout early: that is the reader's choice,
  // not an error, so stop quietly (workers ended, temporary files removed) instead of crashing with EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    void stopThen(stopAllWorkers, () => process.exit(process.exitCode ?? 0));
  });
  // The commands (and what they load: exceljs, the review page) only in the main thread: a worker needs none of them.
  import(/* webpackMode: "eager" */ './main')
    .then(({ main }) => main(process.argv.slice(2), { ...processIo(), workerScript: __filename }))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`内部错误 / internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
        process.exitCode = 2;
      },
    );
}
