import type { Severity } from '../../../core/report/types';
import { D } from '../../../core/decimal';
import { findingRegistry, findingWhy, type FindingCode } from '../../../core/findings/registry';
import { SEVERITY_FILL, SEVERITY_ORDER } from '../../../core/vocabulary';
import { barChart, type Bar } from './barChart';
import type { ReturnRow } from './returns';

/** A band of a distribution, by its bounds (absent: open on that side). */
interface Band {
  label: string;
  atLeast?: string;
  above?: string;
  below?: string;
  atMost?: string;
}

/** 总分 bands: the grade limits (60 / 80 / 90) and finer steps where most returns lie. */
export const SCORE_BANDS: readonly Band[] = [
  { label: '60 分以下', below: '60' },
  { label: '60–70', atLeast: '60', below: '70' },
  { label: '70–80', atLeast: '70', below: '80' },
  { label: '80–90', atLeast: '80', below: '90' },
  { label: '90–95', atLeast: '90', below: '95' },
  { label: '95–100', atLeast: '95', below: '100' },
  { label: '100', atLeast: '100', atMost: '100' },
  { label: '超过 100', above: '100' },
];

/** 执行率 bands (percentage points): the usual cap limits (50 / 60 / 70 / 80 / 90) and 100. */
export const RATE_BANDS: readonly Band[] = [
  { label: '低于 50%', below: '50' },
  { label: '50%–60%', atLeast: '50', below: '60' },
  { label: '60%–70%', atLeast: '60', below: '70' },
  { label: '70%–80%', atLeast: '70', below: '80' },
  { label: '80%–90%', atLeast: '80', below: '90' },
  { label: '90%–95%', atLeast: '90', below: '95' },
  { label: '95%–100%', atLeast: '95', below: '100' },
  { label: '100%', atLeast: '100', atMost: '100' },
  { label: '超过 100%', above: '100' },
];

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** How many values fall in each band (values that are not decimals are left out). */
export function bandCounts(values: readonly (string | null)[], bands: readonly Band[]): number[] {
  const counts = bands.map(() => 0);
  for (const v of values) {
    if (v === null || !DECIMAL.test(v)) continue;
    const d = D(v);
    const i = bands.findIndex(
      (b) => (b.atLeast === undefined || d.gte(b.atLeast)) && (b.above === undefined || d.gt(b.above)) && (b.below === undefined || d.lt(b.below)) && (b.atMost === undefined || d.lte(b.atMost)),
    );
    if (i >= 0) counts[i]++;
  }
  return counts;
}

const GRADE_FILL: Record<string, string> = { 优: '#70AD47', 良: '#4472C4', 中: '#FFC000', 差: '#FF9999' };

/** Finding codes by the number of returns that have them (then by code), the most frequent `limit`. */
export function topCodes(rows: readonly ReturnRow[], limit = 10): { code: string; returns: number; findings: number; severity: Severity }[] {
  const byCode = new Map<string, { returns: number; findings: number; severity: Severity }>();
  for (const r of rows) {
    const seen = new Set<string>();
    r.d.forEach((group, g) =>
      group.forEach(([, code]) => {
        const entry = byCode.get(code) ?? { returns: 0, findings: 0, severity: SEVERITY_ORDER[g] };
        entry.findings++;
        if (!seen.has(code)) entry.returns++;
        seen.add(code);
        byCode.set(code, entry);
      }),
    );
  }
  return [...byCode.entries()]
    .map(([code, e]) => ({ code, ...e }))
    .sort((a, b) => b.returns - a.returns || (a.code < b.code ? -1 : 1))
    .slice(0, limit);
}

function why(code: string): string {
  return Object.prototype.hasOwnProperty.call(findingRegistry, code) ? `：${findingWhy(code as FindingCode)}` : '';
}

/** The four charts of the overview, as inline SVG. */
export function renderCharts(rows: readonly ReturnRow[]): string {
  const scored = rows.filter((r) => r.t !== null);
  const scores = bandCounts(scored.map((r) => r.t), SCORE_BANDS);
  const grades = ['优', '良', '中', '差'].map((g) => ({ label: g, value: scored.filter((r) => r.g === g).length, fill: GRADE_FILL[g] }));
  const rates = bandCounts(rows.map((r) => r.r), RATE_BANDS);
  const codes: Bar[] = topCodes(rows).map((c) => ({
    label: c.code,
    value: c.returns,
    fill: SEVERITY_FILL[c.severity],
    title: `${c.code}${why(c.code)}（${c.returns} 份，共 ${c.findings} 处）`,
  }));
  return [
    barChart('chart-score', '总分分布', SCORE_BANDS.map((b, i) => ({ label: b.label, value: scores[i] }))),
    barChart('chart-grade', '等级分布', grades),
    barChart('chart-rate', '执行率分布', RATE_BANDS.map((b, i) => ({ label: b.label, value: rates[i] }))),
    barChart('chart-codes', '最常见的问题（涉及份数）', codes, { width: 360, labelWidth: 156 }),
  ]
    .map((svg) => `<figure>${svg}</figure>`)
    .join('');
}
