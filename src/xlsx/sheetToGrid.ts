import * as XLSX from '@e965/xlsx';
import type { Grid, GridCell, MergedArea } from '../core/grid/types';

/** Excel's error codes as SheetJS stores them (BIFF numbers) → the text Excel shows. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** A date serial (1900 or 1904 system) as its ISO date, "2024-10-31". */
function isoDate(serial: number, date1904: boolean): string | null {
  const d = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!d || !d.y) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

/**
 * One SheetJS cell as a GridCell; null when it holds nothing. Numbers carry their number
 * format (the core formats them); dates arrive as their ISO text (value and text), error
 * values as their text ("#DIV/0!"), formulas with "=" and their cached result as the value.
 */
export function toGridCell(cell: XLSX.CellObject, date1904: boolean): GridCell | null {
  const formula = cell.f ? `=${cell.f}` : undefined;
  const format = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
  let out: GridCell | null = null;
  switch (cell.t) {
    case 's':
      if (cell.v !== '' && cell.v !== undefined) out = { value: String(cell.v) };
      break;
    case 'n': {
      if (typeof cell.v !== 'number') break;
      const iso = format && XLSX.SSF.is_date(format) ? isoDate(cell.v, date1904) : null;
      out = iso ? { value: iso, text: iso } : { value: cell.v };
      if (format) out.numberFormat = format;
      break;
    }
    case 'b':
      out = { value: Boolean(cell.v) };
      break;
    case 'e':
      out = { value: typeof cell.v === 'string' ? cell.v : ERROR_TEXT[cell.v as number] ?? cell.w ?? '#VALUE!' };
      break;
    case 'd': {
      const d = cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
      out = { value: d, text: d };
      break;
    }
    default:
      break;
  }
  if (formula) (out ??= { value: null }).formula = formula;
  return out;
}

/** A running count of cells read, so that a limit stops a workbook early. */
export interface CellCounter {
  add(n: number): void;
}

/**
 * A SheetJS worksheet (read with `dense: true`) as a sparse Grid: rows and cells that do
 * not exist stay holes in the arrays, whatever the sheet's used range says.
 */
export function sheetToGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean, counter: CellCounter): Grid {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const merges: MergedArea[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  const placed: { r: number; c: number; cell: GridCell }[] = [];
  let top = Infinity;
  let left = Infinity;
  // forEach skips holes: the cost is the cells that exist, not the used area.
  data.forEach((row, r) => {
    if (!row) return;
    let n = 0;
    row.forEach((raw, c) => {
      const cell = raw ? toGridCell(raw, date1904) : null;
      if (!cell) return;
      n++;
      placed.push({ r, c, cell });
      if (r < top) top = r;
      if (c < left) left = c;
    });
    counter.add(n);
  });
  for (const m of merges) {
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
  }
  if (!Number.isFinite(top)) return { sheet: name, originRow: 0, originCol: 0, cells: [], merges };
  const cells: (GridCell | null)[][] = [];
  for (const { r, c, cell } of placed) (cells[r - top] ??= [])[c - left] = cell;
  return { sheet: name, originRow: top, originCol: left, cells, merges };
}
