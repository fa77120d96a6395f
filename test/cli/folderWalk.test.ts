/** Folder walks bring in every workbook below them and list everything they leave out, with the reason. */
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { oneRowTable, runCli, tempDir } from './runCli';

const SHEET = oneRowTable(100, 100);
const SPREADSHEET_ML = `<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">说明</Data></Cell></Row></Table></Worksheet></Workbook>
`;

let dir = '';
let cleanup = () => {};
/** Whether permissions bind here (they do not for root): the unreadable-folder case needs them. */
let permissionsBind = false;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const book = await buildWorkbook([SHEET]);
  const tree: Record<string, Buffer | string> = {
    'in/a.xlsx': book,
    'in/B.XLSM': book,
    'in/notes.txt': 'not a workbook',
    'in/~$a.xlsx': 'lock',
    'in/data.xml': '<root/>',
    'in/return.xml': SPREADSHEET_ML,
    'in/sub/c.xltx': book,
    'only-xls/one.xls': book,
    'only-xls/two.et': book,
    'elsewhere/linked.xlsx': book,
    'locked/hidden.xlsx': book,
  };
  for (const [name, content] of Object.entries(tree)) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  fs.symlinkSync(path.join(dir, 'elsewhere', 'linked.xlsx'), path.join(dir, 'in', 'link.xlsx'));
  fs.symlinkSync(path.join(dir, 'in'), path.join(dir, 'in', 'sub', 'loop'));
  fs.symlinkSync(path.join(dir, 'nowhere.xlsx'), path.join(dir, 'in', 'broken.xlsx'));
  fs.mkdirSync(path.join(dir, 'in', 'closed'));
  fs.chmodSync(path.join(dir, 'in', 'closed'), 0);
  permissionsBind = (() => {
    try {
      fs.readdirSync(path.join(dir, 'in', 'closed'));
      return false;
    } catch {
      return true;
    }
  })();
});
afterAll(() => {
  fs.chmodSync(path.join(dir, 'in', 'closed'), 0o755);
  cleanup();
});

const j = path.join;

test('every workbook extension in any case, symlinked workbooks followed, SpreadsheetML .xml by content', async () => {
  const run = await runCli(['check', 'in', '--json'], dir);
  const report = JSON.parse(run.stdout);
  expect(report.files.map((f: { file: string }) => f.file)).toEqual([j('in', 'B.XLSM'), j('in', 'a.xlsx'), j('in', 'link.xlsx'), j('in', 'return.xml'), j('in', 'sub', 'c.xltx')]);
  expect(report.files.map((f: { format: string }) => f.format)).toEqual(['xlsx', 'xlsx', 'xlsx', 'spreadsheetml', 'xlsx']);
});

test('what a walk leaves out is in `skipped` and on stderr, each with its reason; the run goes on', async () => {
  const run = await runCli(['check', 'in', '--json'], dir);
  const skipped = JSON.parse(run.stdout).skipped as { path: string; reason: string }[];
  const expected = [
    [j('in', 'broken.xlsx'), 'symbolic link points nowhere'],
    ...(permissionsBind ? [[j('in', 'closed'), 'folder cannot be read']] : []),
    [j('in', 'data.xml'), 'not SpreadsheetML'],
    [j('in', 'notes.txt'), 'unsupported file type'],
    [j('in', 'sub', 'loop'), 'symbolic link loop'],
    [j('in', '~$a.xlsx'), 'lock file'],
  ];
  if (!permissionsBind) process.stderr.write('note: running as root, so a folder cannot be made unreadable: that case is not asserted here\n');
  expect(skipped.map((s) => s.path)).toEqual(expected.map(([p]) => p));
  skipped.forEach((s, i) => {
    expect(s.reason).toContain(expected[i][1]);
    expect(run.stderr).toContain(`${s.path}: ${s.reason}`);
  });
  expect(run.code).toBe(0);
});

test('a folder holding only .xls and .et files is checked (not "no file found")', async () => {
  const run = await runCli(['check', 'only-xls', '--json'], dir);
  const report = JSON.parse(run.stdout);
  expect(report.files.map((f: { file: string; error: string | null }) => [f.file, f.error])).toEqual([
    [j('only-xls', 'one.xls'), null],
    [j('only-xls', 'two.et'), null],
  ]);
  expect(run.stderr).not.toContain('no workbook file found');
});

test('an empty folder says so on stderr; the JSON is complete with empty files and skipped', async () => {
  fs.mkdirSync(j(dir, 'empty'), { recursive: true });
  const run = await runCli(['check', 'empty', '--json'], dir);
  expect(JSON.parse(run.stdout)).toEqual({ schemaVersion: 1, rules: { pack: 'default', rounding: 'cut' }, files: [], skipped: [] });
  expect(run.stderr).toContain('未找到工作簿文件 / no workbook file found');
});
