import path from 'node:path';
import { checkGrid } from '../../core/check';
import type { CheckReport, FileReport, Rounding, TableReport } from '../../core/report/types';
import { defaultPack, getPack, packs, type RulePack } from '../../core/rules/rulePack';
import { writeAnnotatedCopy } from '../../xlsx/annotate';
import { WorkbookReadError } from '../../xlsx/readErrors';
import { forEachGrid, readInputBytes } from '../../xlsx/readWorkbook';
import { writeSummary, type SummaryRow } from '../../xlsx/writeSummary';
import { parseCheckArgs, UsageError, type CheckArgs } from '../args';
import { collectInputs } from '../collectInputs';
import type { CliIo } from '../io';
import { countBySeverity, renderFileText } from '../render/text';
import { Progress } from '../render/progress';

const NO_TABLE = '未找到自评表 / no self-evaluation table found';

/**
 * `perf-selfeval check PATH...`: checks every table of every input and prints the report.
 * @returns the exit status: 2 when an input could not be read, else 1 when an error finding exists, else 0
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseCheckArgs(argv);
  const pack = args.rules === null ? defaultPack : getPack(args.rules);
  if (!pack) throw new UsageError(`未知规则包 / unknown rule pack: ${args.rules}（可用 / available: ${packs.map((p) => p.id).join(', ')}）`);
  const rounding: Rounding = args.rounding ?? pack.rounding;
  const inputs = await collectInputs(args.paths, io.cwd);
  if (inputs.length === 0) io.stderr(`未找到 .xlsx 文件 / no .xlsx file found in: ${args.paths.join(' ')}\n`);
  const progress = new Progress(io, inputs.length);
  const files: FileReport[] = [];
  for (const [i, file] of inputs.entries()) {
    progress.show(i, file);
    const report = await checkFile(file, args, io, pack, rounding, progress);
    files.push(report);
    if (!args.json) {
      progress.clear();
      io.stdout(renderFileText(report));
    }
  }
  progress.done();
  const report: CheckReport = { schemaVersion: 1, rules: { pack: pack.id, rounding }, files };
  if (args.json) io.stdout(`${JSON.stringify(withoutParams(report), null, 2)}\n`);
  else io.stdout(renderTotals(files));
  if (args.summary) await writeSummary(path.resolve(io.cwd, args.summary), summaryRows(files));
  return exitStatus(files);
}

async function checkFile(file: string, args: CheckArgs, io: CliIo, pack: RulePack, rounding: Rounding, progress: Progress): Promise<FileReport> {
  const abs = path.resolve(io.cwd, file);
  try {
    const bytes = await readInputBytes(abs);
    // Sheets stream in package order; the report keeps sheet order.
    const bySheet: { index: number; tables: TableReport[] }[] = [];
    await forEachGrid(bytes, (grid, index) => void bySheet.push({ index, tables: checkGrid(grid, { rounding, pack }) }), abs);
    const tables = bySheet.sort((a, b) => a.index - b.index).flatMap((s) => s.tables);
    if (tables.length === 0) progress.note(`${file}: ${NO_TABLE}`);
    if (args.annotate && tables.length > 0) {
      const written = await writeAnnotatedCopy(bytes, abs, tables, path.resolve(io.cwd, args.annotate));
      progress.note(`已写出标注副本 / annotated copy written: ${written}`);
    }
    return { file, error: null, tables };
  } catch (e) {
    const message = e instanceof WorkbookReadError ? e.message : `无法读取 / cannot read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    progress.note(`${file}: ${message}`);
    return { file, error: message, tables: [] };
  }
}

function exitStatus(files: FileReport[]): number {
  if (files.some((f) => f.error)) return 2;
  return files.some((f) => f.tables.some((t) => t.findings.some((x) => x.severity === 'error'))) ? 1 : 0;
}

/** The JSON contract carries findings without their message params. */
function withoutParams(report: CheckReport): CheckReport {
  return {
    ...report,
    files: report.files.map((f) => ({
      ...f,
      tables: f.tables.map((t) => ({ ...t, findings: t.findings.map(({ code, severity, cell, message }) => ({ code, severity, cell, message })) })),
    })),
  };
}

function renderTotals(files: FileReport[]): string {
  const tables = files.flatMap((f) => f.tables);
  const c = { error: 0, warning: 0, info: 0 };
  for (const t of tables) {
    const n = countBySeverity(t);
    c.error += n.error;
    c.warning += n.warning;
    c.info += n.info;
  }
  const unreadable = files.filter((f) => f.error).length;
  return `\n共 ${files.length} 个文件、${tables.length} 张表${unreadable ? `（${unreadable} 个无法读取）` : ''}：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}\n`;
}

function summaryRows(files: FileReport[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const f of files) {
    const empty = { sheet: null, kind: null, unit: null, year: null, total: null, grade: null, errors: null, warnings: null };
    if (f.error) rows.push({ file: f.file, ...empty, note: f.error });
    else if (f.tables.length === 0) rows.push({ file: f.file, ...empty, note: NO_TABLE });
    for (const t of f.tables) {
      const n = countBySeverity(t);
      rows.push({ file: f.file, sheet: t.sheet, kind: t.kind, unit: t.unit, year: t.year, total: t.total.score, grade: t.total.grade, errors: n.error, warnings: n.warning, note: null });
    }
  }
  return rows;
}
