import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The inputs to check, in the order given: a folder stands for every .xlsx below it
 * (sorted, Excel's "~$" lock files skipped), so that shells that do not expand
 * `*.xlsx` (Windows) work too. Anything else is kept as given, to be reported if unreadable.
 */
export async function collectInputs(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const stat = await fs.stat(abs).catch(() => null);
    if (stat?.isDirectory()) out.push(...(await xlsxBelow(abs)).map((f) => path.join(p, path.relative(abs, f))));
    else out.push(p);
  }
  return out;
}

async function xlsxBelow(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await xlsxBelow(full)));
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) out.push(full);
  }
  return out;
}
