import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CheckArgs } from '../args';
import { placeNumbered, writeAtomically } from '../output/atomicWrite';
import { InputSet, OutputPathError, validateOutputFile } from '../output/outputGuard';
import { removeTemp, sweepStaleTemps, tempPathFor, trackTemp } from '../output/tempFiles';

/**
 * The files a check run writes (--annotate copies, --summary, --html), judged before any file is
 * checked, so that a bad output path fails fast; each written through a temporary file in its own
 * folder and put in place whole, never over an input and never over a file without --force.
 */
export class RunOutputs {
  private constructor(
    readonly summary: string | null,
    readonly html: string | null,
    private readonly annotate: { dir: string; temp: string } | null,
    private readonly force: boolean,
  ) {}

  /** Throws OutputPathError (one line) for an output that cannot or must not be written. */
  static async prepare(args: CheckArgs, inputs: string[], cwd: string): Promise<RunOutputs> {
    const inputSet = await InputSet.of(inputs.map((f) => path.resolve(cwd, f)));
    const summary = args.summary === null ? null : path.resolve(cwd, args.summary);
    const html = args.html === null ? null : path.resolve(cwd, args.html);
    if (summary) await validateOutputFile('--summary', summary, inputSet, args.force);
    if (html) await validateOutputFile('--html', html, inputSet, args.force);
    if (summary && html && summary === html) throw new OutputPathError(`--summary 与 --html 是同一个文件 / --summary and --html name the same file: ${summary}`);
    const annotate = args.annotate === null ? null : await annotateFolder(path.resolve(cwd, args.annotate));
    return new RunOutputs(summary, html, annotate, args.force);
  }

  /** The empty temporary folder the copy of input `index` is written into, or null without --annotate. */
  annotateTempFor(index: number): string | null {
    return this.annotate ? path.join(this.annotate.temp, String(index)) : null;
  }

  /** Moves a finished copy to DIR/NAME.checked.xlsx (NAME.checked (2).xlsx … when taken). */
  async placeCopy(tempCopy: string): Promise<string> {
    const dir = this.annotate!.dir;
    const name = path.basename(tempCopy);
    const stem = name.replace(/\.checked\.xlsx$/i, '');
    const placed = await placeNumbered(tempCopy, (n) => path.join(dir, n === 1 ? name : `${stem}.checked (${n}).xlsx`));
    await fs.rm(path.dirname(tempCopy), { recursive: true, force: true });
    return placed;
  }

  /** Writes an output file whole (through a temporary file). */
  write(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
    return writeAtomically(file, write, { replace: this.force });
  }

  close(): void {
    if (this.annotate) removeTemp(this.annotate.temp);
  }
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
