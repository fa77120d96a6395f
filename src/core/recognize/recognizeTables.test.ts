import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import { recognizeTables } from './recognizeTables';

const HEADER: CellLiteral[] = ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析'];
const NOTE = '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值';

const names = (rows: CellLiteral[][], merges: string[] = []) => recognizeTables(gridFromRows('S', rows, merges)).map((t) => t.indicators.map((i) => i.name));

describe('recognizeTables', () => {
  test('a sheet without a table gives none', () => {
    expect(recognizeTables(gridFromRows('说明', [['填表说明'], ['1. 分值合计为 100 分']]))).toEqual([]);
    expect(recognizeTables(gridFromRows('空', []))).toEqual([]);
  });

  test('seed 000 layout: title facts, funds block, 投入管理 rows named by 二级 under their merged note, label-less total', () => {
    const rows: CellLiteral[][] = [
      ['《部门(单位)整体支出绩效自评表》'],
      ['(2023年度)'],
      ['部门(单位)名称', '上海市某街道社区事务受理服务中心', null, null, '下属单位个数'],
      ['整体支出规模(元)', null, null, '全年预算数', '全年执行数', null, '执行率'],
      [null, '资金来源:(1)财政拨款', null, 100, 99, null, 99],
      HEADER,
      ['投入管理指标', 30, '预算编审管理', NOTE, null, null, 20, 20],
      [null, null, '预算执行管理', null, null, null, 10, 9],
      ['产出指标', 70, '数量指标', '培训人次', '=100(人次)', '100(人次)', 70, 70],
      [null, null, null, null, null, null, 100, 99],
    ];
    const [t] = recognizeTables(gridFromRows('自评表', rows, ['A4:A5', 'D7:F8', 'A7:A8', 'B7:B8', 'A10:F10']));
    expect([t.kind, t.unit, t.year, t.top, t.bottom, t.left, t.right]).toEqual(['dept', '上海市某街道社区事务受理服务中心', 2023, 0, 9, 0, 8]);
    expect(t.funds.map((f) => [f.label, f.budget?.value, f.executed?.value, f.rate?.value])).toEqual([['资金来源:(1)财政拨款', 100, 99, 99]]);
    expect(t.indicators.map((i) => [i.name, i.level1, i.level2, i.inputManagement, i.target?.text ?? null])).toEqual([
      ['预算编审管理', '投入管理指标', '预算编审管理', true, null],
      ['预算执行管理', '投入管理指标', '预算执行管理', true, null],
      ['培训人次', '产出指标', '数量指标', false, '=100(人次)'],
    ]);
    expect(t.groups.map((g) => [g.label, g.stated?.value])).toEqual([
      ['投入管理指标', 30],
      ['产出指标', 70],
    ]);
    expect([t.total?.row, t.total?.weight?.value, t.total?.score?.value]).toEqual([9, 100, 99]);
  });

  test('rows shifted by merged cells in extraction are read by the fallback (rules.md §7.15)', () => {
    const rows: CellLiteral[][] = [
      HEADER,
      ['产出指标', 10, '数量指标', '社会救助补贴完成情况', '=39.00(项)', '39.00(项)', 1, 1],
      [null, null, '医保补贴完成率', '=100.00(%)', '100.00(%)', 1, 1],
      [null, null, '效益指标', 35, '社会效益指标', '新增就业人口指标达标率', '≥100.00(%)', '100.00(%)', 2, 2],
      ['安全事故发生数', '0.00(次)', null, null, null, '0.00(次)', 2, 2],
      ['可持续影响指标', '长效管理机制健全性', null, null, null, '建立健全', '达成指标', 3, 3],
    ];
    const [t] = recognizeTables(gridFromRows('S', rows));
    expect(t.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.value, i.score?.value, i.shifted])).toEqual([
      ['社会救助补贴完成情况', '=39.00(项)', '39.00(项)', 1, 1, false],
      ['医保补贴完成率', '=100.00(%)', '100.00(%)', 1, 1, true],
      ['新增就业人口指标达标率', '≥100.00(%)', '100.00(%)', 2, 2, true],
      ['安全事故发生数', '0.00(次)', '0.00(次)', 2, 2, true],
      ['长效管理机制健全性', '建立健全', '达成指标', 3, 3, true],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['效益指标', '社会效益指标'],
      ['效益指标', '社会效益指标'],
      ['效益指标', '可持续影响指标'],
    ]);
    expect(t.groups.map((g) => [g.label, g.stated?.value])).toEqual([
      ['产出指标', 10],
      ['效益指标', 35],
    ]);
  });

  test.each<[string, CellLiteral[][], string[], string]>([
    // rules.md §8.26: a department's table only on evidence; without any, a scored table is a project's.
    ['scored, no words of either kind', [HEADER, ['产出指标', 100, '数量指标', 'a', '=1', '1', 100, 100]], [], 'project'],
    ['a 部门整体支出 title', [['部门整体支出绩效自评表'], HEADER, ['产出指标', 100, '数量指标', 'a', '=1', '1', 100, 100]], [], 'dept'],
    ['a 部门(单位)名称 label', [['部门（单位）名称', '某局'], HEADER, ['产出指标', 100, '数量指标', 'a', '=1', '1', 100, 100]], [], 'dept'],
    ['a 单位名称 label only', [['单位名称', '某局'], HEADER, ['产出指标', 100, '数量指标', 'a', '=1', '1', 100, 100]], [], 'project'],
    ['a 项目支出 title', [['项目支出绩效自评表'], HEADER, ['产出指标', 100, '数量指标', 'a', '=1', '1', 100, 100]], [], 'project'],
    ['a funds header with 分值 and 得分', [[null, '全年预算数', '全年执行数', '分值', '执行率', '得分'], ['年度资金总额', 10, 10, 10, 100, 10], HEADER, ['产出指标', 90, '数量指标', 'a', '=1', '1', 90, 90]], [], 'project'],
    ['指标名称 | 计划 | 完成', [['指标名称', null, '计划', '完成'], ['数量指标', 'a', '=1', '1']], ['A1:B1'], 'plan-actual'],
  ])('kind: %s → %s', (_what, rows, merges, kind) => {
    expect(recognizeTables(gridFromRows('S', rows, merges)).map((t) => t.kind)).toEqual([kind]);
  });

  test.each<[string, CellLiteral[][], number | null, string | null]>([
    ['"2024 年…" title with its subject', [['2024 年上海市某镇社区事务受理服务中心单位整体支出预算绩效自评报告'], ['指标名称', '计划', '完成'], ['a', '=1', '1']], 2024, '上海市某镇社区事务受理服务中心'],
    ['项目名称 beside its label', [['项目支出绩效自评表'], ['（2022年度）'], ['项目名称', '', '社区养老服务'], HEADER, ['产出指标', 100, '数量指标', 'a', '=1', '1', 100, 100]], 2022, '社区养老服务'],
    ['no title', [['指标名称', '计划', '完成'], ['a', '=1', '1']], null, null],
    ['a blank name cell before the next label', [['(2025年度)'], ['部门(单位)名称', '', '', '下属单位个数'], ['指标名称', '计划', '完成'], ['a', '=1', '1']], 2025, null],
  ])('title facts: %s', (_what, rows, year, unit) => {
    const [t] = recognizeTables(gridFromRows('S', rows));
    expect([t.year, t.unit]).toEqual([year, unit]);
  });

  test.each([
    ['指标 | 计划 | 实际', ['指标', '计划', '实际']],
    ['指标名称 | 预期目标 | 实际完成', ['指标名称', '预期目标', '实际完成']],
  ])('%s: 计划 pairs with 实际, 预期目标 is a target', (_what, head) => {
    const rows: CellLiteral[][] = [head, ['培训人次', '≥100(人次)', '90(人次)']];
    const [t] = recognizeTables(gridFromRows('S', rows));
    expect([t.kind, t.indicators.map((i) => [i.name, i.target?.text, i.actual?.text])]).toEqual(['plan-actual', [['培训人次', '≥100(人次)', '90(人次)']]]);
  });

  test('a bare 指标 header names the indicators, alone or merged over 一级 | 二级 | name', () => {
    const alone: CellLiteral[][] = [
      ['指标', '目标值', '实际值', '分值', '得分'],
      ['培训人次', '≥100(人次)', '90(人次)', 100, 90],
    ];
    expect(recognizeTables(gridFromRows('S', alone)).map((t) => [t.kind, t.indicators.map((i) => i.name)])).toEqual([['project', ['培训人次']]]);
    const merged: CellLiteral[][] = [
      ['指标', null, null, '目标值', '实际值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '≥100(人次)', '90(人次)', 100, 90],
    ];
    const [t] = recognizeTables(gridFromRows('S', merged, ['A1:C1']));
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([['产出指标', '数量指标', '培训人次']]);
  });

  test('a 指标名称 header over three columns reads 一级 | 二级 | name; 权重 without 分值 is the row 分值', () => {
    const rows: CellLiteral[][] = [
      ['指标名称', null, null, '权重', '目标值', '实际值', '得分'],
      ['产出指标', '数量指标', '培训人次', 50, '=100', '100', 50],
    ];
    const [t] = recognizeTables(gridFromRows('S', rows, ['A1:C1']));
    const i = t.indicators[0];
    expect([i.level1, i.level2, i.name, i.weight?.value, i.score?.value, t.kind]).toEqual(['产出指标', '数量指标', '培训人次', 50, 50, 'project']);
  });

  test('placeholders are not indicators; "无" with 分值 is; 合计 ends the table', () => {
    const rows: CellLiteral[][] = [
      HEADER,
      ['产出指标', 100, '数量指标', '指标1:服务人次', '=1', '1', 50, 50],
      [null, null, null, '指标2:', null, null, null, null],
      [null, null, null, '……', null, null, null, null],
      [null, null, null, '无', '无', '达成指标', 50, 50],
      ['合计', null, null, null, null, null, 100, 100],
      [null, null, null, '表外的行', '=1', '1', 1, 1],
    ];
    expect(names(rows)).toEqual([['指标1:服务人次', '无']]);
  });

  test('several tables on one sheet, each with its own funds block and title', () => {
    const table = (title: string, name: string): CellLiteral[][] => [[title], ['指标名称', '计划', '完成'], [name, '=1', '1']];
    const rows = [...table('(2023年度)', 'a'), [], [null, '全年预算数', '全年执行数', '执行率'], ['财政拨款', 10, 5, 50], ...table('(2024年度)', 'b')];
    const tables = recognizeTables(gridFromRows('S', rows));
    expect(tables.map((t) => [t.year, t.funds.length, t.indicators.map((i) => i.name)])).toEqual([
      [2023, 0, ['a']],
      [2024, 1, ['b']],
    ]);
  });

  test('a 一级 label written on every row (no merge) is one block; full-width digits are numbers', () => {
    const rows: CellLiteral[][] = [
      HEADER,
      ['产出指标', 60, '数量指标', 'a', '=1', '1', '３０', '３０'],
      ['产出指标', 60, '数量指标', 'b', '=1', '1', 30, 30],
      ['效益指标', 40, '社会效益指标', 'c', '=1', '1', 40, 40],
    ];
    const [t] = recognizeTables(gridFromRows('S', rows));
    expect(t.indicators.map((i) => [i.name, i.group])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
    ]);
    expect(t.groups.map((g) => g.label)).toEqual(['产出指标', '效益指标']);
  });

  test('a funds block under the only table belongs to it', () => {
    const rows: CellLiteral[][] = [['指标名称', '计划', '完成'], ['a', '=1', '1'], [], [null, '全年预算数', '全年执行数', '执行率'], ['财政拨款', 10, 5, 50]];
    const [t] = recognizeTables(gridFromRows('S', rows));
    expect([t.funds.map((f) => f.label), t.bottom]).toEqual([['财政拨款'], 4]);
  });

  test('a 投入管理 row is named by its 二级 even when its note is not merged', () => {
    const rows: CellLiteral[][] = [HEADER, ['投入管理指标', 30, '预算编审管理', NOTE, null, null, 30, 30], ['产出指标', 70, '数量指标', 'a', '=1', '1', 70, 70]];
    expect(names(rows)).toEqual([['预算编审管理', 'a']]);
  });
});

describe('a header repeated under a block label continues the table', () => {
  const head: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'];
  const grid = (between: CellLiteral): CellLiteral[][] => [
    ['年度绩效目标1(40分)'],
    head,
    ['产出指标', '质量指标', '监测数据合格率', '100%', '100%', 40],
    [between],
    head,
    ['产出指标', '进度指标', '资料上报', '100%', '100%', 40],
    ['总分', null, null, null, null, 80],
  ];
  test('"年度绩效目标2(40分)" between two headers: one table', () => {
    const tables = recognizeTables(gridFromRows('S', grid('年度绩效目标2(40分)')));
    expect(tables.map((t) => t.indicators.length)).toEqual([2]);
  });
  test('a heading of its own between them ("履职效果情况", seed 001) starts a second table', () => {
    const tables = recognizeTables(gridFromRows('S', grid('履职效果情况')));
    expect(tables.map((t) => t.indicators.length)).toEqual([1, 1]);
  });
  test('a title between them starts a second table', () => {
    const tables = recognizeTables(gridFromRows('S', grid('2020年度项目支出绩效自评表')));
    expect(tables.map((t) => t.indicators.length)).toEqual([1, 1]);
  });
});

describe('a 总分 row left of the header with its value merged over the grid', () => {
  test('"总分" under a goal-block label, "99.55分" merged over B:F, is the recorded total', () => {
    const rows: CellLiteral[][] = [
      ['年度绩效目标1(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      [null, '产出指标', '数量指标', '宣传片', '1部', '1部', 40],
      [null, '满意度指标', '满意度指标', '群众满意度', '≥90%', '95%', 40],
      ['总分', '99.55分', null, null, null, null, null],
    ];
    const [t] = recognizeTables(gridFromRows('S', rows, ['A1:A3', 'B4:G4']));
    expect(t.indicators.map((i) => i.name)).toEqual(['宣传片', '群众满意度']);
    expect(t.total?.score?.text).toBe('99.55分');
  });
});
