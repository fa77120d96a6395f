import { browserSettingsStore } from '../../src/common/officeHelpers';
import type { Finding } from '../../src/core/report/types';
import { annotate, annotatedSheets, clearAnnotations } from '../../src/excel/annotate';
import { ANNOTATION_SETTING, SEVERITY_FILL, type AnnotationMode } from '../../src/excel/annotationPlan';
import { fakeExcel, fakeState, type FakeState } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET as SHEET } from '../support/seed000Grid';

const F = (code: Finding['code'], severity: Finding['severity'], cell: string, message: string): Finding => ({ code, severity, cell, message });
const FINDINGS: Finding[] = [
  F('SCORE_MISMATCH', 'warning', 'H26', '得分 0.9 与按比例计算的 0.95 不符'),
  F('MISSING_REASON', 'error', 'I22', '未完成，须说明偏差原因'),
  F('NOT_EVALUABLE', 'info', 'E23', '指标值无法识别'),
  F('SCORE_MISMATCH', 'warning', 'I22', '第二条'),
];

function setup(mode: AnnotationMode = 'notes', prepare: (s: FakeState) => void = () => undefined) {
  const state = fakeState([seed000Grid()]);
  prepare(state);
  const excel = fakeExcel(state);
  const store = browserSettingsStore(undefined);
  const deps = { run: excel.run, store, mode };
  const before = structuredClone({ fills: state.fills, notes: state.notes, comments: state.comments });
  const now = () => ({ fills: state.fills, notes: state.notes, comments: state.comments });
  return { state, excel, store, deps, before, now };
}

describe('annotate', () => {
  test('one read + one write, as one undo group; fills by severity, notes with the messages', async () => {
    const { state, excel, deps } = setup();
    await expect(annotate(SHEET, FINDINGS, deps)).resolves.toEqual({ cells: 3 });
    expect(excel.syncs).toEqual([2]);
    expect(excel.runOptions).toEqual([{ undoGroup: true }]);
    expect(state.fills).toEqual({
      [`${SHEET}!H26`]: { color: SEVERITY_FILL.warning, pattern: 'Solid' },
      [`${SHEET}!I22`]: { color: SEVERITY_FILL.error, pattern: 'Solid' },
      [`${SHEET}!E23`]: { color: SEVERITY_FILL.info, pattern: 'Solid' },
    });
    expect(state.notes[`${SHEET}!I22`]).toBe('绩效自评助手：\n[错误] 未完成，须说明偏差原因\n[警告] 第二条');
    expect(state.values).toEqual({});
    expect(state.formulas).toEqual({});
  });

  test('a finding without a cell address is not marked', async () => {
    const { state, deps } = setup();
    await expect(annotate(SHEET, [F('TOTAL_MISMATCH', 'error', '', '无单元格')], deps)).resolves.toEqual({ cells: 0 });
    expect(state.fills).toEqual({});
  });

  test('remembers what it wrote in one document setting', async () => {
    const { deps, store } = setup();
    await annotate(SHEET, FINDINGS, deps);
    expect(JSON.parse(store.get(ANNOTATION_SETTING)!).sheets[SHEET].cells).toHaveLength(3);
    expect(annotatedSheets(store)).toEqual([SHEET]);
  });

  test('a user note is kept above ours', async () => {
    const { state, deps } = setup('notes', (s) => (s.notes[`${SHEET}!H26`] = '用户批注'));
    await annotate(SHEET, FINDINGS, deps);
    expect(state.notes[`${SHEET}!H26`]).toMatch(/^用户批注\n\n绩效自评助手：/);
  });
});

describe('clearAnnotations', () => {
  const userMarks = (s: FakeState) => {
    s.fills[`${SHEET}!H26`] = { color: '#00B050', pattern: 'Solid' };
    s.fills[`${SHEET}!E23`] = { color: '#FFFF00', pattern: 'Gray50' };
    s.notes[`${SHEET}!H26`] = '用户批注';
  };

  test.each<AnnotationMode>(['notes', 'comments', 'fills'])('%s: restores exactly the previous fills and notes, 1 read + 1 write', async (mode) => {
    const { excel, deps, before, now, store } = setup(mode, userMarks);
    await annotate(SHEET, FINDINGS, deps);
    expect(now()).not.toEqual(before);
    await expect(clearAnnotations(SHEET, deps)).resolves.toEqual({ cells: 3 });
    expect(excel.syncs).toEqual([2, 2]);
    expect(now()).toEqual(before);
    expect(store.get(ANNOTATION_SETTING)).toBeNull();
  });

  test('annotating twice, then clearing, still returns to the original', async () => {
    const { deps, before, now } = setup('notes', userMarks);
    await annotate(SHEET, FINDINGS, deps);
    await annotate(SHEET, FINDINGS.slice(0, 1), deps);
    await clearAnnotations(SHEET, deps);
    expect(now()).toEqual(before);
  });

  test('a re-annotation without a cell restores that cell at once', async () => {
    const { state, deps } = setup();
    await annotate(SHEET, FINDINGS, deps);
    await annotate(SHEET, FINDINGS.slice(0, 1), deps);
    expect(Object.keys(state.fills)).toEqual([`${SHEET}!H26`]);
    expect(Object.keys(state.notes)).toEqual([`${SHEET}!H26`]);
  });

  test('leaves what the user changed after annotating', async () => {
    const { state, deps } = setup();
    await annotate(SHEET, FINDINGS, deps);
    state.notes[`${SHEET}!I22`] = '用户改写了这条批注';
    state.fills[`${SHEET}!H26`] = { color: '#123456', pattern: 'Solid' };
    await clearAnnotations(SHEET, deps);
    expect(state.notes).toEqual({ [`${SHEET}!I22`]: '用户改写了这条批注' });
    expect(state.fills).toEqual({ [`${SHEET}!H26`]: { color: '#123456', pattern: 'Solid' } });
  });

  test('nothing recorded: no Excel call', async () => {
    const { excel, deps } = setup();
    await expect(clearAnnotations(SHEET, deps)).resolves.toEqual({ cells: 0 });
    expect(excel.syncs).toEqual([]);
  });

  test('an Excel error leaves the record as it was', async () => {
    const { deps, store } = setup();
    await expect(annotate('没有这张表', FINDINGS, deps)).rejects.toThrow('找不到工作表');
    expect(store.get(ANNOTATION_SETTING)).toBeNull();
  });
});
