import type { Rounding } from '../core/report/types';

export interface CheckArgs {
  paths: string[];
  json: boolean;
  annotate: string | null;
  summary: string | null;
  rounding: Rounding | null;
  rules: string | null;
  force: boolean;
}

/** Thrown for a command line that cannot be understood; the message is one line, Chinese / English. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--annotate', '--summary', '--rounding', '--rules']);

/** Parses `check`'s arguments ("--opt value" and "--opt=value" both accepted). */
export function parseCheckArgs(argv: string[]): CheckArgs {
  const out: CheckArgs = { paths: [], json: false, annotate: null, summary: null, rounding: null, rules: null, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      out.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--json' || name === '--force') {
      if (name === '--json') out.json = true;
      else out.force = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`未知选项 / unknown option: ${name}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`选项缺少取值 / option needs a value: ${name}`);
    if (name === '--annotate') out.annotate = value;
    else if (name === '--summary') out.summary = value;
    else if (name === '--rules') out.rules = value;
    else if (value === 'cut' || value === 'round') out.rounding = value;
    else throw new UsageError(`--rounding 只能是 cut 或 round / --rounding must be cut or round: ${value}`);
  }
  if (out.paths.length === 0) throw new UsageError('请给出要检查的文件或文件夹 / give the files or folders to check');
  if (out.summary && !/\.(xlsx|csv)$/i.test(out.summary)) throw new UsageError('--summary 须为 .xlsx 或 .csv / --summary must end in .xlsx or .csv');
  return out;
}
