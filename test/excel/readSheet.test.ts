import { readActiveSheet, readAllSheets, parseAreas } from '../../src/excel/readSheet';
import { fakeExcel, fakeState } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET } from '../support/seed000Grid';

const second = () => ({ ...seed000Grid(), sheet: '附表', originRow: 2, originCol: 1, merges: [] });

describe('readActiveSheet on the seed 000 sheet', () => {
  test('one sync; the Grid equals the sheet', async () => {
    const excel = fakeExcel(fakeState([seed000Grid()]));
    const grid = await readActiveSheet(excel.run);
    expect(excel.syncs).toEqual([1]);
    expect(grid).toEqual(seed000Grid());
  });

  test.each([
    ['E26', 25, 4, '=973.00(人)'],
    ['H26', 25, 7, 0.9],
    ['H61', 60, 7, 98.8],
    ['D5', 4, 3, 82368086.83],
  ])('%s holds the seed value', async (_cell, r, c, value) => {
    const grid = await readActiveSheet(fakeExcel(fakeState([seed000Grid()])).run);
    expect(grid.cells[r][c]?.value).toBe(value);
  });

  test('merges come from the used range in one read; none without ExcelApi 1.13', async () => {
    const withMerges = await readActiveSheet(fakeExcel(fakeState([seed000Grid()])).run);
    expect(withMerges.merges).toContainEqual({ top: 19, left: 0, bottom: 41, right: 0 }); // A20:A42 产出指标
    const without = await readActiveSheet(fakeExcel(fakeState([seed000Grid()])).run, { merges: false });
    expect(without.merges).toEqual([]);
  });

  test('past the payload limit: chunked, 1 + one sync per chunk', async () => {
    const state = { ...fakeState([seed000Grid()]), maxCellsPerSync: 100 };
    const excel = fakeExcel(state);
    const grid = await readActiveSheet(excel.run, { chunkCells: 90 }); // 10 rows of 9 columns
    expect(grid).toEqual(seed000Grid());
    expect(excel.syncs).toEqual([1, 1 + Math.ceil(61 / 10)]);
  });
});

describe('readAllSheets', () => {
  test('two syncs for any number of sheets', async () => {
    const excel = fakeExcel(fakeState([seed000Grid(), second()]));
    const grids = await readAllSheets(excel.run);
    expect(excel.syncs).toEqual([2]);
    expect(grids.map((g) => [g.sheet, g.originRow, g.originCol])).toEqual([
      [SEED000_SHEET, 0, 0],
      ['附表', 2, 1],
    ]);
  });
});

describe('parseAreas', () => {
  test.each([
    ['自评表!A1:I1, 自评表!D13:F19', [{ top: 0, left: 0, bottom: 0, right: 8 }, { top: 12, left: 3, bottom: 18, right: 5 }]],
    ["'a, b'!$B$2:$C$3", [{ top: 1, left: 1, bottom: 2, right: 2 }]],
    ['', []],
  ])('%s', (address, expected) => expect(parseAreas(address)).toEqual(expected));
});
