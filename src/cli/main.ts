import { UsageError } from './args';
import { runCheck } from './commands/check';
import { runTemplate } from './commands/template';
import { OutputPathError } from './output/outputGuard';
import { processIo, type CliIo } from './io';
import { USAGE } from './usage';

/**
 * The `perf-selfeval` command line: `check` and `template`; usage for --help, -h or no arguments.
 * @returns the exit status
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'check') {
      if (rest.includes('--help') || rest.includes('-h')) return usage(io);
      return await runCheck(rest, io);
    }
    if (command === 'template') return await runTemplate(rest, io);
    throw new UsageError(`未知命令 / unknown command: ${command}`);
  } catch (e) {
    if (e instanceof OutputPathError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n\n${USAGE}`);
    return 2;
  }
}

function usage(io: CliIo): number {
  io.stdout(USAGE);
  return 0;
}
