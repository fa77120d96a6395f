/** `perf-selfeval check` and the usage, run in-process on workbooks built by the tests. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbook, type SheetSpec } from '../xlsx/buildWorkbook';
import { lineLayout, runCli, tempDir } from './runCli';

const deptSheet = (score: number, reason: string | null): SheetSpec => ({
  name: '自评表',
  rows: [
    ['部门整体支出绩效自评表(2024年度)'],
    [null, '全年预算数', '全年执行数', '执行率'],
    ['资金来源：(1)财政拨款', 82368086.83, 81774893.77, 99.27],
    ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'],
    ['产出指标', 100, '数量指标', '培训人次', '=100(人次)', '90(人次)', 100, score, reason],
  ],
});
const noTable: SheetSpec = { name: '说明', rows: [['本工作簿没有自评表']] };

let dir = '';
let cleanup = () => {};
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'in', 'clean.xlsx'), await buildWorkbook([deptSheet(90, '培训场地调整')]));
  fs.writeFileSync(path.join(dir, 'in', 'sub', 'unexplained.xlsx'), await buildWorkbook([deptSheet(90, null)]));
  fs.writeFileSync(path.join(dir, 'in', 'sub', 'notes.txt'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'none.xlsx'), await buildWorkbook([noTable]));
});
afterAll(() => cleanup());

describe('perf-selfeval check', () => {
  test('a folder means every .xlsx below it; --json prints only the JSON; an error finding exits 1', async () => {
    const run = await runCli(['check', 'in', '--json'], dir);
    const report = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.rules).toEqual({ pack: 'default', rounding: 'cut' });
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([path.join('in', 'clean.xlsx'), path.join('in', 'sub', 'unexplained.xlsx')]);
    const [clean, unexplained] = report.files;
    expect(clean.tables[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(unexplained.tables[0].findings.map((f: { code: string; cell: string }) => [f.code, f.cell])).toEqual([['MISSING_REASON', 'I5']]);
    expect(unexplained.tables[0].findings[0]).not.toHaveProperty('params');
    expect(run.stdout).toBe(lineLayout(report));
    expect(run.stdout.split('\n')).toHaveLength(report.files.length + 3);
    expect(run.code).toBe(1);
  });

  test('at a terminal the --json report is indented as JSON.stringify(report, null, 2) writes it', async () => {
    const piped = await runCli(['check', 'in', '--json'], dir);
    const shown = await runCli(['check', 'in', '--json'], dir, false, true);
    expect(shown.stdout).toBe(`${JSON.stringify(JSON.parse(piped.stdout), null, 2)}\n`);
  });

  test.each([[['empty-folder']], [['none.xlsx']]])('the streamed JSON is well formed with no table or no file: %j', async (paths) => {
    fs.mkdirSync(path.join(dir, 'empty-folder'), { recursive: true });
    const run = await runCli(['check', ...paths, '--json'], dir);
    expect(run.stdout).toBe(lineLayout(JSON.parse(run.stdout)));
    const shown = await runCli(['check', ...paths, '--json'], dir, false, true);
    expect(shown.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
  });

  test('a readable workbook without a table: tables [], a notice on stderr, exit 0', async () => {
    const run = await runCli(['check', 'none.xlsx', '--json'], dir);
    expect(JSON.parse(run.stdout).files[0]).toEqual({ file: 'none.xlsx', format: 'xlsx', error: null, tables: [] });
    expect(run.stderr).toContain('未找到自评表 / no self-evaluation table found');
    expect(run.code).toBe(0);
  });

  test('the default output is a readable Chinese summary with cell addresses', async () => {
    const run = await runCli(['check', path.join('in', 'sub', 'unexplained.xlsx')], dir);
    expect(run.stdout).toContain('部门(单位)整体支出绩效自评表');
    expect(run.stdout).toContain('2024 年度');
    expect(run.stdout).toMatch(/错误 I5 MISSING_REASON：「培训人次」/);
    expect(run.stdout).toContain('执行率 资金来源：(1)财政拨款：99.27%');
    expect(run.code).toBe(1);
  });

  test('--rounding round: a cut rate is then "the other convention" (info), reported in rules', async () => {
    const run = await runCli(['check', path.join('in', 'clean.xlsx'), '--json', '--rounding', 'round'], dir);
    const report = JSON.parse(run.stdout);
    expect(report.rules.rounding).toBe('round');
    const t = report.files[0].tables[0];
    expect(t.budget[0].rate).toBe('99.28');
    expect(t.findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toContainEqual(['RATE_CONVENTION', 'info']);
    expect(run.code).toBe(0);
  });

  test.each(['summary.csv', 'summary.xlsx'])('--summary %s: one row per table, and one for a file without a table', async (out) => {
    const run = await runCli(['check', 'in', 'none.xlsx', '--summary', out], dir);
    expect(run.code).toBe(1);
    let rows: string[][];
    if (out.endsWith('.csv')) {
      rows = fs.readFileSync(path.join(dir, out), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/).map((l) => l.split(','));
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, out));
      rows = [];
      wb.worksheets[0].eachRow((r) => rows.push(Array.from(r.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
    }
    // The columns are the summary writer's (src/xlsx/writeSummary.ts): found by their heading.
    const at = (heading: string) => rows[0].findIndex((h) => h.startsWith(heading));
    const [file, sheet, errors, note] = ['文件', '工作表', '错误', '备注'].map(at);
    expect(rows.slice(1).map((r) => [r[file], r[sheet], r[errors], r[note] ?? ''])).toEqual([
      [path.join('in', 'clean.xlsx'), '自评表', '0', ''],
      [path.join('in', 'sub', 'unexplained.xlsx'), '自评表', '1', ''],
      ['none.xlsx', '', '', '未找到自评表 / no self-evaluation table found'],
    ]);
  });

  test('several files on a terminal: one progress line on stderr, rewritten in place', async () => {
    const run = await runCli(['check', 'in', '--json'], dir, true);
    expect(run.stderr).toContain('\r检查中 / checking 1/2');
    expect(run.stderr).toContain('\r检查中 / checking 2/2');
    expect(run.stderr.split('\n').filter((l) => l.includes('checking'))).toHaveLength(1);
  });

  test('several files into a log: plain progress lines, no escape codes', async () => {
    const run = await runCli(['check', 'in', '--json'], dir);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('检查中 / checking '))).toHaveLength(2);
    expect(run.stderr).not.toMatch(/\r|\x1b/);
  });

  test.each([
    [['check', 'x.xlsx', '--rules', 'nosuch'], '未知规则包 / unknown rule pack'],
    [['check', 'x.xlsx', '--rounding', 'up'], '--rounding'],
    [['check', 'x.xlsx', '--bogus'], '未知选项 / unknown option'],
    [['check'], '请给出要检查的文件或文件夹'],
    [['frobnicate'], '未知命令 / unknown command'],
  ])('%j is a usage error: exit 2 with the reason and the usage on stderr', async (argv, reason) => {
    const run = await runCli(argv, dir);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('Usage');
  });
});

describe('usage', () => {
  test.each([[['--help']], [['-h']], [['check', '--help']]])('%j prints the usage in Chinese and English, exit 0', async (argv) => {
    const run = await runCli(argv, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法 / Usage');
    expect(run.stdout).toContain('perf-selfeval check PATH...');
    expect(run.stdout).toContain('检查工作簿');
    expect(run.stdout).toContain('check every self-evaluation table');
  });

  test('no arguments prints the usage too (exit 2: nothing was checked)', async () => {
    const run = await runCli([], dir);
    expect([run.code, run.stdout.includes('用法 / Usage')]).toEqual([2, true]);
  });
});

describe('template', () => {
  test('is dispatched to the template command, whose file the checker then reads as a table of its kind', async () => {
    const made = await runCli(['template', 'dept', '--year', '2025', '-o', 'blank.xlsx'], dir);
    expect(made.code).toBe(0);
    const run = await runCli(['check', 'blank.xlsx', '--json'], dir);
    const [t] = JSON.parse(run.stdout).files[0].tables;
    expect([t.kind, t.year]).toEqual(['dept', 2025]);
  });
});

describe('rules', () => {
  test('is dispatched from the same table of commands: the listing names the default pack, exit 0', async () => {
    const run = await runCli(['rules'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('default');
  });
});
