import { fromA1 } from '../core/grid/address';
import type { Finding, Severity } from '../core/report/types';
import { noteText, SEVERITY_FILL, worstSeverity } from '../core/vocabulary';

/**
 * What 在表格中标注 writes and what 清除标注 restores, as data. The Office.js
 * part (annotate.ts) reads the cells' current state, asks these pure functions
 * what to write, and writes it in one batch.
 */

/** How findings are marked: notes (ExcelApi 1.18), else comments (1.14), else fills only. */
export type AnnotationMode = 'notes' | 'comments' | 'fills';

/** A cell's fill as getCellProperties reports it. */
export interface FillState {
  color: string;
  pattern: string;
}

/** What we did to one cell, and what was there before. */
export interface AnnotatedCell {
  cell: string;
  /** The fill before we touched the cell. */
  previousFill: FillState;
  /** The fill colour we set. */
  color: string;
  /** The note's text before us (null: there was none). Notes mode only. */
  previousNote: string | null;
  /** The full note/comment text we left ('' when the cell got a fill only). */
  text: string;
  /** Comments mode: the comment we added. */
  commentId?: string;
}

export interface SheetAnnotations {
  mode: AnnotationMode;
  cells: AnnotatedCell[];
  /** The sheet's name when annotated (the record is keyed by the sheet's id, which survives a rename). */
  name?: string;
}

/**
 * One JSON entry in the document settings, for all sheets. Version 2 keys sheets by
 * Worksheet.id; version 1 keyed them by name (still read: getItemOrNullObject takes either).
 */
export interface AnnotationRecord {
  version: 1 | 2;
  sheets: Record<string, SheetAnnotations>;
}

export const ANNOTATION_SETTING = 'perf-selfeval.annotations';

/** A cell's findings merged: the worst severity colours it, every message goes into the note. */
export interface CellMark {
  cell: string;
  severity: Severity;
  text: string;
}

/** Findings per cell: the fill of the worst severity and the Chinese note of the shared vocabulary. */
export function marksOf(findings: Finding[]): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  // A finding without a single-cell address (none expected) is listed in the pane but not marked.
  for (const f of findings) if (fromA1(f.cell)) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
  return [...byCell].map(([cell, fs]) => ({ cell, severity: worstSeverity(fs)!, text: noteText(fs) }));
}

/** The current state of a cell, read before writing. */
export interface CellNow {
  fill: FillState;
  /** The note's (or our comment's) current text; null when there is none. */
  note: string | null;
  /** The cell holds someone's threaded comment: Excel refuses a note or a second comment there. */
  threaded?: boolean;
}

/** One cell's write. */
export type CellWrite =
  | { kind: 'mark'; cell: string; color: string; text: string; noteExists: boolean; withNote: boolean; commentId?: string }
  | { kind: 'restore'; cell: string; fill: FillState | null; note: 'keep' | 'delete' | { content: string }; commentId?: string };

export function sameColor(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Undo one annotated cell, touching only what is still ours (the user may have changed it since). */
export function restoreWrite(a: AnnotatedCell, now: CellNow): CellWrite {
  const fill = sameColor(now.fill.color, a.color) ? a.previousFill : null;
  let note: 'keep' | 'delete' | { content: string } = 'keep';
  if (a.text !== '' && now.note === a.text) note = a.previousNote === null ? 'delete' : { content: a.previousNote };
  return { kind: 'restore', cell: a.cell, fill, note, commentId: a.commentId };
}

/**
 * Plans an annotation: cells marked before but without a finding now are restored;
 * a cell marked again keeps its original "before" state, so 清除标注 still returns
 * to what the user had. A cell holding someone's threaded comment gets the fill only.
 */
export function planAnnotate(
  previous: SheetAnnotations | undefined,
  marks: CellMark[],
  now: Map<string, CellNow>,
  mode: AnnotationMode,
): { writes: CellWrite[]; cells: AnnotatedCell[] } {
  const before = new Map((previous?.cells ?? []).map((a) => [a.cell, a]));
  const marked = new Set(marks.map((m) => m.cell));
  const writes: CellWrite[] = [];
  for (const a of before.values()) if (!marked.has(a.cell)) writes.push(restoreWrite(a, stateOf(now, a.cell)));
  const cells: AnnotatedCell[] = marks.map((m) => {
    const current = stateOf(now, m.cell);
    const old = before.get(m.cell);
    const withNote = mode !== 'fills' && !current.threaded;
    const previousNote = mode !== 'notes' || !withNote ? null : old ? old.previousNote : current.note;
    const text = !withNote ? '' : previousNote ? `${previousNote}\n\n${m.text}` : m.text;
    const color = SEVERITY_FILL[m.severity];
    const commentId = withNote ? old?.commentId : undefined;
    writes.push({ kind: 'mark', cell: m.cell, color, text, noteExists: current.note !== null, withNote, commentId });
    return { cell: m.cell, previousFill: old ? old.previousFill : current.fill, color, previousNote, text, commentId };
  });
  return { writes, cells };
}

function stateOf(now: Map<string, CellNow>, cell: string): CellNow {
  return now.get(cell) ?? { fill: { color: '#FFFFFF', pattern: 'None' }, note: null };
}
