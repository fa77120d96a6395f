import type { Severity } from '../report/types';

/** The values a message is rendered from: names, decimals as strings, flags. */
export type ParamValue = string | number | boolean | null;

/**
 * What the registry knows of one finding code (ESLint's rule `meta`): its severity, fixed
 * or decided by its parameters, and its Chinese message made from those typed parameters.
 */
export interface FindingDef<P extends object> {
  /** A code whose severity depends on the case (MISSING_REASON: error or warning) decides it from its params. */
  severity: Severity | ((params: P) => Severity);
  /** The zh-CN message; the one place its wording is written. */
  message: (params: P) => string;
  /** Why the finding exists, in one Chinese line, for the generated rules table. */
  why: string;
}

/**
 * Declares a group of finding codes. The identity function keeps each code's parameter type,
 * so that `makeFinding('RATE_MISMATCH', at, params)` checks `params` against that code.
 * @example export const packFindings = defineFindings({ TOTAL_OVER_CAP: { severity: 'warning', why: '…', message: (p: { cap: string }) => `…${p.cap}` } });
 */
export function defineFindings<T extends { [code: string]: FindingDef<never> }>(defs: T): T {
  return defs;
}
