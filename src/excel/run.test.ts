import { excelRun } from './run';

type Globals = { Excel?: unknown; Office?: unknown };
const g = globalThis as Globals;

/** A global Excel whose run records its options and fails grouped runs with `groupedError`. */
function install(maxMinor: number, groupedError?: { code: string }) {
  const calls: unknown[] = [];
  g.Office = { context: { requirements: { isSetSupported: (_n: string, v: string) => Number(v.split('.')[1]) <= maxMinor } } };
  g.Excel = {
    run: async (a: unknown, b?: (c: unknown) => Promise<unknown>) => {
      const batch = (typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>;
      calls.push(typeof a === 'function' ? 'plain' : a);
      if (typeof a !== 'function' && (a as { mergeUndoGroup?: boolean }).mergeUndoGroup && groupedError) throw Object.assign(new Error(groupedError.code), groupedError);
      return batch({});
    },
  };
  return calls;
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe('excelRun', () => {
  test.each([
    ['ExcelApi 1.20, grouped, waits for a cell edit', 20, true, [{ delayForCellEdit: true, mergeUndoGroup: true }]],
    ['ExcelApi 1.19, no grouping API', 19, true, [{ delayForCellEdit: true }]],
    ['grouping not asked for', 20, false, [{ delayForCellEdit: true }]],
    ['ExcelApi 1.10: no delayForCellEdit either', 10, true, ['plain']],
  ])('%s', async (_name, max, undoGroup, expected) => {
    const calls = install(max);
    await expect(excelRun(async () => 'ok', { undoGroup })).resolves.toBe('ok');
    expect(calls).toEqual(expected);
  });

  test('UndoNotSupported: runs again ungrouped; other errors pass through', async () => {
    const calls = install(20, { code: 'UndoNotSupported' });
    await expect(excelRun(async () => 'ok', { undoGroup: true })).resolves.toBe('ok');
    expect(calls).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }, { delayForCellEdit: true }]);
    install(20, { code: 'AccessDenied' });
    await expect(excelRun(async () => 'ok', { undoGroup: true })).rejects.toThrow('AccessDenied');
  });
});
