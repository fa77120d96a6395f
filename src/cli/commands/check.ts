import path from 'node:path';
import { checkGrid } from '../../core/check';
import type { FileReport, Rounding, TableReport } from '../../core/report/types';
import { defaultPack, getPack, packs, type RulePack } from '../../core/rules/rulePack';
import { writeAnnotatedCopy } from '../../xlsx/annotate';
import { WorkbookReadError } from '../../xlsx/readErrors';
import { forEachGrid, readInputBytes } from '../../xlsx/readWorkbook';
import { writeSummary, type SummaryRow } from '../../xlsx/writeSummary';
import { parseCheckArgs, UsageError, type CheckArgs } from '../args';
import { collectInputs } from '../collectInputs';
import type { CliIo } from '../io';
import { JsonReportWriter } from '../render/jsonReport';
import { countBySeverity, renderFileText } from '../render/text';
import { Progress } from '../render/progress';
import { writeAtomically } from '../output/atomicWrite';
import { InputSet, validateOutputFile } from '../output/outputGuard';

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
  const summaryFile = args.summary === null ? null : path.resolve(io.cwd, args.summary);
  // Output paths are judged before any checking: a bad one fails fast and never replaces an input.
  if (summaryFile) await validateOutputFile('--summary', summaryFile, await InputSet.of(inputs.map((f) => path.resolve(io.cwd, f))), args.force);
  if (inputs.length === 0) io.stderr(`未找到 .xlsx 文件 / no .xlsx file found in: ${args.paths.join(' ')}\n`);
  const progress = new Progress(io, inputs.length);
  const json = args.json ? new JsonReportWriter(io.stdout, { pack: pack.id, rounding }) : null;
  const tally = new Tally();
  // Each file's report is written and dropped before the next is read: memory stays one file's worth.
  for (const [i, file] of inputs.entries()) {
    progress.show(i, file);
    const report = await checkFile(file, args, io, pack, rounding, progress);
    tally.add(report);
    if (json) json.file(report);
    else {
      progress.clear();
      io.stdout(renderFileText(report));
    }
  }
  progress.done();
  if (json) json.end();
  else io.stdout(tally.render());
  if (summaryFile && !(await writeOutput(summaryFile, (tmp) => writeSummary(tmp, tally.summary), args.force, io))) return 2;
  return tally.exitStatus();
}

/** Writes an output atomically; a failure is said in one line (the run then exits 2), never a stack trace. */
async function writeOutput(file: string, write: (tmp: string) => Promise<void>, force: boolean, io: CliIo): Promise<boolean> {
  try {
    await writeAtomically(file, write, { replace: force });
    return true;
  } catch (e) {
    io.stderr(`无法写出 / could not write ${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return false;
  }
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
    if (args.annotate) await annotate(bytes, abs, tables, path.resolve(io.cwd, args.annotate), progress);
    return { file, error: null, tables };
  } catch (e) {
    const message = e instanceof WorkbookReadError ? e.message : `无法读取 / cannot read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    progress.note(`${file}: ${message}`);
    return { file, error: message, tables: [] };
  }
}

/** Writes the marked copy; a copy that cannot be written is said on stderr and does not hide the report. */
async function annotate(bytes: Buffer, input: string, tables: TableReport[], dir: string, progress: Progress): Promise<void> {
  try {
    const written = await writeAnnotatedCopy(bytes, input, tables, dir);
    progress.note(`已写出标注副本 / annotated copy written: ${written}`);
  } catch (e) {
    progress.note(`无法写出标注副本 / could not write the annotated copy in ${dir}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

/** What is kept of the reports once printed: counts for the last line and the exit status, summary rows. */
class Tally {
  readonly summary: SummaryRow[] = [];
  private files = 0;
  private tables = 0;
  private unreadable = 0;
  private readonly counts = { error: 0, warning: 0, info: 0 };

  add(f: FileReport): void {
    this.files++;
    const empty = { sheet: null, kind: null, unit: null, year: null, total: null, grade: null, errors: null, warnings: null };
    if (f.error) {
      this.unreadable++;
      this.summary.push({ file: f.file, ...empty, note: f.error });
    } else if (f.tables.length === 0) this.summary.push({ file: f.file, ...empty, note: NO_TABLE });
    for (const t of f.tables) {
      const n = countBySeverity(t);
      this.tables++;
      this.counts.error += n.error;
      this.counts.warning += n.warning;
      this.counts.info += n.info;
      this.summary.push({ file: f.file, sheet: t.sheet, kind: t.kind, unit: t.unit, year: t.year, total: t.total.score, grade: t.total.grade, errors: n.error, warnings: n.warning, note: null });
    }
  }

  /** 2 when an input could not be read, else 1 when an error finding exists, else 0. */
  exitStatus(): number {
    if (this.unreadable > 0) return 2;
    return this.counts.error > 0 ? 1 : 0;
  }

  render(): string {
    const c = this.counts;
    const unreadable = this.unreadable ? `（${this.unreadable} 个无法读取）` : '';
    return `\n共 ${this.files} 个文件、${this.tables} 张表${unreadable}：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}\n`;
  }
}
