import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir, ensureBuilt } from './buildOutput';
import { atMost, measured, type Figure } from './figures';

/**
 * Figure hostile: issue 17's worst inputs through the built command line, each a child process
 * (CLI's test/hostile/runBuilt.ts: wall time and peak RSS of the command, all threads), built
 * with test/hostile/package.ts so that they stay tiny on disk: a zip bomb whose sheet inflates to
 * 3 GB, a sheet with all 1,048,576 rows filled (with --annotate), one cell at XFD1048576 beside a
 * table, 20,000 merges (with --annotate). The worst time and the worst memory are the figures
 * (issue 17: under 10 s and 1 GB); each case is shown beside them.
 */
const MAX_MS = 10_000;
const MAX_MB = 1024;

interface Case {
  name: string;
  file: string;
  make: () => Buffer;
  annotate?: boolean;
}

export async function hostileBench(): Promise<Figure[]> {
  ensureBuilt(path.join(distDir, 'cli', 'perf-selfeval.js'), ['--config-name', 'cli']);
  const { runBuilt } = await import('../hostile/runBuilt');
  const p = await import('../hostile/package');
  const cases: Case[] = [
    { name: 'zip bomb (a sheet inflating to 3 GB)', file: 'bomb.xlsx', make: () => p.zipBomb(3 * 2 ** 30) },
    {
      name: '1,048,576 rows filled, --annotate',
      file: 'rows.xlsx',
      annotate: true,
      make: () => p.xlsxOf([{ name: 'Sheet1', xml: p.sheetXml(Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i + 1) % 97}</v></c></row>`).join('')) }]),
    },
    {
      name: 'one cell at XFD1048576 beside a table',
      file: 'far.xlsx',
      make: () => {
        const header = p.row(1, ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析']);
        const line = p.row(2, ['产出指标', 100, '数量指标', '培训人次', '=100(人次)', '100(人次)', 100, 100]);
        return p.xlsxOf([{ name: 'Sheet1', xml: p.sheetXml(`${header}${line}<row r="1048576">${p.cell('XFD1048576', 'x')}</row>`, '', 'A1:XFD1048576') }]);
      },
    },
    {
      name: '20,000 merges, --annotate',
      file: 'merges.xlsx',
      annotate: true,
      make: () => {
        const n = 20_000;
        const rows = Array.from({ length: n }, (_, i) => `<row r="${i + 1}">${p.cell(`A${i + 1}`, `第${i + 1}行`)}</row>`).join('');
        const refs = Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
        return p.xlsxOf([{ name: 'Sheet1', xml: p.sheetXml(rows, `<mergeCells count="${n}">${refs}</mergeCells>`) }]);
      },
    },
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-bench-hostile-'));
  try {
    const runs = [];
    for (const c of cases) {
      fs.writeFileSync(path.join(dir, c.file), c.make());
      const out = path.join(dir, `out-${c.file}`);
      const run = await runBuilt(['check', c.file, '--json', '--jobs', '1', ...(c.annotate ? ['--annotate', out] : [])], { cwd: dir });
      if (run.code === null || run.code > 2) throw new Error(`${c.name}: the command ended with ${run.signal ?? `exit ${run.code}`}`);
      runs.push({ ...c, ms: run.ms, mb: run.peakMB ?? Number.NaN, code: run.code });
    }
    const worstMs = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const worstMb = runs.reduce((a, b) => (b.mb > a.mb ? b : a));
    return [
      measured('hostile.worstMs', `hostile: worst time (${worstMs.name})`, worstMs.ms, 'ms', atMost(MAX_MS)),
      measured('hostile.worstMB', `hostile: worst peak memory (${worstMb.name})`, worstMb.mb, 'MB', atMost(MAX_MB)),
      ...runs.map((r, i) => measured(`hostile.case${i + 1}`, `  ${r.name}: exit ${r.code}, ${r.mb} MB`, r.ms, 'ms')),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
