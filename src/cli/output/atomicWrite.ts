import { promises as fs } from 'node:fs';
import path from 'node:path';
import { removeTemp, sweepStaleTemps, tempPathFor, trackTemp } from './tempFiles';

/** How an output may be placed: `replace` only with --force (the caller has refused inputs already). */
export interface PlaceOptions {
  replace: boolean;
}

/** Thrown when the final name is taken and replacing was not allowed. */
export class OutputExistsError extends Error {
  constructor(readonly file: string) {
    super(`文件已存在，不会覆盖（可加 --force）/ the file exists and is not replaced (use --force): ${file}`);
  }
}

/**
 * Writes `final` through a temporary file in the same folder: `write(tmp)` makes the whole
 * file, then it is renamed into place in one step, so that a kill leaves nothing or a whole
 * file under the final name. Without `replace`, an existing `final` is never touched (a hard
 * link places the file only if the name is free, even against a concurrent run).
 */
export async function writeAtomically(final: string, write: (tmp: string) => Promise<void>, options: PlaceOptions): Promise<void> {
  sweepStaleTemps(path.dirname(final));
  const tmp = tempPathFor(final);
  trackTemp(tmp);
  try {
    await write(tmp);
    await place(tmp, final, options);
  } finally {
    removeTemp(tmp);
  }
}

/** Moves a finished temporary file to `final` (replacing only when allowed). */
export async function place(tmp: string, final: string, options: PlaceOptions): Promise<void> {
  if (options.replace) return fs.rename(tmp, final);
  try {
    await fs.link(tmp, final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OutputExistsError(final);
    // Filesystems without hard links (FAT, some shares): check, then rename (a small race, never an input).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    if (await exists(final)) throw new OutputExistsError(final);
    await fs.rename(tmp, final);
    return;
  }
  await fs.unlink(tmp);
}

/** Places `tmp` under the first free name of `names(1)`, `names(2)` … (never replacing a file). */
export async function placeNumbered(tmp: string, names: (n: number) => string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = names(n);
    try {
      await place(tmp, candidate, { replace: false });
      return candidate;
    } catch (e) {
      if (!(e instanceof OutputExistsError)) throw e;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
