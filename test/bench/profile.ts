/**
 * Where the time goes, for the owner of a missed figure:
 *   npx ts-node test/bench/profile.ts [engine] [rows]   one checkGrid over a generated dept grid (default 100k rows)
 *   npx ts-node test/bench/profile.ts score|rate         1M PERF.SCORE / PERF.RATE calls over varied arguments
 * after a warm-up, with the V8 sampling profiler; prints the functions with the most self
 * time and the most inclusive time (recursion counted once). `--out FILE.cpuprofile`
 * also writes the profile for Chrome DevTools / speedscope.
 * For the command line, profile the built CLI over one of the batch figure's returns:
 *   npx ts-node test/bench/profile.ts workbook /tmp/bench.xlsx [N]      (return N of returns.ts)
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli/perf-selfeval.js check /tmp/bench.xlsx --json --jobs 1 > /dev/null
 *   npx ts-node test/bench/profile.ts --summarise /tmp/prof/*.cpuprofile
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import { checkGrid } from '../../src/core/check';
import { rate, score } from '../../src/functions/functions';
import { deptGrid } from './deptGrid';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { scoreArgs } from './functionsBench';
import { returnSheets } from './returns';
import { now } from './timing';

const TOP = 20;

/** (actual, budget, method): numbers and text amounts, both roundings, some zero budgets. */
function rateArgs(): unknown[][] {
  const methods = [undefined, '截位', '四舍五入', null];
  return Array.from({ length: 65_536 }, (_, i) => {
    const budget = 1_000_000 + i * 7_919.37;
    const actual = budget * (0.8 + (i % 211) / 1000);
    const asText = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (i % 97 === 0) return [0, 0, methods[i % 4]];
    return i % 2 ? [asText(actual), asText(budget), methods[i % 4]] : [Math.round(actual * 100) / 100, Math.round(budget * 100) / 100, methods[i % 4]];
  });
}

const CALLS = 1_000_000;

/** The work to profile, warmed up, and what it did. */
function subject(argv: string[]): { warmUp: () => void; run: () => void; title: string } {
  const fn = argv.includes('score') ? score : argv.includes('rate') ? rate : null;
  if (fn) {
    const pool = fn === score ? scoreArgs(65_536) : rateArgs();
    const calls = (n: number) => {
      for (let i = 0; i < n; i++) fn(...(pool[i % pool.length] as [unknown, unknown, unknown]));
    };
    return { warmUp: () => calls(50_000), run: () => calls(CALLS), title: `${CALLS} ${fn === score ? 'PERF.SCORE' : 'PERF.RATE'} calls` };
  }
  const rows = Number(argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const grid = deptGrid(rows);
  return { warmUp: () => [1, 2, 3, 4, 5].forEach(() => checkGrid(deptGrid(1_000))), run: () => checkGrid(grid), title: `checkGrid, ${rows} rows` };
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'workbook') return fs.writeFileSync(argv[1], await buildWorkbook(returnSheets(Number(argv[2] ?? 2))));
  if (argv[0] === '--summarise') return report(JSON.parse(fs.readFileSync(argv[1], 'utf8')) as Profiler.Profile);
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : null;
  const work = subject(argv);
  work.warmUp();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = now();
  work.run();
  const ms = now() - t0;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  if (out) fs.writeFileSync(out, JSON.stringify(profile));
  console.log(`${work.title}: ${ms.toFixed(0)} ms`);
  report(profile);
}

function report(profile: Profiler.Profile): void {
  const { self, inclusive, total } = summarise(profile);
  print('self time', self, total);
  print('inclusive time', inclusive, total);
}

function keyOf(node: Profiler.ProfileNode): string {
  const f = node.callFrame;
  const file = f.url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
  return `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
}

function summarise(profile: Profiler.Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTicks = new Map<number, number>();
  for (const id of profile.samples ?? []) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id)!;
    const key = keyOf(node);
    const own = selfTicks.get(id) ?? 0;
    self.set(key, (self.get(key) ?? 0) + own);
    const inner = new Set(onStack).add(key);
    const all = own + (node.children ?? []).reduce((s, c) => s + walk(c, inner), 0);
    if (!onStack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + all);
    return all;
  };
  const total = walk(profile.nodes[0].id, new Set());
  return { self, inclusive, total };
}

function print(title: string, ticks: Map<string, number>, total: number): void {
  console.log(`\n${title} (share of samples):`);
  const rows = [...ticks].filter(([k]) => !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [key, n] of rows) console.log(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}`);
}

void main(process.argv.slice(2));
