import type { MergedArea } from '../grid/types';
import type { CellStyle, DecimalValidation, TemplateCell, TemplateFormula } from './types';

/** What a cell (or the top-left cell of a merged area) holds. */
export interface CellContent {
  value?: string | number;
  formula?: TemplateFormula;
  validation?: DecimalValidation;
}

/**
 * Collects a template's cells, merges and row heights while a layout function walks down the
 * sheet. `area` styles every cell it covers (so borders of merged cells print) and puts the
 * content in the top-left one, which is where Excel keeps a merged area's value.
 */
export class SheetBuilder {
  private readonly byKey = new Map<string, TemplateCell>();
  readonly merges: MergedArea[] = [];
  readonly rowHeights: Record<number, number> = {};

  /** One cell. */
  cell(row: number, col: number, content: CellContent, style: CellStyle): this {
    return this.area(row, col, row, col, content, style);
  }

  /** A block of cells, merged when it spans more than one. */
  area(top: number, left: number, bottom: number, right: number, content: CellContent, style: CellStyle): this {
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) {
        const own = row === top && col === left ? content : {};
        this.byKey.set(`${row},${col}`, { row, col, ...own, style });
      }
    }
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = points;
    return this;
  }

  /** The cells, top to bottom, left to right. */
  cells(): TemplateCell[] {
    return [...this.byKey.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }
}
