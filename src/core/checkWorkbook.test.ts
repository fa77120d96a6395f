import { checkWorkbook } from './checkWorkbook';
import { gridFromRows, type CellLiteral } from './grid/fromRows';
import { parseRulePackFile } from './rules/packFile';
import { defaultPack, yitihua2022Pack, type RulePack } from './rules/rulePack';

const FUNDS_HEAD: CellLiteral[] = ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const HEAD: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** A project table: funds total budget/actual (score 10 × rate), one indicator of 分值 90, and its total. */
function project(budget: number, actual: number, fundsScore: number, indicator: [string, string, number]) {
  const [target, completion, score] = indicator;
  return gridFromRows('项目', [
    ['项目支出绩效自评表'],
    FUNDS_HEAD,
    [null, '年度资金总额', budget, budget, actual, 10, `${(actual / budget) * 100}%`, fundsScore],
    HEAD,
    ['产出指标', '数量指标', '改造数量', target, completion, 90, score, '超额完成'],
    ['总分', null, null, null, null, 100, fundsScore + score, null],
  ]);
}

const run = (pack: RulePack, ...grids: ReturnType<typeof project>[]) => checkWorkbook(grids, { pack });

describe('checkWorkbook applies everything the pack says', () => {
  test.each([
    // pack, cappedScore, cappedGrade, TOTAL_OVER_CAP cells
    ['default', defaultPack, '97.5', '优', []],
    ['yitihua-2022', yitihua2022Pack, '89', '良', ['G3']],
  ])('执行率 75%%, total 97.5, pack %s: capped %#', (_id, pack, cappedScore, cappedGrade, cells) => {
    const [t] = run(pack, project(100, 75, 7.5, ['=10(个)', '10(个)', 90]));
    expect([t.total.score, t.total.grade, t.total.cappedScore, t.total.cappedGrade]).toEqual(['97.5', '优', cappedScore, cappedGrade]);
    expect(t.findings.filter((f) => f.code === 'TOTAL_OVER_CAP').map((f) => f.cell)).toEqual(cells);
  });

  test.each([
    ['default', defaultPack, '90'],
    ['yitihua-2022', yitihua2022Pack, '88'],
  ])('a completion 30%% over its target, pack %s: expected score (the −2 deduction)', (_id, pack, expected) => {
    const [t] = run(pack, project(100, 100, 10, ['=10(个)', '13(个)', 90]));
    expect(t.indicators[0].expectedScore).toBe(expected);
  });

  test('a pack file is applied like a built-in pack (caps of its own)', () => {
    const pack = parseRulePackFile(JSON.stringify({ id: 'strict', name: '严格', executionRateCaps: [{ rateBelow: '95', maxTotal: '80' }] }));
    const [t] = run(pack, project(100, 90, 9, ['=10(个)', '10(个)', 90]));
    expect([t.total.cappedScore, t.total.cappedGrade]).toEqual(['80', '良']);
  });

  test('the pack rounding is the default rounding; an explicit one wins', () => {
    const grid = project(3, 2, 6.67, ['=10(个)', '10(个)', 90]);
    const rate = (rounding?: 'cut' | 'round') => checkWorkbook([grid], { pack: defaultPack, rounding })[0].budget[0].rate;
    expect([rate(), rate('round')]).toEqual(['66.66', '66.67']);
  });

  test('reviewers’ checks run per sheet with the sheet’s grid (money unit read from it)', () => {
    const [t] = run(defaultPack, project(82368086.83, 81774893.77, 9.93, ['=10(个)', '10(个)', 90]));
    expect(t.findings.filter((f) => f.code === 'AMOUNT_UNIT_SUSPECT').map((f) => f.cell)).toEqual(['D3']);
  });

  test('tables come in sheet order, every sheet checked', () => {
    const a = project(100, 100, 10, ['=10(个)', '10(个)', 90]);
    const b = { ...project(100, 100, 10, ['=10(个)', '10(个)', 90]), sheet: '第二张' };
    expect(run(defaultPack, a, b).map((t) => t.sheet)).toEqual(['项目', '第二张']);
  });
});
