import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Rounding } from '../../core/report/types';
import { renderReviewPage } from '../render/html';
import { parseCheckArgs, type CheckArgs } from '../args';
import type { FileEntry, FileJob, FileOutcome } from '../check/checkFile';
import { collectInputs } from '../check/collectInputs';
import { oneLine } from '../check/oneLine';
import { loadPack, packSourceOf } from '../check/rulePackSource';
import { RunOutputs } from '../check/runOutputs';
import { NO_TABLE, Tally } from '../check/tally';
import { runJobs } from '../check/workerPool';
import type { CliIo } from '../io';
import { JsonReportWriter } from '../render/jsonReport';
import { Progress } from '../render/progress';
import { renderFileText } from '../render/text';
import { visible } from '../render/visible';
import { CHECK_USAGE } from '../usage';

/** The heap of one file's worker, and its time bound (PERF_SELFEVAL_HEAP_MB / PERF_SELFEVAL_FILE_TIMEOUT_S override them). */
const HEAP_MB = Number(process.env.PERF_SELFEVAL_HEAP_MB) || 1024;
const FILE_TIMEOUT_MS = (Number(process.env.PERF_SELFEVAL_FILE_TIMEOUT_S) || 60) * 1000;

/**
 * `perf-selfeval check PATH...`: checks every table of every input and prints the report.
 * Output paths are judged first (a bad one fails before any checking); each file is checked in
 * its own worker (all cores by default, --jobs N), reported in input order.
 * @returns 2 when an input could not be read or an output not written, else 1 when an error finding exists, else 0
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseCheckArgs(argv);
  if (args.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const packSource = await packSourceOf(args.rules, io.cwd);
  const pack = loadPack(packSource);
  const rounding: Rounding = args.rounding ?? pack.rounding;
  const inputs = await collectInputs(args.paths, io.cwd);
  const outputs = await RunOutputs.prepare(args, inputs.files, io.cwd);
  try {
    for (const s of inputs.skipped) io.stderr(`${visible(`已跳过 / skipped: ${s.path}: ${s.reason}`)}\n`);
    if (inputs.files.length === 0) io.stderr(`${visible(`未找到工作簿文件 / no workbook file found in: ${args.paths.join(' ')}`)}\n`);
    const jobs: FileJob[] = inputs.files.map((file, index) => ({ index, file, abs: path.resolve(io.cwd, file), rounding, pack: packSource, annotateDir: outputs.annotateTempFor(index) }));
    const run = new CheckRun(args, io, outputs, jobs.length, { pack: pack.id, rounding });
    await runJobs(jobs, { script: io.workerScript ?? null, jobs: args.jobs, heapMb: HEAP_MB, timeoutMs: FILE_TIMEOUT_MS }, run);
    return await run.finish(inputs.skipped);
  } finally {
    outputs.close();
  }
}

/** `target` as a path relative to the folder of `from`, segments joined by `/` (copyLink makes the link of it). */
function relativeLink(from: string, target: string): string {
  return path.relative(path.dirname(from), target).split(path.sep).join('/');
}

/** One run's reporting: each outcome printed as it comes (in input order), then the summary and the page. */
class CheckRun {
  private readonly progress: Progress;
  private readonly json: JsonReportWriter | null;
  private readonly tally = new Tally();
  /** Kept only for --html: the page needs every file's report. */
  private readonly kept: FileEntry[] | null;
  private readonly copies: Record<string, string> = {};

  constructor(
    args: CheckArgs,
    private readonly io: CliIo,
    private readonly outputs: RunOutputs,
    total: number,
    private readonly rules: { pack: string; rounding: Rounding },
  ) {
    this.progress = new Progress(io, total);
    this.json = args.json ? new JsonReportWriter(io.stdout, rules, io.stdoutIsTTY ? 'indented' : 'line-per-file') : null;
    this.kept = outputs.html ? [] : null;
  }

  started = (job: FileJob): void => this.progress.show(job.index, job.file);

  done = async (o: FileOutcome): Promise<void> => {
    // A stopped run reports nothing more: what it did not write is said once, as it ends (check/stopRun).
    if (this.outputs.stopped) return;
    const { entry } = o;
    if (entry.error) this.progress.note(`${entry.file}: ${entry.error}`);
    else if (entry.tables.length === 0) this.progress.note(`${entry.file}: ${NO_TABLE}`);
    const copy = o.copy ? await this.placeCopy(entry.file, o.copy) : null;
    if (o.annotateError) this.failed(`无法写出标注副本 / could not write the annotated copy of ${entry.file}: ${o.annotateError}`);
    const { summary } = this.outputs;
    this.tally.add(entry, copy && summary ? relativeLink(summary, copy) : copy);
    this.kept?.push(entry);
    this.outputs.fileReported();
    if (this.json) this.json.file(entry);
    else {
      this.progress.clear();
      this.io.stdout(renderFileText(entry));
    }
  };

  /** @returns where the copy was placed, or null when it could not be */
  private async placeCopy(file: string, temp: string): Promise<string | null> {
    try {
      const placed = await this.outputs.placeCopy(temp);
      this.progress.note(`已写出标注副本 / annotated copy written: ${placed}`);
      if (this.outputs.html) this.copies[file] = relativeLink(this.outputs.html, placed);
      return placed;
    } catch (e) {
      this.failed(`无法写出标注副本 / could not write the annotated copy of ${file}: ${oneLine(e)}`);
      return null;
    }
  }

  private failed(message: string): void {
    this.progress.note(message);
    this.tally.runError();
  }

  async finish(skipped: { path: string; reason: string }[]): Promise<number> {
    if (this.outputs.stopped) return 2;
    this.progress.done();
    if (this.json) this.json.end(skipped);
    else this.io.stdout(this.tally.render(skipped.length));
    const { summary, html } = this.outputs;
    // exceljs (the summary workbook's writer) is loaded only by the runs that write a summary.
    if (summary) await this.writeOutput(summary, async (tmp) => (await import(/* webpackMode: "eager" */ '../../xlsx/writeSummary')).writeSummary(tmp, this.tally.summary));
    if (html && this.kept) {
      const page = renderReviewPage({ schemaVersion: 1, rules: this.rules, files: this.kept }, { copies: this.copies, generatedAt: new Date().toISOString() });
      await this.writeOutput(html, (tmp) => fs.writeFile(tmp, page, 'utf8'));
    }
    return this.tally.exitStatus();
  }

  /** A failed write is said in one line (the run then exits 2), never a stack trace. */
  private async writeOutput(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
    try {
      await this.outputs.write(file, write);
      this.io.stderr(`${visible(`已写出 / written: ${file}`)}\n`);
    } catch (e) {
      this.io.stderr(`${visible(`无法写出 / could not write ${file}: ${oneLine(e)}`)}\n`);
      this.tally.runError();
    }
  }
}
