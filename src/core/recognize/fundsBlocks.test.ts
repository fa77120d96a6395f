/** rules.md §8.22–8.24, §8.26–8.29: how funds headers, funds-only tables, marked headers, kinds and remark rows are read. */
import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import { indicatorRole } from './headerRoles';

const HEAD: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const BODY: CellLiteral[][] = [
  ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 50, 50, null],
  ['效益指标', '社会效益', '满意度', '≥90%', '95%', 30, 30, null],
  ['满意度指标', '服务对象满意度', '服务满意度', '≥90%', '95%', 10, 10, null],
];

function funds(header: CellLiteral[], rows: CellLiteral[][], indicators = true) {
  const all: CellLiteral[][] = [['项目支出绩效自评表'], header, ...rows, ...(indicators ? [HEAD, ...BODY] : [])];
  return checkGrid(gridFromRows('S', all));
}

describe('funds headers as they are printed (§8.22, §8.23)', () => {
  test.each<[string, CellLiteral[], CellLiteral[], Record<string, string>]>([
    [
      '调整后预算数 | 预算执行数 | 权重',
      ['项目资金', '年初预算数', '调整后预算数', '预算执行数', '权重', '执行率', '得分'],
      ['年度资金总额', 90, 100, 80, 10, '80%', 8],
      { fundsInitial: 'B', fundsBudget: 'C', fundsActual: 'D', fundsWeight: 'E', fundsRate: 'F', fundsScore: 'G' },
    ],
    [
      '年初预算数(A) the only budget column of a stated B/A',
      ['项目资金', '年初预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
      ['年度资金总额', 100, 80, 10, '80%', 8],
      { fundsBudget: 'B', fundsActual: 'C', fundsWeight: 'D', fundsRate: 'E', fundsScore: 'F' },
    ],
    [
      '年初预算数(A) | 全年执行数(B) without a rate column: the markers state B/A',
      ['资 金 来 源', '年初预算数(A)', '全年执行数(B)', '分值(10分)', '得分', '得分计算方法'],
      ['年度资金总额:', 100, 80, 10, 8, '执行率*该指标分值'],
      { fundsBudget: 'B', fundsActual: 'C', fundsWeight: 'D', fundsScore: 'E' },
    ],
    [
      'a 年度预算数(万元) cell over the funds labels is the block title',
      ['年度预算数（万元）', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 80, 10, '80%', 8],
      { fundsBudget: 'B', fundsActual: 'C', fundsWeight: 'D', fundsRate: 'E', fundsScore: 'F' },
    ],
  ])('%s', (_what, header, row, columns) => {
    const [t] = funds(header, [row]);
    expect(t.columns).toMatchObject(columns);
    expect(t.budget.map((b) => [b.label, b.rate, b.weight, b.expectedScore])).toEqual([['年度资金总额', '80', '10', '8']]);
    expect(t.total.weight).toBe('100');
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a blank form with 年度预算数(万元) over its labels reads its funds 分值 (no false WEIGHT_SUM_MISMATCH)', () => {
    const [t] = funds(['年度预算数（万元）', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
      ['年度资金总额', null, null, 10, null, null],
      ['其中：当年财政拨款', null, null, null, null, null],
    ]);
    expect(t.columns.fundsBudget).toBe('B');
    expect(t.total.weight).toBe('100');
    expect(t.findings.map((f) => f.code)).not.toContain('WEIGHT_SUM_MISMATCH');
  });
});

describe('a funds-only table is a table (§8.24)', () => {
  const header: CellLiteral[] = ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  test('its printed rate and its score are checked, with 0 indicators and no grade', () => {
    const tables = funds(header, [['年度资金总额', 100, 100, 80.44, 10, '100%', 10]], false);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect([t.kind, t.indicators.length, t.total.grade]).toEqual(['project', 0, null]);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`)).toEqual(['RATE_MISMATCH F3', 'SCORE_MISMATCH G3']);
  });

  test('an empty funds block is not filled in', () => {
    const [t] = funds(header, [['年度资金总额', null, null, null, 10, null, null]], false);
    expect(t.findings.map((f) => f.code)).toEqual(['TABLE_NOT_FILLED']);
  });
});

describe('weights of a grid cut after its header', () => {
  const header: CellLiteral[] = ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  test.each<[string, CellLiteral, string[]]>([
    ['a scored funds row over an empty grid: 10 ≠ 100', 10, ['WEIGHT_SUM_MISMATCH']],
    ['an unscored funds row over an empty grid: not started, no sum', null, []],
  ])('%s', (_what, score, codes) => {
    const rows: CellLiteral[][] = [['项目支出绩效自评表'], header, ['年度资金总额', 100, 100, 100, 10, '100%', score], HEAD];
    const [t] = checkGrid(gridFromRows('S', rows));
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(codes);
  });

  test('a funds-only table has no weights to add up', () => {
    const rows: CellLiteral[][] = [['项目支出绩效自评表'], header, ['年度资金总额', 100, 100, 100, 10, '100%', 10]];
    expect(checkGrid(gridFromRows('S', rows))[0].findings).toEqual([]);
  });
});

describe('header words with markers (§8.27)', () => {
  test.each<[string, string | null]>([
    ['预期指标值(A)', 'target'],
    ['实际完成指标值(B)', 'actual'],
    ['实际完成值（万元）', 'actual'],
    ['①年度指标值', 'target'],
    ['得分计算方法', null],
    ['评分标准', null],
    ['偏差原因说明', 'reason'],
    ['参考分值', 'weight'],
    ['指标分值(分)', 'weight'],
  ])('%s → %s', (text, role) => expect(indicatorRole(text)).toBe(role));
});

describe('remark rows are not indicators (§8.28)', () => {
  test.each<[string, CellLiteral[], string[]]>([
    ['labelled 其他需要说明事项', ['其他需要说明事项', '无', null, null, null, null, null, null], []],
    ['one merged cell over target … score', [null, null, '说明情况', '本年度无调整', null, null, null, null], ['D5:H5']],
  ])('%s', (_what, remark, merges) => {
    const rows: CellLiteral[][] = [['项目支出绩效自评表'], HEAD, ...BODY.slice(0, 2), remark, BODY[2], ['总分', null, null, null, null, 90, 90, null]];
    const [t] = checkGrid(gridFromRows('S', rows, merges));
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人数', '满意度', '服务满意度']);
    expect(t.findings.filter((f) => f.code === 'UNREADABLE_NUMBER')).toEqual([]);
  });
});

describe('overshoot on "=" (§8.29)', () => {
  test.each<[string, string, string[]]>([
    ['"=" exceeded 8×, no reason: over and a large over-completion', '800人', ['MISSING_REASON', 'LARGE_OVERSHOOT']],
    ['"=" exceeded by 20 %: over only', '120人', ['MISSING_REASON']],
    ['"=" met: nothing', '100人', []],
  ])('%s', (_what, actual, codes) => {
    const rows: CellLiteral[][] = [['项目支出绩效自评表'], HEAD, ['产出指标', '数量指标', '培训人数', '=100人', actual, 90, 90, null], ['总分', null, null, null, null, 90, 90, null]];
    const [t] = checkGrid(gridFromRows('S', rows));
    expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'WEIGHT_SUM_MISMATCH').map((f) => f.code)).toEqual(codes);
  });
});

describe('funds points stated in the block header, no 分值 column (test/corpus README readings)', () => {
  const header: CellLiteral[] = ['预算执行情况(万元)(20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'];
  const noWeightHead: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分', '偏差原因'];
  const grid = (score: CellLiteral): CellLiteral[][] => [
    ['项目支出绩效自评表'],
    header,
    ['年度财政资金总额', 100, 90, '90%', score],
    noWeightHead,
    ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 40, null],
  ];
  test('the stated 20 is the funds 分值 and its 得分 is checked against it', () => {
    const [t] = checkGrid(gridFromRows('S', grid(18)));
    expect(t.budget.map((b) => [b.label, b.weight, b.expectedScore])).toEqual([['年度财政资金总额', '20', '18']]);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });
  test('a funds 得分 over its stated points is a SCORE_MISMATCH', () => {
    const [t] = checkGrid(gridFromRows('S', grid(20)));
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`)).toEqual(['SCORE_MISMATCH E3']);
  });
  test('a grid without a 分值 column has no weights to add up to 100', () => {
    const [t] = checkGrid(gridFromRows('S', grid(18)));
    expect(t.columns.weight).toBeUndefined();
    expect(t.findings.map((f) => f.code)).not.toContain('WEIGHT_SUM_MISMATCH');
  });
});

describe('a funds block of one unlabelled row that records only its rate and score', () => {
  test('执行率权重 / 执行率得分 are its 分值 and 得分; the header\'s label cell names it', () => {
    const [t] = funds(['预算资金', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'], [[null, null, null, null, '76%', 10, 7.6]]);
    expect(t.columns).toMatchObject({ fundsWeight: 'F', fundsScore: 'G' });
    expect(t.budget.map((b) => [b.label, b.weight, b.score])).toEqual([['预算资金', '10', '7.6']]);
    expect(t.total.weight).toBe('100');
  });
});
