/**
 * Writes assets/samples/pujin-2023-sample.xlsx: the project's own dept template
 * (src/core/template + src/xlsx/writeTemplate) filled with seed 000's facts, formulas'
 * results cached, so that `perf-selfeval check` has a demo workbook to show.
 *
 *   npx ts-node --transpile-only test/tools/make-sample.ts [OUT.xlsx]
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { storeCachedResults } from '../../src/xlsx/writeTemplate';
import { fillDeptTemplate } from '../template/fillTemplate';
import { openTemplate } from '../template/roundTrip';
import { SEED_000, seedRowCounts } from '../support/seed000';

export async function makeSample(out: string): Promise<void> {
  const t = openTemplate('dept', SEED_000.year, { rows: seedRowCounts(SEED_000) });
  fillDeptTemplate(t.ws, t.sheet, SEED_000);
  storeCachedResults(t.ws, t.sheet);
  // A fixed creation date keeps the generated file identical from run to run.
  t.wb.created = t.wb.modified = new Date('2024-01-01T00:00:00Z');
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, Buffer.from(await t.wb.xlsx.writeBuffer()));
}

if (require.main === module) {
  const out = process.argv[2] ?? path.resolve(__dirname, '..', '..', 'assets', 'samples', 'pujin-2023-sample.xlsx');
  makeSample(out).then(
    () => console.log(`wrote ${out}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
