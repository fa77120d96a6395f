/**
 * A self-evaluation table template as plain data: what the exceljs writer (src/xlsx) and the
 * Office.js writer (src/excel) render, cell for cell. Coordinates are 0-based sheet
 * coordinates, as in src/core/grid/types.ts (row 0 = sheet row 1, col 0 = column A).
 */
import type { MergedArea } from '../grid/types';

export type TemplateKind = 'dept' | 'project';

/**
 * What a cell's fill says to the person filling the table in: 'input' cells are theirs,
 * 'computed' cells hold formulas, 'header' and 'title' are the form itself.
 */
export type FillRole = 'input' | 'computed' | 'header' | 'title';

export interface CellStyle {
  bold?: boolean;
  /** Points; absent = the workbook default (11). */
  fontSize?: number;
  fill?: FillRole;
  /** Thin border on all four sides. */
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
  /** Excel number format, e.g. "#,##0.00"; absent = General. */
  numberFormat?: string;
}

/** A cell position. */
export interface CellRef {
  row: number;
  col: number;
}

/**
 * A formula as data, so that one definition gives both the Excel text (formulaText) and the
 * value Excel would cache (evaluateTemplate). Only native Excel functions are used, so the
 * table computes without the add-in.
 */
export type TemplateFormula =
  /** 执行率 in percentage points, cut to 2 dp; "" while the budget is 0 or blank or the actual blank. */
  | { fn: 'rate'; budget: CellRef; actual: CellRef }
  /** Project funds 得分 = min(B/A, 1) × 分值, 2 dp half-up; "" while A is 0/blank or B blank. */
  | { fn: 'budgetScore'; budget: CellRef; actual: CellRef; weight: CellRef }
  /** ROUND(SUM(areas), 2). */
  | { fn: 'sum'; areas: MergedArea[] }
  /** 优/良/中/差 of `total`; "" until any cell of `scores` holds a number. */
  | { fn: 'grade'; total: CellRef; scores: MergedArea[] }
  /** "相符" when `left` equals `right` at 2 dp, else "不符"; "" until any cell of `when` holds a number. */
  | { fn: 'matches'; left: CellRef; right: CellRef; when: MergedArea[] };

/** Excel data validation: a decimal ≥ min (blank allowed). */
export interface DecimalValidation {
  type: 'decimal';
  min: number;
  /** Shown when the entry is refused (Chinese). */
  message: string;
}

export interface TemplateCell extends CellRef {
  /** A constant: label text, a default number (权重 30, 分值 7.50 …); absent = blank. */
  value?: string | number;
  formula?: TemplateFormula;
  style: CellStyle;
  validation?: DecimalValidation;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Pages wide; pages tall are left free (as many as needed). */
  fitToWidth: number;
  /** Rows repeated at the top of every printed page, inclusive 0-based. */
  titleRows: { top: number; bottom: number };
  /** The printed area (the check block beside the table is not printed). */
  area: MergedArea;
}

/** The columns of an indicator grid. */
export interface GridColumns {
  /** "绩效指标" over the whole grid (project). */
  section?: number;
  level1: number;
  /** 权重 beside the 一级 (dept). */
  weight1?: number;
  level2: number;
  name: number;
  target: number;
  actual: number;
  weight: number;
  score: number;
  reason: number;
}

/** Where the parts of the table are, for writers and tests. */
export interface TemplateLandmarks {
  /** The indicator grid's header row. */
  gridHeaderRow: number;
  /** The total (合计 / 总分) row and the grade row under it. */
  totalRow: number;
  gradeRow: number;
  /** Funds rows in order (dept: 财政拨款, 其他资金, 基本支出, 项目支出; project: 年度资金总额, 其中…). */
  fundsRows: number[];
  /** Indicator rows in order with their 一级 and 二级 labels. */
  indicatorRows: { row: number; level1: string; level2: string }[];
  /** The columns of the indicator grid and funds block. */
  columns: GridColumns & {
    fundsBudget: number;
    fundsActual: number;
    fundsRate: number;
    /** project only. */
    fundsInitial?: number;
    fundsWeight?: number;
    fundsScore?: number;
  };
  /** The cell holding the unit's name (部门(单位)名称 / 项目名称). */
  unitCell: CellRef;
}

export interface TemplateSheet {
  kind: TemplateKind;
  year: number;
  /** The preferred sheet name, e.g. "自评表(2025)". */
  sheetName: string;
  /** Every styled or filled cell; cells covered by a merge carry style only. */
  cells: TemplateCell[];
  merges: MergedArea[];
  /** Column widths in Excel character units, from column A. */
  columnWidths: number[];
  /** Row heights in points by row; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  print: PrintSetup;
  landmarks: TemplateLandmarks;
}
