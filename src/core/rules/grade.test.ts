import { D } from '../decimal';
import { grade } from './grade';
import { defaultPack, type RulePack } from './rulePack';
import { capTotal } from './totalCap';

// rules.md §7.13: ≥ 90 优; 80 ≤ t < 90 良; 60 ≤ t < 80 中; < 60 差.
describe('grade', () => {
  test.each([
    ['100', '优'],
    ['98.8', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s → %s', (total, expected) => {
    expect(grade(D(total))).toBe(expected);
  });
});

const cappedPack: RulePack = {
  ...defaultPack,
  id: 'test-caps',
  executionRateCaps: [
    { rateBelow: D(70), maxTotal: D(79) },
    { rateBelow: D(50), maxTotal: D(59) },
  ],
};

describe('capTotal (regional 执行率 caps; none in the default pack)', () => {
  test.each<[string, string | null, RulePack, string]>([
    ['95', '40', defaultPack, '95'],
    ['95', '69.99', cappedPack, '79'],
    ['95', '70', cappedPack, '95'],
    ['95', '49.99', cappedPack, '59'],
    ['55', '10', cappedPack, '55'],
    ['95', null, cappedPack, '95'],
  ])('total %s at rate %p (%#) → %s', (total, rate, pack, expected) => {
    expect(capTotal(D(total), rate === null ? null : D(rate), pack).toString()).toBe(expected);
  });
});
