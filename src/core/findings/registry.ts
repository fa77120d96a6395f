import type { Severity } from '../report/types';
import { crossTableFindings } from './codes/crossTable';
import { packFindings } from './codes/pack';
import { reviewFindings } from './codes/review';
import { tableFindings } from './codes/table';
import type { FindingDef, ParamValue } from './define';

/**
 * Every finding code the engine reports, from the four files that declare them: one table's
 * checks (codes/table.ts), the rule pack's (codes/pack.ts), the targets table against the
 * completion tables (codes/crossTable.ts) and the reviewers' (codes/review.ts).
 */
export const findingRegistry = { ...tableFindings, ...packFindings, ...crossTableFindings, ...reviewFindings };

type Registry = typeof findingRegistry;

/** A code of the registry (the report's `code`). */
export type FindingCode = keyof Registry & string;

/** The typed parameters of one code's message. */
export type FindingParams<C extends FindingCode> = Registry[C] extends FindingDef<infer P> ? P : never;

/** 0-based sheet coordinates. */
export interface CellPos {
  row: number;
  col: number;
}

/** A finding inside the core: a position, not yet A1 text (made where the TableReport is assembled). */
export interface PlacedFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly at: CellPos;
  readonly message: string;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/**
 * The finding `code` at `at`: its severity and its Chinese message from the registry, its
 * params frozen (nothing changes a finding once made).
 * @example makeFinding('RATE_OVER_100', { row: 5, col: 4 }, { label: '年度资金总额', rate: '101.5' }).severity // 'warning'
 */
export function makeFinding<C extends FindingCode>(code: C, at: CellPos, params: FindingParams<C>): PlacedFinding {
  const def = findingRegistry[code] as unknown as FindingDef<FindingParams<C>>;
  const severity = typeof def.severity === 'function' ? def.severity(params) : def.severity;
  return Object.freeze({
    code,
    severity,
    at: Object.freeze({ row: at.row, col: at.col }),
    message: def.message(params),
    params: Object.freeze({ ...(params as Record<string, ParamValue>) }),
  });
}

/** The one-line reason of every code, for the generated rules table. */
export function findingWhy(code: FindingCode): string {
  return findingRegistry[code].why;
}
