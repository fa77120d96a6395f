import { budgetScoreOf, deviation, explain, gradeOf, needReason, parse, rate, score, sum } from './functions';

/** The message of an error value, or the value itself. */
const out = (v: unknown) => (typeof v === 'object' && v !== null && 'message' in v ? `ERR ${(v as { message: string }).message}` : v);

describe('PERF.RATE', () => {
  test.each([
    // seed rows (rules.md §3): cut by default
    [81774893.77, 82368086.83, undefined, 99.27],
    ['81,774,893.77', '82,368,086.83', null, 99.27],
    [76094848.04, 76648854.61, '截位', 99.27],
    [76094848.04, 76648854.61, '四舍五入', 99.28],
    [257394820.86, 257424688.42, '', 99.98],
    [5680045.73, 5719232.22, undefined, 99.31],
    ['２１５，４５７．６', '２５００００', undefined, 86.18], // full-width input
    [0, 100, undefined, 0],
    [120, 100, undefined, 120],
    ['123456789012345.67', '987654321098765.43', undefined, 12.49], // beyond float-safe cents
  ])('RATE(%p, %p, %p) = %p', (a, b, m, expected) => expect(rate(a, b, m)).toBe(expected));

  test.each([
    [0, 0, undefined, /预算数为 0/],
    [5, null, undefined, /预算数未填写/],
    [null, 100, undefined, /执行数未填写/],
    ['', 100, undefined, /执行数未填写/],
    ['abc', 100, undefined, /执行数不是数字/],
    [1, 100, '进一法', /取数方式/],
  ])('RATE(%p, %p, %p) is an error value', (a, b, m, message) => expect(String(out(rate(a, b, m)))).toMatch(message));
});

describe('PERF.SCORE / EXPLAIN', () => {
  test.each([
    ['=973.00(人)', '927.00(人)', 1, 0.95], // 农保: exact 0.9527 (the seed recorded 0.90)
    ['=1751.00(人)', '1575.00(人)', 1, 0.9], // 征地: 0.8995 half-up
    ['=4.00(个)', '0.00(个)', 1, 0],
    ['>80.00(%)', '80.00(%)', 3, 3], // strict boundary: full marks, but a deviation
    ['≤100.00(%)', '100.00(%)', 2, 2],
    ['0.00(次)', '0.00(次)', 2, 2],
    ['及时', '达成指标', 2, 2],
    ['≥85.00(%)', '90.00(%)', '4', 4],
    ['=100', 100, 1, 1],
    ['≥85%', '90%', 3, 3], // percent written as text
    ['＞９０．００（％）', '８０％', 3, 2.67], // full-width input: 3 × 80 ÷ 90
    ['>=90%', '81%', '10', 9], // ASCII operator
  ])('SCORE(%p, %p, %p) = %p', (t, a, w, expected) => expect(score(t, a, w)).toBe(expected));

  test.each([
    ['为 100', '部分达成指标并具有一定效果', 2, /评价人判断.*1\.20 至 1\.60（不含）/],
    ['=973.00(人)', '927.00(人)', null, /分值未填写/],
    ['=973.00(人)', '927.00(人)', '一分', /分值不是数字/],
  ])('SCORE(%p, %p, %p) is an error value', (t, a, w, message) => expect(String(out(score(t, a, w)))).toMatch(message));

  test('EXPLAIN shows the arithmetic', () => {
    expect(explain('=973.00(人)', '927.00(人)', 1)).toMatch(/927 ÷ 973 × 1(\.00)? = 0\.95/);
  });
});

describe('PERF.DEVIATION / NEEDREASON', () => {
  test.each([
    ['=39.00(项)', '39.00(项)', '无偏差'],
    ['>80.00(%)', '80.00(%)', '未完成'],
    ['=47.00(套)', '40.00(套)', '未完成'],
    ['=100', 120, '超额'],
    ['无', '部分达成指标并具有一定效果', '部分达成'],
    ['(4场招聘，36场面试)', '40.00(场(4场招聘，36场面试))', '无法判断'],
    [null, '达成指标', '无偏差'], // a missing target with 达成 is not a deviation (reported elsewhere)
    ['=100(%)', null, '无法判断'], // a blank actual is "not filled", never 0
  ])('DEVIATION(%p, %p) = %p', (t, a, expected) => expect(deviation(t, a)).toBe(expected));

  test.each([
    ['=973.00(人)', '927.00(人)', undefined, undefined, true],
    ['=39.00(项)', '39.00(项)', 1, 1, false],
    ['=39.00(项)', '39.00(项)', 1, 0.5, true], // met, but scored below 分值
    ['=100', 120, 1, 1, true], // over-completion of "=" needs a reason
    ['及时', '达成指标', 2, 2, false],
  ])('NEEDREASON(%p, %p, %p, %p) = %p', (t, a, w, s, expected) => expect(needReason(t, a, w, s)).toBe(expected));
});

describe('PERF.GRADE / SUM / BUDGETSCORE / PARSE', () => {
  test.each([
    [98.8, '优'], [90, '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], ['98.8', '优'],
  ])('GRADE(%p) = %p', (t, expected) => expect(gradeOf(t)).toBe(expected));
  test('GRADE of a blank is an error value', () => expect(String(out(gradeOf(null)))).toMatch(/总分未填写/));

  test('SUM adds exactly and ignores blanks and text', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum([[0.1], [0.2]])).toBe(0.3);
    expect(sum([[7.5, 10.2, 4.5, 0.9, 3, 2.4, 1.5]])).toBe(30);
    expect(sum([[1, null, '', '—', '2.5']])).toBe(3.5);
  });

  test.each([
    [215457.6, 250000, undefined, 8.62], // 普陀 (rules.md S6)
    [9034, 20000, undefined, 4.52],
    [260000, 250000, undefined, 10], // capped at 分值
    [9034, 20000, 20, 9.03],
  ])('BUDGETSCORE(%p, %p, %p) = %p', (a, b, w, expected) => expect(budgetScoreOf(a, b, w)).toBe(expected));
  test('BUDGETSCORE of a zero budget is an error value', () => expect(String(out(budgetScoreOf(1, 0)))).toMatch(/预算数为 0/));

  test.each([
    ['≥85.00(%)', ['≥', 85, '%', '定量']],
    ['=973.00(人)', ['=', 973, '人', '定量']],
    ['及时', ['', '', '', '定性目标']],
    ['部分达成指标并具有一定效果', ['', '', '', '定性结果']],
    ['无', ['', '', '', '未填写']],
    ['(4场招聘，36场面试)', ['', '', '', '说明文字']],
  ])('PARSE(%p)', (v, row) => expect(parse(v)).toEqual([row]));
});

describe('data types and formatted numbers (allowCustomDataForDataTypeAny)', () => {
  const formatted = (basicValue: number, numberFormat: string) => ({ type: 'FormattedNumber', basicValue, numberFormat });
  test.each([
    ['a formatted number', () => rate(formatted(81774893.77, '#,##0.00'), formatted(82368086.83, '#,##0.00')), 99.27],
    ['a Double with a format', () => rate({ type: 'Double', basicValue: 120, numberFormat: '0.00' }, 100), 120],
    ['a String data type', () => score({ type: 'String', basicValue: '=973.00(人)' }, '927.00(人)', 1), 0.95],
    ['an entity read as its text', () => score('=973.00(人)', { type: 'Entity', text: '927.00(人)', properties: {} }, 1), 0.95],
    ['a percent-formatted total', () => gradeOf(formatted(0.988, '0.0%')), '优'],
    ['a formatted weight in a 1×1 range', () => score('≥85%', '90%', [[formatted(3, '0.00')]]), 3],
    ['data types inside SUM', () => sum([[formatted(0.1, '0.00'), { type: 'Double', basicValue: 0.2 }]]), 0.3],
  ])('%s is read as its value, never as 未填写', (_what, call, expected) => expect(out(call())).toBe(expected));

  test.each([
    ['an error data type', { type: 'Error', basicValue: '#DIV/0!' }, /分值单元格是错误值 #DIV\/0!/],
    ['an unknown data type', { type: 'WebImage', address: 'https://x' }, /分值无法读取该单元格的数据类型（WebImage）/],
    ['a range of several cells', [[1, 2]], /分值应为单个单元格/],
  ])('%s as 分值 is an error value that says so', (_what, weight, message) => expect(String(out(score('=1', '1', weight)))).toMatch(message));
});

describe('results a double cannot hold are error values', () => {
  test.each([
    ['RATE(1, 5e-324)', () => rate(1, 5e-324), /执行率超出 Excel 能表示的范围/],
    ['SUM of two 1e308', () => sum([[1e308, 1e308]]), /合计超出/],
    ['SCORE with a weight of 400 digits', () => score('=1', '1', '9'.repeat(400)), /得分超出/],
    ['PARSE of a 400-digit target', () => parse('=' + '9'.repeat(400))[0][1], /数值超出/],
    ['RATE of the text 1e400', () => rate('1e400', 1), /执行数不是数字：1e400/],
    ['RATE of the text Infinity', () => rate('Infinity', 1), /执行数不是数字：Infinity/],
  ])('%s', (_what, call, message) => expect(String(out(call()))).toMatch(message));
});

describe('PERF.SUM reads any shape', () => {
  test.each([
    ['a scalar', 2.5, 2.5],
    ['a row', [0.1, 0.2], 0.3],
    ['nothing', undefined, 0],
    ['null', null, 0],
    ['nested arrays', [[[0.1]], [[0.2, [0.3]]]], 0.6],
    ['an empty range', [[]], 0],
  ])('SUM of %s', (_what, values, expected) => expect(sum(values as unknown[][])).toBe(expected));
});

describe('rule pack argument', () => {
  test.each([
    ['RATE rounds by the pack when 取数方式 is blank', () => rate(76094848.04, 76648854.61, null, 'pmkpi'), 99.28],
    ['RATE: an explicit 取数方式 wins over the pack', () => rate(76094848.04, 76648854.61, '截位', 'pmkpi'), 99.27],
    ['SCORE: pmkpi reverse indicators are linear', () => score('≤100', 150, 10, 'pmkpi'), 5],
    ['SCORE: default reverse indicators are T/A', () => score('≤100', 150, 10, 'default'), 6.67],
    ['GRADE with the default pack named', () => gradeOf(85, 'default'), '良'],
    ['SCORE: yitihua-2022 deducts 2 points for a 40 % deviation', () => score('=100', 140, 10, 'yitihua-2022'), 8],
    ['SCORE: the default pack has no fixed deduction', () => score('=100', 140, 10), 10],
    ['a pack id in capitals', () => score('=100', 140, 10, 'YITIHUA-2022'), 8],
  ])('%s', (_what, call, expected) => expect(out(call())).toBe(expected));

  test('EXPLAIN follows the pack', () => expect(explain('≤100', 150, 10, 'pmkpi')).toMatch(/\(1 − \(150 − 100\) ÷ 100\) × 10\.00 = 5\.00/));
  test('an unknown pack is an error value listing the packs', () => expect(String(out(score('=1', '1', 1, 'guangxi')))).toMatch(/规则包应为 default、pmkpi、yitihua-2022 之一，而不是“guangxi”/));
});
