/**
 * Builds the transcribed corpus: every test/corpus/tables/NAME.json (a published table as
 * transcribed: sheets of rows and merges, with its source) becomes OUT/NAME.xlsx, written
 * as a person would type it (strings stay text, numbers stay numbers).
 *
 *   npx ts-node --transpile-only test/corpus/build.ts OUT_DIR [NAME ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkbook, type SheetSpec } from '../xlsx/buildWorkbook';

export const tablesDir = path.join(__dirname, 'tables');

/** One transcribed table: where it was published and its sheets as printed. */
export interface CorpusTable {
  source: string;
  publisher: string;
  year: number | null;
  sheets: SheetSpec[];
}

/** The names of the transcribed tables that have an expected answer beside them. */
export function corpusNames(): string[] {
  if (!fs.existsSync(tablesDir)) return [];
  return fs
    .readdirSync(tablesDir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((n) => fs.existsSync(path.join(tablesDir, `${n}.expected.json`)))
    .sort();
}

export function readCorpusTable(name: string): CorpusTable {
  const table = JSON.parse(fs.readFileSync(path.join(tablesDir, `${name}.json`), 'utf8')) as CorpusTable;
  if (!table.source || !Array.isArray(table.sheets) || table.sheets.length === 0) {
    throw new Error(`${name}.json: a corpus table needs "source" and at least one sheet`);
  }
  return table;
}

/** Writes OUT/NAME.xlsx for each name (all of the corpus by default); returns the paths written. */
export async function buildCorpus(outDir: string, names = corpusNames()): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of names) {
    const file = path.join(outDir, `${name}.xlsx`);
    fs.writeFileSync(file, await buildWorkbook(readCorpusTable(name).sheets));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const [out, ...names] = process.argv.slice(2);
  if (!out) {
    console.error('usage: build.ts OUT_DIR [NAME ...]');
    process.exit(2);
  }
  buildCorpus(path.resolve(out), names.length ? names : undefined).then(
    (files) => console.log(`wrote ${files.length} workbook(s) to ${out}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
