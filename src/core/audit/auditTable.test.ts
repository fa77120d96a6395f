import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import type { Finding, TableReport } from '../report/types';

const HEADER: CellLiteral[] = ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'];

/** One dept table: `rows` are 三级 | 指标值 | 完成值 | 分值 | 得分 | 原因 under one 一级 of 100 points. */
function dept(rows: CellLiteral[][], extra: { merges?: string[]; total?: CellLiteral; weight1?: number } = {}): TableReport {
  const body = rows.map((r, i) => [i === 0 ? '产出指标' : null, i === 0 ? (extra.weight1 ?? 100) : null, i === 0 ? '数量指标' : null, ...r]);
  const total = extra.total === undefined ? [] : [['总分', null, null, null, null, null, null, extra.total]];
  const [t] = checkGrid(gridFromRows('S', [HEADER, ...body, ...total], extra.merges));
  return t;
}

const found = (t: TableReport) => t.findings.map((f: Finding) => `${f.code}/${f.severity}@${f.cell}`);

describe('indicator findings (rules.md §8.11, spec/check-report.md)', () => {
  test.each<[string, CellLiteral[], string[]]>([
    ['met: nothing', ['a', '=100(人)', '100(人)', 100, 100, null], []],
    ['under without reason: error at the reason cell', ['a', '=100(人)', '90(人)', 100, 90, null], ['MISSING_REASON/error@I2']],
    ['under with reason: nothing', ['a', '=100(人)', '90(人)', 100, 90, '人员调整'], []],
    ['strict > at equality is under', ['a', '>90(%)', '90(%)', 100, 100, null], ['MISSING_REASON/error@I2']],
    ['= exceeded without reason: warning', ['a', '=100(人)', '110(人)', 100, 100, null], ['MISSING_REASON/warning@I2']],
    ['partial without reason: error', ['a', '有效', '部分达成指标并具有一定效果', 100, 70, null], ['MISSING_REASON/error@I2']],
    ['met but scored below 分值: error', ['a', '=100(人)', '100(人)', 100, 95, null], ['SCORE_MISMATCH/warning@H2', 'MISSING_REASON/error@I2']],
    ['达成 scored inside its band below 分值: warning', ['a', '及时', '达成指标', 100, 90, null], ['MISSING_REASON/warning@I2']],
    ['达成 scored below its band', ['a', '及时', '达成指标', 100, 70, '说明'], ['SCORE_MISMATCH/warning@H2']],
    ['score over weight: over its 分值 and not the proportional 100', ['a', '=100(人)', '100(人)', 100, 101, null], ['SCORE_OVER_WEIGHT/error@H2', 'SCORE_MISMATCH/warning@H2']],
    ['达成 scored over 分值: over it, and outside its band', ['a', '及时', '达成指标', 100, 101, null], ['SCORE_OVER_WEIGHT/error@H2', 'SCORE_MISMATCH/warning@H2']],
    ['proportional score off by more than 0.01', ['a', '=973(人)', '927(人)', 100, 90, '说明'], ['SCORE_MISMATCH/warning@H2']],
    ['≥ overshoot by 30 % without reason', ['a', '≥100(人)', '140(人)', 100, 100, null], ['LARGE_OVERSHOOT/warning@I2']],
    ['description target: not evaluable (info only)', ['a', '(4场招聘，36场面试)', '40(场)', 100, 100, null], ['NOT_EVALUABLE/info@E2']],
    ['unreadable completion', ['a', '=11(项)', '11 项（就业补贴 110 人、岗位 1600 人）', 100, 100, null], ['NOT_EVALUABLE/info@E2', 'UNRECOGNIZED_VALUE/info@F2']],
  ])('%s', (_what, row, expected) => {
    expect(found(dept([row]))).toEqual(expected);
  });

  test('at most one MISSING_REASON per row, the more severe', () => {
    const t = dept([['a', '=100(人)', '80(人)', 100, 70, null]]);
    expect(t.findings.filter((f) => f.code === 'MISSING_REASON').map((f) => f.severity)).toEqual(['error']);
  });

  test('a reason merged over several rows counts for each of them; a missing one points at the row’s own cell', () => {
    const t = dept(
      [
        ['a', '=100(人)', '90(人)', 50, 45, '两行共用的原因'],
        ['b', '=100(人)', '90(人)', 50, 45, null],
        ['c', '=100(人)', '90(人)', 0, 0, null],
      ],
      { merges: ['I2:I3', 'D4:D4'] },
    );
    expect(found(t).filter((f) => f.startsWith('MISSING_REASON'))).toEqual(['MISSING_REASON/error@I4']);
    expect(t.indicators.map((i) => i.reason)).toEqual(['两行共用的原因', '两行共用的原因', null]);
  });

  test('the report carries the exact decimals as strings', () => {
    const [i] = dept([['征地人员补贴完成情况', '=1751.00(人)', '1575.00(人)', 100, 89.95, '说明']]).indicators;
    expect(i).toEqual({
      row: 2,
      level1: '产出指标',
      level2: '数量指标',
      name: '征地人员补贴完成情况',
      target: '=1751.00(人)',
      actual: '1575.00(人)',
      weight: '100',
      score: '89.95',
      expectedScore: '89.95',
      deviation: 'under',
      reason: '说明',
      cells: { name: 'D2', target: 'E2', actual: 'F2', weight: 'G2', score: 'H2', reason: 'I2' },
    });
  });
});

describe('table findings', () => {
  test.each<[string, TableReport, string[]]>([
    ['total equal to the sum (98.8 = 98.80)', dept([['a', '=100', '100', 60, 60], ['b', '及时', '达成指标', 40, 38.8, '说明']], { total: '98.8' }), []],
    ['total not the sum', dept([['a', '=100', '100', 100, 100]], { total: 99 }), ['TOTAL_MISMATCH/error@H3']],
    ['weights under a 一级 off its 权重', dept([['a', '=100', '100', 100, 100]], { weight1: 90 }), ['WEIGHT_SUM_MISMATCH/error@B2']],
    ['一级 points matching but the table not adding to 100', dept([['a', '=100', '100', 90, 90]], { weight1: 90, total: 90 }), ['WEIGHT_SUM_MISMATCH/error@G2']],
    ['a name twice', dept([['a', '=1', '1', 50, 50], ['a', '=1', '1', 50, 50]]), ['DUPLICATE_INDICATOR/warning@D3']],
  ])('%s', (_what, t, expected) => expect(found(t)).toEqual(expected));

  test('totals and grade', () => {
    const t = dept([['a', '=100', '100', 60, 60], ['b', '=100', '80', 40, 32, '说明']], { total: 92 });
    expect(t.total).toEqual({ weight: '100', score: '92', recordedScore: '92', grade: '优', cappedScore: '92', cappedGrade: '优' });
  });
});

describe('funds findings (rules.md §7.2–7.3, §8.1)', () => {
  const funds = (rows: CellLiteral[][]): TableReport => {
    const [t] = checkGrid(gridFromRows('S', [[null, '全年预算数', '全年执行数', '执行率'], ...rows, ['指标名称', '计划', '完成'], ['a', '=1', '1']]));
    return t;
  };
  test.each<[string, CellLiteral[], string | null, string[]]>([
    ['cut rate recorded', ['财政拨款', '82,368,086.83', '81,774,893.77', 99.27], '99.27', []],
    ['half-up rate recorded: info', ['财政拨款', '82,368,086.83', '81,774,893.77', '99.28%'], '99.27', ['RATE_CONVENTION/info@D2']],
    ['wrong rate', ['财政拨款', 100, 90, 91], '90', ['RATE_MISMATCH/error@D2']],
    ['blank rate: no finding', ['财政拨款', 100, 90, null], '90', []],
    ['zero budget, 0.00 recorded: no rate, no finding', ['其他资金', '0.00', '0.00', '0.00'], null, []],
    ['rate over 100 %', ['财政拨款', 100, 120, 120], '120', ['RATE_OVER_100/warning@D2']],
    ['rate as a percent-formatted number', ['财政拨款', 100, 90, { value: 0.9, numberFormat: '0.00%' }], '90', []],
    ['rate as an unformatted fraction (=B/A)', ['财政拨款', '82,368,086.83', '81,774,893.77', 0.9927], '99.27', []],
    ['a fraction that is not the rate', ['财政拨款', 100, 90, 0.5], '90', ['RATE_MISMATCH/error@D2']],
  ])('%s', (_what, row, rate, expected) => {
    const t = funds([row]);
    expect(t.budget[0].rate).toBe(rate);
    expect(found(t)).toEqual(expected);
  });

  test('资金来源 and 资金结构 must add up to the same amounts', () => {
    const t = funds([
      ['资金来源:(1)财政拨款', 100, 90, 90],
      ['(2)其他资金', 10, 10, 100],
      ['资金结构:(1)基本支出', 50, 50, 100],
      ['(2)项目支出', 50, 40, 80],
    ]);
    expect(found(t)).toEqual(['FUNDS_SUM_MISMATCH/warning@B2', 'FUNDS_SUM_MISMATCH/warning@C2']);
  });
});
