import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { isCopyName } from '../output/copyNames';

/** Something a folder walk did not check, and why (one line, Chinese / English). */
export interface Skipped {
  path: string;
  reason: string;
}

export interface Inputs {
  /** The files to check, as the user would name them (relative to where they gave the folder). */
  files: string[];
  skipped: Skipped[];
}

/** The extensions a folder walk brings in (any case); the content decides what a file really is. */
const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm|xls|et)$/i;
/** .xml is taken only when it is SpreadsheetML 2003 (its namespace in the first bytes): other XML is no workbook. */
const XML_EXTENSION = /\.xml$/i;
const SPREADSHEET_NS = 'urn:schemas-microsoft-com:office:spreadsheet';
const XML_HEAD_BYTES = 64 * 1024;

export const SKIP_REASONS = {
  unsupported: '不支持的文件类型 / unsupported file type',
  notSpreadsheetXml: '不是 SpreadsheetML 2003 的 XML / XML that is not SpreadsheetML 2003',
  lockFile: 'Excel 的锁定文件（~$）/ an Excel lock file (~$)',
  annotatedCopy: '本工具写出的标注副本（NAME.checked.xlsx）/ an annotated copy written by this tool (NAME.checked.xlsx)',
  unreadableFolder: '文件夹无法读取 / the folder cannot be read',
  unreadable: '无法读取 / cannot be read',
  symlinkLoop: '符号链接循环 / symbolic link loop',
  brokenLink: '符号链接指向不存在的文件 / the symbolic link points nowhere',
  notAFile: '既不是文件也不是文件夹 / neither a file nor a folder',
} as const;

/**
 * The inputs to check, in the order given: a folder stands for every workbook below it
 * (sorted by name; symbolic links followed, loops detected), so that shells that do not
 * expand `*.xlsx` (Windows) work too. A file named on the command line is kept as given,
 * whatever its extension, to be read by its content (or reported unreadable). Everything a
 * walk leaves out is listed in `skipped` with its reason: nothing is skipped silently.
 */
export async function collectInputs(paths: string[], cwd: string): Promise<Inputs> {
  const out: Inputs = { files: [], skipped: [] };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const stat = await fs.stat(abs).catch(() => null);
    if (!stat?.isDirectory()) {
      out.files.push(p);
      continue;
    }
    const walk = new Walk(out, abs, p);
    await walk.folder(abs, new Set([await fs.realpath(abs)]));
  }
  return out;
}

class Walk {
  constructor(
    private readonly out: Inputs,
    private readonly root: string,
    private readonly given: string,
  ) {}

  /** The path as the user would write it: the folder as given, joined with the part below it. */
  private shown(abs: string): string {
    return path.join(this.given, path.relative(this.root, abs));
  }

  private skip(abs: string, reason: string): void {
    this.out.skipped.push({ path: this.shown(abs), reason });
  }

  /** `ancestors`: the real paths of the folders above (and including) `dir`, to see a link lead back into them. */
  async folder(dir: string, ancestors: Set<string>): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return this.skip(dir, SKIP_REASONS.unreadableFolder);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) await this.entry(path.join(dir, e.name), e, ancestors);
  }

  private async entry(full: string, e: Dirent, ancestors: Set<string>): Promise<void> {
    if (e.isSymbolicLink()) return this.link(full, ancestors);
    if (e.isDirectory()) return this.subfolder(full, ancestors);
    if (e.isFile()) return this.file(full);
    this.skip(full, SKIP_REASONS.notAFile);
  }

  private async link(full: string, ancestors: Set<string>): Promise<void> {
    let stat: Stats;
    try {
      stat = await fs.stat(full);
    } catch (e) {
      return this.skip(full, (e as NodeJS.ErrnoException).code === 'ELOOP' ? SKIP_REASONS.symlinkLoop : SKIP_REASONS.brokenLink);
    }
    if (stat.isDirectory()) return this.subfolder(full, ancestors);
    if (stat.isFile()) return this.file(full);
    this.skip(full, SKIP_REASONS.notAFile);
  }

  private async subfolder(full: string, ancestors: Set<string>): Promise<void> {
    const real = await fs.realpath(full).catch(() => null);
    if (real === null) return this.skip(full, SKIP_REASONS.unreadableFolder);
    if (ancestors.has(real)) return this.skip(full, SKIP_REASONS.symlinkLoop);
    await this.folder(full, new Set([...ancestors, real]));
  }

  private async file(full: string): Promise<void> {
    const name = path.basename(full);
    if (name.startsWith('~$')) return this.skip(full, SKIP_REASONS.lockFile);
    // A run whose --annotate folder lies among its inputs must not check the last run's copies as
    // returns (nor annotate copies of copies); a copy named on the command line is checked.
    if (isCopyName(name)) return this.skip(full, SKIP_REASONS.annotatedCopy);
    if (WORKBOOK_EXTENSIONS.test(name)) return void this.out.files.push(this.shown(full));
    if (!XML_EXTENSION.test(name)) return this.skip(full, SKIP_REASONS.unsupported);
    const head = await readHead(full);
    if (head === null) return this.skip(full, SKIP_REASONS.unreadable);
    if (head.includes(SPREADSHEET_NS)) this.out.files.push(this.shown(full));
    else this.skip(full, SKIP_REASONS.notSpreadsheetXml);
  }
}

async function readHead(file: string): Promise<string | null> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const buf = Buffer.alloc(XML_HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    // SpreadsheetML is UTF-8 mostly, UTF-16 (either byte order) sometimes: look for the namespace in each.
    const even = head.subarray(0, head.length & ~1);
    return head.toString('latin1') + even.toString('utf16le') + Buffer.from(even).swap16().toString('utf16le');
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
