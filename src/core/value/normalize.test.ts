import fc from 'fast-check';
import { normalizeFully, normalizeValueText } from './normalize';

describe('normalizeValueText', () => {
  test.each([
    ['＞＝９０％', '≥90%'],
    ['>=90%', '≥90%'],
    ['=<5', '≤5'],
    ['≧1', '≥1'],
    ['\u22123', '-3'],
    ['  47  套 ', '47 套'],
    ['1\u200B2', '12'],
    ['5㎡', '5平方米'],
    ['（4场招聘，36场面试）', '(4场招聘,36场面试)'],
    ['=973.00(人)', '=973.00(人)'],
    ['达成指标', '达成指标'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeValueText(raw)).toBe(expected);
  });

  // The fast path (text already canonical is returned as it is) must agree with the full chain.
  const tricky = [...'09.,%()=<>≥≤≧≦ 　\t\n人次万㎡²m³\u200B\u2212（）＞＝％，：…℃a-/—–、。“”‰达'];
  test('agrees with the full normalisation on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tricky), { maxLength: 10 }), (chars) => {
        const text = chars.join('');
        expect(normalizeValueText(text)).toBe(normalizeFully(text));
      }),
      { numRuns: 5000 },
    );
  });
});
