import type { Grid, GridCell } from '../../src/core/grid/types';
import { parseAreas, readActiveSheet, readAllSheets } from '../../src/excel/readSheet';
import { fakeExcel, fakeWorkbook, profile } from '../support/mockExcel';
import { seed000Grid, SEED000_SHEET } from '../support/seed000Grid';

const second = () => ({ ...seed000Grid(), sheet: '附表', originRow: 2, originCol: 1, merges: [] });

/** A sheet of `rows` rows, each with "名称" merged over A:B and a number in C: one merged area per row. */
function mergeHeavy(rows: number): Grid {
  const cells: (GridCell | null)[][] = Array.from({ length: rows }, (_, r) => [
    { value: `指标${r + 1}`, text: `指标${r + 1}`, numberFormat: 'General' },
    null,
    { value: r, text: String(r), numberFormat: 'General' },
  ]);
  return { sheet: '合并很多', originRow: 0, originCol: 0, cells, merges: cells.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 })) };
}

describe('readActiveSheet on the seed 000 sheet', () => {
  test('one sync; the Grid equals the sheet', async () => {
    const excel = fakeExcel(fakeWorkbook([seed000Grid()]));
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
    const grid = await readActiveSheet(fakeExcel(fakeWorkbook([seed000Grid()])).run);
    expect(grid.cells[r][c]?.value).toBe(value);
  });

  test('merges come from the used range in the same read; none when not asked for (no ExcelApi 1.13)', async () => {
    const withMerges = await readActiveSheet(fakeExcel(fakeWorkbook([seed000Grid()])).run);
    expect(withMerges.merges).toContainEqual({ top: 19, left: 0, bottom: 41, right: 0 }); // A20:A42 产出指标
    const old = fakeExcel(fakeWorkbook([seed000Grid()], profile('m365-old')));
    const without = await readActiveSheet(old.run, { merges: false });
    expect([without.merges, old.syncs]).toEqual([[], [1]]);
  });

  test('past the web payload limit: chunked, 1 + one sync per chunk, then the merges', async () => {
    const excel = fakeExcel(fakeWorkbook([seed000Grid()], profile('web'), { payloadBytes: 3_000 }));
    const grid = await readActiveSheet(excel.run, { chunkCells: 90 }); // 10 rows of 9 columns
    expect(grid).toEqual(seed000Grid());
    expect(excel.syncs).toEqual([1, 1 + Math.ceil(61 / 10), 1]);
  });

  test('a range over the 5,000,000-cell limit loads values as null: read in chunks instead of failing', async () => {
    const excel = fakeExcel(fakeWorkbook([seed000Grid()], profile(), { valuesCells: 500 }));
    const grid = await readActiveSheet(excel.run, { chunkCells: 450 });
    expect(grid).toEqual(seed000Grid());
  });

  test.each([600, 1_300])('%i merged areas (over the 512 limit): every merge and every cell still read', async (rows) => {
    const excel = fakeExcel(fakeWorkbook([mergeHeavy(rows)]));
    const grid = await readActiveSheet(excel.run);
    expect(grid.cells).toEqual(mergeHeavy(rows).cells);
    expect(grid.merges).toHaveLength(rows);
    expect(new Set(grid.merges.map((m) => m.top)).size).toBe(rows);
  });
});

describe('readAllSheets', () => {
  test('two syncs for any number of sheets', async () => {
    const excel = fakeExcel(fakeWorkbook([seed000Grid(), second()]));
    const grids = await readAllSheets(excel.run);
    expect(excel.syncs).toEqual([2]);
    expect(grids.map((g) => [g.sheet, g.originRow, g.originCol])).toEqual([
      [SEED000_SHEET, 0, 0],
      ['附表', 2, 1],
    ]);
  });

  test('one merge-heavy sheet: the others are read as usual, that one in bands', async () => {
    const grids = await readAllSheets(fakeExcel(fakeWorkbook([seed000Grid(), mergeHeavy(700)])).run);
    expect(grids[0]).toEqual(seed000Grid());
    expect(grids[1].merges).toHaveLength(700);
  });
});

describe('parseAreas', () => {
  test.each([
    ['自评表!A1:I1, 自评表!D13:F19', [{ top: 0, left: 0, bottom: 0, right: 8 }, { top: 12, left: 3, bottom: 18, right: 5 }]],
    ["'a, b'!$B$2:$C$3", [{ top: 1, left: 1, bottom: 2, right: 2 }]],
    ['', []],
  ])('%s', (address, expected) => expect(parseAreas(address)).toEqual(expected));
});
