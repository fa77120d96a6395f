import type { TableKind } from '../report/types';
import type { MoneyUnit } from '../value/moneyAmount';

/** A cell as the recogniser hands it to the audit: where it is, what it holds, what it shows. */
export interface CellValue {
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  value: string | number | boolean | null;
  /** The displayed text, trimmed. */
  text: string;
  numberFormat?: string;
}

/** One row of the funds block (资金来源 / 资金结构 / 年度资金总额 …). */
export interface RecognizedFunds {
  row: number;
  label: string;
  initial: CellValue | null;
  budget: CellValue | null;
  executed: CellValue | null;
  /** The recorded 执行率; `rateCell` is where it is (or would be). */
  rate: CellValue | null;
  rateCell: { row: number; col: number };
  /** 分值 / 得分 of a project's funds row; null elsewhere. */
  weight: CellValue | null;
  score: CellValue | null;
}

/** 0-based sheet coordinates of a cell. */
export interface CellAt {
  row: number;
  col: number;
}

export interface IndicatorCols {
  name: number;
  target: number;
  actual: number;
  reason: number | null;
  /** The table's 指标性质 / 计量单位 / 分值 / 得分 columns (null: none), for the report's `cells`. */
  operator: number | null;
  unit: number | null;
  weight: number | null;
  score: number | null;
}

/** A target split over 指标性质 | 指标值 | 度量单位. */
export interface SplitTarget {
  op: CellValue | null;
  value: CellValue | null;
  unit: CellValue | null;
}

/** One indicator row (rules.md §8.12). */
export interface RecognizedIndicator {
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  /** A 投入管理 row: named by its 二级, no target or actual. */
  inputManagement: boolean;
  /** The 年度指标值 cell (the value part when the target is split). */
  target: CellValue | null;
  split: SplitTarget | null;
  actual: CellValue | null;
  weight: CellValue | null;
  score: CellValue | null;
  reason: string | null;
  /**
   * The columns of this row's name, 年度指标值, 完成值 and 偏差原因 (null: the table has none),
   * for findings: the reason cell is the row's own even inside a merge. Rows read by header
   * share one object (no allocation per row).
   */
  cols: IndicatorCols;
  /** The index into `groups` of the 一级 block holding this row, or -1. */
  group: number;
  /** Read by the shifted-column fallback (rules.md §7.15) instead of by header columns. */
  shifted: boolean;
}

/** A 一级指标 block: its label, the points it states (权重 column or "(50分)") and where. */
export interface Level1Group {
  label: string;
  stated: CellValue | null;
  /** Points written inside the label ("产出指标(50分)" → "50"). */
  statedInLabel: string | null;
  row: number;
  col: number;
}

export interface RecognizedTotal {
  row: number;
  weight: CellValue | null;
  score: CellValue | null;
}

export interface RecognizedTable {
  sheet: string;
  kind: TableKind;
  /** Inclusive 0-based sheet bounds: title (when it belongs to the table) to the last row read. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The first and last row of the indicator header. */
  headerTop: number;
  headerBottom: number;
  unit: string | null;
  year: number | null;
  /** The money unit the funds header or the title states (全年预算数(万元), 单位：元); null when none is stated. */
  moneyUnit: MoneyUnit | null;
  funds: RecognizedFunds[];
  indicators: RecognizedIndicator[];
  groups: Level1Group[];
  total: RecognizedTotal | null;
  hasReasonColumn: boolean;
  hasScoreColumns: boolean;
  /** A funds block without an indicator grid (rules.md §8.24): no weights to add up. */
  fundsOnly: boolean;
  /** The column chosen for each role (report names: level1, name, operator, target, unit, actual, weight, score, reason, funds…). */
  columns: Readonly<Record<string, number>>;
}
