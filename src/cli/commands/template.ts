import path from 'node:path';
import type { TemplateKind } from '../../core/template';
import { parseOptions, UsageError } from '../args';
import type { CliIo } from '../io';
import { OutputExistsError, place, placeNumbered } from '../output/atomicWrite';
import { removeTemp, sweepStaleTemps, tempPathFor, trackTemp } from '../output/tempFiles';
import { visible } from '../render/visible';

export const TEMPLATE_USAGE = `用法 / Usage:
  perf-selfeval template dept|project [--year YYYY] [-o OUT.xlsx]

  dept      部门(单位)整体支出绩效自评表（上海格式）/ department overall-spending table (Shanghai layout)
  project   项目支出绩效自评表（财政部格式）/ project spending table (Ministry of Finance layout)
  --year YYYY   年度，默认上一年（自评针对刚结束的年度）/ the year, default: last year (the year just ended)
  -o OUT.xlsx   输出文件，默认 自评表-KIND-YYYY.xlsx / output file, default 自评表-KIND-YYYY.xlsx
  --force       允许替换已存在的 -o 文件 / allow replacing an existing -o file

从不覆盖已有文件 / never overwrites a file: 默认文件名已存在时依次改用 "自评表-dept-2025 (2).xlsx" …；
  用 -o 指定的文件已存在时报错（除非 --force）/ the default name is numbered, an existing -o file is an error (unless --force).
退出码 / Exit status: 0 已生成 / written; 1 无法写出 / could not write; 2 参数错误 / bad arguments.
`;

interface TemplateArgs {
  kind: TemplateKind;
  year: number;
  out: string | null;
  force: boolean;
}

const TEMPLATE_OPTIONS = {
  year: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1990 || year > 2100) throw new UsageError(`年度须为 1990–2100 的四位数 / the year must be 4 digits, 1990–2100: ${text}`);
  return year;
}

/** Parses "dept|project [--year YYYY] [-o OUT.xlsx] [--force]" ("--year=…", "--output …" also accepted). */
function parseTemplateArgs(argv: string[], now: Date): TemplateArgs & { help: boolean } {
  const { values: v, positionals } = parseOptions(argv, TEMPLATE_OPTIONS);
  const help = v.help ?? false;
  const [kind, extra] = positionals;
  if (extra !== undefined) throw new UsageError(`多余的参数 / unexpected argument: ${extra}`);
  if (kind !== undefined && kind !== 'dept' && kind !== 'project') throw new UsageError(`未知模板类型 / unknown template kind: ${kind}`);
  if (kind === undefined && !help) throw new UsageError('请指定模板类型 dept 或 project / give the template kind: dept or project');
  const out = v.output ?? null;
  if (out !== null && !/\.xlsx$/i.test(out)) throw new UsageError(`输出文件须以 .xlsx 结尾 / the output file must end in .xlsx: ${out}`);
  // A self-evaluation is written for the year just ended.
  const year = v.year === undefined ? now.getFullYear() - 1 : parseYear(v.year);
  return { kind: kind ?? 'dept', year, out, force: v.force ?? false, help };
}

/** "自评表-dept-2025.xlsx", then "自评表-dept-2025 (2).xlsx" … */
function numbered(file: string, n: number): string {
  if (n === 1) return file;
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name} (${n})${ext}`);
}

/**
 * Writes the template through a temporary file in the target folder, placed in one step:
 * under the first free numbered name for the default name, under -o only if free (or with --force).
 */
async function writeNew(args: TemplateArgs, file: string): Promise<string> {
  sweepStaleTemps(path.dirname(file));
  const tmp = tempPathFor(file);
  trackTemp(tmp);
  try {
    // exceljs, the template's writer, is loaded only by this command.
    const { writeTemplateFile } = await import(/* webpackMode: "eager" */ '../../xlsx/writeTemplate');
    await writeTemplateFile(args.kind, args.year, tmp);
    if (args.out === null) return await placeNumbered(tmp, (n) => numbered(file, n));
    await place(tmp, file, { replace: args.force });
    return file;
  } finally {
    removeTemp(tmp);
  }
}

function failure(e: unknown, file: string): string {
  if (e instanceof OutputExistsError) return e.message;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `输出文件夹不存在 / the output folder does not exist: ${path.dirname(file)}`;
  return `无法写出 / could not write ${file}: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * `perf-selfeval template dept|project [--year YYYY] [-o OUT.xlsx]`: writes a blank, formatted
 * 自评表 with its formulas. Never overwrites: a taken default name is numbered, a taken -o is an error
 * unless --force.
 *
 * @returns 0 written, 1 could not write; bad arguments throw UsageError (main prints it with the usage, exit 2)
 * @example await runTemplate(['dept', '--year', '2025'], io) // writes 自评表-dept-2025.xlsx in io.cwd
 */
export async function runTemplate(argv: string[], io: CliIo, now: Date = new Date()): Promise<number> {
  const args = parseTemplateArgs(argv, now);
  if (args.help) {
    io.stdout(TEMPLATE_USAGE);
    return 0;
  }
  const file = path.resolve(io.cwd, args.out ?? `自评表-${args.kind}-${args.year}.xlsx`);
  try {
    const written = await writeNew(args, file);
    io.stdout(`已生成 / written: ${visible(written)}\n`);
    return 0;
  } catch (e) {
    io.stderr(`${visible(failure(e, file))}\n`);
    return 1;
  }
}
