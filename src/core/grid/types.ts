/**
 * A plain, host-independent picture of a worksheet: what the recogniser reads.
 * The Office.js adapter (src/excel) and the exceljs adapter (src/xlsx) both produce it.
 * Coordinates are 0-based sheet coordinates (row 0 = sheet row 1, col 0 = column A).
 */
export interface GridCell {
  /** The value Excel holds: a formula's cached result for formula cells; null when empty. */
  value: string | number | boolean | null;
  /** The text Excel displays, where the host provides it (e.g. "99.27%" for 0.9927). */
  text?: string;
  /** The number format, e.g. "0.00%", "General", "#,##0.00". */
  numberFormat?: string;
  /** The formula without cached result, e.g. "=ROUNDDOWN(D5/C5*100,2)". */
  formula?: string;
}

/** A merged area, inclusive 0-based sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name. */
  sheet: string;
  /** Sheet coordinates of cells[0][0] (the used range may start anywhere). */
  originRow: number;
  originCol: number;
  /**
   * Rows of cells, relative to the origin. Rows may be shorter than others;
   * a missing or null cell is empty. Inside a merged area only the top-left
   * cell carries the value (as Excel and exceljs store it).
   */
  cells: (GridCell | null)[][];
  /** Merged areas in sheet coordinates. */
  merges: MergedArea[];
}
