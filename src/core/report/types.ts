/**
 * The check report: the JSON contract of ../shared/spec/check-report.md, shared by
 * the command line (`--json`) and the task pane. Money, rates, weights and scores are
 * strings holding exact decimals (decimal.js `toString()`); absent values are null.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Every code of the findings registry (src/core/findings/registry.ts): the one list of codes. */
export type { FindingCode } from '../findings/registry';
import type { FindingCode } from '../findings/registry';

/** One finding, as data; `message` is rendered from `params` by its code's entry in the findings registry (src/core/findings/). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The cell it is about, A1 notation on the table's sheet (e.g. "I40"). */
  cell: string;
  message: string;
  /** The values the message was made from (names, numbers as strings). Not part of the JSON contract. */
  params?: Readonly<Record<string, string | number | boolean | null>>;
}

export type TableKind = 'dept' | 'project' | 'plan-actual' | 'targets';
export type Deviation = 'none' | 'under' | 'over' | 'partial' | 'unknown';
export type Rounding = 'cut' | 'round';

export interface FundsReport {
  label: string;
  budget: string | null;
  actual: string | null;
  recordedRate: string | null;
  rate: string | null;
  weight: string | null;
  score: string | null;
  expectedScore: string | null;
  /** The 执行率 cell. */
  cell: string;
  /** The cell each value was read from (label, initial, budget, actual, rate, weight, score); absent: not in the table. */
  cells: Partial<Record<'label' | 'initial' | 'budget' | 'actual' | 'rate' | 'weight' | 'score', string>>;
}

export interface IndicatorReport {
  /** 1-based sheet row. */
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: string | null;
  score: string | null;
  expectedScore: string | null;
  deviation: Deviation;
  reason: string | null;
  /** The cell each value was read from (name, operator, target, unit, actual, weight, score, reason); absent: not in the table. */
  cells: Partial<Record<'name' | 'operator' | 'target' | 'unit' | 'actual' | 'weight' | 'score' | 'reason', string>>;
}

export interface TotalReport {
  weight: string | null;
  score: string | null;
  recordedScore: string | null;
  grade: '优' | '良' | '中' | '差' | null;
  /** The total after the rule pack's 执行率 cap (= score unless a cap applies; null where score is null). */
  cappedScore: string | null;
  cappedGrade: '优' | '良' | '中' | '差' | null;
}

export interface TableReport {
  sheet: string;
  kind: TableKind;
  range: string;
  unit: string | null;
  year: number | null;
  /** The column letter chosen for each role found (level1, level2, name, operator, target, unit, actual, weight, score, reason, funds…). */
  columns: Record<string, string>;
  budget: FundsReport[];
  indicators: IndicatorReport[];
  total: TotalReport;
  findings: Finding[];
}

export interface FileReport {
  file: string;
  error: string | null;
  tables: TableReport[];
}

export interface CheckReport {
  schemaVersion: 1;
  rules: { pack: string; rounding: Rounding };
  files: FileReport[];
}
