// The runnable command (webpack adds its #! line: webpack.config.js). The same file is the check
// workers' script: started with their workerData, it serves files instead of running the command.
import { stopAllWorkers } from './check/workerPool';
import { isCheckWorker } from './check/workerRole';
import { processIo } from './io';
import { stopRun } from './check/stopRun';
import { installTempCleanup } from './output/tempFiles';
import { needsRelaunch, relaunch, watchParent } from './relaunch';
import { visible } from './render/visible';

// Each thread loads what it runs (same bundle): a worker the reader and the engine, the main thread the commands.
// A job posted before the worker listens waits in its port.
if (isCheckWorker()) void import(/* webpackMode: "eager" */ './check/worker').then((w) => w.serveCheckJobs());
else runCommand();

function runCommand(): void {
  const argv = process.argv.slice(2);
  if (needsRelaunch(argv)) return relaunch(__filename, argv);
  installTempCleanup(stopAllWorkers);
  // `perf-selfeval check … | head` closes stdout early: stop (workers end, temporary files removed)
  // instead of crashing with EPIPE, and say on stderr that the run stopped and what it did not write
  // (exit 2): a batch cut short must not pass for a whole one. Later writes fail the same way.
  let stdoutClosed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (stdoutClosed) return;
    if (e.code !== 'EPIPE') throw e;
    stdoutClosed = true;
    stopRun('stdout-closed');
  });
  // Relaunched: the process the user started may be killed outright (kill -9), which passes nothing on.
  watchParent(() => stopRun('parent-gone'));
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
