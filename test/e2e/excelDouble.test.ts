import { createWorkbook, excelRunOf, HOST_PROFILES, installGlobals, RichApiError, type HostProfile } from './excelDouble';

/** The double is as strict as Excel: these are the behaviours the adapter's tests rely on. */
const host = (id: string): HostProfile => HOST_PROFILES.find((p) => p.id === id)!;
const seed = { name: '表', originRow: 0, originCol: 0, values: [['a', 1]], text: [['a', '1']], numberFormat: [['General', 'General']], formulas: [['a', 1]], merges: [] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the double's context is as untyped as Office.js at run time
type Batch = (context: any) => Promise<unknown>;
const run = (id: string, batch: Batch) => excelRunOf(createWorkbook(host(id), [seed]))(batch);

describe('the strict Excel double', () => {
  test('a property read before load, or before the sync, throws PropertyNotLoaded', async () => {
    await run('m365', async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject();
      expect(() => used.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      used.load('values');
      expect(() => used.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(used.values).toEqual([['a', 1]]);
      expect(() => used.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a missing sheet fails at sync, not at getItem', async () => {
    await run('m365', async (context) => {
      const sheet = context.workbook.worksheets.getItem('没有');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      void sheet;
    });
  });

  test.each([
    ['m365', 18, true],
    ['ltsc2024', 18, false],
    ['m365-old', 13, false],
  ])('%s: an API of ExcelApi 1.%i exists only where the profile has it (else ApiNotFound at sync)', async (id, _minor, works) => {
    await run(id, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      (_minor === 18 ? sheet.notes.getItemOrNullObject('A1') : sheet.getUsedRangeOrNullObject().getMergedAreasOrNullObject()).load(_minor === 18 ? 'content' : 'address');
      if (works) await expect(context.sync()).resolves.toBeUndefined();
      else await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  test('more than 512 merged areas in one call fail the sync', async () => {
    const rows = Array.from({ length: 513 }, (_, r) => [`x${r}`, '']);
    const state = createWorkbook(host('m365'), [{ ...seed, values: rows, text: rows, formulas: rows, numberFormat: rows.map(() => ['General', 'General']), merges: rows.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 })) }]);
    await excelRunOf(state)(async (context: Parameters<Batch>[0]) => {
      context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject().getMergedAreasOrNullObject().load('address');
      await expect(context.sync()).rejects.toBeInstanceOf(RichApiError);
    });
  });

  test('Office.onReady calls back asynchronously; CustomFunctions.Error exists; requirement sets follow the profile', async () => {
    const g: Record<string, unknown> = {};
    installGlobals(g, createWorkbook(host('ltsc2021'), [seed]));
    const office = g.Office as { onReady(cb: () => void): Promise<{ host: string; platform: string }>; context: { requirements: { isSetSupported(n: string, v: string): boolean } } };
    let called = false;
    const ready = office.onReady(() => (called = true));
    expect(called).toBe(false);
    await expect(ready).resolves.toEqual({ host: 'Excel', platform: 'PC' });
    expect(called).toBe(true);
    const cf = g.CustomFunctions as { Error: new (code: string, message: string) => Error & { code: string }; ErrorCode: Record<string, string> };
    expect(new cf.Error(cf.ErrorCode.invalidValue, '预算数为 0').code).toBe('#VALUE!');
    expect(['1.14', '1.15'].map((v) => office.context.requirements.isSetSupported('ExcelApi', v))).toEqual([true, false]);
    expect(office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
  });

  test('a batch while a cell is edited fails unless it asked to wait', async () => {
    const state = createWorkbook(host('m365'), [seed]);
    state.editing = true;
    await expect(excelRunOf(state)(async () => 'x')).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });
});
