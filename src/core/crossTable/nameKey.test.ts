import { indicatorKey, isOneCharVariant, isPlaceholderName } from './nameKey';

describe('indicatorKey: names matched across tables (rules.md §8.12 + spaces + width)', () => {
  test.each([
    ['受理大厅日常受理量', '受理大厅日常受理量'],
    [' 受理大厅 日常受理量 ', '受理大厅日常受理量'],
    ['政策知晓度（%）', '政策知晓度(%)'],
    ['ＡＢＣ满意度', 'ABC满意度'],
    ['指标1:服务对象满意度', '指标1:服务对象满意度'],
  ])('%s → %s', (name, key) => expect(indicatorKey(name)).toBe(key));
});

describe('isOneCharVariant: a typo or a page-break split, never a short or distant name', () => {
  test.each([
    ['各类困难救助补贴对象应发尽放率', '各类困难救助补贴对象应发尽发率', true],
    ['改善补助对象生活水', '改善补助对象生活水平', true],
    ['改善补助对象生活水平', '改善补助对象生活水', true],
    ['和谐贡献奖发放及时率', '和谐贡献奖发放准确率', false],
    ['服务水平', '服务水准', false],
    ['受理服务计划完成情况', '受理服务计划完成情况', false],
    ['提高老年人养老服务水平', '提高老年人生活质量', false],
  ])('%s / %s → %s', (a, b, variant) => expect(isOneCharVariant(a, b)).toBe(variant));
});

test.each([['无', true], ['/', true], ['……', true], ['', true], ['无信访', false]])('placeholder name %s → %s', (key, placeholder) => {
  expect(isPlaceholderName(key)).toBe(placeholder);
});
