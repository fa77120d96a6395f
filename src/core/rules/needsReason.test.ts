import { D } from '../decimal';
import { parseValue } from '../value/parseValue';
import { assessIndicator } from './assessIndicator';
import { needsReason } from './needsReason';

/** "<code> <severity> <because>" or "-". */
function summary(target: string | null, actual: string, weight: string | null, score: string | null, inputManagement = false): string {
  const assessment = target === null ? null : assessIndicator(parseValue(target), parseValue(actual));
  const need = needsReason({ assessment, weight: weight === null ? null : D(weight), score: score === null ? null : D(score), inputManagement });
  return need.required ? `${need.code} ${need.severity} ${need.because}` : need.code ?? '-';
}

// rules.md §8.11, one line per case of its table.
describe('needsReason (§8.11)', () => {
  test.each<[string | null, string, string | null, string | null, boolean, string]>([
    ['=973.00(人)', '927.00(人)', '1', '0.90', false, 'MISSING_REASON error under'],
    ['≥100(件)', '99(件)', null, null, false, 'MISSING_REASON error under'],
    ['>80.00(%)', '80.00(%)', '3', '3', false, 'MISSING_REASON error under'],
    ['≤5(次)', '6(次)', '2', '1.67', false, 'MISSING_REASON error under'],
    ['<5(次)', '5(次)', '2', '2', false, 'MISSING_REASON error under'],
    ['及时', '未达成指标且效果较差', '2', '0.5', false, 'MISSING_REASON error under'],
    ['及时', '部分达成指标并具有一定效果', '2', '1.4', false, 'MISSING_REASON error partial'],
    ['为 100', '部分达成指标并具有一定效果', null, null, false, 'MISSING_REASON error partial'],
    ['=100(人)', '101(人)', '2', '2', false, 'MISSING_REASON warning over'],
    ['=100(人)', '200(人)', '2', '2', false, 'MISSING_REASON warning over'],
    ['≥100(人)', '130(人)', '2', '2', false, 'LARGE_OVERSHOOT warning large-overshoot'],
    ['>100(人)', '131(人)', null, null, false, 'LARGE_OVERSHOOT warning large-overshoot'],
    ['≥100(人)', '129(人)', '2', '2', false, '-'],
    ['≥100(人)', '130(人)', '2', '1.5', false, 'MISSING_REASON error score-below-weight'],
    ['=100(人)', '100(人)', '2', '1.5', false, 'MISSING_REASON error score-below-weight'],
    ['及时', '达成指标', '2', '1.8', false, 'MISSING_REASON warning qualitative-below-weight'],
    ['及时', '达成指标', '2', '2', false, '-'],
    ['无', '达成指标', null, null, false, '-'],
    ['(4场招聘，36场面试)', '40.00(场)', '1', '0.5', false, '-'],
    ['=4.00(个)', '4.00(台)', '1', '0.5', false, '-'],
    [null, '', '10.20', '10.20', true, '-'],
    [null, '', '10.20', '9.50', true, 'MISSING_REASON error score-below-weight'],
    [null, '', '10.20', null, true, '-'],
  ])('%p vs %p (分值 %p, 得分 %p, 投入管理 %p) → %s', (target, actual, weight, score, inputManagement, expected) => {
    expect(summary(target, actual, weight, score, inputManagement)).toBe(expected);
  });
});
