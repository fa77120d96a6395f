import { checkGrid } from '../../src/core/check';
import type { TableReport } from '../../src/core/report/types';
import { planCheckColumns } from '../../src/excel/checkColumnsPlan';
import { insertCheckColumns } from '../../src/excel/insertCheckColumns';
import { selectCell } from '../../src/excel/selectCell';
import { cellOf, fakeExcel, fakeWorkbook, typeInto } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET as SHEET } from '../support/seed000Grid';

/** The engine's report of the seed table: its rows say which cells they were read from. */
const seedTable = (): TableReport => checkGrid(seed000Grid())[0];

describe('planCheckColumns on seed 000', () => {
  test('formulas on the cells the report names; J/K beside the table', () => {
    const plan = planCheckColumns(seedTable())!;
    expect(plan.columns).toEqual(['J', 'K']);
    expect(plan.headerRow).toBe(12);
    expect(plan.rows).toHaveLength(41); // 48 indicators less the 7 投入管理 rows without target
    expect(plan.rows.find((r) => r.row === 26)!.formulas).toEqual(['=PERF.SCORE(E26,F26,G26)', '=PERF.NEEDREASON(E26,F26,G26,H26)']);
  });

  test('columns are where the report read them, not where a vote would guess', () => {
    const table = seedTable();
    const moved: TableReport = { ...table, indicators: table.indicators.map((i) => ({ ...i, cells: { ...i.cells, weight: i.cells.weight && `C${i.row}` } })) };
    expect(planCheckColumns(moved)!.rows.find((r) => r.row === 26)!.formulas[0]).toBe('=PERF.SCORE(E26,F26,C26)');
  });

  test('no row with target and completion → null', () => {
    const table = { ...seedTable(), indicators: seedTable().indicators.slice(0, 7) };
    expect(planCheckColumns(table)).toBeNull();
  });
});

describe('writes', () => {
  const plan = () => planCheckColumns(seedTable())!;

  test('insertCheckColumns: 1 read + 1 write, one undo group; headings + formulas, no table cell touched', async () => {
    const state = fakeWorkbook([seed000Grid()]);
    const excel = fakeExcel(state);
    const before = seed000Grid();
    await expect(insertCheckColumns(plan(), excel.run)).resolves.toEqual({ rows: 41 });
    expect(excel.syncs).toEqual([2]);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect([cellOf(state, SHEET, 'J12')?.value, cellOf(state, SHEET, 'K12')?.value]).toEqual(['核算得分', '需说明原因']);
    expect([cellOf(state, SHEET, 'J26')?.formula, cellOf(state, SHEET, 'K26')?.formula]).toEqual(['=PERF.SCORE(E26,F26,G26)', '=PERF.NEEDREASON(E26,F26,G26,H26)']);
    expect(cellOf(state, SHEET, 'H26')?.value).toBe(before.cells[25][7]!.value);
  });

  test('something typed into the target columns after the check: nothing written, those cells named', async () => {
    const state = fakeWorkbook([seed000Grid()]);
    const excel = fakeExcel(state);
    const p = plan();
    typeInto(state, SHEET, 'K30', '手写备注');
    await expect(insertCheckColumns(p, excel.run)).resolves.toEqual({ occupied: ['K30'] });
    expect(cellOf(state, SHEET, 'J26')).toBeUndefined();
    await expect(insertCheckColumns(p, excel.run, ['K30'])).resolves.toEqual({ rows: 41 });
    expect(cellOf(state, SHEET, 'K30')?.formula).toBe('=PERF.NEEDREASON(E30,F30,G30,H30)');
  });

  test('inserting again over its own formulas asks nothing', async () => {
    const excel = fakeExcel(fakeWorkbook([seed000Grid()]));
    await insertCheckColumns(plan(), excel.run);
    await expect(insertCheckColumns(plan(), excel.run)).resolves.toEqual({ rows: 41 });
  });

  test('selectCell: activates the sheet and selects the cell in one sync', async () => {
    const state = fakeWorkbook([{ ...seed000Grid(), sheet: '其他' }, seed000Grid()]);
    const excel = fakeExcel(state);
    await selectCell(SHEET, 'H26', excel.run);
    expect(excel.syncs).toEqual([1]);
    expect([state.sheets.find((s) => s.id === state.activeId)?.name, state.selected]).toEqual([SHEET, `${SHEET}!H26`]);
  });
});
