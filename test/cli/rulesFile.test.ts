/** --rules FILE.json: a pack read from a file; a bad file is exit 2 with its one line, before any checking. */
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { oneRowTable, runCli, tempDir } from './runCli';

let dir = '';
let cleanup = () => {};
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  fs.writeFileSync(path.join(dir, 'in.xlsx'), await buildWorkbook([oneRowTable(100, 100)]));
  fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify({ extends: 'default', id: 'mine', name: '我的规则', rounding: 'round' }));
  fs.writeFileSync(path.join(dir, 'typo.json'), JSON.stringify({ extends: 'default', id: 'mine', name: '我的规则', roundng: 'round' }));
  fs.writeFileSync(path.join(dir, 'broken.json'), '{ not json');
});
afterAll(() => cleanup());

test('a good pack file is used: its id and rounding are the report\'s rules', async () => {
  const run = await runCli(['check', 'in.xlsx', '--json', '--rules', 'good.json'], dir);
  expect(JSON.parse(run.stdout).rules).toEqual({ pack: 'mine', rounding: 'round' });
});

test.each([
  ['typo.json', 'roundng'],
  ['broken.json', 'JSON'],
  ['missing.json', 'missing.json'],
])('--rules %s: exit 2, one line naming %s, nothing checked', async (file, named) => {
  const run = await runCli(['check', 'in.xlsx', '--json', '--rules', file], dir);
  expect([run.code, run.stdout]).toEqual([2, '']);
  const first = run.stderr.split('\n')[0];
  expect(first).toContain(named);
  expect(first).toMatch(/[\u4e00-\u9fff].*\/ [a-z]/);
});
