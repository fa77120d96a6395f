// The runnable command (webpack adds the #!/usr/bin/env node banner). The same file is the check
// workers' script: started with their workerData, it serves files instead of running the command.
import { isCheckWorker, serveCheckJobs } from './check/worker';
import { processIo } from './io';
import { main } from './main';
import { installTempCleanup } from './output/tempFiles';

if (isCheckWorker()) serveCheckJobs();
else runCommand();

function runCommand(): void {
  installTempCleanup();
  // `perf-selfeval check … --json | head` closes stdout early: that is the reader's choice,
  // not an error, so stop quietly (temporary files removed on exit) instead of crashing with EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), { ...processIo(), workerScript: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`内部错误 / internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
