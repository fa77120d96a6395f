/** Scoring forms (评分表, 整体支出绩效评价指标表): names, each level's points, 分值 and 得分, no target or completion. */
import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import { indicatorRole } from './headerRoles';

const codes = (rows: CellLiteral[][], merges: string[] = []) => {
  const [t] = checkGrid(gridFromRows('S', rows, merges));
  return t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`);
};

describe('a scoring form is a table', () => {
  const rows: CellLiteral[][] = [
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
    ['项目决策', 20, '项目目标', 4, '目标内容', 4, 4],
    [null, null, '决策过程', 16, '决策依据', 16, 16],
    ['项目绩效', 80, '项目产出', 70, '产出数量', 70, 60],
  ];
  test('the 分值 beside the 三级 is the row weight, the one beside the 一级 its stated points', () => {
    const [t] = checkGrid(gridFromRows('S', rows));
    expect([t.kind, t.columns.weight, t.columns.level1Weight, t.columns.score]).toEqual(['project', 'F', 'B', 'G']);
    expect(t.indicators.map((i) => [i.name, i.weight, i.score, i.deviation])).toEqual([
      ['目标内容', '4', '4', 'unknown'],
      ['决策依据', '16', '16', 'unknown'],
      ['产出数量', '70', '60', 'unknown'],
    ]);
  });
  test('its sums are checked: a 一级 whose rows fall short, and the table', () => {
    expect(codes(rows)).toEqual(['WEIGHT_SUM_MISMATCH B4', 'WEIGHT_SUM_MISMATCH F4']);
  });
  test('it asks for no target and no completion', () => {
    const [t] = checkGrid(gridFromRows('S', rows));
    expect(t.findings.map((f) => f.code)).not.toContain('MISSING_TARGET');
    expect(t.findings.map((f) => f.code)).not.toContain('NOT_EVALUABLE');
  });
  test('得分 printed over every number column: the last is the score, the others the levels\' points', () => {
    const [t] = checkGrid(gridFromRows('S', [
      ['部门整体支出绩效评价指标表'],
      ['一级指标', '得分', '二级指标', '得分', '三级指标', '得分', '评价标准', '得分'],
      ['投入', 100, '预算配置', 100, '在职人员控制率', 50, '≤100%计满分', 50],
      [null, null, null, null, '三公经费变动率', 50, '≤0计满分', 0],
    ]));
    expect([t.kind, t.columns.weight, t.columns.level1Weight, t.columns.score]).toEqual(['dept', 'F', 'B', 'H']);
    expect(t.total.score).toBe('50');
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  test('a single name column with 分值 and 得分 is no table (a list of points is not a scored grid)', () => {
    expect(checkGrid(gridFromRows('S', [['指标名称', '分值', '得分'], ['在职人员控制率', 5, 5]]))).toEqual([]);
  });
  test('points stated in a 一级 label with words or without brackets', () => {
    const form = (label: string) =>
      codes([
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        [label, '产出数量', '完成数量', 60, 60],
        ['效益指标(40分)', '社会效益', '满意度', 40, 40],
      ]);
    expect(form('(特性指标70分)')).toEqual(['WEIGHT_SUM_MISMATCH A2']);
    expect(form('产出指标70分')).toEqual(['WEIGHT_SUM_MISMATCH A2']);
    expect(form('产出指标(60分)')).toEqual([]);
  });
});

describe('得分系数 is a share, not the points', () => {
  test.each<[string, string | null]>([
    ['得分系数(%)', null],
    ['得分率', null],
    ['指标得分(分)', 'score'],
    ['得分(分)', 'score'],
  ])('%s → %s', (text, role) => expect(indicatorRole(text)).toBe(role));
});

describe('a recorded total in the facts rows', () => {
  const grid = (total: CellLiteral): CellLiteral[][] => [
    ['部门整体绩效自评表'],
    ['主管部门', '某局', '自评总分(分)', total],
    ['绩效指标', '指标名称', '年度指标值', '全年完成值', '指标权重(分)', '指标得分(分)'],
    [null, '播发稿件数量', '2200篇', '2200篇', 60, 60],
    [null, '满意度', '≥90%', '95%', 40, 40],
  ];
  test('is the table\'s recorded total when it has no 总分 row', () => {
    const [t] = checkGrid(gridFromRows('S', grid(100)));
    expect([t.total.score, t.total.recordedScore]).toEqual(['100', '100']);
    expect(codes(grid(97.6))).toEqual(['TOTAL_MISMATCH D2']);
  });
  test('a facts value that is no number is no total', () => {
    const [t] = checkGrid(gridFromRows('S', grid('见附件')));
    expect(t.total.recordedScore).toBeNull();
  });
});
