import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { rangeA1 } from '../../src/core/grid/address';
import { excelArrays, seed000Grid, SEED000_SHEET } from '../support/seed000Grid';
import { notBuilt, PAGE, ROOT, suiteUnless } from './builtPage';

/**
 * The built task pane (dist/taskpane.html) in headless Chromium, 320 px wide, on a
 * stub office.js that serves the seed 000 workbook (test/e2e/officeStub.js). All other
 * network is aborted. Screenshots go to test/output/; with UPDATE_SCREENSHOTS=1 also to
 * assets/screenshots/taskpane.png (the README's picture).
 */
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test', 'output');
const SHOT = path.join(ROOT, 'assets', 'screenshots', 'taskpane.png');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const suite = suiteUnless(fs.existsSync(CHROMIUM) ? notBuilt() : `${CHROMIUM} not found (apt-get install chromium)`, 'taskpane e2e');

/** A Chinese font for the screenshot, or null (fc-list from fontconfig, which chromium installs). */
function cjkFont(): string | null {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().split('\n')[0] || null;
  } catch {
    return null;
  }
}

function stubScript(): string {
  const grid = seed000Grid();
  const arrays = excelArrays(grid);
  const merges = grid.merges.map((m) => `${SEED000_SHEET}!${rangeA1(m.top, m.left, m.bottom, m.right)}`).join(', ');
  const seed = { sheet: grid.sheet, address: rangeA1(0, 0, arrays.values.length - 1, arrays.values[0].length - 1), merges, ...arrays };
  return `window.__SEED__ = ${JSON.stringify(seed)};\n${fs.readFileSync(path.join(__dirname, 'officeStub.js'), 'utf8')}`;
}

interface ExcelLog {
  formulas: Record<string, string[][]>;
  values: Record<string, string[][]>;
  runs: { syncs: number; options: { mergeUndoGroup?: boolean } | null }[];
  selected: string | null;
  fills: Record<string, string>;
  notes: Record<string, string>;
  associated: string[];
}
/** Polls until `read` gives `expected` (the add-in's clicks resolve asynchronously). */
async function eventually(read: () => Promise<unknown>, expected: unknown) {
  let last: unknown;
  for (let i = 0; i < 50 && last !== expected; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toBe(expected);
}

const excelLog = (page: Page) => page.evaluate(() => (window as unknown as { __excel: ExcelLog }).__excel);

suite('task pane in Chromium on a stub Excel with the seed 000 workbook', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const office = stubScript();
    await page.route(/^https?:\/\//, (route) =>
      route.request().url().startsWith('https://appsforoffice.microsoft.com/')
        ? route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: office })
        : route.abort(),
    );
    await page.goto(pathToFileURL(PAGE).href);
    await page.getByRole('button', { name: '识别并检查' }).waitFor();
    fs.mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('starts without errors; the custom functions registered with the stub', async () => {
    await page.getByText('Excel · OfficeOnline').waitFor();
    expect(pageErrors).toEqual([]);
    expect((await excelLog(page)).associated.length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-start.png'), fullPage: true });
  });

  test('识别并检查: one sync; summary of the seed table and its findings', async () => {
    await page.getByRole('button', { name: '识别并检查' }).click();
    const card = page.getByRole('group', { name: /部门\(单位\)整体支出绩效自评表 摘要/ });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/48 项/);
    expect(text).toMatch(/98\.8/);
    expect(text).toMatch(/2023/);
    expect(text).toMatch(/上海市闵行区浦锦街道社区事务受理服务中心/);
    expect(await card.getByLabel('等级 优').count()).toBe(1);
    expect(text).toMatch(/错误 0/);
    expect(text).toMatch(/警告 1/);
    const warning = page.getByRole('button', { name: /H26.*农保人员补贴完成情况/ });
    expect(await warning.count()).toBe(1);
    expect((await excelLog(page)).runs.map((r) => r.syncs)).toEqual([1]);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane.png'), fullPage: true });
    // The README's screenshot is refreshed on request only, so a test run leaves the work tree clean.
    if (process.env.UPDATE_SCREENSHOTS) {
      if (!cjkFont()) throw new Error('no CJK font installed (apt-get install fonts-noto-cjk): Chinese would show as boxes');
      fs.mkdirSync(path.dirname(SHOT), { recursive: true });
      fs.copyFileSync(path.join(OUTPUT, 'taskpane.png'), SHOT);
    }
  });

  test('clicking a finding, or Enter on it, selects its cell', async () => {
    await page.getByRole('button', { name: /H26.*农保人员补贴完成情况/ }).click();
    await eventually(async () => (await excelLog(page)).selected, `${SEED000_SHEET}!H26`);
    const other = page.getByRole('button', { name: /^E23/ });
    await other.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => (await excelLog(page)).selected, `${SEED000_SHEET}!E23`);
  });

  test('插入核算列: PERF formulas beside the table in one sync, table cells untouched', async () => {
    const before = (await excelLog(page)).runs.length;
    await page.getByRole('button', { name: '插入核算列' }).click();
    await page.getByText(/已在 J、K 列插入 \d+ 行核算公式/).waitFor();
    const log = await excelLog(page);
    expect(log.runs.slice(before).map((r) => r.syncs)).toEqual([1]);
    expect(log.values).toEqual({ [`${SEED000_SHEET}!J12:K12`]: [['核算得分', '需说明原因']] });
    expect(log.formulas[`${SEED000_SHEET}!J26:K26`]).toEqual([['=PERF.SCORE(E26,F26,G26)', '=PERF.NEEDREASON(E26,F26,G26,H26)']]);
    expect(Object.keys(log.formulas).every((k) => /!J\d+:K\d+$/.test(k))).toBe(true);
  });

  test('在表格中标注, then 清除标注: 1 read + 1 write each, as one undo group, and back to nothing', async () => {
    const before = (await excelLog(page)).runs.length;
    await page.getByRole('button', { name: '在表格中标注' }).click();
    await page.getByText(/已标注 \d+ 个单元格/).waitFor();
    let log = await excelLog(page);
    expect(Object.keys(log.fills)).toContain(`${SEED000_SHEET}!H26`);
    expect(log.notes[`${SEED000_SHEET}!H26`]).toMatch(/农保人员补贴完成情况/);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-annotated.png'), fullPage: true });
    await page.getByRole('button', { name: '清除标注' }).click();
    await page.getByText(/已清除 \d+ 个单元格的标注/).waitFor();
    log = await excelLog(page);
    expect(log.runs.slice(before).map((r) => [r.syncs, r.options?.mergeUndoGroup])).toEqual([
      [2, true],
      [2, true],
    ]);
    expect([log.fills, log.notes]).toEqual([{}, {}]);
  });

  test('插入模板 and 设置 open on demand (their chunks load from the page folder), by click or by keyboard', async () => {
    const settings = page.getByRole('button', { name: '设置', exact: true });
    expect(await settings.getAttribute('aria-expanded')).toBe('false');
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: /截位/ }).waitFor();
    expect(await page.getByRole('radio', { name: /截位/ }).isChecked()).toBe(true);
    expect(await settings.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: '插入模板', exact: true }).first().click();
    expect(await page.getByRole('spinbutton').inputValue()).toMatch(/^\d{4}$/);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-panels.png'), fullPage: true });
  });

  test('检查范围：所有工作表: the sheet list and all sheets in two syncs, the same table shown', async () => {
    await page.getByRole('combobox', { name: /检查范围/ }).selectOption('all');
    const before = (await excelLog(page)).runs.length;
    await page.getByRole('button', { name: '识别并检查' }).click();
    await eventually(async () => JSON.stringify((await excelLog(page)).runs.slice(before).map((r) => r.syncs)), '[2]');
    await page.getByText(/检查完成/).waitFor();
    expect(await page.getByRole('group', { name: /部门\(单位\)整体支出绩效自评表 摘要/ }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});


suite('task pane in Chromium without office.js (opened outside Excel, CDN unreachable)', () => {
  let browser: Browser;

  afterAll(async () => {
    await browser?.close();
  });

  test('still renders, and 识别并检查 explains instead of failing', async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const page = await browser.newPage({ viewport: { width: 320, height: 700 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/^https?:\/\//, (route) => route.abort());
    await page.goto(pathToFileURL(PAGE).href);
    await page.getByRole('button', { name: '识别并检查' }).click();
    await page.getByText('未连接 Excel').waitFor();
    expect(await page.getByText(/未在 Excel 中打开/).count()).toBe(1);
    await page.getByText('「识别并检查」需要在 Excel 中运行').waitFor();
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, 'taskpane-outside-office.png'), fullPage: true });
  });
});
