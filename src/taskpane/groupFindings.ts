import type { Finding, Severity } from '../core/report/types';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Findings by severity, most severe first, each group in report order. */
export function groupBySeverity(findings: Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}
