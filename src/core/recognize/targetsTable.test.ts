import { auditTable } from '../audit/auditTable';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import { defaultPack } from '../rules/rulePack';
import { recognizeTables } from './recognizeTables';

/** rules.md §8.20: a table of indicators with a 指标值 and no completion column is kind 'targets'. */
const TARGETS: CellLiteral[][] = [
  ['部门年度分目标'],
  ['一级目标', '二级目标', '三级目标', '指标目标值'],
  ['产出指标', '数量指标', '案件调解计划完成情况', '不少于 100 件'],
  [null, null, '特困医疗补助应发尽发率', '100%'],
  ['效益指标', '社会效益指标', '受理大厅日常受理量', '≥ 10000 件'],
];
/** The same grid with a 完成值 column (and one completion filled): a completion table. */
const withCompletion = (rows: CellLiteral[][]) => rows.map((r, i) => (i === 0 ? r : [...r, i === 1 ? '完成值' : i === 2 ? '100 件' : null]));
const scored = (rows: CellLiteral[][]) =>
  withCompletion(rows).map((r, i) => (i === 0 ? r : [...r, i === 1 ? '分值' : 10, i === 1 ? '得分' : 10]));

/** The same grid with one more column: `header` over `value` on every indicator row. */
const withColumn = (rows: CellLiteral[][], header: string, value: CellLiteral) => rows.map((r, i) => (i === 0 ? r : [...r, i === 1 ? header : value]));
const kinds = (rows: CellLiteral[][]) => recognizeTables(gridFromRows('S', rows)).map((t) => [t.kind, t.indicators.length]);

describe('targets tables (rules.md §8.20)', () => {
  test.each([
    ['一级目标 | 二级目标 | 三级目标 | 指标目标值', TARGETS, [['targets', 3]]],
    ['一级指标 | 二级指标 | 三级指标 | 年度指标值', [TARGETS[0], ['一级指标', '二级指标', '三级指标', '年度指标值'], ...TARGETS.slice(2)], [['targets', 3]]],
    ['二级指标 | 三级指标 | 目标值', TARGETS.map((r) => r.slice(1)), [['targets', 3]]],
    ['plus a 完成值 column: plan-actual', withCompletion(TARGETS), [['plan-actual', 3]]],
    ['plus 完成值, 分值, 得分: scored', scored(TARGETS), [['project', 3]]],
    ['a name and 目标 alone is no table', [['指标名称', '目标'], ['培训人次', '100']], []],
    ['a 申报表 giving each target its 分值 is still a targets table', withColumn(TARGETS, '分值', 10), [['targets', 3]]],
    ['a 得分 column without a completion column is no table', withColumn(TARGETS, '得分', 10), []],
  ])('%s', (_, rows, expected) => {
    expect(kinds(rows)).toEqual(expected);
  });

  test('the rows carry their 一级 / 二级 and target, no completion', () => {
    const [t] = recognizeTables(gridFromRows('S', TARGETS));
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual])).toEqual([
      ['产出指标', '数量指标', '案件调解计划完成情况', '不少于 100 件', null],
      ['产出指标', '数量指标', '特困医疗补助应发尽发率', '100%', null],
      ['效益指标', '社会效益指标', '受理大厅日常受理量', '≥ 10000 件', null],
    ]);
  });

  test('a targets table above a completion table on one sheet gives two tables', () => {
    const completion = withCompletion(TARGETS).slice(1);
    expect(kinds([...TARGETS, [], ...completion])).toEqual([
      ['targets', 3],
      ['plan-actual', 3],
    ]);
  });

  test('the 分值 of a 申报表 are read and shown, their sum is not checked (the 执行率 points may be given only in the 自评表)', () => {
    const [t] = recognizeTables(gridFromRows('S', withColumn(TARGETS, '分值', 30)));
    const report = auditTable(t, { rounding: 'cut', pack: defaultPack });
    expect(report.columns.weight).toBe('E');
    expect(report.indicators.map((i) => [i.weight, i.score, i.deviation])).toEqual(Array(3).fill(['30', null, 'unknown']));
    expect(report.findings.map((f) => f.code)).toEqual([]);
    expect(Object.values(report.total)).toEqual(Array(6).fill(null));
  });

  test('the audit raises nothing about completions and gives no total', () => {
    const [t] = recognizeTables(gridFromRows('S', TARGETS));
    const report = auditTable(t, { rounding: 'cut', pack: defaultPack });
    expect(report.findings.map((f) => f.code)).toEqual([]);
    expect(report.indicators.map((i) => [i.deviation, i.actual, i.expectedScore])).toEqual(Array(3).fill(['unknown', null, null]));
    expect(Object.values(report.total)).toEqual(Array(6).fill(null));
  });
});
