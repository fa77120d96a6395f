import { checkGrid } from '../check';
import { gridFromRows } from './fromRows';
import type { Grid } from './types';

/** A grid whose rows are sparse arrays (holes, as the reader hands them): one far cell makes a huge used area. */
function withFarCell(grid: Grid, row: number, col: number): Grid {
  const cells = grid.cells.slice();
  const far: Grid['cells'][number] = [];
  far[col] = { value: '备注' };
  cells[row] = far;
  return { ...grid, cells };
}

/** Issue 17.2: recognition walks the cells that exist, never the used-area rectangle. */
describe('sparse grids', () => {
  test('A1 and one cell at XFD1048576: no table, and no walk over 17 billion cells', () => {
    expect(checkGrid(withFarCell(gridFromRows('S', [['说明']]), 1048575, 16383))).toEqual([]);
  });

  test('a table at the top and one cell at XFD1048576: the table is read as without it', () => {
    const rows = [
      ['指标名称', '年度指标值', '实际完成值', '分值', '得分'],
      ['培训人次', '=100(人次)', '90(人次)', 100, 90],
    ];
    const [plain] = checkGrid(gridFromRows('S', rows));
    const [far] = checkGrid(withFarCell(gridFromRows('S', rows), 1048575, 16383));
    expect(far.indicators).toEqual(plain.indicators);
    expect(far.findings).toEqual(plain.findings);
  });
});
