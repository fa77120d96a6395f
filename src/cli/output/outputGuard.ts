import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** An output path that must not be written; the message is one line, Chinese / English. */
export class OutputPathError extends Error {}

/** Filesystems that ignore case by default (NTFS, APFS/HFS+): names are compared case-insensitively there. */
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

interface Identity {
  real: string;
  stat: Stats;
}

async function identity(file: string): Promise<Identity | null> {
  try {
    const stat = await fs.stat(file);
    const real = await fs.realpath(file);
    return { real: CASE_INSENSITIVE ? real.toLowerCase() : real, stat };
  } catch {
    return null;
  }
}

/** The same file: the same device and inode (symlinks, hard links, `./x`, `X.XLSX` on NTFS), or the same real path. */
function same(a: Identity, b: Identity): boolean {
  if (a.stat.ino !== 0 && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino) return true;
  return a.real === b.real;
}

/** The inputs of a run, to refuse any output path that is one of them. */
export class InputSet {
  private constructor(private readonly inputs: Identity[]) {}

  static async of(files: string[]): Promise<InputSet> {
    const ids = await Promise.all(files.map(identity));
    return new InputSet(ids.filter((i): i is Identity => i !== null));
  }

  async includes(file: string): Promise<boolean> {
    const id = await identity(file);
    return id !== null && this.inputs.some((i) => same(i, id));
  }
}

/**
 * Refuses, before any checking, an output file that cannot or must not be written: an input
 * (even with --force), an existing file without --force, a folder, or a path in a missing folder.
 */
export async function validateOutputFile(option: string, file: string, inputs: InputSet, force: boolean): Promise<void> {
  if (await inputs.includes(file)) throw new OutputPathError(`${option} 不能写到输入文件上 / ${option} would overwrite an input: ${file}`);
  const dir = path.dirname(file);
  const dirStat = await fs.stat(dir).catch(() => null);
  if (!dirStat?.isDirectory()) throw new OutputPathError(`${option} 的输出文件夹不存在 / the folder of ${option} does not exist: ${dir}`);
  const stat = await fs.lstat(file).catch(() => null);
  if (stat?.isDirectory()) throw new OutputPathError(`${option} 是一个文件夹 / ${option} is a folder: ${file}`);
  if (stat && !force) throw new OutputPathError(`${option} 文件已存在，不会覆盖（可加 --force）/ ${option}: the file exists and is not replaced (use --force): ${file}`);
}
