import { displayText } from '../../src/core/grid/displayText';
import type { Grid, GridCell, MergedArea } from '../../src/core/grid/types';
import { seed000Grid } from '../support/seed000Grid';
import { VALUE_FORMS, valuesOf } from './valueForms';

/**
 * A 部门(单位)整体支出绩效自评表 of any length, laid out like seed 000: the seed's title,
 * funds block, header and 投入管理 block with its merged note (rows 1–19, taken from
 * test/support/seed000Grid), then the rest of `indicatorRows` rows in 产出 / 效益 / 满意度
 * blocks whose 一级 and 权重 cells are merged over the block and whose 二级 cells are
 * merged over groups of 1–13 rows, and a total row.
 * Columns: A 一级 | B 权重 | C 二级 | D 三级 | E 指标值 | F 完成值 | G 分值 | H 得分 | I 原因.
 */
const HEADER_ROWS = 12;
/** Seed rows 13–19: the 投入管理 block (一级/权重 merged, 7 二级 rows, the merged D13:F19 note). */
const INPUT_MANAGEMENT_ROWS = 7;
const SEED_ROWS = HEADER_ROWS + INPUT_MANAGEMENT_ROWS;
const WIDTH = 9;
const TWO = '0.00';
const GROUP_SIZES = [6, 9, 4, 13, 1, 8, 5];
const LEVEL1_BLOCKS: { name: string; share: number; level2: string[] }[] = [
  { name: '产出指标', share: 0.45, level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { name: '效益指标', share: 0.4, level2: ['社会效益指标', '经济效益指标', '生态效益指标', '可持续影响指标'] },
  { name: '满意度指标', share: 0.15, level2: ['服务对象满意度指标'] },
];

class SheetBuilder {
  readonly cells: (GridCell | null)[][] = [];
  readonly merges: MergedArea[] = [];

  row(r: number): (GridCell | null)[] {
    while (this.cells.length <= r) this.cells.push(Array<GridCell | null>(WIDTH).fill(null));
    return this.cells[r];
  }

  put(r: number, c: number, value: string | number, numberFormat = 'General'): void {
    const cell: GridCell = { value, numberFormat };
    cell.text = displayText(cell);
    this.row(r)[c] = cell;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}

/** Points in hundredths, so that sums stay exact without decimals in the generator. */
const cents = (points: number) => Math.round(points * 100);

/**
 * `variant` shifts the rows' serial numbers, so that grids of the same size differ in
 * every name and count (no cache keyed by cell text carries over from one to the next).
 */
export function deptGrid(indicatorRows: number, sheet = '自评表', variant = 0): Grid {
  if (indicatorRows < INPUT_MANAGEMENT_ROWS + LEVEL1_BLOCKS.length) throw new Error(`deptGrid: ${indicatorRows} rows are too few`);
  const seed = seed000Grid();
  const b = new SheetBuilder();
  seed.cells.slice(0, SEED_ROWS).forEach((cells, r) => cells.forEach((cell, c) => cell && (b.row(r)[c] = cell)));
  b.merges.push(...seed.merges.filter((m) => m.bottom < SEED_ROWS));

  let r = SEED_ROWS;
  let weightCents = 0;
  let scoreCents = 0;
  for (let i = HEADER_ROWS; i < SEED_ROWS; i++) {
    weightCents += cents(Number(seed.cells[i][6]?.value ?? 0));
    scoreCents += cents(Number(seed.cells[i][7]?.value ?? 0));
  }
  const block = (name: string, rows: number, fill: (top: number) => { weight: number; score: number }) => {
    const sums = fill(r);
    b.put(r, 0, name);
    b.put(r, 1, sums.weight / 100);
    b.merge(r, 0, r + rows - 1, 0);
    b.merge(r, 1, r + rows - 1, 1);
    weightCents += sums.weight;
    scoreCents += sums.score;
    r += rows;
  };

  const rest = indicatorRows - INPUT_MANAGEMENT_ROWS;
  let serial = variant * indicatorRows;
  LEVEL1_BLOCKS.forEach((level1, k) => {
    const rows = k === LEVEL1_BLOCKS.length - 1 ? rest - Math.floor(rest * 0.45) - Math.floor(rest * 0.4) : Math.floor(rest * level1.share);
    block(level1.name, rows, (top) => {
      const sums = { weight: 0, score: 0 };
      for (let done = 0, g = 0; done < rows; g++) {
        const size = Math.min(GROUP_SIZES[g % GROUP_SIZES.length], rows - done);
        b.put(top + done, 2, level1.level2[g % level1.level2.length]);
        b.merge(top + done, 2, top + done + size - 1, 2);
        for (let i = 0; i < size; i++, serial++) {
          const form = VALUE_FORMS[serial % VALUE_FORMS.length];
          const weight = 1 + (serial % 3);
          const score = Math.round(weight * form.scoreShare * 100) / 100;
          const at = top + done + i;
          b.put(at, 3, `${form.name}${serial + 1}`);
          const [target, actual] = valuesOf(form, serial);
          b.put(at, 4, target);
          b.put(at, 5, actual);
          b.put(at, 6, weight, TWO);
          b.put(at, 7, score, TWO);
          if (form.reason) b.put(at, 8, form.reason);
          sums.weight += cents(weight);
          sums.score += cents(score);
        }
        done += size;
      }
      return sums;
    });
  });

  b.row(r);
  b.merge(r, 0, r, 5);
  b.put(r, 6, weightCents / 100);
  b.put(r, 7, scoreCents / 100);
  return { sheet, originRow: 0, originCol: 0, cells: b.cells, merges: b.merges };
}
