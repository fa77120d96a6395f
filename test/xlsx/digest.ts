import { D } from '../../src/core/decimal';
import type { TableReport } from '../../src/core/report/types';

/** What a test states about a table: names, deviations, errors by name, finding counts, totals. */
export function digest(t: TableReport) {
  const nameOfRow = new Map(t.indicators.map((i) => [i.row, i.name]));
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);
  const codes: Record<string, number> = {};
  for (const f of t.findings) if (f.severity !== 'info') codes[f.code] = (codes[f.code] ?? 0) + 1;
  const dec = (s: string | null) => (s === null ? null : D(s).toString());
  return {
    kind: t.kind,
    names: t.indicators.map((i) => i.name),
    deviations: Object.fromEntries(t.indicators.filter((i) => ['under', 'over', 'partial'].includes(i.deviation)).map((i) => [i.name, i.deviation])),
    missingReasonErrors: t.findings.filter((f) => f.code === 'MISSING_REASON' && f.severity === 'error').map((f) => nameOfRow.get(rowOf(f.cell))),
    codes,
    total: [dec(t.total.score), dec(t.total.recordedScore), t.total.grade],
  };
}
