/**
 * Table-driven pieces for realistic self-evaluation workbooks: a sheet is a stack of
 * blocks (title, funds, goals, indicator grid, total, notes), each with merges written
 * relative to the block's first row, so a variant states only its texts and numbers.
 */
import { fromRangeA1, rangeA1 } from '../../src/core/grid/address';
import type { CellSpec, SheetSpec } from '../xlsx/buildWorkbook';

export interface Block {
  rows: CellSpec[][];
  /** Merges relative to the block's first row (columns as in `rows`). */
  merges?: string[];
}

/** One sheet from blocks stacked top to bottom (optionally placed at `at`, e.g. "C5"). */
export function sheet(name: string, blocks: Block[], at?: string): SheetSpec {
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  for (const b of blocks) {
    for (const m of b.merges ?? []) {
      const r = fromRangeA1(m)!;
      merges.push(rangeA1(r.top + rows.length, r.left, r.bottom + rows.length, r.right));
    }
    rows.push(...b.rows);
  }
  return { name, rows, merges, at };
}

/** A merge of rows `top`..`bottom` (0-based in the block) in column `col`, or of `right` columns. */
export function merge(top: number, left: number, bottom: number, right = left): string {
  return rangeA1(top, left, bottom, right);
}

/**
 * Vertical merges for labels written once per block: a label in column `col` followed by
 * rows whose column `col` is null is merged down over them (as 一级 / 二级 cells are).
 */
export function labelMerges(rows: CellSpec[][], col: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (rows[r][col] === null || rows[r][col] === undefined) continue;
    let end = r;
    while (end + 1 < rows.length && (rows[end + 1][col] === null || rows[end + 1][col] === undefined)) end++;
    if (end > r) out.push(merge(r, col, end));
  }
  return out;
}

/** An indicator grid: its header row(s) and rows, with 一级 (and optionally 二级) merged down. */
export function grid(header: CellSpec[][], rows: CellSpec[][], mergedCols: number[], extraMerges: string[] = []): Block {
  const h = header.length;
  const shift = (m: string) => {
    const r = fromRangeA1(m)!;
    return rangeA1(r.top + h, r.left, r.bottom + h, r.right);
  };
  return { rows: [...header, ...rows], merges: [...mergedCols.flatMap((c) => labelMerges(rows, c)).map(shift), ...extraMerges] };
}

/** A title block: the title and the year line merged over `width` columns. */
export function title(width: number, ...lines: string[]): Block {
  return { rows: lines.map((l) => [l]), merges: lines.map((_, i) => merge(i, 0, i, width - 1)) };
}

/** Sheets stacked on one sheet, top to bottom, with `gap` empty rows between them (merges shifted). */
export function stackSheets(name: string, sheets: SheetSpec[], gap = 2): SheetSpec {
  return sheet(
    name,
    sheets.flatMap((s, i) => [...(i > 0 ? [{ rows: Array.from({ length: gap }, () => []) }] : []), { rows: s.rows, merges: s.merges }]),
  );
}
