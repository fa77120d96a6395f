import type { SheetView } from '../grid/sheetView';
import { numberCellKind } from '../value/numberCell';
import type { CellValue } from './types';

/** The cell shown at (row, col) as a CellValue (merges resolved); null when it shows nothing. */
export function shownValue(view: SheetView, row: number, col: number): CellValue | null {
  const m = view.mergeAt(row, col);
  return m ? valueFrom(view, row, col, m.top, m.left) : valueFrom(view, row, col, row, col);
}

/** The cell itself (not a merge continuation) as a CellValue; null when empty. */
export function ownValue(view: SheetView, row: number, col: number): CellValue | null {
  const m = view.mergeAt(row, col);
  return m && (m.top !== row || m.left !== col) ? null : valueFrom(view, row, col, row, col);
}

/** A value shown at (row, col) unless it comes from a merge that started in a row above (G5:I5 counts, G4:G6 does not below G4). */
export function horizontalValue(view: SheetView, row: number, col: number): CellValue | null {
  const m = view.mergeAt(row, col);
  if (m === null) return valueFrom(view, row, col, row, col);
  return m.top < row ? null : valueFrom(view, row, col, m.top, m.left);
}

/** The CellValue at (row, col) of the cell stored at (r, c); null when it shows nothing. */
function valueFrom(view: SheetView, row: number, col: number, r: number, c: number): CellValue | null {
  const text = view.storedText(r, c);
  if (text === '') return null;
  const cell = view.own(r, c);
  return { row, col, value: cell?.value ?? null, text, numberFormat: cell?.numberFormat };
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** Whether a cell holds a bare number (a number value, or text such as "1.00" / "82,368,086.83"). */
export function isBareNumber(v: CellValue | null): boolean {
  if (!v) return false;
  if (typeof v.value === 'number') return Number.isFinite(v.value);
  const t = v.text.replace(/\s+/g, '');
  if (t !== '' && t !== '.' && /\d/.test(t) && NUMBER_TEXT.test(t)) return true;
  // Full-width digits ("１．００") only after the cheap test failed.
  const n = t.normalize('NFKC');
  return n !== t && /\d/.test(n) && NUMBER_TEXT.test(n);
}

/** Whether a cell where a number belongs can be read as one: a number, or a number typed as text ("0.9分", "１０", rules.md §8.18). */
export function holdsNumber(v: CellValue | null): boolean {
  const kind = numberCellKind(v);
  return kind === 'number' || kind === 'text-number';
}

/** Whether a cell holds something other than a number ("—", "约1", "#DIV/0!"): UNREADABLE_NUMBER where a number belongs. */
export function holdsNonNumber(v: CellValue | null): boolean {
  return numberCellKind(v) === 'unreadable';
}

/** Whether a cell holds an amount or a rate ("99.93%" included). */
export function isAmountLike(v: CellValue | null): boolean {
  if (!v) return false;
  if (isBareNumber(v)) return true;
  const t = v.text.normalize('NFKC').replace(/\s+/g, '');
  return /^[+-]?[\d,]*\.?\d+%$/.test(t);
}

const HAS_SPACE = /\s/;

/** White space trimmed and collapsed (names keep everything else, rules.md §8.12). */
export function cleanName(text: string): string {
  // \s and trim() mean the same white space: text without any is returned as it is.
  return HAS_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
