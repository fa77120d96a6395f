import os from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Rounding } from '../core/report/types';

export interface CheckArgs {
  paths: string[];
  json: boolean;
  annotate: string | null;
  summary: string | null;
  html: string | null;
  rounding: Rounding | null;
  rules: string | null;
  force: boolean;
  /** How many files are checked at once (each in its own worker): all cores by default. */
  jobs: number;
}

/** Thrown for a command line that cannot be understood; the message is one line, Chinese / English. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The error codes of node's parseArgs, said in both languages. */
const PARSE_ERRORS: Record<string, string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: '未知选项 / unknown option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: '选项缺少取值或取值有误 / option needs a value',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: '多余的参数 / unexpected argument',
};

/**
 * node's util.parseArgs (strict; "--opt value" and "--opt=value"), its errors turned into one
 * UsageError line: every command parses through here, so every usage error reads the same.
 */
export function parseOptions<O extends Options>(argv: string[], options: O, positionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const what = (/'([^']+)'/.exec((e as Error).message)?.[1] ?? '').replace(/ <value>$/, '');
    throw new UsageError(`${PARSE_ERRORS[code] ?? '参数有误 / bad arguments'}: ${what}`.replace(/: $/, ''));
  }
}

const CHECK_OPTIONS = {
  json: { type: 'boolean' },
  annotate: { type: 'string' },
  summary: { type: 'string' },
  html: { type: 'string' },
  rounding: { type: 'string' },
  rules: { type: 'string' },
  force: { type: 'boolean' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `check`'s arguments; `help` is returned for the caller to print the usage. */
export function parseCheckArgs(argv: string[]): CheckArgs & { help: boolean } {
  const { values: v, positionals } = parseOptions(argv, CHECK_OPTIONS);
  const help = v.help ?? false;
  if (positionals.length === 0 && !help) throw new UsageError('请给出要检查的文件或文件夹 / give the files or folders to check');
  for (const name of ['annotate', 'summary', 'html', 'rules', 'rounding', 'jobs'] as const) {
    if (v[name] === '') throw new UsageError(`选项缺少取值 / option needs a value: --${name}`);
  }
  if (v.rounding !== undefined && v.rounding !== 'cut' && v.rounding !== 'round') {
    throw new UsageError(`--rounding 只能是 cut 或 round / --rounding must be cut or round: ${v.rounding}`);
  }
  if (v.summary !== undefined && !/\.(xlsx|csv)$/i.test(v.summary)) throw new UsageError('--summary 须为 .xlsx 或 .csv / --summary must end in .xlsx or .csv');
  if (v.html !== undefined && !/\.html?$/i.test(v.html)) throw new UsageError('--html 须为 .html / --html must end in .html');
  return {
    paths: positionals,
    json: v.json ?? false,
    annotate: v.annotate ?? null,
    summary: v.summary ?? null,
    html: v.html ?? null,
    rounding: (v.rounding as Rounding | undefined) ?? null,
    rules: v.rules ?? null,
    force: v.force ?? false,
    jobs: v.jobs === undefined ? os.availableParallelism() : parseJobs(v.jobs),
    help,
  };
}

function parseJobs(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 256) throw new UsageError(`--jobs 须为 1–256 的整数 / --jobs must be a whole number 1–256: ${text}`);
  return n;
}
