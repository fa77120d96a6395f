import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';

const FUNDS_HEAD: CellLiteral[] = ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const HEAD: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function project(fundsRows: CellLiteral[][]) {
  const rows: CellLiteral[][] = [
    ['项目支出绩效自评表'],
    FUNDS_HEAD,
    ...fundsRows,
    HEAD,
    ['产出指标', '数量指标', '改造数量', '=10(个)', '10(个)', 90, 90, null],
    ['总分', null, null, null, null, 100, 100, null],
  ];
  const [t] = checkGrid(gridFromRows('S', rows));
  return t;
}

/** rules.md §8.16: only the funds total is scored. */
describe('the scored funds row', () => {
  test('a 其中 sub-row repeating 分值 10 / 得分 adds nothing and is not checked', () => {
    const t = project([
      [null, '年度资金总额', 100, 100, 100, 10, '100%', 10],
      [null, '其中：当年财政拨款', 100, 100, 100, 10, '100%', 5],
    ]);
    expect([t.total.weight, t.total.score, t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)]).toEqual(['100', '100', []]);
    expect(t.budget.map((b) => [b.weight, b.score])).toEqual([
      ['10', '10'],
      [null, null],
    ]);
  });

  test('the total is scored wherever it stands; its own score is checked', () => {
    const t = project([
      [null, '其中：当年财政拨款', 100, 100, 50, 10, '50%', 5],
      [null, '年度资金总额', 100, 100, 80, 10, '80%', 10],
    ]);
    expect([t.total.score, t.findings.filter((f) => f.code === 'SCORE_MISMATCH').map((f) => f.cell)]).toEqual(['100', ['H4']]);
  });

  test('a table whose only scored funds row is not labelled a total scores that row', () => {
    const t = project([[null, '财政拨款', 100, 100, 100, 10, '100%', 10]]);
    expect(t.total.weight).toBe('100');
  });

  test('funds rows name their cells', () => {
    const t = project([[null, '年度资金总额', 100, 100, 100, 10, '100%', 10]]);
    expect(t.budget[0].cells).toEqual({ initial: 'C3', budget: 'D3', actual: 'E3', rate: 'G3', weight: 'F3', score: 'H3' });
  });

  test.each<[string, string, string[]]>([
    ['a dash states no rate', '—', []],
    ['a slash states no rate', '/', []],
    ['an error value is no number', '#DIV/0!', ['UNREADABLE_NUMBER@G4']],
  ])('the 执行率 of a 其中 row: %s', (_what, rate, expected) => {
    const t = project([
      [null, '年度资金总额', 100, 100, 100, 10, '100%', 10],
      [null, '其中：当年财政拨款', 100, 100, 100, null, rate, null],
    ]);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual(expected);
  });
});

/** rules.md §8.18: a row is never dropped from a sum without a finding — funds rows included. */
describe('funds amounts written with more than a number', () => {
  // rules.md §8.25: an amount with a money unit is read in that unit, converted to the table's (项目资金(万元) here).
  test.each<[string, CellLiteral, CellLiteral, string, string, string]>([
    ['"120.00万元" in a 万元 table is 120', '120.00万元', '108.00万元', '120', '108', '90'],
    ['"1,000元" in a 万元 table is 0.1', '1,000元', '900元', '0.1', '0.09', '90'],
    ['"0.012亿元" in a 万元 table is 120', '0.012亿元', '108万元', '120', '108', '90'],
    ['a bare 万 ("120万") is 万元', '120万', '108万', '120', '108', '90'],
  ])('%s (NUMBER_AS_TEXT), and the row keeps its rate and score', (_what, budget, executed, b, e, rate) => {
    const t = project([[null, '年度资金总额', null, budget, executed, 10, '90.00%', 9]]);
    expect(t.budget.map((r) => [r.budget, r.actual, r.rate, r.expectedScore])).toEqual([[b, e, rate, '9']]);
    expect(t.findings.filter((f) => f.code === 'NUMBER_AS_TEXT').map((f) => f.cell)).toEqual(['D3', 'E3']);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(['TOTAL_MISMATCH']);
  });

  test('without a stated unit an amount with a unit word is taken as written', () => {
    const rows: CellLiteral[][] = [
      ['项目支出绩效自评表'],
      ['项目资金', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', null, '4753.66万元', '4753.66万元', 10, '100%', 10],
      HEAD,
      ['产出指标', '数量指标', '改造数量', '=10(个)', '10(个)', 90, 90, null],
    ];
    const [t] = checkGrid(gridFromRows('S', rows));
    expect(t.budget.map((r) => [r.budget, r.rate])).toEqual([['4753.66', '100']]);
  });

  test('"约120万元" is no amount: UNREADABLE_NUMBER, the row stays and its 分值 still counts', () => {
    const t = project([[null, '年度资金总额', null, '约120万元', '108.00万元', 10, '90.00%', 9]]);
    expect(t.budget.map((b) => [b.label, b.budget, b.actual, b.weight])).toEqual([['年度资金总额', null, '108', '10']]);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`)).toEqual(['UNREADABLE_NUMBER D3', 'TOTAL_MISMATCH G6']);
    expect(t.total.weight).toBe('100');
  });

  test('a text row with a funds word and no figure under the amounts ends the block', () => {
    const t = project([
      [null, '年度资金总额', 100, 100, 90, 10, '90%', 9],
      [null, '资金使用说明', null, '按进度拨付', null, null, null, null],
    ]);
    expect(t.budget.map((b) => b.label)).toEqual(['年度资金总额']);
  });
});
