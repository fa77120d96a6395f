import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTemplate } from '../../src/cli/commands/template';
import { main } from '../../src/cli/main';
import { checkFile } from './roundTrip';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-template-cli-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const NOW = new Date(2026, 5, 1);

/** Runs `template` at NOW; through main when `viaMain` (which turns usage errors into exit 2 and the usage). */
async function run(argv: string[], viaMain = false) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd: dir };
  const code = viaMain ? await main(['template', ...argv], io) : await runTemplate(argv, io, NOW);
  return { code, stdout, stderr };
}

describe('perf-selfeval template', () => {
  test.each([
    [['dept', '--year', '2025'], '自评表-dept-2025.xlsx', 'dept', 2025],
    [['project', '--year=2024'], '自评表-project-2024.xlsx', 'project', 2024],
    // A self-evaluation is of the year just ended.
    [['dept'], '自评表-dept-2025.xlsx', 'dept', 2025],
    [['project', '-o', 'out.xlsx'], 'out.xlsx', 'project', 2025],
    [['--output', 'x.xlsx', 'dept', '--year', '2023'], 'x.xlsx', 'dept', 2023],
  ])('%j writes %s, which the checker reads as a %s table of %i', async (argv, file, kind, year) => {
    const r = await run(argv);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `已生成 / written: ${path.join(dir, file)}\n`, '']);
    const tables = await checkFile(path.join(dir, file));
    expect(tables.map((t) => [t.kind, t.year])).toEqual([[kind, year]]);
  });

  test('a taken default name is numbered, never overwritten', async () => {
    fs.writeFileSync(path.join(dir, '自评表-dept-2025.xlsx'), 'mine');
    expect((await run(['dept', '--year', '2025'])).stdout).toContain('自评表-dept-2025 (2).xlsx');
    expect((await run(['dept', '--year', '2025'])).stdout).toContain('自评表-dept-2025 (3).xlsx');
    expect(fs.readFileSync(path.join(dir, '自评表-dept-2025.xlsx'), 'utf8')).toBe('mine');
  });

  test('a taken -o file is an error in both languages, and stays as it was', async () => {
    fs.writeFileSync(path.join(dir, 'out.xlsx'), 'mine');
    const r = await run(['dept', '-o', 'out.xlsx']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/文件已存在.*the file exists.*out\.xlsx/);
    expect(fs.readFileSync(path.join(dir, 'out.xlsx'), 'utf8')).toBe('mine');
  });

  test('a missing output folder is an error', async () => {
    const r = await run(['dept', '-o', path.join('nope', 'out.xlsx')]);
    expect([r.code, /输出文件夹不存在 \/ the output folder does not exist/.test(r.stderr)]).toEqual([1, true]);
  });

  test.each([
    [[], /请指定模板类型/],
    [['budget'], /未知模板类型 \/ unknown template kind: budget/],
    [['dept', 'project'], /多余的参数 \/ unexpected argument: project/],
    [['dept', '--year'], /选项缺少取值.* \/ option needs a value: --year/],
    [['dept', '--year', '25'], /年度须为/],
    [['dept', '--year', '2025x'], /the year must be 4 digits/],
    [['dept', '-o', 'out.xls'], /须以 \.xlsx 结尾/],
    [['dept', '--frce'], /未知选项 \/ unknown option: --frce/],
  ])('%j: usage in both languages, exit 2, nothing written', async (argv, message) => {
    const r = await run(argv, true);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('用法 / Usage:');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('--help prints the usage and exits 0', async () => {
    const r = await run(['--help']);
    expect([r.code, r.stdout.startsWith('用法 / Usage:'), r.stderr]).toEqual([0, true, '']);
  });
});
