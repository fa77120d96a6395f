import { toA1 } from '../grid/address';
import { fundsRole, indicatorRole } from '../recognize/headerRoles';
import { buildTemplate } from './index';
import { CHECK_HEADERS } from './tableParts';
import type { TemplateKind, TemplateSheet } from './types';

const at = (s: TemplateSheet, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
const text = (s: TemplateSheet, row: number, col: number) => at(s, row, col)?.value;
const rowTexts = (s: TemplateSheet, row: number) => s.cells.filter((c) => c.row === row && typeof c.value === 'string').map((c) => c.value);
const kinds: TemplateKind[] = ['dept', 'project'];

describe('dept template (seed 000 layout)', () => {
  const s = buildTemplate('dept', 2025);
  const L = s.landmarks;

  test.each<[number, number, string]>([
    [0, 0, '《部门(单位)整体支出绩效自评表》'],
    [1, 0, '(2025年度)'],
    [2, 0, '部门(单位)名称'],
    [3, 0, '整体支出规模(元)'],
    [3, 3, '全年预算数'],
    [3, 4, '全年执行数'],
    [3, 6, '执行率'],
    [4, 1, '资金来源:(1)财政拨款'],
    [7, 1, '(2)项目支出'],
    [8, 0, '年度总体目标'],
    [8, 1, '年初设定目标'],
    [8, 4, '全年完成情况'],
    [10, 0, '分解目标自评'],
    [12, 3, '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值'],
  ])('R%iC%i is %s', (row, col, value) => expect(text(s, row, col)).toBe(value));

  test('grid header', () =>
    expect(rowTexts(s, L.gridHeaderRow).slice(0, 9)).toEqual(['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析']));

  test('投入管理 rows carry the preset split of 30', () => {
    const rows = L.indicatorRows.filter((r) => r.level1 === '投入管理指标');
    expect(rows.map((r) => [r.level2, at(s, r.row, 6)?.value])).toEqual([
      ['预算编审管理', 7.5], ['预算执行管理', 10.2], ['预算绩效管理', 4.5], ['资产管理', 0.9], ['预算透明度', 3], ['内部控制管理', 2.4], ['预算信息化', 1.5],
    ]);
    expect(text(s, rows[0].row, 1)).toBe(30);
  });

  test.each([['产出指标', 25], ['效益指标', 35], ['满意度指标', 10]])('%s has 权重 %i and blank rows', (label, points) => {
    const rows = L.indicatorRows.filter((r) => r.level1 === label);
    expect(rows.length).toBeGreaterThan(0);
    expect(text(s, rows[0].row, 0)).toBe(label);
    expect(text(s, rows[0].row, 1)).toBe(points);
    expect(rows.every((r) => at(s, r.row, 6)?.value === undefined)).toBe(true);
  });

  test('row counts per 二级 can be chosen; 0 drops the 二级', () => {
    const t = buildTemplate('dept', 2025, { rows: { 数量指标: 13, 成本指标: 0 } });
    const level2 = t.landmarks.indicatorRows.filter((r) => r.level1 === '产出指标').map((r) => r.level2);
    expect(level2.filter((l) => l === '数量指标')).toHaveLength(13);
    expect(level2).not.toContain('成本指标');
  });

  test('funds rates are cut-to-2-dp formulas on their row', () =>
    expect(L.fundsRows.map((r) => at(s, r, 6)?.formula)).toEqual(L.fundsRows.map((row) => ({ fn: 'rate', budget: { row, col: 3 }, actual: { row, col: 4 } }))));

  test('total row 合计 sums 分值 and 得分 over the grid, the grade row under it', () => {
    expect(text(s, L.totalRow, 0)).toBe('合计');
    expect(at(s, L.totalRow, 6)?.formula).toMatchObject({ fn: 'sum', areas: [{ top: L.gridHeaderRow + 1, bottom: L.totalRow - 1, left: 6 }] });
    expect(at(s, L.gradeRow, 6)?.formula).toMatchObject({ fn: 'grade', total: { row: L.totalRow, col: 7 } });
  });
});

describe('project template (MOF 附件2 layout)', () => {
  const s = buildTemplate('project', 2024);
  const L = s.landmarks;

  test.each<[number, number, string]>([
    [0, 0, '项目支出绩效自评表'],
    [1, 0, '（2024年度）'],
    [2, 0, '项目名称'],
    [3, 0, '主管部门'],
    [3, 5, '实施单位'],
    [4, 0, '项目资金(元)'],
    [5, 1, '年度资金总额'],
    [6, 1, '其中：本年财政拨款'],
    [7, 1, '上年结转资金'],
    [8, 1, '其他资金'],
    [9, 1, '预期目标'],
    [9, 5, '实际完成情况'],
  ])('R%iC%i is %s', (row, col, value) => expect(text(s, row, col)).toBe(value));

  test('funds header and 分值 10', () => {
    expect(rowTexts(s, 4).slice(1)).toEqual(['年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分']);
    expect(text(s, 5, 6)).toBe(10);
    expect(at(s, 5, 8)?.formula).toEqual({ fn: 'budgetScore', budget: { row: 5, col: 4 }, actual: { row: 5, col: 5 }, weight: { row: 5, col: 6 } });
    expect([6, 7, 8].map((r) => [text(s, r, 6), text(s, r, 8)])).toEqual([['—', '—'], ['—', '—'], ['—', '—']]);
  });

  test('grid header and 一级 blocks with their points', () => {
    expect(rowTexts(s, L.gridHeaderRow)).toEqual(
      expect.arrayContaining(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']),
    );
    const firsts = ['产出指标', '效益指标', '满意度指标'].map((l) => L.indicatorRows.find((r) => r.level1 === l)!.row);
    expect(firsts.map((r) => text(s, r, 1))).toEqual(['产出指标(50分)', '效益指标(30分)', '满意度指标(10分)']);
  });

  test('总分 adds the funds 分值 and 得分', () => {
    expect(text(s, L.totalRow, 0)).toBe('总分');
    expect(at(s, L.totalRow, 6)?.formula).toMatchObject({ fn: 'sum', areas: [{ top: 5, left: 6, bottom: 5, right: 6 }, { left: 6 }] });
    expect(at(s, L.totalRow, 7)?.formula).toMatchObject({ fn: 'sum', areas: [{ top: 5, left: 8, bottom: 5, right: 8 }, { left: 7 }] });
  });
});

describe.each(kinds)('%s template invariants', (kind) => {
  const s = buildTemplate(kind, 2025);
  const L = s.landmarks;
  const indicatorRows = L.indicatorRows.map((r) => r.row);

  test('merges do not overlap, and only their top-left cell holds content', () => {
    const covered = new Map<string, number>();
    s.merges.forEach((m, i) => {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) {
        expect(covered.get(`${r},${c}`)).toBeUndefined();
        covered.set(`${r},${c}`, i);
        if (r !== m.top || c !== m.left) expect(at(s, r, c)?.value ?? at(s, r, c)?.formula).toBeUndefined();
      }
    });
  });

  test('分值 and 得分 of every indicator row are inputs validated as decimals ≥ 0', () => {
    for (const row of indicatorRows) for (const col of [L.columns.weight, L.columns.score]) {
      expect(at(s, row, col)?.style.fill).toBe('input');
      expect(at(s, row, col)?.validation).toMatchObject({ type: 'decimal', min: 0 });
    }
  });

  test('formula cells are computed-coloured and no input is', () => {
    for (const c of s.cells) if (c.formula) expect(c.style.fill).toBe('computed');
    for (const c of s.cells) if (c.style.fill === 'input') expect(c.formula).toBeUndefined();
  });

  test('A4 landscape, one page wide, grid header repeated, check block outside the print area', () => {
    expect(s.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, titleRows: { top: L.gridHeaderRow, bottom: L.gridHeaderRow } });
    expect(s.print.area).toEqual({ top: 0, left: 0, bottom: L.gradeRow, right: 8 });
    expect(Math.max(...s.cells.map((c) => c.col))).toBeGreaterThan(s.print.area.right);
  });

  test('the check block labels are no header words of the recogniser', () => {
    for (const h of CHECK_HEADERS) expect([h, indicatorRole(h), fundsRole(h)]).toEqual([h, null, null]);
  });

  test('addresses stay inside the sheet', () => expect(s.cells.every((c) => /^[A-O]\d+$/.test(toA1(c.row, c.col)))).toBe(true));
});
