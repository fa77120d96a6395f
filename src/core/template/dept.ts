import { defaultPack } from '../rules/rulePack';
import { level1, placeBlankBlocks, placeFixedBlock, type GridColumns, type Level1Spec } from './indicatorGrid';
import { SheetBuilder } from './sheetBuilder';
import { NON_NEGATIVE, STYLE } from './styles';
import { closeTable, LAST_COL, placeGoals, placeGridHeader, placeTitle } from './tableParts';
import type { TemplateOptions } from './options';
import type { TemplateSheet } from './types';

/** Columns of the Shanghai 整体支出 grid: 一级 | 权重 | 二级 | 三级 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差及原因分析. */
const COLS: GridColumns = { level1: 0, weight1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 };

const FUNDS_LABELS = ['资金来源:(1)财政拨款', '(2)其他资金', '资金结构:(1)基本支出', '(2)项目支出'];

const W = defaultPack.deptWeights;

/** 投入管理指标: its 二级 rows and points come from the rule pack (seed 000, probably 沪财绩〔2022〕13号). */
const INPUT_MANAGEMENT = {
  label: '投入管理指标',
  points: W.input.toNumber(),
  items: Object.entries(defaultPack.deptInputSplit).map(([label, points]) => ({ label, points: points.toNumber() })),
  note: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值',
};

const BLANK_BLOCKS: Level1Spec[] = [
  level1('产出指标', W.output.toNumber(), [['数量指标', 4], ['质量指标', 3], ['时效指标', 2], ['成本指标', 1]]),
  level1('效益指标', W.outcome.toNumber(), [['经济效益指标', 1], ['社会效益指标', 3], ['生态效益指标', 1], ['可持续影响指标', 1]]),
  level1('满意度指标', W.satisfaction.toNumber(), [['服务对象满意度指标', 3]]),
];

const FUNDS_TOP = 3;
const GOALS_TOP = 8;
const GRID_HEADER = 11;

/** 部门(单位)名称 and 下属单位个数. */
function placeUnit(b: SheetBuilder): void {
  b.cell(2, 0, { value: '部门(单位)名称' }, STYLE.strongLabel);
  b.area(2, 1, 2, 3, {}, STYLE.inputText);
  b.cell(2, 4, { value: '下属单位个数' }, STYLE.strongLabel);
  b.area(2, 5, 2, LAST_COL, {}, STYLE.inputText);
  b.height(2, 30);
}

/** 整体支出规模(元): 全年预算数 (D) | 全年执行数 (E:F) | 执行率 (G:I, percentage points without "%"). */
function placeFunds(b: SheetBuilder): number[] {
  const top = FUNDS_TOP;
  b.area(top, 0, top + FUNDS_LABELS.length, 0, { value: '整体支出规模(元)' }, STYLE.strongLabel);
  b.area(top, 1, top, 2, {}, STYLE.header);
  b.cell(top, 3, { value: '全年预算数' }, STYLE.header);
  b.area(top, 4, top, 5, { value: '全年执行数' }, STYLE.header);
  b.area(top, 6, top, LAST_COL, { value: '执行率' }, STYLE.header);
  return FUNDS_LABELS.map((label, i) => {
    const row = top + 1 + i;
    b.area(row, 1, row, 2, { value: label }, { ...STYLE.label, horizontal: 'left' });
    b.cell(row, 3, { validation: NON_NEGATIVE }, STYLE.inputMoney);
    b.area(row, 4, row, 5, { validation: NON_NEGATIVE }, STYLE.inputMoney);
    b.area(row, 6, row, LAST_COL, { formula: { fn: 'rate', budget: { row, col: 3 }, actual: { row, col: 4 } } }, STYLE.computedPoints);
    return row;
  });
}

/**
 * The Shanghai 部门(单位)整体支出绩效自评表 (seed 000, rules.md §2.2): unit row, funds block with
 * cut 执行率 formulas, 年度总体目标, and the 分解目标自评 grid — 投入管理 with its preset 二级 split,
 * then blank 产出 / 效益 / 满意度 blocks — closed by 合计 and 自评等级.
 */
export function buildDeptTemplate(year: number, options: TemplateOptions = {}): TemplateSheet {
  const b = new SheetBuilder();
  placeTitle(b, '《部门(单位)整体支出绩效自评表》', `(${year}年度)`);
  placeUnit(b);
  const fundsRows = placeFunds(b);
  placeGoals(b, GOALS_TOP, ['年初设定目标', '全年完成情况'], 4);
  b.area(GRID_HEADER - 1, 0, GRID_HEADER - 1, LAST_COL, { value: '分解目标自评' }, { ...STYLE.strongLabel, horizontal: 'left' });
  placeGridHeader(b, GRID_HEADER, [
    [0, '一级指标'], [1, '权重'], [2, '二级指标'], [3, '三级指标'], [4, '年度指标值'], [5, '全年完成值'], [6, '分值'], [7, '得分'], [8, '偏差及原因分析'],
  ]);
  const fixed = placeFixedBlock(b, COLS, GRID_HEADER + 1, INPUT_MANAGEMENT);
  const blank = placeBlankBlocks(b, COLS, fixed.last + 1, BLANK_BLOCKS, options.rows);
  return closeTable(b, {
    kind: 'dept',
    year,
    cols: COLS,
    gridHeaderRow: GRID_HEADER,
    gridLast: blank.last,
    totalLabel: '合计',
    blocks: [...fixed.blocks, ...blank.blocks],
    tableWidths: [14, 7, 14, 30, 16, 16, 8, 8, 30],
    landmarks: {
      fundsRows,
      indicatorRows: [...fixed.indicatorRows, ...blank.indicatorRows],
      columns: { ...COLS, fundsBudget: 3, fundsActual: 4, fundsRate: 6 },
      unitCell: { row: 2, col: 1 },
    },
  });
}
