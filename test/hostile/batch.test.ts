/**
 * No silently wrong batch (issue 23 point 4), through the built command line: a second run over
 * a folder holding the first run's annotated copies, a --summary aimed at a copy, a report piped
 * into `head`, and the user's process killed while the relaunched check runs on.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeIfExists, repoRoot } from '../support/paths';
import { row, sheetXml, xlsxOf } from './package';
import { cli, runBuilt } from './runBuilt';

jest.setTimeout(180_000);

/** A dept return of `rows` indicators, each scored 0.9 of 1 without a reason: two findings a row, so a long report. */
function returnXlsx(rows: number, unit = '培训中心'): Buffer {
  const head = [
    ['部门(单位)整体支出绩效自评表'],
    ['(2024年度)'],
    [`部门(单位)名称：${unit}`],
    [null, '全年预算数', '全年执行数', '执行率'],
    ['资金来源：(1)财政拨款', 82368086.83, 81774893.77, 99.27],
    ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'],
  ];
  const lines = Array.from({ length: rows }, (_, i) => ['产出指标', i === 0 ? rows : null, '数量指标', `培训人次${i + 1}`, '=100(人次)', '100(人次)', 1, 0.9]);
  return xlsxOf([{ name: '自评表', xml: sheetXml([...head, ...lines].map((r, i) => row(i + 1, r)).join('')) }]);
}

let dir = '';
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-batch-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, Buffer>): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  for (const [f, bytes] of Object.entries(files)) fs.writeFileSync(path.join(d, f), bytes);
  return d;
}

const env = { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') };
const BOTH_LANGUAGES = /[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/;

describeIfExists(cli, 'the hostile suite runs the built command line: build it first (npm test does)')('no silently wrong batch', () => {
  test('--annotate into a folder among the inputs: the next run skips the copies, saying why, and checks the returns only', async () => {
    const d = folder('annotate-inside', { 'a.xlsx': returnXlsx(1), 'b.xlsx': returnXlsx(1) });
    const first = await runBuilt(['check', '.', '--annotate', 'checked', '--json'], { cwd: d });
    expect(first.code).toBe(1);
    expect(fs.readdirSync(path.join(d, 'checked')).sort()).toEqual(['a.checked.xlsx', 'b.checked.xlsx']);
    const second = await runBuilt(['check', '.', '--annotate', 'checked', '--json'], { cwd: d });
    const report = JSON.parse(second.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(report.skipped).toEqual(
      ['a.checked.xlsx', 'b.checked.xlsx'].map((n) => ({ path: path.join('checked', n), reason: expect.stringMatching(/标注副本.*\/ .*annotated copy/) })),
    );
    expect(second.stderr).toContain(`skipped: ${path.join('checked', 'a.checked.xlsx')}`);
    // The returns get their second copies beside the first; no copy of a copy.
    expect(fs.readdirSync(path.join(d, 'checked')).sort()).toEqual(['a.checked (2).xlsx', 'a.checked.xlsx', 'b.checked (2).xlsx', 'b.checked.xlsx']);
    // A third run skips the numbered copies too.
    const third = await runBuilt(['check', '.', '--json'], { cwd: d });
    expect(JSON.parse(third.stdout).skipped).toHaveLength(4);
  });

  test.each([
    ['--summary onto the copy', ['--annotate', 'out', '--summary', path.join('out', 'in.checked.xlsx')]],
    ['--summary onto the copy, --force', ['--annotate', 'out', '--summary', path.join('out', 'in.checked.xlsx'), '--force']],
    ['--summary onto a numbered copy, --force', ['--annotate', 'out', '--summary', path.join('out', 'in.checked (2).xlsx'), '--force']],
    ['--summary onto the copy beside the input, --force', ['--annotate', '.', '--summary', './in.checked.xlsx', '--force']],
  ])('%s: refused before checking (usage error, both languages), nothing written', async (_, args) => {
    const d = folder(`summary-copy-${args.join('-').replace(/[^\w]+/g, '_')}`, { 'in.xlsx': returnXlsx(1) });
    // The folder of the copies is there already (a second run), so that the summary's folder exists.
    if (args[1] === 'out') fs.mkdirSync(path.join(d, 'out'));
    const run = await runBuilt(['check', 'in.xlsx', ...args], { cwd: d });
    expect([run.code, run.stdout]).toEqual([2, '']);
    const [line] = run.stderr.split('\n');
    expect(line).toMatch(BOTH_LANGUAGES);
    expect(line).toMatch(/标注副本.*annotated cop/);
    expect(run.stderr).toContain('perf-selfeval check');
    const written = fs.existsSync(path.join(d, 'out')) ? fs.readdirSync(path.join(d, 'out')) : [];
    expect(written).toEqual([]);
    expect(fs.readdirSync(d).sort()).toEqual(args[1] === 'out' ? ['in.xlsx', 'out'] : ['in.xlsx']);
  });

  test.each([
    ['the text report', []],
    ['--json', ['--json']],
  ])('%s piped into `head -1`: exits non-zero, says on stderr that the run stopped and what was not written', (_, format) => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 8; i++) files[`r${i}.xlsx`] = returnXlsx(400, `单位${i}`);
    const d = folder(`pipe-${format.length}`, files);
    const r = spawnSync('bash', ['-c', `node "${cli}" check . ${format.join(' ')} --jobs 1 --annotate out --summary sum.xlsx --html page.html | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: d, env, encoding: 'utf8' });
    const status = Number(/status=(\d+)/.exec(r.stderr)?.[1]);
    expect(status).not.toBe(0);
    const lines = r.stderr.split('\n');
    const stopped = lines.find((l) => /已停止/.test(l));
    expect(stopped).toMatch(/已停止.* \/ .*stopped/);
    const notWritten = lines.filter((l) => /未写出|not written/.test(l)).join('\n');
    expect(notWritten).toContain('sum.xlsx');
    expect(notWritten).toContain('page.html');
    expect(notWritten).toMatch(/标注副本.*annotated cop/);
    expect(fs.existsSync(path.join(d, 'sum.xlsx'))).toBe(false);
    expect(fs.existsSync(path.join(d, 'page.html'))).toBe(false);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  test.each(['SIGTERM', 'SIGKILL'] as const)('%s to the process the user started: the relaunched check stops too', async (signal) => {
    if (!fs.existsSync('/proc/self/task')) {
      process.stderr.write('note: no /proc here to find the relaunched process: the parent-killed case is not asserted\n');
      return;
    }
    // A batch of about a minute (1,500 returns of 400 rows, --jobs 1): hard links of one file, so small on disk.
    const d = folder(`parent-${signal}`, { 'k0000.xlsx': returnXlsx(400) });
    for (let i = 1; i < 1500; i++) fs.linkSync(path.join(d, 'k0000.xlsx'), path.join(d, `k${String(i).padStart(4, '0')}.xlsx`));
    // Started as a user's shell starts it (no --single-threaded-gc): the command relaunches itself.
    const parent = spawn(process.execPath, [cli, 'check', '.', '--jobs', '1', '--json'], { cwd: d, env, stdio: ['ignore', 'ignore', 'ignore'] });
    const exited = new Promise<void>((r) => parent.once('exit', () => r()));
    let child: number | null = null;
    try {
      const started = Date.now();
      while (child === null && Date.now() - started < 20_000) {
        await sleep(100);
        child = childOf(parent.pid!);
      }
      expect(child).not.toBeNull();
      await sleep(2000);
      expect(alive(child!)).toBe(true);
      parent.kill(signal);
      await exited;
      const killed = Date.now();
      while (alive(child!) && Date.now() - killed < 15_000) await sleep(100);
      expect(alive(child!)).toBe(false);
    } finally {
      if (child !== null && alive(child)) process.kill(child, 'SIGKILL');
    }
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first child process of `pid` (Linux /proc), or null. */
function childOf(pid: number): number | null {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.length ? Number(children[0]) : null;
  } catch {
    return null;
  }
}

/** Whether a process is running (a zombie, dead but not yet reaped by its parent, is not). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}
