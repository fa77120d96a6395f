/** --annotate writes marked copies, never touching the input, never overwriting a file. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SEVERITY_FILL } from '../../src/core/vocabulary';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { runCli, tempDir } from './runCli';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let dir = '';
let cleanup = () => {};
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const rows = [
    ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'],
    ['产出指标', 100, '数量指标', '培训人次', '=100(人次)', '90(人次)', 60, 54, null],
    [null, null, null, '覆盖率', '≥95%', '96%', 40, 41, null],
  ];
  // The reason column is one merged cell over both rows: the finding still names each row's own cell.
  fs.writeFileSync(path.join(dir, '返回表.xlsx'), await buildWorkbook([{ name: '自评表', rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'I2:I3'] }]));
});
afterAll(() => cleanup());

test('the copy is NAME.checked.xlsx, then NAME.checked (2).xlsx; the input is untouched', async () => {
  const input = path.join(dir, '返回表.xlsx');
  const before = sha(input);
  const first = await runCli(['check', '返回表.xlsx', '--annotate', 'out', '--json'], dir);
  const second = await runCli(['check', '返回表.xlsx', '--annotate', 'out', '--json'], dir);
  expect([first.code, second.code]).toEqual([1, 1]);
  expect(sha(input)).toBe(before);
  expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['返回表.checked (2).xlsx', '返回表.checked.xlsx']);
  expect(second.stderr).toContain('返回表.checked (2).xlsx');
  JSON.parse(first.stdout); // stdout still carries only the JSON
});

test('each finding is marked on its cell: a fill by severity and a note with the message', async () => {
  const run = await runCli(['check', '返回表.xlsx', '--json'], dir);
  const findings = JSON.parse(run.stdout).files[0].tables[0].findings as { code: string; severity: string; cell: string; message: string }[];
  // Other warnings may come and go with the rules; the two errors are what this table is about.
  expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.severity, f.cell])).toEqual([
    ['MISSING_REASON', 'error', 'I2'],
    ['SCORE_OVER_WEIGHT', 'error', 'H3'],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out', '返回表.checked.xlsx'));
  const ws = wb.getWorksheet('自评表')!;
  for (const f of findings) {
    const cell = ws.getCell(f.cell);
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${SEVERITY_FILL.error.slice(1)}` } });
    const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
    expect(note).toContain(f.message);
  }
  expect(ws.getCell('G3').fill?.type ?? 'none').not.toBe('pattern');
});
