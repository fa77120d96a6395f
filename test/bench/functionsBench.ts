import { atLeast, measured, type Figure } from './figures';
import { cpuNow } from './timing';
import { VALUE_FORMS, valuesOf } from './valueForms';

/**
 * Figure 4: PERF.SCORE and PERF.RATE evaluations per second in Node, over a pool of
 * varied arguments (every seed value form, numbers varied so that no two neighbouring
 * calls repeat), each call computed afresh — the bench keeps no results.
 */
/** Argument tuples per pool: more than a small result cache inside a function could hold. */
const POOL = 65_536;
const MIN_PER_SECOND = 200_000;
const ROUNDS = 7;
const ROUND_MS = 200;

type Call = (args: unknown[]) => unknown;

export async function functionsBench(): Promise<Figure[]> {
  const { score, rate } = await import('../../src/functions/functions');
  const scoreCall: Call = (a) => score(a[0], a[1], a[2]);
  const rateCall: Call = (a) => rate(a[0], a[1], a[2]);
  return [
    measured('functions.scorePerSecond', 'PERF.SCORE evaluations', perSecond(scoreCall, scoreArgs()), '/s', atLeast(MIN_PER_SECOND)),
    measured('functions.ratePerSecond', 'PERF.RATE evaluations', perSecond(rateCall, rateArgs()), '/s', atLeast(MIN_PER_SECOND)),
  ];
}

/** (target, actual, weight): the seed forms, plus quantities whose numbers vary. */
export function scoreArgs(): unknown[][] {
  const units = ['人', '项', '%', '人次', '个月', '件'];
  const ops = ['=', '≥', '>', '≤', '<', ''];
  return Array.from({ length: POOL }, (_, i) => {
    const weight = [1, 2, 3, 4, '1.5', '2.00'][i % 6];
    if (i % 3 === 0) {
      return [...valuesOf(VALUE_FORMS[(i / 3) % VALUE_FORMS.length], i), weight];
    }
    const unit = units[i % units.length];
    const target = 50 + (i % 977);
    const actual = target + ((i * 7919) % 101) - 60;
    return [`${ops[i % ops.length]}${target}.00(${unit})`, `${actual}.00(${unit})`, weight];
  });
}

/** (actual, budget, method): numbers and text amounts, both roundings, some zero budgets. */
export function rateArgs(): unknown[][] {
  const methods = [undefined, '截位', '四舍五入', null];
  return Array.from({ length: POOL }, (_, i) => {
    const budget = 1_000_000 + i * 7_919.37;
    const actual = budget * (0.8 + (i % 211) / 1000);
    const asText = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (i % 97 === 0) return [0, 0, methods[i % 4]];
    return i % 2 ? [asText(actual), asText(budget), methods[i % 4]] : [Math.round(actual * 100) / 100, Math.round(budget * 100) / 100, methods[i % 4]];
  });
}

/**
 * Calls per CPU second (timing.ts): a warm-up, then the best of several fixed-length
 * rounds. Best, not median: these rounds are short and other work on the machine can only
 * slow one down (on a loaded 2-core machine the median varied by ±30% from run to run).
 */
function perSecond(call: Call, pool: unknown[][]): number {
  let sink = 0;
  const consume = (r: unknown) => (sink += typeof r === 'number' ? 1 : 2);
  for (let i = 0; i < 50_000; i++) consume(call(pool[i % POOL]));
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let calls = 0;
    const t0 = cpuNow();
    while (cpuNow() - t0 < ROUND_MS) {
      for (let i = 0; i < POOL; i++) consume(call(pool[i]));
      calls += POOL;
    }
    rates.push(calls / ((cpuNow() - t0) / 1000));
  }
  if (sink === 0) throw new Error('no results');
  return Math.round(Math.max(...rates));
}
