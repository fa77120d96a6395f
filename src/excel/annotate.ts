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
 * 在表格中标注 / 清除标注. 标注 is one Excel.run with one read sync (the fills and notes
 * of the cells it will touch) and one write sync, grouped into one undo step where the
 * host supports it; extra reads only when the sheet holds threaded comments or was renamed
 * since its last marks. Cell values are never written. What was written is remembered in
 * the document settings (one JSON entry, keyed by the sheet's id, which survives a rename)
 * so that the clear restores exactly the previous fills and removes only our own notes.
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
  const marks = marksOf(findings);
  const { id, cells } = await (deps.run ?? excelRun)(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.load('id');
      const named = entryNamed(record, sheetName);
      const wanted = (p: SheetAnnotations | undefined) => [...new Set([...marks.map((m) => m.cell), ...(p?.cells ?? []).map((a) => a.cell)])];
      let handles = queueCellReads(context, sheet, mode, named?.entry, wanted(named?.entry));
      const commentCount = mode === 'fills' ? null : sheet.comments.getCount();
      await context.sync();
      // The record is keyed by id: a name-matched entry of another sheet (the name was reused) is not ours.
      const previous = record.sheets[sheet.id] ?? (named && !named.key.startsWith('{') ? named.entry : undefined);
      if (previous && previous !== named?.entry) {
        // Renamed since the last marks: read the cells those marks are on.
        handles = new Map([...handles, ...queueCellReads(context, sheet, mode, previous, previous.cells.map((a) => a.cell).filter((c) => !handles.has(c)))]);
        await context.sync();
      }
      const threaded = commentCount && commentCount.value > 0 ? await userCommentCells(context, sheet, previous) : new Set<string>();
      const plan = planAnnotate(previous, marks, currentState(handles, threaded), mode);
      const added = new Map<string, Excel.Comment>();
      for (const w of plan.writes) {
        const comment = queueWrite(context, sheet, handles.get(w.cell)!, w, mode);
        if (comment) added.set(w.cell, comment);
      }
      await context.sync();
      return { id: sheet.id, cells: plan.cells.map((a) => (added.has(a.cell) ? { ...a, commentId: added.get(a.cell)!.id } : a)) };
    },
    { undoGroup: true },
  );
  // This sheet's entry is replaced: under its id, and under its name if the record was of version 1.
  const sheets = Object.fromEntries(Object.entries(record.sheets).filter(([k]) => k !== id && k !== sheetName));
  if (cells.length > 0) sheets[id] = { mode, cells, name: sheetName };
  await writeJson(store, ANNOTATION_SETTING, { version: 2, sheets });
  return { cells: cells.length };
}

/**
 * Restores what annotate changed, on every sheet that carries our marks; a no-op (no
 * Excel call) when nothing is recorded. Sheets are found by id, so a renamed sheet is
 * cleared too; the marks of a deleted sheet are dropped from the record (they went with it).
 */
export async function clearAnnotations(deps: AnnotateDeps = {}): Promise<{ cells: number; deleted: string[] }> {
  const store = deps.store ?? settingsStore();
  const record = loadRecord(store);
  const entries = Object.entries(record.sheets);
  if (entries.length === 0) return { cells: 0, deleted: [] };
  const result = await (deps.run ?? excelRun)(
    async (context) => {
      const sheets = entries.map(([key]) => context.workbook.worksheets.getItemOrNullObject(key));
      await context.sync();
      const live = entries.flatMap(([, entry], i) => (sheets[i].isNullObject ? [] : [{ entry, sheet: sheets[i] }]));
      const reads = live.map(({ entry, sheet }) => ({ entry, sheet, handles: queueCellReads(context, sheet, entry.mode, entry, entry.cells.map((a) => a.cell)) }));
      await context.sync();
      for (const { entry, sheet, handles } of reads) {
        const now = currentState(handles, new Set());
        for (const a of entry.cells) queueWrite(context, sheet, handles.get(a.cell)!, restoreWrite(a, now.get(a.cell)!), entry.mode);
      }
      await context.sync();
      return {
        cells: live.reduce((n, { entry }) => n + entry.cells.length, 0),
        deleted: entries.flatMap(([key, entry], i) => (sheets[i].isNullObject ? [entry.name ?? key] : [])),
      };
    },
    { undoGroup: true },
  );
  await writeJson(store, ANNOTATION_SETTING, null);
  return result;
}

/** Which sheets carry our marks, by the names they had when marked (for the UI's 清除标注 state). */
export function annotatedSheets(store: SettingsStore = settingsStore()): string[] {
  return Object.entries(loadRecord(store).sheets).map(([key, e]) => e.name ?? key);
}

function loadRecord(store: SettingsStore): AnnotationRecord {
  const r = readJson<AnnotationRecord>(store, ANNOTATION_SETTING);
  return (r?.version === 1 || r?.version === 2) && r.sheets ? r : { version: 2, sheets: {} };
}

/** The entry whose sheet had this name when marked (version 1 keys are names). */
function entryNamed(record: AnnotationRecord, name: string): { key: string; entry: SheetAnnotations } | undefined {
  const found = Object.entries(record.sheets).find(([key, e]) => (e.name ?? key) === name);
  return found && { key: found[0], entry: found[1] };
}

/** Cells holding a threaded comment that is not ours (two more syncs, only when the sheet has comments). */
async function userCommentCells(context: Excel.RequestContext, sheet: Excel.Worksheet, previous: SheetAnnotations | undefined): Promise<Set<string>> {
  const ours = new Set((previous?.cells ?? []).map((a) => a.commentId).filter(Boolean));
  sheet.comments.load('items');
  await context.sync();
  const theirs = sheet.comments.items.filter((c) => !ours.has(c.id));
  const places = theirs.map((c) => c.getLocation().load('address'));
  await context.sync();
  return new Set(places.map((r) => r.address.replace(/^.*!/, '').replace(/\$/g, '')));
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

function currentState(handles: Map<string, CellHandles>, threaded: Set<string>): Map<string, CellNow> {
  const now = new Map<string, CellNow>();
  for (const [cell, h] of handles) {
    const fill = h.fill.value[0]?.[0]?.format?.fill;
    now.set(cell, {
      fill: { color: fill?.color ?? '#FFFFFF', pattern: String(fill?.pattern ?? 'None') },
      note: h.note && !h.note.isNullObject ? h.note.content : null,
      threaded: threaded.has(cell),
    });
  }
  return now;
}

/** Queues one cell's write; returns a comment it adds (its id arrives with the write sync). */
function queueWrite(context: Excel.RequestContext, sheet: Excel.Worksheet, h: CellHandles, w: CellWrite, mode: AnnotationMode): Excel.Comment | null {
  if (w.kind === 'mark') {
    h.range.format.fill.color = w.color;
    if (!w.withNote) return null;
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
