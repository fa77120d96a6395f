import { D } from '../decimal';
import { atMostZero } from './atMostZero';

describe('atMostZero is x.lte(0)', () => {
  test.each(['0', '-0', '-1e-30', '-5', '1e-30', '7', 'NaN', 'Infinity', '-Infinity'])('%s', (x) => {
    expect(atMostZero(D(x))).toBe(D(x).lte(0));
  });
});
