import { parseValue } from '../value/parseValue';
import { assessIndicator } from './assessIndicator';

/** "<class> <deviation>" plus " large" / " missing-target" flags. */
function summary(target: string, actual: string): string {
  const a = assessIndicator(parseValue(target), parseValue(actual));
  return [a.class, a.deviation, a.largeOvershoot ? 'large' : '', a.missingTarget ? 'missing-target' : ''].filter(Boolean).join(' ');
}

// rules.md §7.6 and the §8.11 table: deviation by operator, at, below and above the target.
describe('assessIndicator: deviation by operator (§8.11)', () => {
  test.each([
    ['=100(人)', '99(人)', 'quantitative under'],
    ['=100(人)', '100(人)', 'quantitative none'],
    ['=100(人)', '101(人)', 'quantitative over'],
    ['=100(人)', '130(人)', 'quantitative over large'],
    ['≥100(人)', '99.99(人)', 'quantitative under'],
    ['≥100(人)', '100(人)', 'quantitative none'],
    ['≥100(人)', '129.99(人)', 'quantitative none'],
    ['≥100(人)', '130(人)', 'quantitative none large'],
    ['>100(人)', '100(人)', 'quantitative under'],
    ['>100(人)', '100.01(人)', 'quantitative none'],
    ['>100(人)', '130(人)', 'quantitative none large'],
    ['≤5(次)', '5(次)', 'quantitative none'],
    ['≤5(次)', '6(次)', 'quantitative under'],
    ['≤5(次)', '50(次)', 'quantitative under'],
    ['<5(次)', '5(次)', 'quantitative under'],
    ['<5(次)', '4(次)', 'quantitative none'],
    ['0.00(次)', '0.00(次)', 'quantitative none'],
    ['0.00(次)', '1(次)', 'quantitative under'],
    ['≥0(次)', '5(次)', 'quantitative none'],
    ['=100.00(%)', '百分百', 'quantitative none'],
    ['=47.00(套)', '40.00(套)', 'quantitative under'],
    ['>95.00(%)', '90.00(%)', 'quantitative under'],
  ])('%s vs %s → %s', (target, actual, expected) => {
    expect(summary(target, actual)).toBe(expected);
  });
});

describe('assessIndicator: units, scaling, completion cells (§6, §8.12)', () => {
  test.each([
    ['15万人次', '=150000.00(人次)', 'quantitative none'],
    ['15万人次', '120000.00(人次)', 'quantitative under'],
    ['=350.00(万)', '350.00(万)', 'quantitative none'],
    ['=350.00(万)', '350', 'quantitative none'],
    ['=15(万人次)', '12', 'quantitative under'],
    ['=12(个月)', '12', 'quantitative none'],
    ['=973.00(人)', '≥973(人)', 'quantitative none'],
    ['≥266(米)', '≥266米', 'quantitative none'],
    ['=100(%)', '0.99', 'quantitative under'],
    ['=4.00(个)', '4.00(台)', 'not-evaluable unknown'],
    ['=100(%)', '100(人)', 'not-evaluable unknown'],
    ['≥460', '460.00(人)', 'quantitative none'],
  ])('%s vs %s → %s', (target, actual, expected) => {
    expect(summary(target, actual)).toBe(expected);
  });
});

describe('assessIndicator: qualitative, missing and not evaluable (§7.5, §8.8)', () => {
  test.each([
    ['及时', '达成指标', 'qualitative none'],
    ['及时', '部分达成指标并具有一定效果', 'qualitative partial'],
    ['稳定', '未达成指标且效果较差', 'qualitative under'],
    ['百分百', '达成指标', 'qualitative none'],
    ['=100.00(%)', '达成预期指标', 'qualitative none'],
    ['2024年10月底前', '已达成', 'qualitative none'],
    ['无', '达成指标', 'qualitative none missing-target'],
    ['无 100', '达成指标', 'qualitative none missing-target'],
    ['为 100', '部分达成指标并具有一定效果', 'qualitative partial missing-target'],
    ['', '未达成', 'qualitative under missing-target'],
    ['无', '100%', 'not-evaluable unknown missing-target'],
    ['无', '', 'not-evaluable unknown missing-target'],
    ['(4场招聘，36场面试)', '40.00(场(4场招聘，36场面试))', 'not-evaluable unknown'],
    ['11 项（就业困难人员补贴 110 人）', '达成指标', 'not-evaluable unknown'],
    ['=39.00(项)', '', 'not-evaluable unknown'],
    ['=39.00(项)', '(见附件)', 'not-evaluable unknown'],
    ['=39.00(项)', '较好', 'not-evaluable unknown'],
    ['及时', '100%', 'not-evaluable unknown'],
    ['及时', '', 'not-evaluable unknown'],
    ['及时', '及时', 'qualitative none'],
    ['有效', ' 有效 ', 'qualitative none'],
    ['及时', '较及时', 'not-evaluable unknown'],
    ['0.00(次)', '无', 'quantitative none'],
    ['0起', '零', 'quantitative none'],
    ['=5(次)', '无', 'not-evaluable unknown'],
  ])('%s vs %s → %s', (target, actual, expected) => {
    expect(summary(target, actual)).toBe(expected);
  });

  test('a not-evaluable row says why, in Chinese', () => {
    expect(assessIndicator(parseValue('=4.00(个)'), parseValue('4.00(台)')).notEvaluableReason).toBe('单位不一致：指标值为“个”，完成值为“台”');
  });

  test('a completion without unit is compared with the target’s unit', () => {
    const a = assessIndicator(parseValue('=15(万人次)'), parseValue('12'));
    expect(a.actual.type === 'quant' && [a.actual.amount.toFixed(), a.actual.unit]).toEqual(['120000', '人次']);
  });
});
