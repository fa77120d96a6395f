import { findingRegistry, findingWhy, makeFinding, type FindingCode } from './registry';

const base = { name: '培训人次', target: '=100(人)', actual: '90(人)', weight: '10', score: '9' };

describe('findings registry', () => {
  test.each(Object.keys(findingRegistry) as FindingCode[])('%s has a one-line why', (code) => {
    expect(findingWhy(code)).toMatch(/^[^\n]{4,}$/);
  });

  test.each<['under' | 'partial' | 'over' | 'score-below-weight' | 'qualitative-below-weight', string]>([
    ['under', 'error'],
    ['partial', 'error'],
    ['score-below-weight', 'error'],
    ['over', 'warning'],
    ['qualitative-below-weight', 'warning'],
  ])('MISSING_REASON because %s is %s (severity from its params, rules.md §8.11)', (because, severity) => {
    expect(makeFinding('MISSING_REASON', { row: 1, col: 8 }, { ...base, because }).severity).toBe(severity);
  });

  test('a finding carries its position and its message, and nothing changes it once made', () => {
    const f = makeFinding('RATE_OVER_100', { row: 5, col: 4 }, { label: '年度资金总额', rate: '101.5' });
    expect([f.code, f.severity, f.at, f.message]).toEqual(['RATE_OVER_100', 'warning', { row: 5, col: 4 }, '「年度资金总额」执行率 101.5% 超过 100%，请核对全年执行数']);
    expect(Object.isFrozen(f) && Object.isFrozen(f.params) && Object.isFrozen(f.at)).toBe(true);
  });

  test('a sum names the cells it left out', () => {
    const f = makeFinding('WEIGHT_SUM_MISMATCH', { row: 9, col: 6 }, { group: null, stated: '100', sum: '90', leftOut: 'G7' });
    expect(f.message).toBe('全表分值合计为 90，应为 100（未计入无法识别的 G7）');
  });

  test.each<[string, 'under' | 'partial' | 'over' | 'score-below-weight', string, boolean]>([
    ['under, scored its full 分值', 'under', '10', true],
    ['partial, scored its full 分值 written 10.00', 'partial', '10.00', true],
    ['under, scored below its 分值', 'under', '9', false],
    ['over, full marks', 'over', '10', false],
  ])('MISSING_REASON on a row %s says both facts only then (issue 15.4)', (_case, because, score, both) => {
    const f = makeFinding('MISSING_REASON', { row: 1, col: 8 }, { ...base, score, because });
    expect(f.message.includes('却得满分') && f.message.includes('核实得分')).toBe(both);
  });

  test.each<[string, string, boolean, string]>([
    ['部分达成, [6.00, 8.00): 8 is outside', '8', false, '「培训人次」得分 8 不在规则允许的区间 6.00（含）至 8.00（不含）内'],
    ['达成, [8.00, 10.00]: 7 is outside', '7', true, '「培训人次」得分 7 不在规则允许的区间 8.00（含）至 10.00（含）内'],
  ])('SCORE_MISMATCH names whether the band includes its upper end (%s)', (_case, score, maxIncluded, message) => {
    const [min, max] = maxIncluded ? ['8.00', '10.00'] : ['6.00', '8.00'];
    const f = makeFinding('SCORE_MISMATCH', { row: 1, col: 7 }, { name: '培训人次', score, expected: null, explanation: '', min, max, maxIncluded });
    expect(f.message).toBe(message);
  });
});
