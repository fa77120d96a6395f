/** --html OUT.html: the review page, judged like --summary before checking, written whole, linking the annotated copies. */
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { oneRowTable, runCli, tempDir } from './runCli';

let dir = '';
let cleanup = () => {};
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  fs.writeFileSync(path.join(dir, 'in.xlsx'), await buildWorkbook([oneRowTable(90, 90)]));
  fs.mkdirSync(path.join(dir, 'pages'));
});
afterAll(() => cleanup());

test('the page is written, links each annotated copy relative to itself, and no temporary file is left', async () => {
  const run = await runCli(['check', 'in.xlsx', '--annotate', 'copies', '--html', path.join('pages', 'review.html'), '--summary', path.join('pages', 's.csv')], dir);
  expect(run.code).toBe(1);
  const page = fs.readFileSync(path.join(dir, 'pages', 'review.html'), 'utf8');
  expect(page).toMatch(/^<!DOCTYPE html>/);
  expect(page).toContain('../copies/in.checked.xlsx');
  expect(fs.readFileSync(path.join(dir, 'pages', 's.csv'), 'utf8')).toContain('../copies/in.checked.xlsx');
  expect(fs.readdirSync(path.join(dir, 'pages')).filter((n) => n.startsWith('.'))).toEqual([]);
  expect(fs.readdirSync(path.join(dir, 'copies'))).toEqual(['in.checked.xlsx']);
});

test.each([
  [['in.xlsx', '--html', 'in.xlsx'], '--html 须为 .html'],
  [['in.xlsx', '--html', path.join('nowhere', 'r.html')], 'the folder of --html does not exist'],
  [['in.xlsx', '--html', 'same.html', '--summary', 'same.html'], '--summary 须为 .xlsx 或 .csv'],
])('%j fails before checking: exit 2, one line', async (argv, message) => {
  const run = await runCli(['check', ...argv], dir);
  expect([run.code, run.stdout]).toEqual([2, '']);
  expect(run.stderr).toContain(message);
});

test('an existing page is kept without --force and replaced with it', async () => {
  fs.writeFileSync(path.join(dir, 'old.html'), 'keep');
  expect((await runCli(['check', 'in.xlsx', '--html', 'old.html'], dir)).code).toBe(2);
  expect(fs.readFileSync(path.join(dir, 'old.html'), 'utf8')).toBe('keep');
  expect((await runCli(['check', 'in.xlsx', '--html', 'old.html', '--force'], dir)).code).toBe(1);
  expect(fs.readFileSync(path.join(dir, 'old.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
});
