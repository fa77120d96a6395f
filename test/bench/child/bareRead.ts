/**
 * The baseline of the batch figure: the command line's own reader (src/xlsx/readWorkbook.ts)
 * reading every workbook of a folder, one after the other, and nothing else. Prints JSON:
 * files, grids, and the CPU/wall ms of the reading loop alone (ts-node's start-up excluded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

async function main(dir: string): Promise<void> {
  const files = fs.readdirSync(dir).filter((f) => /\.(xlsx|xls)$/.test(f)).sort();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let grids = 0;
  for (const f of files) grids += (await readWorkbook(path.join(dir, f), f)).grids.length;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ files: files.length, grids, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0 }));
}

main(process.argv[2]).catch((e: unknown) => {
  process.stderr.write(`bareRead: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
