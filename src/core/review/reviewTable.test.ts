import { gridFromRows } from '../grid/fromRows';
import type { Deviation } from '../report/types';
import { costDirection, percentOver100, reasonContradicts } from './indicatorChecks';
import { statedMoneyUnit } from './moneyUnit';
import { reviewTable } from './reviewTable';
import { fundsRow, indicatorRow, tableReport } from './tableFixture';

describe('PERCENT_OVER_100: a share indicator completed above 100 %', () => {
  test.each([
    ['服务对象满意度', '≥90%', '105%', true],
    ['验收合格率', '=100(%)', '101.00(%)', true],
    ['上级交办工作完成率', '=100.00(%)', '100.00(%)', false],
    ['新增就业岗位完成率', '=100.00(%)', '104.00(%)', false],
    ['政策知晓率', '≥90%', '100.5%', true],
    ['验收合格率', '=100(%)', '120', true],
    ['应发尽发率', '=679.00(人次)', '700(人次)', false],
    ['收入增长率', '≥5%', '120%', false],
    ['培训人次', '≥100(%)', '130(%)', false],
    ['满意度', '≥90%', '达成指标', false],
  ])('%s %s → %s: %s', (name, target, actual, flagged) => {
    expect(percentOver100(indicatorRow(5, { name, target, actual }))?.code ?? null).toBe(flagged ? 'PERCENT_OVER_100' : null);
  });
});

describe('COST_DIRECTION (info): a 成本指标 written ≥ or >', () => {
  test.each([
    ['成本指标', '单位造价', '≥500(元/平方米)', true],
    ['成本指标', '单位造价', '>500(元)', true],
    ['成本指标', '单位造价', '≤500(元)', false],
    ['成本指标', '单位造价', '500(元)', false],
    ['数量指标', '培训人次', '≥500(人次)', false],
    [null, '项目成本控制数', '≥100(万元)', true],
  ])('%s / %s %s → %s', (level2, name, target, flagged) => {
    const f = costDirection(indicatorRow(5, { level2, name, target }));
    expect([f?.code ?? null, f?.severity ?? null]).toEqual(flagged ? ['COST_DIRECTION', 'info'] : [null, null]);
  });
});

describe('REASON_CONTRADICTS: under or partial, but the reason says it was done', () => {
  test.each<[Deviation, string | null, string | null]>([
    ['under', '该项工作已完成', '已完成'],
    ['under', '年度任务全部完成。', '全部完成'],
    ['partial', '目标基本达成，效果良好；已达成预期', '达成'],
    ['under', '受疫情影响未完成，明年补足', null],
    ['under', '部分完成，剩余 7 套明年采购', null],
    ['under', '已完成 40 套，剩余 7 套明年采购', null],
    ['under', '达成率 85%，原因是…', null],
    ['under', '未能全部完成', null],
    ['none', '已完成', null],
    ['under', null, null],
  ])('%s, reason %s → %s', (deviation, reason, phrase) => {
    const f = reasonContradicts(indicatorRow(5, { deviation, reason }));
    expect(f === null ? null : f.params.phrase).toBe(phrase);
  });
});

describe('AMOUNT_UNIT_SUSPECT: amounts against the stated money unit', () => {
  const grid = (unitHeader: string) =>
    gridFromRows('S', [['项目支出绩效自评表'], [unitHeader, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], ['年度资金总额']]);

  test.each([
    ['项目资金(万元)', '82368086.83', '81774893.77', '万元', true],
    ['项目资金(万元)', '8236.81', '8177.49', '万元', false],
    ['整体支出规模(元)', '0.35', '0.30', '元', true],
    ['整体支出规模（元）', '82368086.83', '81774893.77', '元', false],
    ['项目资金', '0.35', '0.30', null, false],
  ])('%s with %s', (header, budget, actual, unit, flagged) => {
    const g = grid(header);
    expect(statedMoneyUnit(g, 2)).toBe(unit);
    const table = tableReport({ budget: [fundsRow(3, '年度资金总额', budget, actual)] });
    const out = reviewTable(table, g).findings;
    expect(out.map((f) => [f.code, f.cell])).toEqual(flagged ? [['AMOUNT_UNIT_SUSPECT', 'D3']] : []);
  });

  test('zero amounts (其他资金 0.00) are never suspect', () => {
    const table = tableReport({ budget: [fundsRow(3, '年度资金总额', '0.00', '0.00')] });
    expect(reviewTable(table, grid('项目资金(元)')).findings).toEqual([]);
  });
});

test('reviewTable adds its findings in sheet order, warnings and info only', () => {
  const table = tableReport({
    findings: [{ code: 'DEVIATION', severity: 'warning', cell: 'E4', message: 'x' }],
    indicators: [indicatorRow(9, { name: '满意度', target: '≥90%', actual: '105%' }), indicatorRow(2, { level2: '成本指标', name: '单价', target: '≥5(元)' })],
  });
  const out = reviewTable(table, null).findings;
  expect(out.map((f) => `${f.code} ${f.cell} ${f.severity}`)).toEqual(['COST_DIRECTION D2 info', 'DEVIATION E4 warning', 'PERCENT_OVER_100 E9 warning']);
});
