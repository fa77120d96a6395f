/**
 * The check report: the JSON contract of ../shared/spec/check-report.md, shared by
 * the command line (`--json`) and the task pane. Money, rates, weights and scores are
 * strings holding exact decimals (decimal.js `toString()`); absent values are null.
 */

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'MISSING_REASON'
  | 'DEVIATION'
  | 'SCORE_MISMATCH'
  | 'SCORE_OVER_WEIGHT'
  | 'RATE_MISMATCH'
  | 'WEIGHT_SUM_MISMATCH'
  | 'TOTAL_MISMATCH'
  | 'UNRECOGNIZED_VALUE'
  // Further codes (rules.md §8.15): warnings or info only, never errors.
  | 'FUNDS_SUM_MISMATCH'
  | 'RATE_OVER_100'
  | 'DUPLICATE_INDICATOR'
  | 'LARGE_OVERSHOOT'
  | 'MISSING_TARGET'
  | 'NOT_EVALUABLE'
  | 'RATE_CONVENTION';

/** One finding, as data; `message` is rendered from `params` by the zh-CN message file. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The cell it is about, A1 notation on the table's sheet (e.g. "I40"). */
  cell: string;
  message: string;
  /** The values the message was made from (names, numbers as strings). Not part of the JSON contract. */
  params?: Record<string, string | number | null>;
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
}

export interface TotalReport {
  weight: string | null;
  score: string | null;
  recordedScore: string | null;
  grade: '优' | '良' | '中' | '差' | null;
}

export interface TableReport {
  sheet: string;
  kind: TableKind;
  range: string;
  unit: string | null;
  year: number | null;
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
