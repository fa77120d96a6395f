import { adviceFor } from '../common/findingAdvice';
import { findingRegistry } from '../core/findings/registry';
import type { Severity } from '../core/report/types';
import { SEVERITY_LABEL, SEVERITY_ORDER } from '../core/vocabulary';

/** One row of the help page's finding table: from the registry (meaning, severity) and the advice table (what to do). */
export interface FindingHelp {
  code: string;
  severity: Severity | 'varies';
  meaning: string;
  advice: string;
}

/** Every code of the findings registry, most severe first. */
export function findingHelp(): FindingHelp[] {
  const rank = (s: FindingHelp['severity']) => (s === 'varies' ? 0.5 : SEVERITY_ORDER.indexOf(s));
  return Object.entries(findingRegistry)
    .map(([code, def]) => ({
      code,
      severity: typeof def.severity === 'function' ? ('varies' as const) : def.severity,
      meaning: def.why.replace(/（§[^）]*）/g, ''),
      advice: adviceFor(code),
    }))
    .sort((a, b) => rank(a.severity) - rank(b.severity));
}

/** The severity column's words. */
export function severityWords(s: FindingHelp['severity']): string {
  return s === 'varies' ? `${SEVERITY_LABEL.error}或${SEVERITY_LABEL.warning}` : SEVERITY_LABEL[s];
}
