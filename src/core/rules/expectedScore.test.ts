import fc from 'fast-check';
import { D } from '../decimal';
import { parseValue } from '../value/parseValue';
import { checkRecordedScore, expectedScore, qualitativeBand } from './expectedScore';
import { defaultPack, pmkpiPack, type RulePack } from './rulePack';

const deductionPack: RulePack = { ...defaultPack, id: 'test-deduction', deviationDeduction: { ratio: D('0.3'), points: D(2) } };

// rules.md §7.7, §8.4: value | explanation.
describe('expectedScore: quantitative', () => {
  test.each([
    ['=973.00(人)', '927.00(人)', '1', defaultPack, '0.95', '927 ÷ 973 × 1.00 = 0.95'],
    ['=1751.00(人)', '1575.00(人)', '1', defaultPack, '0.90', '1575 ÷ 1751 × 1.00 = 0.90'],
    ['=4.00(个)', '0.00(个)', '1', defaultPack, '0.00', '0 ÷ 4 × 1.00 = 0.00'],
    ['=47.00(套)', '40.00(套)', '2', defaultPack, '1.70', '40 ÷ 47 × 2.00 = 1.70'],
    ['=100(人)', '150(人)', '2', defaultPack, '2.00', '完成值 150 ≥ 指标值 100，得满分 2.00'],
    ['>80.00(%)', '80.00(%)', '3', defaultPack, '3.00', '完成值 80 = 指标值 80，按公式得满分 3.00，但未达到“大于”，仍属偏差'],
    ['≥85.00(%)', '90.00(%)', '3', defaultPack, '3.00', '完成值 90 ≥ 指标值 85，得满分 3.00'],
    ['15万人次', '120000(人次)', '2', defaultPack, '1.60', '120000 ÷ 150000 × 2.00 = 1.60'],
    ['≤100.00(%)', '100.00(%)', '2', defaultPack, '2.00', '完成值 100 ≤ 指标值 100，得满分 2.00'],
    ['≤5(天)', '8(天)', '2', defaultPack, '1.25', '5 ÷ 8 × 2.00 = 1.25'],
    ['<5(天)', '5(天)', '2', defaultPack, '2.00', '完成值 5 = 指标值 5，按公式得满分 2.00，但未达到“小于”，仍属偏差'],
    ['≤5(天)', '8(天)', '2', pmkpiPack, '0.80', '(1 − (8 − 5) ÷ 5) × 2.00 = 0.80'],
    ['≤5(天)', '12(天)', '2', pmkpiPack, '0.00', '(1 − (12 − 5) ÷ 5) × 2.00 = 0.00'],
    ['0.00(次)', '0.00(次)', '2', defaultPack, '2.00', '完成值 0 ≤ 指标值 0，得满分 2.00'],
    ['0.00(次)', '1(次)', '2', defaultPack, '0.00', '指标值为 0，完成值 1 超出，得 0.00'],
    ['=0(次)', '1(次)', '2', defaultPack, '0.00', '指标值为 0，完成值 1 未达到要求，得 0.00'],
    ['≥0(次)', '3(次)', '2', defaultPack, '2.00', '指标值为 0，完成值 3 达到要求，得 2.00'],
    ['=100(人)', '-5(人)', '2', defaultPack, '0.00', '完成值为负数，得 0.00'],
    ['=100(人)', '60(人)', '2', deductionPack, '1.20', '60 ÷ 100 × 2.00 = 1.20'],
    ['=100(人)', '140(人)', '10', deductionPack, '8.00', '完成值 140 ≥ 指标值 100，得满分 10.00；偏离 40%，扣 2 分，得 8.00'],
    ['≥100(人)', '130(人)', '1', deductionPack, '0.00', '完成值 130 ≥ 指标值 100，得满分 1.00；偏离 30%，扣 2 分，得 0.00'],
    ['=100(人)', '80(人)', '2', deductionPack, '1.60', '80 ÷ 100 × 2.00 = 1.60'],
  ])('%s vs %s, 分值 %s (%#) → %s', (target, actual, weight, pack, value, explanation) => {
    const result = expectedScore(parseValue(target), parseValue(actual), D(weight), pack);
    expect([result.value?.toFixed(2), result.explanation]).toEqual([value, explanation]);
  });
});

// rules.md §7.8, §8.6: 达成 → w in [0.8w, w]; 部分达成/未达成 → judgement within their bands.
describe('expectedScore: qualitative and not evaluable', () => {
  test.each([
    ['及时', '达成指标', '2', '2.00', '[1.60, 2.00]', '定性指标达成，得分区间 [1.60, 2.00]，预期 2.00'],
    ['稳定', '部分达成指标并具有一定效果', '3', null, '[1.80, 2.40)', '定性指标部分达成，得分区间 [1.80, 2.40)，由评价人判断'],
    ['稳定', '未达成指标且效果较差', '3', null, '[0.00, 1.80)', '定性指标未达成，得分区间 [0.00, 1.80)，由评价人判断'],
    ['(4场招聘，36场面试)', '40.00(场)', '1', null, null, '无法计算：指标值是文字说明，没有运算符和数值'],
  ])('%s vs %s, 分值 %s → %s %s', (target, actual, weight, value, band, explanation) => {
    const result = expectedScore(parseValue(target), parseValue(actual), D(weight));
    const shownBand = result.band && `[${result.band.min.toFixed(2)}, ${result.band.max.toFixed(2)}${result.band.maxInclusive ? ']' : ')'}`;
    expect([result.value?.toFixed(2) ?? null, shownBand, result.explanation]).toEqual([value, band, explanation]);
  });

  test('bands round their bounds half-up to 2 dp: 0.8 × 0.99 = 0.792 → 0.79', () => {
    expect(qualitativeBand('met', D('0.99')).min.toFixed(2)).toBe('0.79');
  });
});

// rules.md §7.9, §8.5, §8.6.
describe('checkRecordedScore', () => {
  test.each([
    ['=973.00(人)', '927.00(人)', '1', '0.90', 'mismatch'],
    ['=973.00(人)', '927.00(人)', '1', '0.95', 'ok'],
    ['=973.00(人)', '927.00(人)', '1', '0.96', 'ok'],
    ['=973.00(人)', '927.00(人)', '1', '0.94', 'mismatch'],
    ['=1751.00(人)', '1575.00(人)', '1', '0.90', 'ok'],
    ['=1751.00(人)', '1575.00(人)', '1', '0.89', 'ok'],
    ['=1751.00(人)', '1575.00(人)', '1', '0.88', 'mismatch'],
    ['=100(人)', '100(人)', '1', '1.01', 'over-weight'],
    ['=100(人)', '100(人)', '1', '-0.5', 'negative'],
    ['及时', '达成指标', '2', '1.60', 'ok'],
    ['及时', '达成指标', '2', '1.59', 'mismatch'],
    ['及时', '部分达成指标并具有一定效果', '2', '1.60', 'mismatch'],
    ['及时', '部分达成指标并具有一定效果', '2', '1.20', 'ok'],
    ['及时', '未达成指标且效果较差', '2', '0', 'ok'],
    ['及时', '未达成指标且效果较差', '2', '1.20', 'mismatch'],
    ['(4场招聘，36场面试)', '40.00(场)', '1', '1', 'ok'],
  ])('%s vs %s, 分值 %s, recorded %s → %s', (target, actual, weight, recorded, expected) => {
    const result = expectedScore(parseValue(target), parseValue(actual), D(weight));
    expect(checkRecordedScore(D(recorded), result, D(weight))).toBe(expected);
  });
});

describe('expectedScore properties', () => {
  const op = fc.constantFrom('=', '≥', '>', '≤', '<');
  const count = fc.integer({ min: 0, max: 100000 });
  const weight = fc.integer({ min: 0, max: 3000 }).map((cents) => D(cents).div(100));
  const packs = fc.constantFrom(defaultPack, pmkpiPack);
  test('a quantitative score lies in [0, 分值] and agrees with its own recorded value', () => {
    fc.assert(
      fc.property(op, count, count, weight, packs, (o, t, a, w, pack) => {
        const result = expectedScore(parseValue(`${o}${t}(人)`), parseValue(`${a}(人)`), w, pack);
        const value = result.value ?? D(-1);
        expect([value.gte(0) && value.lte(w), checkRecordedScore(value, result, w, pack)]).toEqual([true, 'ok']);
      }),
    );
  });
});
