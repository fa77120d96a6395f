import fc from 'fast-check';
import * as perf from '../../src/functions/functions';
import { UNEXPECTED } from '../../src/functions/neverThrows';

/**
 * Issue 17 point 7: every PERF function, for any argument shape Excel (or a hostile caller)
 * can pass — scalars, 1-D and 2-D ranges, nested arrays, undefined, null, data-type objects,
 * huge and tiny numbers, number-like text — returns a finite number, text, (NEEDREASON) a
 * boolean, (PARSE) a row of those, or an error value with a Chinese message. It never throws,
 * never returns Infinity, NaN or -0, and never falls through to the last-resort error.
 */
const RUNS = 1_500;
const CHINESE = /[\u4e00-\u9fff]/;

const SPECIAL_NUMBERS = [0, -0, 1, -1, 5e-324, -5e-324, 1e-300, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 0.1, 100];
const SPECIAL_TEXT = [
  'Infinity', '-Infinity', 'NaN', '1e400', '1E-400', '-0', '', ' ', '　', '0', '0.00', '100%', '9'.repeat(400), `0.${'0'.repeat(400)}1`,
  `=${'9'.repeat(400)}`, '=973.00(人)', '927.00(人)', '≥85.00(%)', '>80%', '≤100', '<0', '=0', '及时', '达成指标', '部分达成指标并具有一定效果',
  '未达成', '(4场招聘，36场面试)', '无', '/', '截位', '四舍五入', 'default', 'pmkpi', 'yitihua-2022', '#DIV/0!', '#REF!', '=1/0',
  '８１，７７４，８９３．７７', '1,000,000.00', '—', 'x'.repeat(2_000),
];

const scalar = fc.oneof(
  fc.constantFrom<unknown>(...SPECIAL_NUMBERS, ...SPECIAL_TEXT, null, undefined, true, false),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.tuple(fc.constantFrom('', '=', '≥', '>', '≤', '<', '＞'), fc.double({ noNaN: true }), fc.constantFrom('', '%', '(人)', '万', '亿元')).map(([op, n, unit]) => `${op}${n}${unit}`),
);

/** The CellValue objects Excel passes when allowCustomDataForDataTypeAny is on, and malformed ones. */
const dataType = fc.oneof(
  fc.record({ type: fc.constant('FormattedNumber'), basicValue: fc.double(), numberFormat: fc.constantFrom('0.00', '0.00%', '#,##0', '@', '') }),
  fc.record({ type: fc.constant('Double'), basicValue: fc.double() }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('String'), basicValue: scalar }),
  fc.record({ type: fc.constant('Boolean'), basicValue: fc.boolean() }),
  fc.record({ type: fc.constantFrom('Entity', 'LinkedEntity'), text: fc.oneof(fc.string(), fc.constant(undefined)), basicValue: fc.constant('#VALUE!') }),
  fc.record({ type: fc.constant('Error'), basicValue: fc.constantFrom('#DIV/0!', '#N/A', undefined), errorType: fc.string() }),
  fc.constantFrom<unknown>({ type: 'Empty', basicValue: '' }, {}, { type: 'Array', elements: [[1]] }, { basicValue: {} }, { type: 7 }, Object.create(null), new Date(0)),
);

const cell = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: dataType });

/** Any shape: a cell, a 1-D or 2-D range, or arrays nested deeper than Excel ever passes. */
const { arg } = fc.letrec<{ arg: unknown; range: unknown[] }>((tie) => ({
  arg: fc.oneof({ depthSize: 'small', withCrossShrink: true }, cell, tie('range'), fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 })),
  range: fc.array(tie('arg'), { maxLength: 4 }),
}));

type Perf = (...args: unknown[]) => unknown;
const FUNCTIONS = Object.entries(perf as unknown as Record<string, unknown>).filter((entry): entry is [string, Perf] => typeof entry[1] === 'function');

/** Why a result is not one Excel can show, or null when it is. */
function badResult(name: string, result: unknown): string | null {
  if (typeof result === 'number') return Number.isFinite(result) && !Object.is(result, -0) ? null : `the number ${result}`;
  if (typeof result === 'string') return null;
  if (typeof result === 'boolean') return name === 'needReason' ? null : 'a boolean';
  if (Array.isArray(result)) {
    if (name !== 'parse') return 'an array';
    const rows = result as unknown[][];
    if (rows.length !== 1 || !Array.isArray(rows[0])) return 'not one row';
    return rows[0].map((c) => badResult('', c)).find((why) => why !== null) ?? null;
  }
  if (typeof result === 'object' && result !== null && 'message' in result && 'code' in result) {
    const message = String((result as { message: unknown }).message);
    if (message.includes(UNEXPECTED)) return `the last-resort error (an input the argument checks missed)`;
    return CHINESE.test(message) ? null : `an error without a Chinese message: ${message}`;
  }
  return `${typeof result} ${String(result)}`;
}

function checkEvery(label: string) {
  test.each(FUNCTIONS.map(([name, f]) => [name, f] as const))(`${label}: %s returns a value Excel can show, for any arguments`, (name, f) => {
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 5 }), (args) => {
        let result: unknown;
        try {
          result = f(...args);
        } catch (e) {
          throw new Error(`${name} threw ${String(e)}`);
        }
        const why = badResult(name, result);
        if (why) throw new Error(`${name}(${args.map((a) => JSON.stringify(a) ?? String(a)).join(', ')}) returned ${why}`);
      }),
      { numRuns: RUNS },
    );
  });
}

test('every function the module exports is checked', () => {
  expect(FUNCTIONS.map(([name]) => name).sort()).toEqual(['budgetScoreOf', 'deviation', 'explain', 'gradeOf', 'needReason', 'parse', 'rate', 'score', 'sum']);
});

describe('outside Excel (plain error objects)', () => checkEvery('plain'));

describe('inside Excel (CustomFunctions.Error)', () => {
  class FakeError {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  }
  const host = globalThis as { CustomFunctions?: unknown };
  beforeAll(() => {
    host.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' }, associate: () => undefined };
  });
  afterAll(() => delete host.CustomFunctions);
  checkEvery('host');
  test('errors are CustomFunctions.Error instances there', () => expect(perf.rate(1, 0)).toBeInstanceOf(FakeError));
});
