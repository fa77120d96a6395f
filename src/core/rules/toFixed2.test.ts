import fc from 'fast-check';
import { D } from '../decimal';
import { toFixed2 } from './toFixed2';

describe('toFixed2 is toFixed(2)', () => {
  test.each(['0', '-0', '1', '1.5', '-1.5', '0.95', '1.555', '-0.001', '0.005', '1e21', '1e-7', 'NaN', 'Infinity', '-Infinity'])('%s', (x) => {
    expect(toFixed2(D(x))).toBe(D(x).toFixed(2));
  });

  test('for any decimal', () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -40, max: 40 })).map(([n, e]) => D(`${n}e${e}`));
    fc.assert(fc.property(decimal, (x) => expect(toFixed2(x)).toBe(x.toFixed(2))));
  });
});
