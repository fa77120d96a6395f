import { fromRangeA1 } from '../../src/core/grid/address';
import { displayText } from '../../src/core/grid/displayText';
import type { Grid, GridCell, MergedArea } from '../../src/core/grid/types';
import { SEED_000, type DeptSeed } from './seed000';

/**
 * Seed 000 (2023 浦锦街道社区事务受理服务中心 部门(单位)整体支出绩效自评表) as Excel
 * holds it: sheet 自评表, A1:I61, header row 12, 48 indicator rows 13–60, total row 61,
 * merged 一级/权重/二级 blocks. Laid out from the seed's facts (./seed000), so tests need
 * no ../shared; only the sheet's own texts and layout are written here.
 */
export const SEED000_SHEET = '自评表';

const MONEY = '#,##0.00';
const TWO = '0.00';
const HEADER_ROW = 12;
const COLUMNS = 'ABCDEFGHI';
const FUND_LABELS = ['资金来源:(1)财政拨款', '(2)其他资金', '资金结构:(1)基本支出', '(2)项目支出'];
/** Merges above the indicator header (rows 1–11). */
const TOP_MERGES = [
  'A1:I1', 'A2:I2', 'B3:D3', 'F3:I3', 'B4:C4', 'E4:F4', 'G4:I4', 'A4:A8', 'B5:C5', 'E5:F5', 'G5:I5', 'B6:C6', 'E6:F6',
  'G6:I6', 'B7:C7', 'E7:F7', 'G7:I7', 'B8:C8', 'E8:F8', 'G8:I8', 'B9:D9', 'E9:I9', 'A9:A10', 'B10:D10', 'E10:I10',
  'A11:I11',
];

/** The sheet shows the goals cut short: their first two clauses. */
const abridged = (goal: string) => `${goal.split('，').slice(0, 2).join('，')}……`;

/** Column `col` from `top` down over `rows` rows. */
const span = (col: string, top: number, rows: number) => fromRangeA1(`${col}${top}:${col}${top + rows - 1}`)!;

type Put = (a1: string, value: string | number, numberFormat?: string) => void;

/** Rows 1–12: title, unit, funds, goals, the indicator header. */
function putTop(put: Put, seed: DeptSeed): void {
  put('A1', '《部门(单位)整体支出绩效自评表》');
  put('A2', `(${seed.year}年度)`);
  put('A3', '部门(单位)名称');
  put('B3', seed.unit);
  put('E3', '下属单位个数');
  put('A4', '整体支出规模(元)');
  ['全年预算数', '全年执行数', '执行率'].forEach((h, i) => put(['D4', 'E4', 'G4'][i], h));
  seed.funds.forEach(([budget, actual, rate], i) => {
    put(`B${5 + i}`, FUND_LABELS[i]);
    put(`D${5 + i}`, budget, MONEY);
    put(`E${5 + i}`, actual, MONEY);
    put(`G${5 + i}`, rate, TWO);
  });
  put('A9', '年度总体目标');
  put('B9', '年初设定目标');
  put('E9', '全年完成情况');
  put('B10', abridged(seed.goals[0]));
  put('E10', abridged(seed.goals[1]));
  put('A11', '分解目标自评');
  ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析'].forEach((h, i) =>
    put(`${COLUMNS[i]}${HEADER_ROW}`, h),
  );
}

/** The 一级 blocks from row `first` down (投入管理 first); returns the 一级/权重 merges, then the 二级 ones. */
function putBlocks(put: Put, seed: DeptSeed, first: number): MergedArea[] {
  const level1Merges: MergedArea[] = [];
  const level2Merges: MergedArea[] = [];
  let r = first;
  const level1 = (name: string, weight: number, rows: number) => {
    put(`A${r}`, name);
    put(`B${r}`, weight);
    level1Merges.push(span('A', r, rows), span('B', r, rows));
  };
  level1('投入管理指标', seed.inputManagementWeight, seed.inputManagement.length);
  put(`D${r}`, seed.inputManagementNote);
  for (const [name, weight, score] of seed.inputManagement) {
    put(`C${r}`, name);
    put(`G${r}`, weight, TWO);
    put(`H${r}`, score, TWO);
    r++;
  }
  for (const block of seed.blocks) {
    level1(block.level1, block.weight, block.level2.reduce((n, l) => n + l.rows.length, 0));
    for (const { label, rows } of block.level2) {
      put(`C${r}`, label);
      if (rows.length > 1) level2Merges.push(span('C', r, rows.length));
      for (const [name, target, actual, weight, score, reason] of rows) {
        put(`D${r}`, name);
        put(`E${r}`, target);
        put(`F${r}`, actual);
        put(`G${r}`, weight, TWO);
        put(`H${r}`, score, TWO);
        if (reason) put(`I${r}`, reason);
        r++;
      }
    }
  }
  return [...level1Merges, ...level2Merges];
}

/** A fresh copy of the seed grid (tests may mutate it). */
export function seed000Grid(): Grid {
  const seed = SEED_000;
  const first = HEADER_ROW + 1;
  const lastInput = first + seed.inputManagement.length - 1;
  const totalRow = lastInput + 1 + seed.blocks.flatMap((b) => b.level2.flatMap((l) => l.rows)).length;
  const cells: (GridCell | null)[][] = Array.from({ length: totalRow }, () => Array<GridCell | null>(COLUMNS.length).fill(null));
  const put: Put = (a1, value, numberFormat = 'General') => {
    const at = fromRangeA1(a1)!;
    cells[at.top][at.left] = { value, numberFormat };
  };
  putTop(put, seed);
  const blockMerges = putBlocks(put, seed, first);
  put(`G${totalRow}`, seed.total[0]);
  put(`H${totalRow}`, seed.total[1]);
  for (const row of cells) for (const cell of row) if (cell) cell.text = displayText({ ...cell, text: undefined });
  const merges = [...TOP_MERGES, `D${first}:F${lastInput}`, `A${totalRow}:F${totalRow}`].map((m) => fromRangeA1(m)!);
  return { sheet: SEED000_SHEET, originRow: 0, originCol: 0, cells, merges: [...merges, ...blockMerges] };
}

/** The grid as Excel's parallel arrays (what Range.values/text/numberFormat/formulas return). */
export function excelArrays(grid: Grid) {
  const width = Math.max(...grid.cells.map((r) => r.length));
  const map = <T>(f: (c: GridCell | null) => T) => grid.cells.map((r) => Array.from({ length: width }, (_, j) => f(r[j] ?? null)));
  return {
    values: map((c) => c?.value ?? ''),
    text: map((c) => c?.text ?? ''),
    numberFormat: map((c) => c?.numberFormat ?? 'General'),
    formulas: map((c) => c?.formula ?? c?.value ?? ''),
  };
}
