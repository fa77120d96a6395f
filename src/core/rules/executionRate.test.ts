import fc from 'fast-check';
import { D } from '../decimal';
import { budgetScore, checkRecordedRate, executionRate } from './executionRate';

// rules.md §3: the budget rows of both seeds (全年预算数, 全年执行数, recorded 执行率).
describe('executionRate: seed budget rows (cut default, half-up option)', () => {
  test.each([
    ['000 财政拨款', '82368086.83', '81774893.77', '99.27', '99.28', '99.27', 'ok'],
    ['000 其他资金', '0.00', '0.00', null, null, '0.00', 'no-rate'],
    ['000 基本支出', '5719232.22', '5680045.73', '99.31', '99.31', '99.31', 'ok'],
    ['000 项目支出', '76648854.61', '76094848.04', '99.27', '99.28', '99.27', 'ok'],
    ['001 财政拨款', '263254643.42', '263083287.96', '99.93', '99.93', '99.93', 'ok'],
    ['001 其他资金', '0.00', '0.00', null, null, '0.00', 'no-rate'],
    ['001 基本支出', '5829955.00', '5688467.10', '97.57', '97.57', '97.57', 'ok'],
    ['001 项目支出', '257424688.42', '257394820.86', '99.98', '99.99', '99.98', 'ok'],
    ['001 年初预算 (wrong denominator)', '286768300', '263083287.96', '91.74', '91.74', '99.93', 'mismatch'],
  ])('%s: %s / %s → cut %s, half-up %s; recorded %s is %s', (_row, budget, actual, cut, halfUp, recorded, check) => {
    expect(executionRate(D(actual), D(budget))?.toFixed(2) ?? null).toBe(cut);
    expect(executionRate(D(actual), D(budget), 'round')?.toFixed(2) ?? null).toBe(halfUp);
    expect(checkRecordedRate(D(recorded), D(actual), D(budget))).toBe(check);
  });
});

describe('checkRecordedRate: conventions', () => {
  test.each([
    ['99.28', '81774893.77', '82368086.83', 'cut', 'other-convention'],
    ['99.28', '81774893.77', '82368086.83', 'round', 'ok'],
    ['99.27', '81774893.77', '82368086.83', 'round', 'other-convention'],
    ['99.3', '81774893.77', '82368086.83', 'cut', 'mismatch'],
    ['86', '215000', '250000', 'cut', 'ok'],
    ['86.19', '215457.6', '250000', 'cut', 'mismatch'],
    ['5', '0', '0', 'cut', 'mismatch'],
  ] as const)('recorded %s for %s / %s (%s) → %s', (recorded, actual, budget, rounding, check) => {
    expect(checkRecordedRate(D(recorded), D(actual), D(budget), rounding)).toBe(check);
  });
});

// rules.md §3 and S6 (普陀): score = min(B/A, 1) × 分值 from the exact ratio, half-up.
describe('budgetScore', () => {
  test.each([
    ['215457.6', '250000', '10', '8.62'],
    ['9034', '20000', '10', '4.52'],
    ['300', '250', '10', '10.00'],
    ['0', '250', '10', '0.00'],
    ['-5', '250', '10', '0.00'],
    ['0', '0', '10', null],
  ])('%s / %s × %s → %s', (actual, budget, weight, expected) => {
    expect(budgetScore(D(actual), D(budget), D(weight))?.toFixed(2) ?? null).toBe(expected);
  });
});

describe('executionRate properties', () => {
  const money = fc.bigInt({ min: 1n, max: 10n ** 15n }).map((cents) => D(cents.toString()).div(100));
  test('a rate never differs from the exact ratio by a cent or more', () => {
    fc.assert(
      fc.property(money, money, fc.constantFrom('cut', 'round') as fc.Arbitrary<'cut' | 'round'>, (actual, budget, rounding) => {
        const exact = actual.div(budget).times(100);
        const rate = executionRate(actual, budget, rounding);
        expect(rate !== null && rate.minus(exact).abs().lt(D('0.01'))).toBe(true);
      }),
    );
  });
  test('half-up is the cut rate or one cent above it', () => {
    fc.assert(
      fc.property(money, money, (actual, budget) => {
        const step = executionRate(actual, budget, 'round')?.minus(executionRate(actual, budget, 'cut') ?? 0).toFixed(2);
        expect(['0.00', '0.01']).toContain(step);
      }),
    );
  });
  test('the cut rate is never above the exact ratio and has at most 2 decimals', () => {
    fc.assert(
      fc.property(money, money, (actual, budget) => {
        const rate = executionRate(actual, budget);
        expect(rate !== null && rate.lte(actual.div(budget).times(100)) && rate.decimalPlaces() <= 2).toBe(true);
      }),
    );
  });
});

// The rate is computed by integer division where that gives the formula's answer: it must agree with
// the formula as written, sign of zero included, for any operands (the formula decides outside its range).
describe('executionRate agrees with ÷ × 100 at 40 digits, then 2-dp rounding', () => {
  const digits = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });
  const scale = fc.integer({ min: -30, max: 30 });
  const decimal = fc.tuple(digits, scale, fc.boolean()).map(([n, e, negZero]) => (n === 0n && negZero ? D('-0') : D(`${n}e${e}`)));
  const near = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: -3, max: 3 })).map(([b, off]) => [D(`${b * 12345n + BigInt(off)}e-5`), D(b.toString())]);
  const operands = fc.oneof(fc.tuple(decimal, decimal), near);
  test('same value and sign', () => {
    fc.assert(
      fc.property(operands, fc.constantFrom('cut', 'round') as fc.Arbitrary<'cut' | 'round'>, ([actual, budget], rounding) => {
        if (budget.isZero()) return;
        const formula = actual.div(budget).times(100).toDecimalPlaces(2, rounding === 'cut' ? D.ROUND_DOWN : D.ROUND_HALF_UP);
        const rate = executionRate(actual, budget, rounding);
        expect([rate?.toString(), rate?.isNegative()]).toEqual([formula.toString(), formula.isNegative()]);
      }),
      { numRuns: 5000 },
    );
  });
});
