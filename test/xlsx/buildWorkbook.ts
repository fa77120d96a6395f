import ExcelJS from 'exceljs';
import { columnLetters, fromA1, fromRangeA1, rangeA1 } from '../../src/core/grid/address';

/** A cell to write: a plain value, or a value with a number format / formula / rich text. */
export type CellSpec = string | number | null | undefined | { v?: string | number; fmt?: string; f?: string; rich?: string[] };

export interface SheetSpec {
  name: string;
  /** Where rows[0][0] goes (default A1). */
  at?: string;
  rows: CellSpec[][];
  /** Merges in coordinates relative to `at` ("A1:B2" = the first two rows and columns of `rows`). */
  merges?: string[];
}

/** An .xlsx with the given sheets, as a person would type it (values, formats, merges). */
export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const origin = fromA1(s.at ?? 'A1')!;
    s.rows.forEach((row, r) =>
      row.forEach((spec, c) => {
        if (spec === null || spec === undefined || spec === '') return;
        const cell = ws.getCell(origin.row + r + 1, origin.col + c + 1);
        if (typeof spec !== 'object') cell.value = spec;
        else if (spec.rich) cell.value = { richText: spec.rich.map((text) => ({ text })) };
        else if (spec.f) cell.value = { formula: spec.f, result: spec.v } as ExcelJS.CellFormulaValue;
        else cell.value = spec.v ?? null;
        if (typeof spec === 'object' && spec.fmt) cell.numFmt = spec.fmt;
      }),
    );
    for (const m of s.merges ?? []) {
      const b = fromRangeA1(m)!;
      ws.mergeCells(rangeA1(b.top + origin.row, b.left + origin.col, b.bottom + origin.row, b.right + origin.col));
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Inserts an empty column before column `col` (0-based) of every row, shifting merges. */
export function withBlankColumn(spec: SheetSpec, col: number): SheetSpec {
  const shift = (c: number) => (c >= col ? c + 1 : c);
  return {
    ...spec,
    rows: spec.rows.map((r) => [...r.slice(0, col), null, ...r.slice(col)]),
    merges: (spec.merges ?? []).map((m) => {
      const b = fromRangeA1(m)!;
      return `${columnLetters(shift(b.left))}${b.top + 1}:${columnLetters(shift(b.right))}${b.bottom + 1}`;
    }),
  };
}
