import { execFile, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The LibreOffice command line, or null when it is not installed. */
export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on PATH: try the next name
    }
  }
  return null;
}

/**
 * CSV export options: comma, double quote, UTF-8 (76; the default turns 优 into "?"), from line 1,
 * raw values rather than "as shown" (so 86.18304 is not cut to its number format), first sheet.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1';

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** LibreOffice names a sheet's CSV "NAME-SHEET.csv" when the filter picks a sheet, else "NAME.csv". */
function csvOf(name: string, written: string[]): string {
  const found = written.find((w) => w === `${name}.csv` || (w.startsWith(`${name}-`) && w.endsWith('.csv')));
  if (!found) throw new Error(`LibreOffice wrote no CSV for ${name} (found: ${written.join(', ') || 'nothing'})`);
  return found;
}

/** Runs one headless LibreOffice over many files (start-up dominates: one call per target format). */
async function runSoffice(soffice: string, work: string, filter: string, outDir: string, files: string[]): Promise<string[]> {
  const profile = pathToFileURL(path.join(work, 'profile')).href;
  const args = ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', filter, '--outdir', outDir, ...files];
  await new Promise<void>((resolve, reject) =>
    execFile(soffice, args, { timeout: 180_000 }, (err, _stdout, stderr) => (err ? reject(new Error(`soffice failed: ${err.message}\n${stderr}`)) : resolve())),
  );
  return fs.readdir(outDir);
}

/**
 * Converts every file to `extension` ("xls", "ods", "xlsx", "csv" …; a full filter name may follow
 * after a colon) into `outDir`, in one LibreOffice call with a private user profile.
 * @returns the written paths, in the order of `files` (files with the same base name collide: avoid them)
 */
export async function convertFiles(soffice: string, files: string[], target: string, outDir: string): Promise<string[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-lo-'));
  try {
    await fs.mkdir(outDir, { recursive: true });
    const written = await runSoffice(soffice, work, target, outDir, files);
    const extension = target.split(':')[0];
    return files.map((f) => {
      const name = `${path.parse(f).name}.${extension}`;
      if (!written.includes(name)) throw new Error(`LibreOffice wrote no ${name} (found: ${written.join(', ') || 'nothing'})`);
      return path.join(outDir, name);
    });
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/**
 * Opens each .xlsx in LibreOffice headless, which computes every formula stored without a cached
 * value, and returns the first sheet of each as CSV rows (same order as `files`). A private user
 * profile per call keeps parallel runs from colliding.
 */
export async function recalculateToCsv(soffice: string, files: string[]): Promise<string[][][]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-lo-'));
  try {
    const outDir = path.join(work, 'out');
    const written = await runSoffice(soffice, work, CSV_FILTER, outDir, files);
    return Promise.all(files.map(async (f) => parseCsv(await fs.readFile(path.join(outDir, csvOf(path.parse(f).name, written)), 'utf8'))));
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
