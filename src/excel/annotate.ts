import { isSetSupported, readJson, settingsStore, writeJson, type SettingsStore } from '../common/officeHelpers';
import type { Finding } from '../core/report/types';
import {
  ANNOTATION_SETTING,
  marksOf,
  planAnnotate,
  restoreWrite,
  type AnnotationMode,
  type AnnotationRecord,
  type CellNow,
  type CellWrite,
  type SheetAnnotations,
} from './annotationPlan';
import { excelRun, REQUIRES, type ExcelRun } from './run';

/**
 * 在表格中标注 / 清除标注. Each is one Excel.run with one read sync (the fills and
 * notes of the cells it will touch) and one write sync, grouped into one undo
 * step where the host supports it. Cell values are never written. What was
 * written is remembered in the document settings (one JSON entry) so that the
 * clear restores exactly the previous fills and removes only our own notes.
 */
export interface AnnotateDeps {
  run?: ExcelRun;
  store?: SettingsStore;
  mode?: AnnotationMode;
}

/** The best marking the host offers: notes, else comments, else fills only. */
export function annotationMode(): AnnotationMode {
  if (isSetSupported(REQUIRES.notes)) return 'notes';
  if (isSetSupported(REQUIRES.comments)) return 'comments';
  return 'fills';
}

/** Per cell, the objects read in the first sync and reused for the write. */
interface CellHandles {
  range: Excel.Range;
  fill: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  note: Excel.Note | Excel.Comment | null;
}

export async function annotate(sheetName: string, findings: Finding[], deps: AnnotateDeps = {}): Promise<{ cells: number }> {
  const store = deps.store ?? settingsStore();
  const mode = deps.mode ?? annotationMode();
  const record = loadRecord(store);
  const previous = record.sheets[sheetName];
  const marks = marksOf(findings);
  const cells = await (deps.run ?? excelRun)(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const handles = queueCellReads(context, sheet, mode, previous, [...new Set([...marks.map((m) => m.cell), ...(previous?.cells ?? []).map((a) => a.cell)])]);
      await context.sync();
      const plan = planAnnotate(previous, marks, currentState(handles), mode);
      const added = new Map<string, Excel.Comment>();
      for (const w of plan.writes) {
        const comment = queueWrite(context, sheet, handles.get(w.cell)!, w, mode);
        if (comment) added.set(w.cell, comment);
      }
      await context.sync();
      return plan.cells.map((a) => (added.has(a.cell) ? { ...a, commentId: added.get(a.cell)!.id } : a));
    },
    { undoGroup: true },
  );
  const sheets = { ...record.sheets };
  if (cells.length > 0) sheets[sheetName] = { mode, cells };
  else delete sheets[sheetName];
  await writeJson(store, ANNOTATION_SETTING, { version: 1, sheets });
  return { cells: cells.length };
}

/** Restores what annotate changed on the sheet; a no-op (no sync) when nothing is recorded. */
export async function clearAnnotations(sheetName: string, deps: AnnotateDeps = {}): Promise<{ cells: number }> {
  const store = deps.store ?? settingsStore();
  const record = loadRecord(store);
  const previous = record.sheets[sheetName];
  if (!previous) return { cells: 0 };
  await (deps.run ?? excelRun)(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const handles = queueCellReads(context, sheet, previous.mode, previous, previous.cells.map((a) => a.cell));
      await context.sync();
      const now = currentState(handles);
      for (const a of previous.cells) queueWrite(context, sheet, handles.get(a.cell)!, restoreWrite(a, now.get(a.cell)!), previous.mode);
      await context.sync();
    },
    { undoGroup: true },
  );
  const sheets = { ...record.sheets };
  delete sheets[sheetName];
  await writeJson(store, ANNOTATION_SETTING, Object.keys(sheets).length ? { version: 1, sheets } : null);
  return { cells: previous.cells.length };
}

/** Which sheets carry our marks (for the UI's 清除标注 state). */
export function annotatedSheets(store: SettingsStore = settingsStore()): string[] {
  return Object.keys(loadRecord(store).sheets);
}

function loadRecord(store: SettingsStore): AnnotationRecord {
  const r = readJson<AnnotationRecord>(store, ANNOTATION_SETTING);
  return r?.version === 1 && r.sheets ? r : { version: 1, sheets: {} };
}

function queueCellReads(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  mode: AnnotationMode,
  previous: SheetAnnotations | undefined,
  cells: string[],
): Map<string, CellHandles> {
  const commentIds = new Map((previous?.cells ?? []).map((a) => [a.cell, a.commentId]));
  const handles = new Map<string, CellHandles>();
  for (const cell of cells) {
    const range = sheet.getRange(cell);
    const fill = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    let note: Excel.Note | Excel.Comment | null = null;
    if (mode === 'notes') note = sheet.notes.getItemOrNullObject(cell);
    const commentId = commentIds.get(cell);
    if (mode === 'comments' && commentId) note = context.workbook.comments.getItemOrNullObject(commentId);
    note?.load('content');
    handles.set(cell, { range, fill, note });
  }
  return handles;
}

function currentState(handles: Map<string, CellHandles>): Map<string, CellNow> {
  const now = new Map<string, CellNow>();
  for (const [cell, h] of handles) {
    const fill = h.fill.value[0]?.[0]?.format?.fill;
    now.set(cell, {
      fill: { color: fill?.color ?? '#FFFFFF', pattern: String(fill?.pattern ?? 'None') },
      note: h.note && !h.note.isNullObject ? h.note.content : null,
    });
  }
  return now;
}

/** Queues one cell's write; returns a comment it adds (its id arrives with the write sync). */
function queueWrite(context: Excel.RequestContext, sheet: Excel.Worksheet, h: CellHandles, w: CellWrite, mode: AnnotationMode): Excel.Comment | null {
  if (w.kind === 'mark') {
    h.range.format.fill.color = w.color;
    if (mode === 'fills') return null;
    if (w.noteExists && h.note) {
      h.note.content = w.text;
      return null;
    }
    if (mode === 'notes') {
      sheet.notes.add(h.range, w.text);
      return null;
    }
    const comment = context.workbook.comments.add(h.range, w.text);
    comment.load('id');
    return comment;
  }
  if (w.fill && w.fill.pattern === 'None') h.range.format.fill.clear();
  else if (w.fill) h.range.setCellProperties([[{ format: { fill: { color: w.fill.color, pattern: w.fill.pattern as Excel.FillPattern } } }]]);
  if (w.note === 'delete') h.note?.delete();
  else if (w.note !== 'keep' && h.note) h.note.content = w.note.content;
  return null;
}
