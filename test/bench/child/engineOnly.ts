/**
 * Beside the batch figure: the engine alone. Reads every workbook of a folder (not timed), then
 * checks its grids with checkWorkbook, as the command's workers do, timing only that. Prints
 * JSON: files, tables, and the CPU/wall ms of the checks. With the bare read, it shows how the
 * CPU of `check` divides between reading and checking.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../../src/core/checkWorkbook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(dir: string): Promise<void> {
  const files = fs.readdirSync(dir).filter((f) => /\.(xlsx|xls)$/.test(f)).sort();
  let cpu = 0;
  let wall = 0;
  let tables = 0;
  for (const f of files) {
    const { grids } = await readWorkbook(path.join(dir, f), f);
    const c0 = cpuMs();
    const t0 = performance.now();
    tables += checkWorkbook(grids).length;
    wall += performance.now() - t0;
    cpu += cpuMs() - c0;
  }
  process.stdout.write(JSON.stringify({ files: files.length, tables, cpuMs: cpu, wallMs: wall }));
}

main(process.argv[2]).catch((e: unknown) => {
  process.stderr.write(`engineOnly: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
