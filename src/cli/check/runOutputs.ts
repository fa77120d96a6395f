import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError, type CheckArgs } from '../args';
import { placeNumbered, writeAtomically } from '../output/atomicWrite';
import { isCopyName, numberedCopyName } from '../output/copyNames';
import { InputSet, OutputPathError, validateOutputFile } from '../output/outputGuard';
import { removeTemp, sweepStaleTemps, tempPathFor, trackTemp } from '../output/tempFiles';

/**
 * The files a check run writes (--annotate copies, --summary, --html), judged before any file is
 * checked, so that a bad output path fails fast; each written through a temporary file in its own
 * folder and put in place whole, never over an input and never over a file without --force.
 * It also keeps what is still to be written, so that a run stopped before its end (stdout closed,
 * the process that started it gone) can say which outputs it did not write.
 */
export class RunOutputs {
  /** The outputs of the run under way in this process (one per process: the command line's). */
  static current: RunOutputs | null = null;
  private readonly written = new Set<string>();
  private reported = 0;
  private stoppedFlag = false;

  private constructor(
    readonly summary: string | null,
    readonly html: string | null,
    private readonly annotate: { dir: string; temp: string } | null,
    private readonly force: boolean,
    private readonly inputCount: number,
  ) {}

  /** Throws OutputPathError (one line) for an output that cannot or must not be written, UsageError for one aimed at an annotated copy. */
  static async prepare(args: CheckArgs, inputs: string[], cwd: string): Promise<RunOutputs> {
    const inputSet = await InputSet.of(inputs.map((f) => path.resolve(cwd, f)));
    const summary = args.summary === null ? null : path.resolve(cwd, args.summary);
    const html = args.html === null ? null : path.resolve(cwd, args.html);
    const annotateDir = args.annotate === null ? null : path.resolve(cwd, args.annotate);
    if (annotateDir) for (const [option, file] of [['--summary', summary], ['--html', html]] as const) if (file) await refuseCopyPath(option, file, annotateDir);
    if (summary) await validateOutputFile('--summary', summary, inputSet, args.force);
    if (html) await validateOutputFile('--html', html, inputSet, args.force);
    if (summary && html && summary === html) throw new OutputPathError(`--summary 与 --html 是同一个文件 / --summary and --html name the same file: ${summary}`);
    const annotate = annotateDir === null ? null : await annotateFolder(annotateDir);
    return (RunOutputs.current = new RunOutputs(summary, html, annotate, args.force, inputs.length));
  }

  /** The empty temporary folder the copy of input `index` is written into, or null without --annotate. */
  annotateTempFor(index: number): string | null {
    return this.annotate ? path.join(this.annotate.temp, String(index)) : null;
  }

  /** Moves a finished copy to DIR/NAME.checked.xlsx (NAME.checked (2).xlsx … when taken). */
  async placeCopy(tempCopy: string): Promise<string> {
    const dir = this.annotate!.dir;
    const name = path.basename(tempCopy);
    const placed = await placeNumbered(tempCopy, (n) => path.join(dir, numberedCopyName(name, n)));
    await fs.rm(path.dirname(tempCopy), { recursive: true, force: true });
    return placed;
  }

  /** Writes an output file whole (through a temporary file). */
  async write(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
    await writeAtomically(file, write, { replace: this.force });
    this.written.add(file);
  }

  /** One more input's outcome has been reported (its copy, if any, placed or failed). */
  fileReported(): void {
    this.reported++;
  }

  /** The run is stopping: nothing more is written. */
  stop(): void {
    this.stoppedFlag = true;
  }

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  /** Each output the run has not written (yet), one line each in both languages. */
  unwritten(): string[] {
    const lines: string[] = [];
    for (const [option, file] of [['--summary', this.summary], ['--html', this.html]] as const) {
      if (file && !this.written.has(file)) lines.push(`未写出 / not written: ${option} ${file}`);
    }
    const left = this.inputCount - this.reported;
    if (this.annotate && left > 0) lines.push(`未写出 / not written: ${left} 个文件的标注副本（--annotate ${this.annotate.dir}）/ the annotated copies of ${left} files (--annotate ${this.annotate.dir})`);
    return lines;
  }

  close(): void {
    if (this.annotate) removeTemp(this.annotate.temp);
    if (RunOutputs.current === this) RunOutputs.current = null;
  }
}

/**
 * An output aimed at a name the copies of --annotate take (NAME.checked.xlsx, NAME.checked (2).xlsx …
 * in its folder) is a usage error, --force or not: the summary would replace the copy the same
 * run writes (or be taken for a copy by the next run).
 */
async function refuseCopyPath(option: string, file: string, annotateDir: string): Promise<void> {
  if (!isCopyName(path.basename(file))) return;
  const [dir, copies] = await Promise.all([realFolder(path.dirname(file)), realFolder(annotateDir)]);
  if (dir !== copies) return;
  throw new UsageError(`${option} 不能写到 --annotate 的标注副本上 / ${option} would overwrite an annotated copy of --annotate: ${file}`);
}

/** A folder's real path (symbolic links resolved), or the path itself while it does not exist. */
function realFolder(dir: string): Promise<string> {
  return fs.realpath(dir).catch(() => path.resolve(dir));
}

/** Makes the --annotate folder (and its run's temporary folder) now: a folder that cannot be made fails before checking. */
async function annotateFolder(dir: string): Promise<{ dir: string; temp: string }> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new OutputPathError(`--annotate 不是文件夹 / --annotate is not a folder: ${dir}`);
  const temp = tempPathFor(path.join(dir, 'annotate'));
  try {
    await fs.mkdir(dir, { recursive: true });
    sweepStaleTemps(dir);
    trackTemp(temp);
    await fs.mkdir(temp);
  } catch (e) {
    throw new OutputPathError(`--annotate 文件夹无法写入 / cannot write in the --annotate folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return { dir, temp };
}
