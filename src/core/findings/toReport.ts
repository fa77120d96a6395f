import { toA1 } from '../grid/address';
import type { Finding } from '../report/types';
import type { PlacedFinding } from './registry';

/** The report's finding (A1 text for its cell): made where a TableReport is assembled. */
export function reportFinding(f: PlacedFinding): Finding {
  return { code: f.code, severity: f.severity, cell: toA1(f.at.row, f.at.col), message: f.message, params: f.params };
}

/** Findings in sheet order (row, then column), stable for equal cells. */
export function bySheetOrder(findings: readonly PlacedFinding[]): PlacedFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.at.row - b.f.at.row || a.f.at.col - b.f.at.col || a.i - b.i)
    .map(({ f }) => f);
}
