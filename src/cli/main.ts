import { UsageError } from './args';
import { runCheck } from './commands/check';
import { runRules, RULES_USAGE } from './commands/rules';
import { runTemplate, TEMPLATE_USAGE } from './commands/template';
import { processIo, type CliIo } from './io';
import { OutputPathError } from './output/outputGuard';
import { visible } from './render/visible';
import { CHECK_USAGE, USAGE } from './usage';

interface Command {
  run(argv: string[], io: CliIo): Promise<number>;
  usage: string;
}

/** The one table of commands. */
const COMMANDS: Record<string, Command> = {
  check: { run: runCheck, usage: CHECK_USAGE },
  template: { run: runTemplate, usage: TEMPLATE_USAGE },
  rules: { run: runRules, usage: RULES_USAGE },
};

/**
 * The `perf-selfeval` command line: check, template and rules; usage for --help, -h or no arguments.
 * Every usage error is one line (a file name in it made visible) and the command's usage on stderr, exit 2.
 * @returns the exit status
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : null;
  try {
    if (!command) throw new UsageError(`未知命令 / unknown command: ${name}`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof OutputPathError) {
      io.stderr(`${visible(e.message)}\n`);
      return 2;
    }
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${visible(e.message)}\n\n${command?.usage ?? USAGE}`);
    return 2;
  }
}
