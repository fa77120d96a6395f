import type { CheckReport, FileReport, Finding, Severity, TableKind, TableReport } from '../../src/core/report/types';

/** A deterministic pseudo-random sequence (a reviewer's batch must look the same on every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CODES: [Finding['code'], Severity][] = [
  ['MISSING_REASON', 'error'],
  ['SCORE_MISMATCH', 'warning'],
  ['RATE_MISMATCH', 'error'],
  ['RATE_CONVENTION', 'info'],
  ['LARGE_OVERSHOOT', 'warning'],
  ['UNRECOGNIZED_VALUE', 'info'],
  ['TOTAL_MISMATCH', 'error'],
];
const KINDS: TableKind[] = ['dept', 'project', 'project', 'plan-actual', 'targets'];
/** Names a hostile return could carry: markup, a script end, a formula. */
export const HOSTILE_UNITS = ['<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=2</script>', '=HYPERLINK("http://x","点我")'];

/** Hundredths as an exact decimal string ("9862" → "98.62"), so the generator never formats floats. */
const hundredths = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`.replace(/\.?0+$/, '').replace(/^$/, '0');

function table(i: number, next: () => number): TableReport {
  const kind = KINDS[i % KINDS.length];
  const scored = kind === 'dept' || kind === 'project';
  const points = 5000 + Math.floor(next() * 5001);
  const score = scored ? hundredths(points) : null;
  const rate = kind === 'targets' ? null : hundredths(4000 + Math.floor(next() * 6200));
  const findings: Finding[] = Array.from({ length: Math.floor(next() * 12) }, (_, j) => {
    const [code, severity] = CODES[Math.floor(next() * CODES.length)];
    return { code, severity, cell: `I${20 + j}`, message: `第 ${20 + j} 行：得分 0.9 ≠ 分值 1 × 完成值 927 ÷ 指标值 973 = 0.95（${code}）` };
  });
  const grade = score === null ? null : points >= 9000 ? '优' : points >= 8000 ? '良' : points >= 6000 ? '中' : '差';
  return {
    sheet: `自评表${i % 3 === 0 ? '' : i % 3}`,
    kind,
    range: 'A1:I61',
    unit: i < HOSTILE_UNITS.length ? HOSTILE_UNITS[i] : `上海市某区第${i + 1}街道社区事务受理服务中心`,
    year: 2021 + (i % 4),
    columns: {},
    budget: rate === null ? [] : [{ label: '年度资金总额', budget: '100', actual: rate, recordedRate: rate, rate, weight: null, score: null, expectedScore: null, cell: 'G5', cells: {} }],
    indicators: [],
    total: { weight: scored ? '100' : null, score, recordedScore: score, grade, cappedScore: score, cappedGrade: grade },
    findings,
  };
}

/**
 * A report of `returns` returns (one table per file), the last few files unreadable or without a
 * table, with hostile unit names first: the load the review page must bear.
 */
export function generatedReport(returns = 1000, seed = 20261201): CheckReport {
  const next = lcg(seed);
  const files: FileReport[] = Array.from({ length: returns }, (_, i) => {
    const file = `returns/第${Math.floor(i / 100) + 1}批/单位${String(i + 1).padStart(4, '0')}.xlsx`;
    if (i % 250 === 249) return { file, error: '无法读取：文件已损坏 / cannot read: corrupt file', tables: [] };
    if (i % 333 === 332) return { file, error: null, tables: [] };
    return { file, error: null, tables: [table(i, next)] };
  });
  return { schemaVersion: 1, rules: { pack: 'default', rounding: 'cut' }, files };
}
