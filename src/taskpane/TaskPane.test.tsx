/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { browserSettingsStore, type HostInfo, type RequirementSet } from '../common/officeHelpers';
import type { Grid } from '../core/grid/types';
import type { IndicatorReport, TableReport } from '../core/report/types';
import { planCheckColumns } from '../excel/checkColumnsPlan';
import type { TaskPaneServices } from './services';
import { TaskPane } from './TaskPane';
import { SETTINGS_KEY } from './settings';

const IN_EXCEL: HostInfo = { inOffice: true, host: 'Excel', platform: 'OfficeOnline' };

/** A 9-column sheet: header in row 1, indicators in rows 2–3 (E/F/G/H = 指标值/完成值/分值/得分). */
const GRID: Grid = {
  sheet: '自评表',
  originRow: 0,
  originCol: 0,
  merges: [],
  cells: [
    [null, null, null, null, { value: '年度指标值' }, { value: '全年完成值' }, { value: '分值' }, { value: '得分' }, null, null],
    [null, null, null, { value: '甲' }, { value: '=4(个)' }, { value: '0(个)' }, { value: 1 }, { value: 0 }, null, null],
    [null, null, null, { value: '乙' }, { value: '=973(人)' }, { value: '927(人)' }, { value: 1 }, { value: 0.9 }, null, { value: '旧' }],
  ],
};
const row = (r: number, name: string, target: string, actual: string, score: string): IndicatorReport => ({
  row: r, level1: '产出指标', level2: '数量指标', name, target, actual, weight: '1', score, expectedScore: null, deviation: 'under', reason: null,
  cells: { name: `D${r}`, target: `E${r}`, actual: `F${r}`, weight: `G${r}`, score: `H${r}`, reason: `I${r}` },
});
const TABLE: TableReport = {
  sheet: '自评表',
  kind: 'dept',
  range: 'A1:I3',
  unit: '某某中心',
  year: 2023,
  budget: [],
  indicators: [row(2, '甲', '=4(个)', '0(个)', '0'), row(3, '乙', '=973(人)', '927(人)', '0.9')],
  columns: { name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' },
  total: { weight: '2', score: '0.9', recordedScore: null, grade: '差', cappedScore: '0.9', cappedGrade: '差' },
  findings: [
    { code: 'MISSING_REASON', severity: 'error', cell: 'I2', message: '「甲」未完成，须填写偏差原因' },
    { code: 'SCORE_MISMATCH', severity: 'warning', cell: 'H3', message: '「乙」得分 0.9 与 0.95 不一致' },
  ],
};
/** A second sheet with its own table, for 检查范围：所有工作表. */
const GRID2: Grid = { ...GRID, sheet: '目标表' };
const TABLE2: TableReport = {
  ...TABLE,
  sheet: '目标表',
  kind: 'project',
  findings: [{ code: 'MISSING_REASON', severity: 'error', cell: 'I3', message: '「乙」未完成，须填写偏差原因' }],
};
const tablesOf = async (grids: Grid[]) => grids.flatMap((grid) => (grid.sheet === GRID2.sheet ? [TABLE2] : [TABLE]));

function services(overrides: Partial<TaskPaneServices> = {}, host: HostInfo = IN_EXCEL, lacks: string[] = []) {
  const s: TaskPaneServices = {
    detectHost: jest.fn(async () => host),
    supports: jest.fn((set: RequirementSet) => !lacks.includes(`${set.name} ${set.version}`)),
    diagnostics: () => ({ platform: 'OfficeOnline', version: '16.0.19400.40000' }),
    preloadCheck: jest.fn(),
    readActiveSheet: jest.fn(async () => GRID),
    readAllSheets: jest.fn(async () => [GRID, GRID2]),
    check: jest.fn(async () => [TABLE]),
    annotate: jest.fn(async (_s, findings) => ({ cells: findings.length })),
    clearAnnotations: jest.fn(async () => ({ cells: 2, deleted: [] as string[] })),
    annotatedSheets: jest.fn(async () => ['自评表']),
    selectCell: jest.fn(async () => undefined),
    planCheckColumns: jest.fn(async (table) => planCheckColumns(table)),
    insertCheckColumns: jest.fn(async (plan) => ({ rows: plan.rows.length })),
    probeFunctions: jest.fn(async () => 'missing' as const),
    insertTemplate: jest.fn(async () => ({ sheetName: '2024年 部门整体支出自评表', printSetup: true })),
    store: browserSettingsStore(undefined),
    ...overrides,
  };
  return s;
}

async function renderPane(s: TaskPaneServices) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane services={s} />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.queryByText('正在连接 Excel…')).toBeNull());
}

const click = async (name: string | RegExp) => {
  await act(async () => fireEvent.click(screen.getByRole('button', { name })));
};

describe('TaskPane', () => {
  // browserSettingsStore(undefined) falls back to jsdom's localStorage, shared by the tests in this file.
  beforeEach(() => localStorage.clear());

  test('识别并检查: summary card and findings by severity; a finding selects its cell', async () => {
    const s = services();
    await renderPane(s);
    await click('识别并检查');
    const card = await screen.findByRole('group', { name: /部门\(单位\)整体支出绩效自评表 摘要/ });
    expect(within(card).getByText('某某中心')).toBeTruthy();
    expect(within(card).getByText('2 项')).toBeTruthy();
    expect(within(card).getByLabelText('等级 差')).toBeTruthy();
    expect(within(card).getByText('错误 1')).toBeTruthy();
    expect(within(card).getByText('警告 1')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '错误（1）' })).toBeTruthy();
    await click(/H3.*得分 0\.9/);
    expect(s.selectCell).toHaveBeenCalledWith('自评表', 'H3');
    expect(s.readActiveSheet).toHaveBeenCalledWith({ merges: true });
    expect(s.readAllSheets).not.toHaveBeenCalled();
  });

  const chooseScope = async (label: string) => {
    const select = screen.getByRole('combobox', { name: /检查范围/ });
    await act(async () => fireEvent.change(select, { target: { value: label === '所有工作表' ? 'all' : 'active' } }));
  };

  test('检查范围：所有工作表 reads every sheet, shows the tables of both, selects and annotates on each table’s sheet', async () => {
    const s = services({ check: jest.fn(tablesOf) });
    await renderPane(s);
    await chooseScope('所有工作表');
    expect(JSON.parse(s.store.get(SETTINGS_KEY)!)).toMatchObject({ scope: 'all' });
    await click('识别并检查');
    expect(s.readAllSheets).toHaveBeenCalledWith({ merges: true });
    expect(s.readActiveSheet).not.toHaveBeenCalled();
    expect((s.check as jest.Mock).mock.calls.map((c) => c[0].map((g: Grid) => g.sheet))).toEqual([['自评表', '目标表']]);
    expect(screen.getByRole('region', { name: '自评表!A1:I3' })).toBeTruthy();
    const second = screen.getByRole('region', { name: '目标表!A1:I3' });
    await act(async () => fireEvent.click(within(second).getByRole('button', { name: /I3.*乙/ })));
    expect(s.selectCell).toHaveBeenCalledWith('目标表', 'I3');
    await click('在表格中标注');
    expect((s.annotate as jest.Mock).mock.calls).toEqual([
      ['自评表', TABLE.findings, 'notes'],
      ['目标表', TABLE2.findings, 'notes'],
    ]);
    expect(screen.getByText('已标注 3 个单元格')).toBeTruthy();
  });

  test('检查范围 is remembered with the settings; 当前工作表 reads the active sheet only', async () => {
    const s = services({ check: jest.fn(tablesOf) });
    await s.store.set(SETTINGS_KEY, JSON.stringify({ scope: 'all' }));
    await renderPane(s);
    expect((screen.getByRole('combobox', { name: /检查范围/ }) as HTMLSelectElement).value).toBe('all');
    expect(screen.getByText('点击「识别并检查」，检查所有工作表中的绩效自评表。')).toBeTruthy();
    await chooseScope('当前工作表');
    await click('识别并检查');
    expect(s.readActiveSheet).toHaveBeenCalledTimes(1);
    expect(s.readAllSheets).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: '目标表!A1:I3' })).toBeNull();
  });

  test('changing 检查范围 after a check asks for a re-check in 设置', async () => {
    await renderPane(services());
    await click('识别并检查');
    await click('设置');
    const hint = await screen.findByText('设置随工作簿保存。');
    await chooseScope('所有工作表');
    expect(hint.textContent).toBe('设置已更改：请重新点击「识别并检查」。');
  });

  test('所有工作表 without any table says so for the workbook', async () => {
    const s = services({ check: jest.fn(async () => []) });
    await renderPane(s);
    await chooseScope('所有工作表');
    await click('识别并检查');
    expect(screen.getByText('工作簿中没有找到自评表')).toBeTruthy();
  });

  test('opened outside Excel: renders, and the buttons explain instead of calling Excel', async () => {
    const s = services({}, { inOffice: false, host: null, platform: null });
    await renderPane(s);
    expect(screen.getAllByText(/未在 Excel 中打开/).length).toBeGreaterThan(0);
    await click('识别并检查');
    expect(screen.getByText('「识别并检查」需要在 Excel 中运行')).toBeTruthy();
    expect(s.readActiveSheet).not.toHaveBeenCalled();
    await click('在表格中标注');
    expect(s.annotate).not.toHaveBeenCalled();
  });

  test.each([
    ['in Excel, once idle: loads what 识别并检查 needs, reading nothing', IN_EXCEL, 1],
    ['outside Excel: loads nothing (the check cannot run there)', { inOffice: false, host: null, platform: null }, 0],
  ])('%s', async (_case, host, preloads) => {
    const s = services({}, host);
    await renderPane(s);
    await waitFor(() => expect(s.preloadCheck).toHaveBeenCalledTimes(preloads), { timeout: 1000 });
    await act(() => new Promise((r) => setTimeout(r, 300))); // past whenIdle's fallback timer: still once (or never)
    expect(s.preloadCheck).toHaveBeenCalledTimes(preloads);
    expect(s.readActiveSheet).not.toHaveBeenCalled();
  });

  test('no table found: says what it looked for', async () => {
    await renderPane(services({ check: jest.fn(async () => []) }));
    await click('识别并检查');
    expect(screen.getByText(/没有找到自评表/)).toBeTruthy();
    expect(screen.getByText(/三级指标 \/ 年度指标值 \/ 全年完成值 \/ 分值 \/ 得分/)).toBeTruthy();
  });

  test.each([
    ['ExcelApi 1.13', /ExcelApi 1\.13/, true],
    ['ExcelApi 1.4', /不支持 ExcelApi 1\.4，无法读取/, false],
  ])('a host without %s is named', async (set, text, reads) => {
    const s = services({}, IN_EXCEL, [set]);
    await renderPane(s);
    expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    await click('识别并检查');
    expect((s.readActiveSheet as jest.Mock).mock.calls).toEqual(reads ? [[{ merges: false }]] : []);
  });

  test('notes missing: the weaker annotation mode is named', async () => {
    await renderPane(services({}, IN_EXCEL, ['ExcelApi 1.18']));
    expect(screen.getByText(/标注方式：填充颜色 \+ 批注（此版本的 Excel 不支持 ExcelApi 1\.18）/)).toBeTruthy();
  });

  test("an Excel error shows Excel's message", async () => {
    await renderPane(services({ readActiveSheet: jest.fn(async () => Promise.reject(Object.assign(new Error('工作表受保护'), { code: 'AccessDenied' }))) }));
    await click('识别并检查');
    expect(screen.getByRole('alert').textContent).toMatch(/未做任何更改.*工作表受保护/);
  });

  test('在表格中标注 / 清除标注 call the adapter per sheet', async () => {
    const s = services();
    await renderPane(s);
    await click('识别并检查');
    await click('在表格中标注');
    expect(s.annotate).toHaveBeenCalledWith('自评表', TABLE.findings, 'notes');
    expect(screen.getByText('已标注 2 个单元格')).toBeTruthy();
    await click('清除标注');
    expect(s.clearAnnotations).toHaveBeenCalledWith();
  });

  test('插入核算列 asks before writing into cells that hold something now, then writes with those agreed', async () => {
    const insert = jest.fn(async (plan: { rows: unknown[] }, confirmed: readonly string[]) => (confirmed.includes('J3') ? { rows: plan.rows.length } : { occupied: ['J3'] }));
    const s = services({ insertCheckColumns: insert });
    await renderPane(s);
    await click('识别并检查');
    expect(screen.getByText(/在表格右侧加两列公式/)).toBeTruthy();
    await click('插入核算列');
    await screen.findByText(/J、K 列中已有内容（J3）/);
    // The dialog opens in a portal that jsdom does not count as accessible: find its button by text.
    await act(async () => fireEvent.click(await screen.findByText('覆盖并插入')));
    expect(insert.mock.calls.map((c) => c[1])).toEqual([[], ['J3']]);
    const plan = insert.mock.calls[0][0] as unknown as { rows: { formulas: string[] }[] };
    expect(plan.rows.map((r) => r.formulas[0])).toEqual(['=PERF.SCORE(E2,F2,G2)', '=PERF.SCORE(E3,F3,G3)']);
    expect(await screen.findByText('已在 J、K 列插入 2 行核算公式')).toBeTruthy();
  });

  test.each([
    ['an error and a warning', TABLE.findings, '检查完成：识别到 1 张表，发现 1 个错误、1 个警告'],
    ['a warning only: not “没有错误”', TABLE.findings.slice(1), '检查完成：识别到 1 张表，发现 1 个警告'],
    ['nothing', [], '检查完成：识别到 1 张表，没有错误或警告'],
  ])('the summary counts errors and warnings: %s', async (_case, findings, title) => {
    await renderPane(services({ check: jest.fn(async () => [{ ...TABLE, findings }]) }));
    await click('识别并检查');
    expect(screen.getByText(title)).toBeTruthy();
  });

  test('each finding says what to do', async () => {
    await renderPane(services());
    await click('识别并检查');
    const finding = screen.getByRole('button', { name: /H3.*得分 0\.9/ });
    expect(finding.textContent).toMatch(/怎么改：把得分改为提示中按规则算出的分数/);
  });

  test('诊断: platform in Chinese words, the highest ExcelApi, the PERF probe and what to do', async () => {
    const s = services({}, IN_EXCEL, Array.from({ length: 13 }, (_, i) => `ExcelApi 1.${18 + i}`));
    await renderPane(s);
    await click('诊断');
    const facts = await screen.findByLabelText('诊断信息');
    expect(facts.textContent).toMatch(/Excel 网页版，版本 16\.0\.19400\.40000/);
    expect(facts.textContent).toMatch(/最高 ExcelApi 1\.17/);
    expect(facts.textContent).toMatch(/尚未检查/);
    await click('检查 PERF 函数');
    expect(s.probeFunctions).toHaveBeenCalled();
    expect(facts.textContent).toMatch(/未注册（#NAME\?）/);
    expect(screen.getByText(/我的加载项/)).toBeTruthy();
  });

  test('插入模板 offers the year just ended', async () => {
    await renderPane(services());
    await click('插入模板');
    expect((await screen.findByRole('spinbutton') as HTMLInputElement).value).toBe(String(new Date().getFullYear() - 1));
  });

  test('settings are kept in the store and used by the next check only', async () => {
    const s = services();
    await renderPane(s);
    await click('设置');
    const round = await screen.findByRole('radio', { name: /四舍五入/ });
    await act(async () => fireEvent.click(round));
    expect(JSON.parse(s.store.get(SETTINGS_KEY)!)).toMatchObject({ rounding: 'round' });
    expect(s.check).not.toHaveBeenCalled();
    await click('识别并检查');
    expect((s.check as jest.Mock).mock.calls[0][1]).toMatchObject({ rounding: 'round' });
  });

  test('插入模板 passes kind and year', async () => {
    const s = services();
    await renderPane(s);
    await click('插入模板');
    fireEvent.change(await screen.findByRole('spinbutton'), { target: { value: '2024' } });
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: '插入模板' }).at(-1)!));
    expect(s.insertTemplate).toHaveBeenCalledWith('dept', 2024);
    expect(screen.getByText(/已插入模板工作表/)).toBeTruthy();
  });

  test('a part of the pane that cannot be loaded is named, not shown as an Excel error', async () => {
    const offline = Object.assign(new Error('Loading chunk 451 failed.'), { name: 'ChunkLoadError' });
    await renderPane(services({ check: jest.fn(async () => Promise.reject(offline)) }));
    await click('识别并检查');
    expect(screen.getByRole('alert').textContent).toMatch(/无法加载本工具的组件，未做任何更改.*请检查网络/);
  });

  test('插入模板 / 设置 are collapsed sections: aria-expanded follows, and a closed panel keeps what was typed', async () => {
    await renderPane(services());
    const toggle = screen.getByRole('button', { name: '插入模板' });
    const flip = () => act(async () => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await flip();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(await screen.findByRole('spinbutton'), { target: { value: '2031' } });
    await flip();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('spinbutton')).toBeNull(); // hidden
    await flip();
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('2031');
  });

  test('changing a setting and changing it back is not a stale check (unset means the default pack)', async () => {
    await renderPane(services());
    await click('识别并检查');
    await click('设置');
    const hint = await screen.findByText('设置随工作簿保存。');
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: /四舍五入/ })));
    expect(hint.textContent).toBe('设置已更改：请重新点击「识别并检查」。');
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: /截位/ })));
    expect(hint.textContent).toBe('设置随工作簿保存。');
    expect((screen.getByRole('radio', { name: /截位/ }) as HTMLInputElement).checked).toBe(true);
  });

  test('设置: a rule-pack file is imported, kept with the document, shown as in force, and used by the next check', async () => {
    const s = services();
    await renderPane(s);
    await click('设置');
    const input = (await screen.findByLabelText('选择规则包文件')) as HTMLInputElement;
    const file = new File([JSON.stringify({ extends: 'default', id: 'shanghai-2026', name: '上海市 2026 年办法', rounding: 'round' })], 'pack.json', { type: 'application/json' });
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    await waitFor(() => expect(screen.getByLabelText('当前规则包').textContent).toBe('当前规则包：上海市 2026 年办法'));
    expect(JSON.parse(s.store.get(SETTINGS_KEY)!).packFile).toMatch(/shanghai-2026/);
    await click('识别并检查');
    expect((s.check as jest.Mock).mock.calls[0][1].packFile).toMatch(/shanghai-2026/);
    await click('移除导入的规则包');
    expect(screen.getByLabelText('当前规则包').textContent).not.toMatch(/2026 年办法/);
  });

  test('设置: a pack file that does not read says why, and nothing changes', async () => {
    const s = services();
    await renderPane(s);
    await click('设置');
    const input = (await screen.findByLabelText('选择规则包文件')) as HTMLInputElement;
    await act(async () => fireEvent.change(input, { target: { files: [new File(['{"id": 1'], 'bad.json')] } }));
    await waitFor(() => expect(screen.getByText(/规则包不是有效的 JSON/)).toBeTruthy());
    expect(s.store.get(SETTINGS_KEY)).toBeNull();
  });
});
