import type { IndicatorReport, TableReport } from '../../src/core/report/types';
import { planCheckColumns } from '../../src/excel/checkColumnsPlan';
import { insertCheckColumns } from '../../src/excel/insertCheckColumns';
import { selectCell } from '../../src/excel/selectCell';
import { fakeExcel, fakeState } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET as SHEET } from '../support/seed000Grid';

/** A hand-made report of the seed table: the indicator rows as the grid shows them. */
function seedTable(): TableReport {
  const grid = seed000Grid();
  const text = (r: number, c: number) => grid.cells[r - 1][c]?.text ?? null;
  const indicators: IndicatorReport[] = [];
  for (let row = 13; row <= 60; row++) {
    const input = row <= 19;
    indicators.push({
      row,
      level1: null,
      level2: null,
      name: text(row, input ? 2 : 3)!,
      target: input ? null : text(row, 4),
      actual: input ? null : text(row, 5),
      weight: String(grid.cells[row - 1][6]!.value),
      score: String(grid.cells[row - 1][7]!.value),
      expectedScore: null,
      deviation: 'none',
      reason: null,
    });
  }
  return {
    sheet: SHEET,
    kind: 'dept',
    range: 'A1:I61',
    unit: null,
    year: 2023,
    budget: [],
    indicators,
    total: { weight: '100', score: '98.8', recordedScore: '98.8', grade: '优' },
    findings: [],
  };
}

describe('planCheckColumns on seed 000', () => {
  test('finds E/F/G/H by vote and plans J/K beside the table', () => {
    const plan = planCheckColumns(seed000Grid(), seedTable())!;
    expect(plan.columns).toEqual(['J', 'K']);
    expect(plan.headerRow).toBe(12);
    expect(plan.rows).toHaveLength(41); // 48 indicators less the 7 投入管理 rows without target
    expect(plan.rows.find((r) => r.row === 26)!.formulas).toEqual(['=PERF.SCORE(E26,F26,G26)', '=PERF.NEEDREASON(E26,F26,G26,H26)']);
    expect(plan.occupied).toEqual([]);
  });

  test('names the cells that already hold something', () => {
    const grid = seed000Grid();
    grid.cells[25].push(null, { value: '旧内容', text: '旧内容' }); // K26
    expect(planCheckColumns(grid, seedTable())!.occupied).toEqual(['K26']);
  });

  test('no row with target and completion → null', () => {
    const table = { ...seedTable(), indicators: seedTable().indicators.slice(0, 7) };
    expect(planCheckColumns(seed000Grid(), table)).toBeNull();
  });
});

describe('writes', () => {
  test('insertCheckColumns: one sync, one undo group; headings + formulas, no table cell touched', async () => {
    const state = fakeState([seed000Grid()]);
    const excel = fakeExcel(state);
    const plan = planCheckColumns(seed000Grid(), seedTable())!;
    await expect(insertCheckColumns(plan, excel.run)).resolves.toEqual({ rows: 41 });
    expect(excel.syncs).toEqual([1]);
    expect(excel.runOptions).toEqual([{ undoGroup: true }]);
    expect(state.values).toEqual({ [`${SHEET}!J12:K12`]: [['核算得分', '需说明原因']] });
    expect(state.formulas[`${SHEET}!J26:K26`]).toEqual([['=PERF.SCORE(E26,F26,G26)', '=PERF.NEEDREASON(E26,F26,G26,H26)']]);
    expect(Object.keys(state.formulas).every((k) => /!J\d+:K\d+$/.test(k))).toBe(true);
  });

  test('selectCell: activates the sheet and selects the cell in one sync', async () => {
    const state = { ...fakeState([{ ...seed000Grid(), sheet: '其他' }, seed000Grid()]) };
    const excel = fakeExcel(state);
    await selectCell(SHEET, 'H26', excel.run);
    expect(excel.syncs).toEqual([1]);
    expect([state.active, state.selected]).toEqual([SHEET, `${SHEET}!H26`]);
  });
});
