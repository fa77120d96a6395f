import { D, type Dec } from '../decimal';
import { DecimalSum } from './decimalSum';

/** What adding one by one gives: the reference DecimalSum must match digit for digit. */
function oneByOne(start: Dec | null, values: Dec[]): string | null {
  let sum = start;
  for (const v of values) sum = (sum ?? D(0)).plus(v);
  return sum === null ? null : sum.toString();
}

function counted(start: Dec | null, values: Dec[]): string | null {
  const s = new DecimalSum(start);
  for (const v of values) s.add(v);
  return s.value()?.toString() ?? null;
}

const one = D('1.00');
const half = D('0.5');
const many = Array.from({ length: 200 }, (_, i) => D(i).div(7).toDecimalPlaces(3));

describe('DecimalSum equals adding one by one', () => {
  test.each<[string, Dec | null, Dec[]]>([
    ['nothing, no start', null, []],
    ['nothing, a start', D('12.5'), []],
    ['repeated objects', null, [one, half, one, one, half]],
    ['a start and repeats', D('3.25'), [one, one, half]],
    ['more distinct values than counted', null, [...many, one, ...many]],
    ['a value past 10^12 then small ones', null, [one, D('1e30'), half, D('1e-20'), one]],
    ['many decimals', D('0.1234567'), [one, D('0.00000001'), one]],
    ['a start past the exact range', D('1e39'), [one, one, D('0.001')]],
    ['negative values', null, [D(-1), one, D('-0.25'), one]],
  ])('%s', (_what, start, values) => {
    expect(counted(start, values)).toBe(oneByOne(start, values));
  });
});
