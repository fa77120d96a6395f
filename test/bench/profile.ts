/**
 * Where the engine's time goes: `npx ts-node test/bench/profile.ts [rows]` profiles one
 * checkGrid over a generated dept grid (default 100k rows, after a warm-up) with the V8
 * sampling profiler and prints the functions with the most self time and the most
 * inclusive time (recursion counted once). With `--out FILE.cpuprofile` it also writes
 * the profile for Chrome DevTools / speedscope.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import { checkGrid } from '../../src/core/check';
import { deptGrid } from './deptGrid';
import { now } from './timing';

const TOP = 20;

async function main(argv: string[]): Promise<void> {
  const rows = Number(argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const out = argv[argv.indexOf('--out') + 1];
  const grid = deptGrid(rows);
  for (let i = 0; i < 5; i++) checkGrid(deptGrid(1_000));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = now();
  checkGrid(grid);
  const ms = now() - t0;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  if (argv.includes('--out') && out) fs.writeFileSync(out, JSON.stringify(profile));
  console.log(`checkGrid, ${rows} rows: ${ms.toFixed(0)} ms`);
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
