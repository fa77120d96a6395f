import { defaultPack } from '../rules/rulePack';
import { columnArea, level1, placeBlankBlocks, type GridColumns, type Level1Spec } from './indicatorGrid';
import type { TemplateOptions } from './options';
import { SheetBuilder } from './sheetBuilder';
import { NON_NEGATIVE, STYLE } from './styles';
import { closeTable, LAST_COL, placeGoals, placeGridHeader, placeTitle } from './tableParts';
import type { CellRef, TemplateSheet } from './types';

/** Columns of the MOF grid: 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施. */
const COLS: GridColumns = { section: 0, level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 };
/** Funds block columns: label B:C | 年初预算数 D | 全年预算数(A) E | 全年执行数(B) F | 分值 G | 执行率(B/A) H | 得分 I. */
const F = { initial: 3, budget: 4, actual: 5, weight: 6, rate: 7, score: 8 };

const W = defaultPack.projectWeights;

const BLOCKS: Level1Spec[] = [
  level1('产出指标', W.output.toNumber(), [['数量指标', 3], ['质量指标', 2], ['时效指标', 2], ['成本指标', 1]], true),
  level1('效益指标', W.outcome.toNumber(), [['经济效益指标', 1], ['社会效益指标', 2], ['生态效益指标', 1], ['可持续影响指标', 1]], true),
  level1('满意度指标', W.satisfaction.toNumber(), [['服务对象满意度指标', 2]], true),
];

const FUNDS_TOP = 4;
const SUB_ROWS = ['其中：本年财政拨款', '上年结转资金', '其他资金'];
const GOALS_TOP = 9;
const GRID_HEADER = 11;

function placeUnit(b: SheetBuilder): void {
  b.cell(2, 0, { value: '项目名称' }, STYLE.strongLabel);
  b.area(2, 1, 2, LAST_COL, {}, STYLE.inputText);
  b.cell(3, 0, { value: '主管部门' }, STYLE.strongLabel);
  b.area(3, 1, 3, 4, {}, STYLE.inputText);
  b.cell(3, 5, { value: '实施单位' }, STYLE.strongLabel);
  b.area(3, 6, 3, LAST_COL, {}, STYLE.inputText);
  b.height(2, 24).height(3, 24);
}

/** A funds row's 执行率 (H), cut to 2 dp. */
function rateCell(b: SheetBuilder, row: number): void {
  b.cell(row, F.rate, { formula: { fn: 'rate', budget: { row, col: F.budget }, actual: { row, col: F.actual } } }, STYLE.computedPoints);
}

/**
 * 项目资金(元): 年度资金总额 = Σ of its 其中 rows (so the block always adds up), with 分值 10 and
 * 得分 = min(B/A, 1) × 分值; the 其中 rows carry "—" in 分值 and 得分, as the MOF form prints them.
 */
function placeFunds(b: SheetBuilder): { rows: number[]; weight: CellRef; score: CellRef } {
  const top = FUNDS_TOP;
  const total = top + 1;
  b.area(top, 0, top + 1 + SUB_ROWS.length, 0, { value: '项目资金(元)' }, STYLE.strongLabel);
  b.area(top, 1, top, 2, {}, STYLE.header);
  const heads: [number, string][] = [[F.initial, '年初预算数'], [F.budget, '全年预算数(A)'], [F.actual, '全年执行数(B)'], [F.weight, '分值'], [F.rate, '执行率(B/A)'], [F.score, '得分']];
  for (const [col, label] of heads) b.cell(top, col, { value: label }, STYLE.header);
  b.area(total, 1, total, 2, { value: '年度资金总额' }, { ...STYLE.strongLabel, horizontal: 'left' });
  for (const col of [F.initial, F.budget, F.actual]) {
    b.cell(total, col, { formula: { fn: 'sum', areas: [columnArea(col, total + 1, total + SUB_ROWS.length)] } }, STYLE.computedMoney);
  }
  b.cell(total, F.weight, { value: defaultPack.fundsWeight.toNumber(), validation: NON_NEGATIVE }, STYLE.inputPoints);
  rateCell(b, total);
  const budget = { row: total, col: F.budget };
  const actual = { row: total, col: F.actual };
  b.cell(total, F.score, { formula: { fn: 'budgetScore', budget, actual, weight: { row: total, col: F.weight } } }, STYLE.computedPoints);
  const rows = SUB_ROWS.map((label, i) => {
    const row = total + 1 + i;
    b.area(row, 1, row, 2, { value: label }, { ...STYLE.label, horizontal: 'left' });
    for (const col of [F.initial, F.budget, F.actual]) b.cell(row, col, { validation: NON_NEGATIVE }, STYLE.inputMoney);
    b.cell(row, F.weight, { value: '—' }, STYLE.label);
    rateCell(b, row);
    b.cell(row, F.score, { value: '—' }, STYLE.label);
    return row;
  });
  return { rows: [total, ...rows], weight: { row: total, col: F.weight }, score: { row: total, col: F.score } };
}

/**
 * The Ministry of Finance 项目支出绩效自评表 (财预〔2020〕10号 附件2, rules.md §2.1): project, 主管部门
 * and 实施单位, the 项目资金 block with 执行率 and its score, 年度总体目标, and the grid of 产出(50) /
 * 效益(30) / 满意度(10) blocks under 绩效指标, closed by 总分 (funds 分值/得分 included) and 自评等级.
 */
export function buildProjectTemplate(year: number, options: TemplateOptions = {}): TemplateSheet {
  const b = new SheetBuilder();
  placeTitle(b, '项目支出绩效自评表', `（${year}年度）`);
  placeUnit(b);
  const funds = placeFunds(b);
  placeGoals(b, GOALS_TOP, ['预期目标', '实际完成情况'], 5);
  placeGridHeader(b, GRID_HEADER, [
    [1, '一级指标'], [2, '二级指标'], [3, '三级指标'], [4, '年度指标值'], [5, '实际完成值'], [6, '分值'], [7, '得分'], [8, '偏差原因分析及改进措施'],
  ]);
  const first = GRID_HEADER + 1;
  const grid = placeBlankBlocks(b, COLS, first, BLOCKS, options.rows);
  b.area(GRID_HEADER, 0, grid.last, 0, { value: '绩效指标' }, STYLE.strongLabel);
  return closeTable(b, {
    kind: 'project',
    year,
    cols: COLS,
    gridHeaderRow: GRID_HEADER,
    gridLast: grid.last,
    totalLabel: '总分',
    funds: { weight: funds.weight, score: funds.score },
    blocks: grid.blocks,
    tableWidths: [10, 16, 14, 28, 16, 16, 8, 11, 30],
    landmarks: {
      fundsRows: funds.rows,
      indicatorRows: grid.indicatorRows,
      columns: { ...COLS, fundsInitial: F.initial, fundsBudget: F.budget, fundsActual: F.actual, fundsWeight: F.weight, fundsRate: F.rate, fundsScore: F.score },
      unitCell: { row: 2, col: 1 },
    },
  });
}
