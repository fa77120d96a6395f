import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedOf } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET } from '../support/seed000Grid';
import { DIST, notBuilt, ROOT, suiteUnless } from './builtPage';
import { HOST_PROFILES, type HostProfile, type WorkbookState } from './excelDouble';
import { officeStub } from './officeStub';

/**
 * The built task pane in headless Chromium, 320 px wide, served from the build folder over
 * loopback http (so the page's Content-Security-Policy applies as in Excel), on the strict Excel
 * double for every host profile: Microsoft 365, Office 2024 / 2021 LTSC, an older 365 build
 * (ExcelApi 1.12), Excel on the web, Excel for Mac. The profile names each test. The workbook
 * is the seed 000 sheet plus a copy named 附表. Screenshots go to test/output/; with
 * UPDATE_SCREENSHOTS=1 the Microsoft 365 one also to assets/screenshots/taskpane.png.
 */
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test', 'output');
const SHOT = path.join(ROOT, 'assets', 'screenshots', 'taskpane.png');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OTHER = '附表';

const suite = suiteUnless(fs.existsSync(CHROMIUM) ? notBuilt() : `${CHROMIUM} not found (apt-get install chromium)`, 'taskpane e2e');

/** A Chinese font for the screenshot, or null (fc-list from fontconfig, which chromium installs). */
function cjkFont(): string | null {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().split('\n')[0] || null;
  } catch {
    return null;
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

/** The build folder over http://127.0.0.1, as a web server would host it. */
function serveDist(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })));
}

type Marks = { fills: Record<string, { color: string }>; notes: Record<string, string>; comments: Record<string, string> };
type Double = { marksOf(s: WorkbookState): Marks; renameSheet(s: WorkbookState, a: string, b: string): void; cellOf(s: WorkbookState, sheet: string, a: string): { value: unknown; formula: unknown } | undefined };
type Win = { __excel: WorkbookState; __double: Double };

const runs = (page: Page) => page.evaluate(() => (window as unknown as Win).__excel.runs.map((r) => r.syncs));
const marks = (page: Page) => page.evaluate(() => (window as unknown as Win).__double.marksOf((window as unknown as Win).__excel));
const cell = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as Win).__double.cellOf((window as unknown as Win).__excel, s, a), [sheet, address]);
const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as Win).__excel.sheets.map((s) => s.name));

/** How 标注 marks on this host: notes from ExcelApi 1.18, comments from 1.14, else fills only. */
const modeOf = (p: HostProfile) => (p.excelApi >= 18 ? 'notes' : p.excelApi >= 14 ? 'comments' : 'fills');

/** Polls until `read` gives a value that `ok` accepts (the add-in's clicks resolve asynchronously); fails with the last value. */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<void> {
  let last = await read();
  for (let i = 0; i < 50 && !ok(last); i++) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect({ value: last, ok: ok(last) }).toEqual({ value: last, ok: true });
}

let server: { url: string; close: () => void };
let browser: Browser;

beforeAll(async () => {
  if (notBuilt() || !fs.existsSync(CHROMIUM)) return;
  server = await serveDist();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  fs.mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page on the double for this host; network other than the page's own server is aborted. */
async function openPane(profile: HostProfile, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const stub = officeStub(profile, [seedOf(seed000Grid()), seedOf({ ...seed000Grid(), sheet: OTHER })]);
  await page.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: stub });
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('button', { name: '识别并检查' }).waitFor();
  return page;
}

for (const profile of HOST_PROFILES) {
  suite(`task pane on ${profile.name}`, () => {
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      page = await openPane(profile, errors);
    });

    afterAll(async () => {
      await page?.close();
    });

    test(`${profile.name}: starts under its CSP without errors; the PERF functions registered`, async () => {
      await page.getByText(/^已连接：/).waitFor();
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
      expect(await page.locator('script:not([src])').count()).toBe(0);
      expect(errors).toEqual([]);
      const names = await page.evaluate(() => Object.keys((window as unknown as Win).__excel.functions));
      expect(names).toEqual(expect.arrayContaining(['RATE', 'SCORE', 'NEEDREASON']));
    });

    test(`${profile.name}: 识别并检查 the active sheet in one sync; summary, counts and what to do`, async () => {
      const before = (await runs(page)).length;
      await page.getByRole('button', { name: '识别并检查' }).click();
      const card = page.getByRole('group', { name: /部门\(单位\)整体支出绩效自评表 摘要/ });
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toMatch(/48 项/);
      expect(text).toMatch(/98\.8/);
      expect(text).toMatch(/上海市闵行区浦锦街道社区事务受理服务中心/);
      expect(await card.getByLabel('等级 优').count()).toBe(1);
      await page.getByText(/检查完成：识别到 1 张表，发现 .*警告/).waitFor();
      const warning = page.getByRole('button', { name: /H26.*农保人员补贴完成情况/ });
      expect(await warning.innerText()).toMatch(/怎么改：/);
      expect((await runs(page)).slice(before)).toEqual([1]);
      await page.screenshot({ path: path.join(OUTPUT, `taskpane-${profile.id}.png`), fullPage: true });
      if (process.env.UPDATE_SCREENSHOTS && profile.id === 'm365') {
        if (!cjkFont()) throw new Error('no CJK font installed (apt-get install fonts-noto-cjk): Chinese would show as boxes');
        fs.mkdirSync(path.dirname(SHOT), { recursive: true });
        fs.copyFileSync(path.join(OUTPUT, `taskpane-${profile.id}.png`), SHOT);
      }
    });

    test(`${profile.name}: a finding selects its cell`, async () => {
      await page.getByRole('button', { name: /H26.*农保人员补贴完成情况/ }).click();
      await eventually(() => page.evaluate(() => (window as unknown as Win).__excel.selected), (v) => v === `${SEED000_SHEET}!H26`);
    });

    test(`${profile.name}: 插入核算列 writes PERF formulas beside the table, which Excel computes`, async () => {
      await page.getByRole('button', { name: '插入核算列' }).click();
      await page.getByText(/已在 J、K 列插入 \d+ 行核算公式/).waitFor();
      expect(await cell(page, SEED000_SHEET, 'J26')).toMatchObject({ formula: '=PERF.SCORE(E26,F26,G26)', value: 0.95 });
      expect(await cell(page, SEED000_SHEET, 'J12')).toMatchObject({ value: '核算得分' });
    });

    test(`${profile.name}: 在表格中标注 (${modeOf(profile)}), then 清除标注 after the sheet was renamed`, async () => {
      await page.getByRole('button', { name: '在表格中标注' }).click();
      await page.getByText(/已标注 \d+ 个单元格/).waitFor();
      const marked = await marks(page);
      expect(Object.keys(marked.fills)).toContain(`${SEED000_SHEET}!H26`);
      const text = modeOf(profile) === 'notes' ? marked.notes[`${SEED000_SHEET}!H26`] : modeOf(profile) === 'comments' ? marked.comments[`${SEED000_SHEET}!H26`] : '';
      if (modeOf(profile) !== 'fills') expect(text).toMatch(/^绩效自评助手：\n【警告】.*农保人员补贴/);
      if (modeOf(profile) !== 'fills') expect(text).not.toMatch(/[A-Z]{3,}_[A-Z]/); // no codes in the cell
      await page.evaluate(([a, b]) => (window as unknown as Win).__double.renameSheet((window as unknown as Win).__excel, a, b), [SEED000_SHEET, '2023自评表']);
      await page.getByRole('button', { name: '清除标注' }).click();
      await page.getByText(/已清除 \d+ 个单元格的标注/).waitFor();
      expect(await marks(page)).toEqual({ fills: {}, notes: {}, comments: {} });
      await page.evaluate(([a, b]) => (window as unknown as Win).__double.renameSheet((window as unknown as Win).__excel, a, b), ['2023自评表', SEED000_SHEET]);
    });

    test(`${profile.name}: 检查范围：所有工作表 reads the sheet list and all sheets in two syncs`, async () => {
      await page.getByRole('combobox', { name: /检查范围/ }).selectOption('all');
      const before = (await runs(page)).length;
      await page.getByRole('button', { name: '识别并检查' }).click();
      await page.getByText(/检查完成：识别到 2 张表/).waitFor();
      expect((await runs(page)).slice(before)).toEqual([2]);
      expect(await page.getByRole('region', { name: new RegExp(`^${OTHER}!`) }).count()).toBe(1);
      await page.getByRole('combobox', { name: /检查范围/ }).selectOption('active');
    });

    test(`${profile.name}: 设置 is kept with the document; 插入模板 adds the year just ended`, async () => {
      await page.getByRole('button', { name: '设置', exact: true }).click();
      await page.getByRole('radio', { name: /四舍五入/ }).click();
      await eventually(() => page.evaluate(() => String((window as unknown as Win).__excel.settings['perf-selfeval.settings'] ?? '')), (v) => /"rounding":"round"/.test(v));
      await page.getByRole('button', { name: '插入模板', exact: true }).first().click();
      const year = new Date().getFullYear() - 1;
      expect(await page.getByRole('spinbutton').inputValue()).toBe(String(year));
      await page.getByRole('button', { name: '插入模板', exact: true }).last().click();
      await page.getByText(`已插入模板工作表「自评表(${year})」`).waitFor();
      expect(await sheetNames(page)).toContain(`自评表(${year})`);
    });

    test(`${profile.name}: 诊断 names the platform and ExcelApi, and finds the PERF functions`, async () => {
      await page.getByRole('button', { name: '诊断', exact: true }).click();
      const facts = page.getByLabel('诊断信息');
      await facts.waitFor();
      const words = { PC: 'Windows 版 Excel', Mac: 'Mac 版 Excel', OfficeOnline: 'Excel 网页版' }[profile.platform];
      expect(await facts.innerText()).toMatch(new RegExp(`${words}，版本 ${profile.version.replace(/\./g, '\\.')}`));
      expect(await facts.innerText()).toMatch(new RegExp(`最高 ExcelApi 1\\.${profile.excelApi}[；;]`));
      const sheetsBefore = await sheetNames(page);
      await page.getByRole('button', { name: '检查 PERF 函数' }).click();
      await page.getByText('已注册，可以使用').waitFor();
      expect(await sheetNames(page)).toEqual(sheetsBefore); // the probe's sheet is gone again
      expect(errors).toEqual([]);
    });
  });
}

suite('task pane in Chromium without office.js (opened outside Excel, CDN unreachable)', () => {
  test('still renders, and 识别并检查 explains instead of failing', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: '识别并检查' }).click();
    await page.getByText('未连接 Excel').waitFor();
    expect(await page.getByText(/未在 Excel 中打开/).count()).toBe(1);
    await page.getByText('「识别并检查」需要在 Excel 中运行').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the help page (SupportUrl) lists every finding with what to do', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}help.html`);
    await page.locator('#finding-MISSING_REASON').waitFor();
    expect(await page.locator('#finding-MISSING_REASON').innerText()).toMatch(/偏差原因/);
    expect(await page.getByText('PERF.SCORE(指标值, 完成值, 分值)').count()).toBe(1);
    expect(await page.getByText(/mkdir -p ~\/Library\/Containers\/com\.microsoft\.Excel\/Data\/Documents\/wef/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
