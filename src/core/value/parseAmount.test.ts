import fc from 'fast-check';
import { D } from '../decimal';
import { decimalFromText, parseAmount } from './parseAmount';

describe('parseAmount', () => {
  test.each<[string | number | null | undefined, string | undefined, string | null]>([
    ['82,368,086.83', undefined, '82368086.83'],
    ['263,254,643.42', undefined, '263254643.42'],
    ['0.00', undefined, '0'],
    [' 98.8 ', undefined, '98.8'],
    ['99.93%', undefined, '99.93'],
    ['86%', undefined, '86'],
    ['１２３．４５', undefined, '123.45'],
    ['-1,000.5', undefined, '-1000.5'],
    [98.8, undefined, '98.8'],
    [0.1, undefined, '0.1'],
    [0.9927, '0.00%', '99.27'],
    ['0.9927', '0.00%', '99.27'],
    ['99.27%', '0.00%', '99.27'],
    [100, '0.00"%"', '100'],
    ['12,34', undefined, null],
    ['1.2.3', undefined, null],
    ['abc', undefined, null],
    ['', undefined, null],
    ['—', undefined, null],
    [Number.POSITIVE_INFINITY, undefined, null],
    [Number.NaN, undefined, null],
    [null, undefined, null],
    [undefined, undefined, null],
  ])('%p (format %p) → %p', (input, format, expected) => {
    const value = parseAmount(input, format);
    expect(value === null ? null : value.toString()).toBe(expected);
  });

  test('amounts with thousands separators round-trip exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (cents) => {
        const plain = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const grouped = `${(cents / 100n).toLocaleString('en-US')}.${String(cents % 100n).padStart(2, '0')}`;
        expect(parseAmount(grouped)?.toFixed(2)).toBe(plain);
      }),
    );
  });

  test('any finite number reads as the decimal of its shortest representation', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseAmount(n)?.toNumber()).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  // Small whole numbers take D's integer path: the decimal must be the one D reads from the text.
  test.each(['0', '00', '0.00', '973', '973.00', '0973.0', '9999999', '9999999.000', '10000000', '12345678.00', '973.01', '-0', '-0.00', '+5', '1,234.00'])(
    'decimalFromText(%p) is D of the text',
    (text) => {
      const value = decimalFromText(text);
      const expected = D(text.replace(/,/g, ''));
      expect([value.toString(), value.isNegative(), value.d]).toEqual([expected.toString(), expected.isNegative(), expected.d]);
    },
  );
});
