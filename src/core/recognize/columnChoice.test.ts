import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';

const check = (rows: CellLiteral[][], merges: string[] = []) => checkGrid(gridFromRows('S', rows, merges));

/** rules.md §8.17: column roles from evidence, on small grids. */
describe('column roles from evidence', () => {
  const HEAD: CellLiteral[] = ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const BODY: CellLiteral[][] = [
    [null, '产出指标', '数量指标', '改造项目数量', '=2(个)', '1(个)', 50, 25, null],
    [null, null, null, '培训人次', '≥100(人次)', '120(人次)', 50, 50, null],
  ];

  test('a section label merged down column A names no column: 完成值 is read under 实际完成值', () => {
    const [t] = check([HEAD, ...BODY], ['A1:A3']);
    expect([t.columns.actual, t.columns.name, t.indicators.map((i) => i.deviation)]).toEqual(['F', 'D', ['under', 'none']]);
  });

  test('the same label without a merge: it stands left of every name column', () => {
    const [t] = check([HEAD, ...BODY]);
    expect(t.columns.actual).toBe('F');
  });

  test('a listed completion word beats a description ending in 完成情况, whichever comes first', () => {
    const head: CellLiteral[] = ['指标名称', '指标值', '完成情况', '实际完成值', '分值', '得分'];
    const [t] = check([head, ['a', '=1(个)', '已完成', '1(个)', 100, 100], ['b', '=1(个)', '已完成', '1(个)', 0, 0]]);
    expect(t.columns.actual).toBe('D');
  });

  test('a 偏差原因 column beats a 改进措施 column beside it, even when only the measures are filled', () => {
    const head: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析', '改进措施'];
    const [t] = check([head, ['产出指标', '数量指标', '培训人次', '≥100(人次)', '90(人次)', 50, 45, null, '加强宣传'], [null, '质量指标', '合格率', '≥95%', '96%', 50, 50, null, null]]);
    expect(t.columns.reason).toBe('H');
    expect(t.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['MISSING_REASON H2']);
  });

  test('two listed words for one role: the values under each decide', () => {
    const head: CellLiteral[] = ['指标名称', '指标值', '完成值', '实际完成值', '分值', '得分'];
    const [t] = check([head, ['a', '=1(个)', null, '1(个)', 100, 100], ['b', '=2(个)', null, '2(个)', 0, 0]]);
    expect(t.columns.actual).toBe('D');
  });

  test('an operator column joins 指标值 and 计量单位 (一体化 export: 计算符号, 权重 as the row 分值, 实际得分)', () => {
    const head: CellLiteral[] = ['指标名称', '计算符号', '指标值', '实际完成值', '计量单位', '权重', '实际得分', '偏差原因及改进措施'];
    const [t] = check([
      head,
      ['培训人次', '≥', 100, 90, '人次', 60, 54, null],
      ['验收合格率', '=', 100, 100, '%', 30, 30, null],
      ['服务及时', '定性', '及时', '达成指标', null, 10, 10, null],
    ]);
    expect(t.columns).toEqual(expect.objectContaining({ name: 'A', operator: 'B', target: 'C', actual: 'D', unit: 'E', weight: 'F', score: 'G', reason: 'H' }));
    expect(t.indicators.map((i) => [i.target, i.deviation, i.expectedScore])).toEqual([
      ['≥100人次', 'under', '54'],
      ['=100%', 'none', '30'],
      ['定性及时', 'none', '10'],
    ]);
    expect(t.indicators[0].cells).toEqual({ name: 'A2', operator: 'B2', target: 'C2', unit: 'E2', actual: 'D2', weight: 'F2', score: 'G2', reason: 'H2' });
    // A blank cell of a column the table has is still the row's cell for that field (where a note would go).
    expect(t.indicators[2].cells.unit).toBe('E4');
  });
});

describe('a 权重 column without a 分值 column', () => {
  const head: CellLiteral[] = ['一级指标', '权重', '指标名称', '指标值', '实际完成值', '得分'];
  test('varying by row, it is the row 分值', () => {
    const [t] = check([head, ['产出指标', 60, 'a', '=1(个)', '1(个)', 60], [null, 40, 'b', '=1(个)', '1(个)', 40]]);
    expect([t.columns.weight, t.indicators.map((i) => i.weight)]).toEqual(['B', ['60', '40']]);
  });

  test('merged over its 一级 block, it stays the 一级 points and every row is still read', () => {
    const [t] = check([head, ['产出指标', 100, 'a', '=1(个)', '1(个)', 60], [null, null, 'b', '=1(个)', '1(个)', 40]], ['A2:A3', 'B2:B3']);
    expect([t.columns.weight, t.columns.level1Weight, t.indicators.map((i) => i.name)]).toEqual([undefined, 'B', ['a', 'b']]);
  });
});

/** A 绩效指标 header over the 一级 column: the labels under it decide whether it is a column (headers.ts sectionAsLevel1). */
describe('绩效指标 over the 一级 column', () => {
  const HEAD: CellLiteral[] = ['绩效指标', '二级指标', '三级指标', '分值', '年度指标值', '全年完成值', '得分', '偏差原因'];
  const BODY: CellLiteral[][] = [
    ['投入管理指标', '预算编审管理', '预算编审管理', 10, null, null, 10, null],
    [null, '预算执行管理', '预算执行管理', 10, null, null, 8, null],
    ['产出指标', '数量指标', '培训人次', 40, '≥100(人次)', '120(人次)', 40, null],
    ['效益指标', '社会效益指标', '就业人数', 40, '=50(人)', '40(人)', 32, null],
  ];

  test('holding the 一级 labels, it is the 一级 column: 投入管理 rows ask no target, and a reason when they lose points', () => {
    const [t] = check([HEAD, ...BODY], ['A2:A3']);
    expect(t.columns.level1).toBe('A');
    expect(t.indicators.map((i) => i.level1)).toEqual(['投入管理指标', '投入管理指标', '产出指标', '效益指标']);
    expect(t.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['MISSING_REASON H3', 'MISSING_REASON H5']);
  });

  test('a label merged down the grid, with no 一级 labels of its own, stays a label', () => {
    const body = BODY.map((r) => [null, ...r.slice(1)]);
    const [t] = check([HEAD, ...body], ['A1:A5']);
    expect(t.columns.level1).toBeUndefined();
    expect(t.indicators.map((i) => i.level1)).toEqual([null, null, null, null]);
  });

  test('beside an 一级指标 column it stays a label', () => {
    const rows = [['绩效指标', '一级指标', ...HEAD.slice(1)], ...BODY.map((r) => [null, ...r])];
    const [t] = check(rows, ['A1:A5']);
    expect(t.columns.level1).toBe('B');
  });
});
