// The runnable command (webpack adds the #!/usr/bin/env node banner).
import { main } from './main';
import { installTempCleanup } from './output/tempFiles';

installTempCleanup();

// `perf-selfeval check … --json | head` closes stdout early: that is the reader's choice,
// not an error, so stop quietly instead of crashing with an unhandled EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
