import fc from 'fast-check';
import { combineSplitTarget, formatParsed, parseValue, type ParsedValue } from './parseValue';

/** One-line summary of a parse: "quant = 973 人 %?" or "<type> <level?>". */
function summary(v: ParsedValue): string {
  switch (v.type) {
    case 'quant':
      return `quant ${v.op}${v.opExplicit ? '' : '?'} ${v.amount.toFixed()} ${v.unit ?? '-'}${v.percent ? ' pct' : ''}`;
    case 'qualResult':
      return `qualResult ${v.level}`;
    default:
      return v.type;
  }
}

// "?" after the operator marks an implied one (no operator written).
describe('parseValue: every form of rules.md §6', () => {
  test.each([
    ['=39.00(项)', 'quant = 39 项'],
    ['=12(个月)', 'quant = 12 个月'],
    ['=100(%)', 'quant = 100 % pct'],
    ['=350.00(万)', 'quant = 3500000 -'],
    ['=150000.00(人次)', 'quant = 150000 人次'],
    ['≥100.00(%)', 'quant ≥ 100 % pct'],
    ['≥100.00(件)', 'quant ≥ 100 件'],
    ['≤100.00(%)', 'quant ≤ 100 % pct'],
    ['>90.00(%)', 'quant > 90 % pct'],
    ['>500.00(人次)', 'quant > 500 人次'],
    ['>=90%', 'quant ≥ 90 % pct'],
    ['35.00(个村居)', 'quant =? 35 个村居'],
    ['0.00(次)', 'quant ≤? 0 次'],
    ['39.00(项)', 'quant =? 39 项'],
    ['40.00(场(4场招聘，36场面试))', 'quant =? 40 场'],
    ['(4场招聘，36场面试)', 'description'],
    ['百分百', 'quant =? 100 % pct'],
    ['100%', 'quant =? 100 % pct'],
    ['90%', 'quant =? 90 % pct'],
    ['>80%', 'quant > 80 % pct'],
    ['≥460', 'quant ≥ 460 -'],
    ['350', 'quant =? 350 -'],
    ['47 套', 'quant =? 47 套'],
    ['679 人次', 'quant =? 679 人次'],
    ['15万人次', 'quant =? 150000 人次'],
    ['不少于 100 件', 'quant ≥ 100 件'],
    ['11 项（就业困难人员补贴 110 人、新增就业岗位 1600 人）', 'unreadable'],
    ['及时', 'qualTarget'],
    ['稳定', 'qualTarget'],
    ['有效保障', 'qualTarget'],
    ['建立健全', 'qualTarget'],
    ['健全', 'qualTarget'],
    ['有效', 'qualTarget'],
    ['合格', 'qualTarget'],
    ['提升', 'qualTarget'],
    ['改善', 'qualTarget'],
    ['无信访', 'qualTarget'],
    ['较上年增长', 'qualTarget'],
    ['根据区级下发目标', 'qualTarget'],
    ['每月 25 日前', 'qualTarget'],
    ['2024 年 10 月底前', 'qualTarget'],
    ['无', 'missing'],
    ['无 100', 'missing'],
    ['为 100', 'missing'],
    ['', 'missing'],
    ['/', 'missing'],
    ['—', 'missing'],
    ['-', 'missing'],
    ['达成指标', 'qualResult met'],
    ['达成预期指标', 'qualResult met'],
    ['已达成', 'qualResult met'],
    ['部分达成指标并具有一定效果', 'qualResult partial'],
    ['部分达成指标', 'qualResult partial'],
    ['未达成指标且效果较差', 'qualResult unmet'],
    ['82,368,086.83', 'quant =? 82368086.83 -'],
    ['99.27', 'quant =? 99.27 -'],
    ['99.93%', 'quant =? 99.93 % pct'],
    ['98.8', 'quant =? 98.8 -'],
    ['0.00', 'quant ≤? 0 -'],
  ])('%s → %s', (input, expected) => {
    expect(summary(parseValue(input))).toBe(expected);
  });
});

describe('parseValue: normalisation and wording variants', () => {
  test.each([
    ['＝９７３．００（人）', 'quant = 973 人'],
    ['＞＝90％', 'quant ≥ 90 % pct'],
    ['≧90%', 'quant ≥ 90 % pct'],
    ['<=5(%)', 'quant ≤ 5 % pct'],
    ['＜3(次)', 'quant < 3 次'],
    ['≥ 90 %', 'quant ≥ 90 % pct'],
    ['  =  100.00  (%)  ', 'quant = 100 % pct'],
    ['90%以上', 'quant ≥ 90 % pct'],
    ['90%及以上', 'quant ≥ 90 % pct'],
    ['5%以下', 'quant ≤ 5 % pct'],
    ['3个工作日以内', 'quant ≤ 3 个工作日'],
    ['不低于95%', 'quant ≥ 95 % pct'],
    ['不超过 5 次', 'quant ≤ 5 次'],
    ['不高于5%', 'quant ≤ 5 % pct'],
    ['大于 90%', 'quant > 90 % pct'],
    ['小于 2 起', 'quant < 2 起'],
    ['大于等于90%', 'quant ≥ 90 % pct'],
    ['≤5个工作日', 'quant ≤ 5 个工作日'],
    ['≥1次', 'quant ≥ 1 次'],
    ['0起', 'quant ≤? 0 起'],
    ['0', 'quant ≤? 0 -'],
    ['1,600 人', 'quant =? 1600 人'],
    ['=2.5(亿元)', 'quant = 250000000 元'],
    ['=15.00(万人次)', 'quant = 150000 人次'],
    ['A级', 'qualTarget'],
    ['3A级', 'qualTarget'],
    ['AAA', 'qualTarget'],
    ['3A', 'qualTarget'],
    ['11 月前', 'qualTarget'],
    ['2024年10月底前', 'qualTarget'],
    ['11项就业补贴发放准确', 'unreadable'],
    ['（见附表）', 'description'],
    ['已完成', 'qualResult met'],
    ['完成', 'qualResult met'],
    ['基本达成', 'qualResult partial'],
    ['未完成', 'qualResult unmet'],
    ['完成 600 人次加班费发放', 'unreadable'],
    ['——', 'missing'],
    ['／', 'missing'],
    ['≥90％', 'quant ≥ 90 % pct'],
    ['90 %', 'quant =? 90 % pct'],
    ['100.00％', 'quant =? 100 % pct'],
    ['≥1,600 人', 'quant ≥ 1600 人'],
    ['≤3‰', 'quant ≤ 3 ‰'],
    ['≥2次/年', 'quant ≥ 2 次/年'],
    ['1.5万元', 'quant =? 15000 元'],
    ['≥95分', 'quant ≥ 95 分'],
    ['控制在5%以内', 'quant ≤ 5 % pct'],
    ['达到90%', 'quant ≥ 90 % pct'],
    ['3个工作日内', 'quant ≤ 3 个工作日'],
    ['24小时内', 'quant ≤ 24 小时'],
    ['\u22125%', 'quant =? -5 % pct'],
    ['100\u200B%', 'quant =? 100 % pct'],
    ['100%完成', 'unreadable'],
    ['12月31日前', 'qualTarget'],
    ['3日内', 'qualTarget'],
    ['每季度', 'qualTarget'],
    ['90%～95%', 'unreadable'],
    ['47套(含清洗)', 'quant =? 47 套'],
    ['≥85%（满意度调查）', 'quant ≥ 85 % pct'],
    ['927人（实际符合标准人数）', 'quant =? 927 人'],
    ['3000㎡', 'quant =? 3000 平方米'],
    ['≥500m²', 'quant ≥ 500 平方米'],
    ['20m3', 'quant =? 20 m3'],
    ['12 km', 'quant =? 12 km'],
    ['1000万元', 'quant =? 10000000 元'],
    ['≥上年', 'qualTarget'],
    ['零投诉', 'qualTarget'],
    ['不适用', 'missing'],
    ['不涉及', 'missing'],
    ['按时完成', 'qualResult met'],
    ['已按时完成', 'qualResult met'],
    ['如期完成', 'qualResult met'],
    ['完成年度任务', 'qualResult met'],
    ['达标', 'qualResult met'],
    ['已达标', 'qualResult met'],
    ['基本完成', 'qualResult partial'],
    ['未达标', 'qualResult unmet'],
    ['未能完成', 'qualResult unmet'],
    ['按时完成但质量一般', 'qualTarget'],
    ['达到预期', 'qualResult met'],
    ['全部完成', 'qualResult met'],
  ])('%s → %s', (input, expected) => {
    expect(summary(parseValue(input))).toBe(expected);
  });
});

describe('parseValue: raw cell values', () => {
  test.each<[number | boolean | null | undefined, string | undefined, string]>([
    [0.9927, '0.00%', 'quant =? 99.27 % pct'],
    [1, '0%', 'quant =? 100 % pct'],
    [0.9927, '0.00"%"', 'quant =? 0.9927 -'],
    [98.8, undefined, 'quant =? 98.8 -'],
    [0, undefined, 'quant ≤? 0 -'],
    [Number.NaN, undefined, 'unreadable'],
    [true, undefined, 'unreadable'],
    [null, undefined, 'missing'],
    [undefined, undefined, 'missing'],
  ])('%p with format %p → %s', (input, format, expected) => {
    expect(summary(parseValue(input, format))).toBe(expected);
  });
});

test('"15万人次" and "=150000.00(人次)" have equal amounts and units', () => {
  const [a, b] = [parseValue('15万人次'), parseValue('=150000.00(人次)')];
  expect(a.type === 'quant' && b.type === 'quant' && a.amount.equals(b.amount) && a.unit === b.unit).toBe(true);
});

describe('combineSplitTarget: 指标性质 | 指标值 | 度量单位', () => {
  test.each<[unknown, unknown, unknown, string | undefined, string]>([
    ['≥', 90, '%', undefined, 'quant ≥ 90 % pct'],
    ['＞', '500', '人次', undefined, 'quant > 500 人次'],
    ['﹦', '973.00', '人', undefined, 'quant = 973 人'],
    ['', 12, '个月', undefined, 'quant =? 12 个月'],
    [null, 0, '次', undefined, 'quant ≤? 0 次'],
    ['≤', 0.05, '', '0%', 'quant ≤ 5 % pct'],
    ['不低于', '95%', '%', undefined, 'quant ≥ 95 % pct'],
    ['定性', '及时', '', undefined, 'qualTarget'],
    ['=', '', '人', undefined, 'missing'],
    ['004 >=', 20, '次', undefined, 'quant ≥ 20 次'],
    ['005-<=', 33, '人', undefined, 'quant ≤ 33 人'],
  ])('%p | %p | %p → %s', (op, value, unit, format, expected) => {
    expect(summary(combineSplitTarget(op, value, unit, format))).toBe(expected);
  });
});

describe('formatParsed', () => {
  test.each([
    ['=973.00(人)', '=973(人)'],
    ['35.00(个村居)', '35(个村居)'],
    ['15万人次', '15(万人次)'],
    ['>=90%', '≥90(%)'],
    ['及时', '及时'],
    [' 无 100 ', '无 100'],
  ])('%s → %s', (input, expected) => {
    expect(formatParsed(parseValue(input))).toBe(expected);
  });
});

describe('parseValue properties', () => {
  test('never throws and always returns a kind on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        expect(typeof parseValue(s).type).toBe('string');
      }),
    );
  });
  test('never throws on arbitrary numbers and formats', () => {
    fc.assert(
      fc.property(fc.double(), fc.oneof(fc.constant(undefined), fc.string()), (n, f) => {
        expect(typeof parseValue(n, f).type).toBe('string');
      }),
    );
  });
  const token = fc.constantFrom('=', '≥', '>', '<=', '＞', '不少于', '以上', '(', ')', '（', '）', '万', '%', '％', '人次', '1', '0', '9', ',', '.', '-', ' ', '无', '为', '达成', '部分', '年', '月', '前', 'A', '级');
  const grammarLike = fc.array(token, { maxLength: 12 }).map((parts) => parts.join(''));

  test('never throws on strings made of grammar tokens', () => {
    fc.assert(
      fc.property(grammarLike, (s) => {
        expect(typeof parseValue(s).type).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  test('the canonical display of a quantity reads back as the same quantity', () => {
    fc.assert(
      fc.property(grammarLike, (s) => {
        const v = parseValue(s);
        fc.pre(v.type === 'quant');
        expect(summary(parseValue(formatParsed(v)))).toBe(summary(v));
      }),
      { numRuns: 2000 },
    );
  });

  test('an operator, a 2-dp number and a bracketed unit read back exactly', () => {
    const ops = fc.constantFrom('=', '≥', '>', '≤', '<');
    const units = fc.constantFrom('人', '%', '人次', '个月', '项');
    fc.assert(
      fc.property(ops, fc.bigInt({ min: 1n, max: 10n ** 12n }), units, (op, cents, unit) => {
        const written = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const v = parseValue(`${op}${written}(${unit})`);
        expect(v.type === 'quant' && v.op === op && v.amount.equals(written) && v.unit === unit).toBe(true);
      }),
    );
  });
});
