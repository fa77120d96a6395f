import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseRulePackFile } from '../../core/rules/packFile';
import { packs } from '../../core/rules/rulePack';
import type { CliIo } from '../io';
import { runRules } from './rules';

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd };
  return { code: await runRules(argv, io), ...out };
}

describe('perf-selfeval rules', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rules-cmd-'));
    await fs.writeFile(path.join(dir, 'good.json'), JSON.stringify({ extends: 'yitihua-2022', id: 'mine', name: '本地口径', rounding: 'round' }));
    await fs.writeFile(path.join(dir, 'bad.json'), JSON.stringify({ id: 'mine', name: 'x', executionRateCaps: [{ rateBelow: '80', maxTotal: '189' }] }));
    await fs.writeFile(path.join(dir, 'broken.json'), '{ "id": ');
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test('no argument lists every built-in pack with its source', async () => {
    const r = await run([], dir);
    expect(r.code).toBe(0);
    for (const p of packs) expect(r.stdout).toContain(`${p.id}  ${p.name}\n    依据 / source: ${p.source}`);
  });

  test.each(packs.map((p) => [p.id]))('rules %s prints the pack as a pack file', async (id) => {
    const r = await run([id], dir);
    expect([r.code, JSON.parse(r.stdout).id]).toEqual([0, id]);
    expect(parseRulePackFile(JSON.stringify({ ...JSON.parse(r.stdout), id: 'copy' })).name).toBe(packs.find((p) => p.id === id)?.name);
  });

  test('a good file: validated, the merged pack on stdout, exit 0', async () => {
    const r = await run(['good.json'], dir);
    const shown = JSON.parse(r.stdout);
    expect([r.code, shown.id, shown.rounding, shown.executionRateCaps.length]).toEqual([0, 'mine', 'round', 4]);
    expect(r.stderr).toMatch(/^规则包文件有效 \/ valid rule pack file: good\.json/);
  });

  test.each([
    ['bad.json', /^bad\.json: 规则包 executionRateCaps\[0\]\.maxTotal 应为 0–100 的数字.* \/ rule pack executionRateCaps\[0\]\.maxTotal: expected a number 0–100.*\n$/],
    ['broken.json', /^broken\.json: 规则包不是有效的 JSON.*\/ rule pack: not valid JSON.*\n$/],
    ['missing.json', /^规则文件无法读取 \/ cannot read the rule file: missing\.json（ENOENT）\n$/],
    ['guangxi', /^未知规则包 \/ unknown rule pack: guangxi/],
  ])('rules %s: one line on stderr, exit 2', async (arg, line) => {
    const r = await run([arg], dir);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(line);
    expect(r.stderr.trimEnd()).not.toMatch(/\n/);
  });

  test('two packs or an unknown option are usage errors', async () => {
    await expect(run(['default', 'pmkpi'], dir)).rejects.toThrow(/one pack at a time/);
    await expect(run(['--json'], dir)).rejects.toThrow(/unknown option/);
  });
});

test('the listing shows what a pack adds: the 一体化 caps and deduction', async () => {
  const out = { text: '' };
  await runRules([], { stdout: (t) => (out.text += t), stderr: () => undefined, cwd: '.' });
  expect(out.text).toContain('    执行率封顶 / caps: <80% ≤89，<70% ≤79，<60% ≤69，<50% ≤59\n    偏离扣分 / deduction: 偏离 ≥30% 扣 2 分');
});
