import { browserSettingsStore } from '../../src/common/officeHelpers';
import type { Finding } from '../../src/core/report/types';
import { noteText, SEVERITY_FILL } from '../../src/core/vocabulary';
import { annotate, annotatedSheets, annotationMode, clearAnnotations } from '../../src/excel/annotate';
import { ANNOTATION_SETTING, type AnnotationMode } from '../../src/excel/annotationPlan';
import { addUserComment, deleteSheet, fakeExcel, fakeWorkbook, marksOf, profile, renameSheet, type WorkbookState } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET as SHEET } from '../support/seed000Grid';

const F = (code: Finding['code'], severity: Finding['severity'], cell: string, message: string): Finding => ({ code, severity, cell, message });
const FINDINGS: Finding[] = [
  F('SCORE_MISMATCH', 'warning', 'H26', '得分 0.9 与按比例计算的 0.95 不符'),
  F('MISSING_REASON', 'error', 'I22', '未完成，须说明偏差原因'),
  F('NOT_EVALUABLE', 'info', 'E23', '指标值无法识别'),
  F('SCORE_MISMATCH', 'warning', 'I22', '第二条'),
];
const OTHER = '附表';
const HOSTS: Record<AnnotationMode, string> = { notes: 'm365', comments: 'ltsc2021', fills: 'm365-old' };

function setup(mode: AnnotationMode = 'notes', prepare: (s: WorkbookState) => void = () => undefined) {
  const state = fakeWorkbook([seed000Grid(), { ...seed000Grid(), sheet: OTHER }], profile(HOSTS[mode]));
  prepare(state);
  const excel = fakeExcel(state);
  const store = browserSettingsStore(undefined);
  const deps = { run: excel.run, store, mode };
  const before = structuredClone(marksOf(state));
  const now = () => marksOf(state);
  return { state, excel, store, deps, before, now };
}

describe('annotate', () => {
  test('one read + one write, as one undo group; fills by severity, Chinese notes', async () => {
    const { state, excel, deps } = setup();
    await expect(annotate(SHEET, FINDINGS, deps)).resolves.toEqual({ cells: 3 });
    expect(excel.syncs).toEqual([2]);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(marksOf(state).fills).toEqual({
      [`${SHEET}!H26`]: { color: SEVERITY_FILL.warning, pattern: 'Solid' },
      [`${SHEET}!I22`]: { color: SEVERITY_FILL.error, pattern: 'Solid' },
      [`${SHEET}!E23`]: { color: SEVERITY_FILL.info, pattern: 'Solid' },
    });
    expect(marksOf(state).notes[`${SHEET}!I22`]).toBe(noteText([FINDINGS[1], FINDINGS[3]]));
    expect(marksOf(state).notes[`${SHEET}!I22`]).not.toMatch(/MISSING_REASON|error|warning/);
  });

  test('a finding without a cell address is not marked', async () => {
    const { state, deps } = setup();
    await expect(annotate(SHEET, [F('TOTAL_MISMATCH', 'error', '', '无单元格')], deps)).resolves.toEqual({ cells: 0 });
    expect(marksOf(state).fills).toEqual({});
  });

  test('remembers what it wrote in one document setting, under the sheet id', async () => {
    const { deps, store, state } = setup();
    await annotate(SHEET, FINDINGS, deps);
    const record = JSON.parse(store.get(ANNOTATION_SETTING)!);
    expect(record.sheets[state.sheets[0].id].cells).toHaveLength(3);
    expect(annotatedSheets(store)).toEqual([SHEET]);
  });

  test('a user note is kept above ours', async () => {
    const { state, deps } = setup('notes', (s) => (s.sheets[0].notes.H26 = '用户批注'));
    await annotate(SHEET, FINDINGS, deps);
    expect(marksOf(state).notes[`${SHEET}!H26`]).toMatch(/^用户批注\n\n绩效自评助手：/);
  });

  test.each<AnnotationMode>(['notes', 'comments'])('%s: a cell with a threaded comment gets the fill only (Excel refuses a note there)', async (mode) => {
    const { state, deps, excel } = setup(mode, (s) => addUserComment(s, SHEET, 'H26', '请核对'));
    await expect(annotate(SHEET, FINDINGS, deps)).resolves.toEqual({ cells: 3 });
    expect(marksOf(state).fills[`${SHEET}!H26`]?.color).toBe(SEVERITY_FILL.warning);
    expect(marksOf(state).comments[`${SHEET}!H26`]).toBe('请核对');
    expect(marksOf(state).notes[`${SHEET}!H26`]).toBeUndefined();
    expect(excel.syncs).toEqual([4]); // read, the comments, their cells, write
    await clearAnnotations(deps);
    expect(marksOf(state)).toEqual({ fills: {}, notes: {}, comments: { [`${SHEET}!H26`]: '请核对' } });
  });

  test.each([
    ['1.13: fills only (getItemOrNullObject of comments needs 1.14)', 13, 'fills'],
    ['1.14: comments', 14, 'comments'],
    ['1.18: notes', 18, 'notes'],
  ])('annotation mode on ExcelApi %s', (_name, minor, mode) => {
    fakeExcel(fakeWorkbook([seed000Grid()], { ...profile(), excelApi: minor }));
    expect(annotationMode()).toBe(mode);
  });
});

describe('clearAnnotations', () => {
  const userMarks = (s: WorkbookState) => {
    s.sheets[0].fills.H26 = { color: '#00B050', pattern: 'Solid' };
    s.sheets[0].fills.E23 = { color: '#FFFF00', pattern: 'Gray50' };
    if (s.profile.excelApi >= 18) s.sheets[0].notes.H26 = '用户批注';
  };

  test.each<AnnotationMode>(['notes', 'comments', 'fills'])('%s: restores exactly the previous fills and notes', async (mode) => {
    const { excel, deps, before, now, store } = setup(mode, userMarks);
    await annotate(SHEET, FINDINGS, deps);
    expect(now()).not.toEqual(before);
    await expect(clearAnnotations(deps)).resolves.toEqual({ cells: 3, deleted: [] });
    expect(excel.syncs).toEqual([2, 3]);
    expect(now()).toEqual(before);
    expect(store.get(ANNOTATION_SETTING)).toBeNull();
  });

  test('after the sheet was renamed: found by its id and cleared', async () => {
    const { state, deps, before, now, store } = setup('notes', userMarks);
    await annotate(SHEET, FINDINGS, deps);
    renameSheet(state, SHEET, '2023年自评表');
    await expect(clearAnnotations(deps)).resolves.toEqual({ cells: 3, deleted: [] });
    renameSheet(state, '2023年自评表', SHEET);
    expect(now()).toEqual(before);
    expect(store.get(ANNOTATION_SETTING)).toBeNull();
  });

  test('after a marked sheet was deleted: its record is dropped, the other sheets are cleared', async () => {
    const { state, deps, now, store } = setup();
    await annotate(SHEET, FINDINGS, deps);
    await annotate(OTHER, FINDINGS, deps);
    deleteSheet(state, SHEET);
    await expect(clearAnnotations(deps)).resolves.toEqual({ cells: 3, deleted: [SHEET] });
    expect(now()).toEqual({ fills: {}, notes: {}, comments: {} });
    expect(store.get(ANNOTATION_SETTING)).toBeNull();
    await expect(clearAnnotations(deps)).resolves.toEqual({ cells: 0, deleted: [] });
  });

  test('re-annotating a renamed sheet restores the cells marked under its old name', async () => {
    const { state, deps, now } = setup();
    await annotate(SHEET, FINDINGS, deps);
    renameSheet(state, SHEET, '新名');
    await annotate('新名', FINDINGS.slice(0, 1), deps);
    expect(Object.keys(now().fills)).toEqual(['新名!H26']);
  });

  test('a record of version 1 (keyed by sheet name) is still cleared', async () => {
    const { state, deps, store, now } = setup();
    await annotate(SHEET, FINDINGS, deps);
    const v2 = JSON.parse(store.get(ANNOTATION_SETTING)!);
    await store.set(ANNOTATION_SETTING, JSON.stringify({ version: 1, sheets: { [SHEET]: v2.sheets[state.sheets[0].id] } }));
    await clearAnnotations(deps);
    expect(now()).toEqual({ fills: {}, notes: {}, comments: {} });
  });

  test('annotating twice, then clearing, still returns to the original', async () => {
    const { deps, before, now } = setup('notes', userMarks);
    await annotate(SHEET, FINDINGS, deps);
    await annotate(SHEET, FINDINGS.slice(0, 1), deps);
    await clearAnnotations(deps);
    expect(now()).toEqual(before);
  });

  test('a re-annotation without a cell restores that cell at once', async () => {
    const { deps, now } = setup();
    await annotate(SHEET, FINDINGS, deps);
    await annotate(SHEET, FINDINGS.slice(0, 1), deps);
    expect(Object.keys(now().fills)).toEqual([`${SHEET}!H26`]);
    expect(Object.keys(now().notes)).toEqual([`${SHEET}!H26`]);
  });

  test('leaves what the user changed after annotating', async () => {
    const { state, deps, now } = setup();
    await annotate(SHEET, FINDINGS, deps);
    state.sheets[0].notes.I22 = '用户改写了这条批注';
    state.sheets[0].fills.H26 = { color: '#123456', pattern: 'Solid' };
    await clearAnnotations(deps);
    expect(now().notes).toEqual({ [`${SHEET}!I22`]: '用户改写了这条批注' });
    expect(now().fills).toEqual({ [`${SHEET}!H26`]: { color: '#123456', pattern: 'Solid' } });
  });

  test('nothing recorded: no Excel call', async () => {
    const { excel, deps } = setup();
    await expect(clearAnnotations(deps)).resolves.toEqual({ cells: 0, deleted: [] });
    expect(excel.syncs).toEqual([]);
  });

  test('an Excel error leaves the record as it was', async () => {
    const { deps, store } = setup();
    await expect(annotate('没有这张表', FINDINGS, deps)).rejects.toThrow('找不到工作表');
    expect(store.get(ANNOTATION_SETTING)).toBeNull();
  });

  test('while a cell is being edited, the batch waits instead of failing', async () => {
    const { state, deps, now } = setup();
    state.editing = true;
    const marking = annotate(SHEET, FINDINGS, deps);
    await new Promise((r) => setTimeout(r, 30));
    expect(now().fills).toEqual({});
    state.editing = false;
    await expect(marking).resolves.toEqual({ cells: 3 });
  });
});
