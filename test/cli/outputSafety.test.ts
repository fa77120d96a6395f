/** No output ever replaces an input, nor an existing file without --force; bad output paths fail before checking. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { oneRowTable, runCli, tempDir } from './runCli';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const SHEET = oneRowTable(100, 100);

let dir = '';
let cleanup = () => {};
let input = '';
let before = '';
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  input = path.join(dir, 'in.xlsx');
  fs.writeFileSync(input, await buildWorkbook([SHEET]));
  fs.symlinkSync(input, path.join(dir, 'link.xlsx'));
  fs.mkdirSync(path.join(dir, 'folder'));
  fs.copyFileSync(input, path.join(dir, 'folder', 'inner.xlsx'));
  before = sha(input);
});
afterAll(() => cleanup());
afterEach(() => expect(sha(input)).toBe(before));

/** Files in dir that are temporary leftovers of a write. */
const temps = () => fs.readdirSync(dir).filter((n) => n.includes('.perf-selfeval-'));

describe('--summary onto an input is refused, exit 2, before any checking, even with --force', () => {
  test.each([
    [['in.xlsx', '--summary', 'in.xlsx']],
    [['in.xlsx', '--summary', './in.xlsx']],
    [['in.xlsx', '--summary', 'in.xlsx', '--force']],
    [['link.xlsx', '--summary', 'in.xlsx', '--force']],
    [['in.xlsx', '--summary', 'link.xlsx', '--force']],
    [['folder', '--summary', path.join('folder', 'inner.xlsx'), '--force']],
  ])('check %j', async (argv) => {
    const run = await runCli(['check', ...argv], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不能写到输入文件上 / --summary would overwrite an input');
    expect(run.stdout).toBe('');
    expect(temps()).toEqual([]);
  });

  test('a name differing only in case is the input where the filesystem ignores case', async () => {
    const upper = path.join(dir, 'IN.XLSX');
    if (!fs.existsSync(upper)) return void process.stderr.write('note: this filesystem is case-sensitive: IN.XLSX is another file here\n');
    const run = await runCli(['check', 'in.xlsx', '--summary', 'IN.XLSX', '--force'], dir);
    expect(run.code).toBe(2);
  });
});

describe('--summary onto an existing file', () => {
  test('is refused without --force (the file is unchanged), replaced whole with --force', async () => {
    const out = path.join(dir, 'old.csv');
    fs.writeFileSync(out, 'keep me');
    const refused = await runCli(['check', 'in.xlsx', '--summary', 'old.csv'], dir);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['check', 'in.xlsx', '--summary', 'old.csv', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('文件');
    expect(temps()).toEqual([]);
  });

  test('a new summary is written whole, with no temporary file left', async () => {
    const run = await runCli(['check', 'in.xlsx', '--summary', 'new.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'new.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(temps()).toEqual([]);
  });

  test.each([
    [path.join('missing', 'out.csv'), '输出文件夹不存在 / the folder of --summary does not exist'],
    ['folder', '--summary 须为 .xlsx 或 .csv'],
  ])('%s fails fast, exit 2, one line and no report', async (out, message) => {
    const run = await runCli(['check', 'in.xlsx', '--summary', out], dir);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--annotate', () => {
  test('a folder that is a file fails before checking: exit 2, one line', async () => {
    const run = await runCli(['check', 'in.xlsx', '--annotate', 'in.xlsx'], dir);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('--annotate is not a folder');
  });

  test('a copy never replaces a file: the name is numbered, and the run leaves no temporary folder', async () => {
    fs.mkdirSync(path.join(dir, 'copies'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'copies', 'in.checked.xlsx'), 'keep');
    const run = await runCli(['check', 'in.xlsx', '--annotate', 'copies', '--force'], dir);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'copies', 'in.checked.xlsx'), 'utf8')).toBe('keep');
    expect(fs.readdirSync(path.join(dir, 'copies')).sort()).toEqual(['in.checked (2).xlsx', 'in.checked.xlsx']);
  });
});

describe('template -o', () => {
  test('an existing file is refused without --force and replaced with it; the default year is the year just ended', async () => {
    const out = path.join(dir, 'taken.xlsx');
    fs.writeFileSync(out, 'keep me');
    const refused = await runCli(['template', 'dept', '-o', 'taken.xlsx'], dir);
    expect(refused.code).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['template', 'dept', '-o', 'taken.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    const run = await runCli(['check', 'taken.xlsx', '--json'], dir);
    expect(JSON.parse(run.stdout).files[0].tables[0].year).toBe(new Date().getFullYear() - 1);
    expect(temps()).toEqual([]);
  });
});
