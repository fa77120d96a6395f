/**
 * A damaged file is damaged, not empty (issue 23 point 3): damaged copies of a valid return,
 * made here, run through the built command line. A reader that silently drops what it cannot
 * parse turns a damaged return into "no table found" and exit 0, which a batch review reads as
 * fine; each of these must be exit 2 with the file's "corrupt" error. Valid variants beside them
 * (UTF-16 SpreadsheetML, a stray word/ member, Zip64) must still be read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeIfExists } from '../support/paths';
import { fuzzed, membersOf, returnAs, selfLoop, storedZip, workbookStreamRange, zip64Package } from './damagedFiles';
import { cli, runBuilt, type BuiltRun } from './runBuilt';

jest.setTimeout(300_000);

interface FileEntry {
  file: string;
  format: string | null;
  error: string | null;
  tables: unknown[];
}
const files = (run: BuiltRun): FileEntry[] => JSON.parse(run.stdout).files;
const CORRUPT = /已损坏.* \/ .*corrupt/;

let dir = '';
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-damaged-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `inputs` into a fresh folder and checks them all in one run (--json). */
async function check(name: string, inputs: Record<string, Buffer>): Promise<BuiltRun> {
  const d = path.join(dir, name);
  fs.mkdirSync(d);
  for (const [f, bytes] of Object.entries(inputs)) fs.writeFileSync(path.join(d, f), bytes);
  return runBuilt(['check', ...Object.keys(inputs), '--json'], { cwd: d });
}

/** Every input is its file's corrupt error, the run exit 2, no stack trace. */
function expectAllCorrupt(run: BuiltRun, count: number): void {
  const entries = files(run);
  expect(entries).toHaveLength(count);
  for (const f of entries) expect([f.file, f.error, f.tables]).toEqual([f.file, expect.stringMatching(CORRUPT), []]);
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

describeIfExists(cli, 'the hostile suite runs the built command line: build it first (npm test does)')('damaged files are damaged, not empty', () => {
  const xml = () => returnAs('xlml');

  test('truncated SpreadsheetML (anywhere, even just its closing tags): corrupt, exit 2', async () => {
    const whole = xml();
    const inputs: Record<string, Buffer> = {};
    for (const keep of [0.3, 0.5, 0.9]) inputs[`cut-${keep}.xls`] = whole.subarray(0, Math.floor(whole.length * keep));
    inputs['no-closing-tags.xls'] = whole.subarray(0, whole.lastIndexOf('</Worksheet>'));
    inputs['no-root-end.xls'] = whole.subarray(0, whole.lastIndexOf('</Workbook>'));
    expectAllCorrupt(await check('truncated-xml', inputs), 5);
  });

  test('a valid UTF-16 SpreadsheetML file (either byte order) gives the report of the UTF-8 one', async () => {
    const utf8 = xml().toString('utf8');
    const utf16 = utf8.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]);
    const run = await check('utf16-xml', { 'utf8.xls': Buffer.from(utf8), 'utf16le.xls': le, 'utf16be.xls': Buffer.from(le).swap16() });
    const [one, ...others] = files(run);
    expect([one.format, one.error, one.tables.length]).toEqual(['spreadsheetml', null, 1]);
    for (const f of others) expect({ ...f, file: one.file }).toEqual(one);
  });

  test('a fuzzed .xls (random bytes in its Workbook stream): the table read, or corrupt; never an empty workbook', async () => {
    const xls = returnAs('xls');
    const [from, to] = workbookStreamRange(xls);
    const inputs: Record<string, Buffer> = {};
    for (let seed = 1; seed <= 60; seed++) inputs[`fuzz-${seed}.xls`] = fuzzed(xls, seed * 7919, 1 + (seed % 24), from, to);
    const run = await check('fuzzed-xls', inputs);
    const wrong = files(run).filter((f) => (f.error === null ? f.tables.length !== 1 : !CORRUPT.test(f.error)));
    expect(wrong.map((f) => `${f.file}: ${f.error ?? `${f.tables.length} tables`}`)).toEqual([]);
    expect(files(run).filter((f) => f.error !== null).length).toBeGreaterThan(10);
  });

  test('a fuzzed .xls (random bytes anywhere): read, or a one-line error in both languages; never "no table" with exit 0', async () => {
    const xls = returnAs('xls');
    const inputs: Record<string, Buffer> = {};
    for (let seed = 1; seed <= 60; seed++) inputs[`fuzz-${seed}.xls`] = fuzzed(xls, seed * 104729, 1 + (seed % 32));
    const run = await check('fuzzed-anywhere', inputs);
    const wrong = files(run).filter((f) => (f.error === null ? f.tables.length !== 1 : !/^[^\n]+ \/ [^\n]+$/.test(f.error)));
    expect(wrong.map((f) => `${f.file}: ${f.error ?? `${f.tables.length} tables`}`)).toEqual([]);
  });

  test('an .xls whose FAT (or mini FAT) sends a sector back to itself: corrupt, exit 2, at once', async () => {
    const small = returnAs('xls');
    const large = returnAs('xls', 60);
    const run = await check('fat-loop', {
      'fat-first.xls': selfLoop(large, 0),
      'fat-third.xls': selfLoop(large, 2),
      'minifat-first.xls': selfLoop(small, 0),
      'minifat-third.xls': selfLoop(small, 2),
    });
    expectAllCorrupt(run, 4);
    expect(run.ms).toBeLessThan(30_000);
  });

  test('an .xlsx with a duplicate [Content_Types].xml or duplicate sheet members: corrupt, exit 2', async () => {
    const members = membersOf(returnAs('xlsx'));
    const part = (name: string) => members.find(([n]) => n === name)![1];
    const emptySheet = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
    const run = await check('duplicates', {
      'types-twice.xlsx': storedZip([...members, ['[Content_Types].xml', part('[Content_Types].xml')]]),
      'sheet-twice.xlsx': storedZip([...members, ['xl/worksheets/sheet1.xml', emptySheet]]),
      'sheet-twice-other-case.xlsx': storedZip([...members, ['XL/Worksheets/Sheet1.xml', emptySheet]]),
    });
    expectAllCorrupt(run, 3);
  });

  test('a valid .xlsx with a stray word/ member is still a workbook', async () => {
    const members = membersOf(returnAs('xlsx'));
    const run = await check('stray-word', {
      'plain.xlsx': storedZip(members),
      'stray.xlsx': storedZip([...members, ['word/document.xml', Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')]]),
    });
    const [plain, stray] = files(run);
    expect([stray.format, stray.error]).toEqual(['xlsx', null]);
    expect(stray.tables).toEqual(plain.tables);
    expect(stray.tables).toHaveLength(1);
  });

  test('a Zip64 package of 100,000 members (the workbook last): read, or refused by the member limit', async () => {
    const zip = await zip64Package(returnAs('xlsx'), 100_000);
    const run = await check('zip64', { 'zip64.xlsx': zip });
    const [f] = files(run);
    if (f.error === null) expect(f.tables).toHaveLength(1);
    else {
      expect(f.error).toMatch(/成员.* \/ .*members/);
      expect(f.error).toMatch(/^[^\n]+ \/ [^\n]+$/);
      expect(run.code).toBe(2);
    }
    expect(run.ms).toBeLessThan(60_000);
  });
});
