/**
 * Same table, same answers, whatever the format (issue 12): every fixture converted by
 * LibreOffice to .xls (BIFF8) and .ods, and written as SpreadsheetML 2003 the way Excel writes
 * it (./excelSpreadsheetMl: implicit columns, self-closing empty merged cells), gives the same
 * report as the .xlsx — tables, indicators, findings and totals.
 */
import { promises as fs } from 'node:fs';
import fsSync from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { checkGrid } from '../../src/core/check';
import type { TableReport } from '../../src/core/report/types';
import { readWorkbook, type WorkbookFormat } from '../../src/xlsx/readWorkbook';
import { convertFiles, findSoffice } from '../tools/libreoffice';
import { sharedDir } from '../support/paths';
import { writeExcelSpreadsheetMl } from './excelSpreadsheetMl';

const dirs = [path.join(sharedDir, 'fixtures'), path.join(sharedDir, 'fixtures', 'real')];
const soffice = findSoffice();
const why = !fsSync.existsSync(dirs[0]) ? `${dirs[0]} not found` : !soffice ? 'LibreOffice (soffice) is not installed — apt-get install libreoffice-calc-nogui' : null;
// Straight to stderr: jest drops console output of a suite whose tests are all skipped.
if (why) process.stderr.write(`skipped: the format conversions need the fixtures and LibreOffice (${why})\n`);
const describeIfReady = why ? describe.skip : describe;

const fixtures = why ? [] : dirs.flatMap((d) => fsSync.readdirSync(d).filter((f) => f.endsWith('.xlsx') && !f.startsWith('not-a-')).map((f) => path.join(d, f)));

/** What must agree between formats: everything the report says. */
function reportOf(tables: TableReport[]) {
  return tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind,
    range: t.range,
    unit: t.unit,
    year: t.year,
    budget: t.budget,
    indicators: t.indicators,
    total: t.total,
    findings: t.findings.map((f) => [f.code, f.severity, f.cell, f.message]),
  }));
}

async function check(file: string): Promise<{ format: WorkbookFormat; report: ReturnType<typeof reportOf> }> {
  const { format, grids } = await readWorkbook(file);
  return { format, report: reportOf(grids.flatMap((g) => checkGrid(g))) };
}

/**
 * A SpreadsheetML 2003 copy, as Excel and budget systems export it under an .xls name. Not
 * SheetJS's own xlml writer: it gives every cell an ss:Index and never writes a self-closing
 * merged cell, so the copies would not show SheetJS's misreading of those (issue 22 point 8).
 */
async function writeSpreadsheetMl(file: string, outDir: string): Promise<string> {
  const wb = XLSX.read(await fs.readFile(file), { type: 'buffer', cellNF: true, cellFormula: true, cellStyles: true });
  const out = path.join(outDir, `${path.parse(file).name}.xls`);
  await fs.writeFile(out, writeExcelSpreadsheetMl(wb), 'utf8');
  return out;
}

/** An empty merged cell written self-closing, as Excel writes it: `<Cell ss:MergeAcross="2" ss:StyleID="s21"/>`. */
const SELF_CLOSING_MERGE = /<Cell\b[^>]*\bss:Merge(?:Across|Down)="\d+"[^>]*\/>/;
/** Such a cell with MergeAcross followed by a cell without ss:Index: its column is implicit, after the merged ones. */
const IMPLICIT_AFTER_MERGE = /<Cell\b[^>]*\bss:MergeAcross="[1-9]\d*"[^>]*\/>\s*<Cell\b(?![^>]*\bss:Index=)/;

describeIfReady('every format gives the .xlsx report', () => {
  let work = '';
  const copies: Record<string, string[]> = {};
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-formats-'));
    // One LibreOffice start per target format, over all fixtures.
    copies.xls = await convertFiles(soffice as string, fixtures, 'xls', path.join(work, 'xls'));
    copies.ods = await convertFiles(soffice as string, fixtures, 'ods', path.join(work, 'ods'));
    await fs.mkdir(path.join(work, 'xml'));
    copies.spreadsheetml = await Promise.all(fixtures.map((f) => writeSpreadsheetMl(f, path.join(work, 'xml'))));
  }, 300_000);
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  test('the SpreadsheetML copies hold what SheetJS misreads: self-closing merged cells, implicit columns after them', async () => {
    const texts = await Promise.all(copies.spreadsheetml.map((f) => fs.readFile(f, 'utf8')));
    expect(texts.filter((t) => SELF_CLOSING_MERGE.test(t)).length).toBeGreaterThan(0);
    expect(texts.filter((t) => IMPLICIT_AFTER_MERGE.test(t)).length).toBeGreaterThan(0);
  });

  const cases = fixtures.flatMap((f, i) => (['xls', 'ods', 'spreadsheetml'] as const).map((format) => [path.basename(f), format, i] as const));
  test.each(cases)('%s as %s', async (_name, format, i) => {
    const expected = await check(fixtures[i]);
    const actual = await check(copies[format][i]);
    expect(actual.format).toBe(format);
    if (format === 'spreadsheetml') expect(await fs.readFile(copies[format][i], 'utf8')).toMatch(/ss:Merge(Across|Down)="\d+"/);
    expect(actual.report).toEqual(expected.report);
    expect(expected.report.length).toBeGreaterThan(0);
  });
});
