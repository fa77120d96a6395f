// The runnable command (webpack adds its #! line: webpack.config.js). The same file is the check
// workers' script: started with their workerData, it serves files instead of running the command.
import { stopAllWorkers } from './check/workerPool';
import { isCheckWorker } from './check/workerRole';
import { processIo } from './io';
import { installTempCleanup, stopThen } from './output/tempFiles';
import { needsRelaunch, relaunch } from './relaunch';
import { visible } from './render/visible';

// Each thread loads what it runs (same bundle): a worker the reader and the engine, the main thread the commands.
// A job posted before the worker listens waits in its port.
if (isCheckWorker()) void import(/* webpackMode: "eager" */ './check/worker').then((w) => w.serveCheckJobs());
else runCommand();

function runCommand(): void {
  const argv = process.argv.slice(2);
  if (needsRelaunch(argv)) return relaunch(__filename, argv);
  installTempCleanup(stopAllWorkers);
  // `perf-selfeval check … --json | head` closes stdout early: that is the reader's choice,
  // not an error, so stop quietly (workers ended, temporary files removed) instead of crashing with EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    void stopThen(stopAllWorkers, () => process.exit(process.exitCode ?? 0));
  });
  import(/* webpackMode: "eager" */ './main')
    .then(({ main }) => main(argv, { ...processIo(), workerScript: __filename }))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`内部错误 / internal error: ${visible(e instanceof Error ? e.message.split('\n')[0] : String(e))}\n`);
        process.exitCode = 2;
      },
    );
}
