import { moneyWithUnit } from './moneyAmount';

describe('moneyWithUnit (rules.md §8.25)', () => {
  test.each<[string, string | null, string | null]>([
    ['4753.66万元', '4753.66', '万元'],
    ['10万', '10', '万元'],
    ['0.5亿', '0.5', '亿元'],
    ['1,000元', '1000', '元'],
    ['约100万', null, null],
    ['10千', null, null],
  ])('%s → %s %s', (text, amount, unit) => {
    const m = moneyWithUnit(text);
    expect(m ? [m.amount.toString(), m.unit] : [null, null]).toEqual([amount, unit]);
  });
});
