import { fromRangeA1 } from '../../src/core/grid/address';
import { displayText } from '../../src/core/grid/displayText';
import type { Grid, GridCell } from '../../src/core/grid/types';

/**
 * Seed 000 (2023 浦锦街道社区事务受理服务中心 部门(单位)整体支出绩效自评表) as Excel
 * holds it: sheet 自评表, A1:I61, header row 12, 48 indicator rows 13–60, total row 61,
 * merged 一级/权重/二级 blocks. Built from the seed's facts (rules.md §4 puts the
 * extraction's shifted rows back in their columns), so tests need no ../shared.
 */
export const SEED000_SHEET = '自评表';

const MONEY = '#,##0.00';
const TWO = '0.00';
const NOTE_13 = '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值';

/** [一级, 权重] blocks: first and last row. */
const LEVEL1: [string, number, number, number][] = [
  ['投入管理指标', 30, 13, 19],
  ['产出指标', 25, 20, 42],
  ['效益指标', 35, 43, 57],
  ['满意度指标', 10, 58, 60],
];
const LEVEL2: [string, number, number][] = [
  ['数量指标', 20, 32],
  ['质量指标', 33, 37],
  ['时效指标', 38, 42],
  ['社会效益指标', 43, 56],
  ['可持续影响指标', 57, 57],
  ['服务对象满意度指标', 58, 60],
];
const INPUT_ROWS: [string, number][] = [
  ['预算编审管理', 7.5],
  ['预算执行管理', 10.2],
  ['预算绩效管理', 4.5],
  ['资产管理', 0.9],
  ['预算透明度', 3],
  ['内部控制管理', 2.4],
  ['预算信息化', 1.5],
];
/** Rows 20–60: 三级指标, 年度指标值, 全年完成值, 分值, 得分, 偏差原因. */
const INDICATORS: [string, string, string, number, number, string?][] = [
  ['社会救助补贴完成情况', '=39.00(项)', '39.00(项)', 1, 1],
  ['促进就业补贴受益人数完成情况', '=30.00(人)', '30.00(人)', 1, 1],
  ['服务大厅软环境服务升级完成情况', '=4.00(个)', '0.00(个)', 1, 0, '根据工作计划调整，项目未实施，预算调减'],
  ['促进就业招聘面试会完成情况', '(4场招聘，36场面试)', '40.00(场(4场招聘，36场面试))', 1, 1],
  ['重残无业居家养老补贴工作完成情况', '=77.00(人)', '77.00(人)', 1, 1],
  ['万人就业从业人员到岗率', '=100.00(%)', '100.00(%)', 1, 1],
  ['农保人员补贴完成情况', '=973.00(人)', '927.00(人)', 1, 0.9, '年初预估人数较多，实际符合标准人数927人'],
  ['社保中心运营保障完成情况', '=12(个月)', '12.00(个月)', 1, 1],
  ['上级交办工作完成率', '=100.00(%)', '100.00(%)', 1, 1],
  ['远程帮办机购买完成情况', '35.00(个村居)', '35.00(个村居)', 1, 1],
  ['医保补贴完成率', '=100.00(%)', '100.00(%)', 1, 1],
  ['计划生育补贴完成情况', '=12(项)', '12.00(项)', 1, 1],
  ['征地人员补贴完成情况', '=1751.00(人)', '1575.00(人)', 1, 0.9, '年初预估人数较多，实际符合标准人数1575人'],
  ['设施设备购置验收合格率', '=100.00(%)', '100.00(%)', 1, 1],
  ['社保中心运营考核达标率', '=100.00(%)', '100.00(%)', 1, 1],
  ['万人就业人员考核达标率', '=100.00(%)', '100.00(%)', 1, 1],
  ['补贴资金发放准确率', '=100.00(%)', '100.00(%)', 1, 1],
  ['系统升级验收合格率', '=100.00(%)', '100.00(%)', 1, 1],
  ['补贴资金发放及时性', '及时', '达成指标', 1, 1],
  ['系统升级验收及时性', '及时', '达成指标', 1, 1],
  ['设施设备购置验收及时性', '及时', '达成指标', 1, 1],
  ['万人就业人员考核及时性', '及时', '达成指标', 2, 2],
  ['社保中心运营考核及时性', '及时', '达成指标', 2, 2],
  ['新增就业人口指标达标率', '≥100.00(%)', '100.00(%)', 2, 2],
  ['社保中心大楼运营保障情况', '有效保障', '达成指标', 2, 2],
  ['安全事故发生数', '0.00(次)', '0.00(次)', 2, 2],
  ['投诉处置有效率', '=100.00(%)', '100.00(%)', 2, 2],
  ['劳动争议先行调解率', '=100.00(%)', '100.00(%)', 2, 2],
  ['失业人口指标控制率', '≤100.00(%)', '100.00(%)', 2, 2],
  ['促进就业保障人数', '较上年增长', '达成指标', 2, 2],
  ['窗口受理事件有效处置率', '=100.00(%)', '100.00(%)', 2, 2],
  ['城乡居民养老保险参保率', '≥100.00(%)', '100.00(%)', 2, 2],
  ['设施设备投入使用率', '=100.00(%)', '100.00(%)', 2, 2],
  ['系统运行安全稳定性', '稳定', '达成指标', 3, 3],
  ['政策知晓率', '=100.00(%)', '100.00(%)', 3, 3],
  ['社会救助受益人数', '较上年增长', '达成指标', 3, 3],
  ['应补尽补率', '=100.00(%)', '100.00(%)', 3, 3],
  ['长效管理机制健全性', '建立健全', '达成指标', 3, 3],
  ['部门满意度', '≥85.00(%)', '90.00(%)', 3, 3],
  ['工作人员满意度', '≥85.00(%)', '90.00(%)', 3, 3],
  ['群众满意度', '≥85.00(%)', '90.00(%)', 4, 4],
];
const FUNDS: [string, number, number, number][] = [
  ['资金来源:(1)财政拨款', 82368086.83, 81774893.77, 99.27],
  ['(2)其他资金', 0, 0, 0],
  ['资金结构:(1)基本支出', 5719232.22, 5680045.73, 99.31],
  ['(2)项目支出', 76648854.61, 76094848.04, 99.27],
];
const MERGES = [
  'A1:I1', 'A2:I2', 'B3:D3', 'F3:I3', 'B4:C4', 'E4:F4', 'G4:I4', 'A4:A8', 'B5:C5', 'E5:F5', 'G5:I5', 'B6:C6', 'E6:F6',
  'G6:I6', 'B7:C7', 'E7:F7', 'G7:I7', 'B8:C8', 'E8:F8', 'G8:I8', 'B9:D9', 'E9:I9', 'A9:A10', 'B10:D10', 'E10:I10',
  'A11:I11', 'D13:F19', 'A61:F61',
];

/** A fresh copy of the seed grid (tests may mutate it). */
export function seed000Grid(): Grid {
  const cells: (GridCell | null)[][] = Array.from({ length: 61 }, () => Array<GridCell | null>(9).fill(null));
  const put = (a1: string, value: string | number, numberFormat = 'General') => {
    const at = fromRangeA1(a1)!;
    cells[at.top][at.left] = { value, numberFormat };
  };
  const merges = MERGES.map((m) => fromRangeA1(m)!);
  put('A1', '《部门(单位)整体支出绩效自评表》');
  put('A2', '(2023年度)');
  put('A3', '部门(单位)名称');
  put('B3', '上海市闵行区浦锦街道社区事务受理服务中心');
  put('E3', '下属单位个数');
  put('A4', '整体支出规模(元)');
  ['全年预算数', '全年执行数', '执行率'].forEach((h, i) => put(['D4', 'E4', 'G4'][i], h));
  FUNDS.forEach(([label, budget, actual, rate], i) => {
    put(`B${5 + i}`, label);
    put(`D${5 + i}`, budget, MONEY);
    put(`E${5 + i}`, actual, MONEY);
    put(`G${5 + i}`, rate, TWO);
  });
  put('A9', '年度总体目标');
  put('B9', '年初设定目标');
  put('E9', '全年完成情况');
  put('B10', '进一步优化社区政务服务“一网通办”，推进社区事务受理服务中心标准化建设……');
  put('E10', '全方位推进“一网通办”，保障中心标准化建设要求的软硬件设备……');
  put('A11', '分解目标自评');
  ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析'].forEach((h, i) =>
    put(`${'ABCDEFGHI'[i]}12`, h),
  );
  for (const [name, weight, top, bottom] of LEVEL1) {
    put(`A${top}`, name);
    put(`B${top}`, weight);
    merges.push(fromRangeA1(`A${top}:A${bottom}`)!, fromRangeA1(`B${top}:B${bottom}`)!);
  }
  for (const [name, top, bottom] of LEVEL2) {
    put(`C${top}`, name);
    if (bottom > top) merges.push(fromRangeA1(`C${top}:C${bottom}`)!);
  }
  INPUT_ROWS.forEach(([name, points], i) => {
    put(`C${13 + i}`, name);
    put(`G${13 + i}`, points, TWO);
    put(`H${13 + i}`, points, TWO);
  });
  put('D13', NOTE_13);
  INDICATORS.forEach(([name, target, actual, weight, score, reason], i) => {
    const r = 20 + i;
    put(`D${r}`, name);
    put(`E${r}`, target);
    put(`F${r}`, actual);
    put(`G${r}`, weight, TWO);
    put(`H${r}`, score, TWO);
    if (reason) put(`I${r}`, reason);
  });
  put('G61', 100);
  put('H61', 98.8);
  for (const row of cells) for (const cell of row) if (cell) cell.text = displayText({ ...cell, text: undefined });
  return { sheet: SEED000_SHEET, originRow: 0, originCol: 0, cells, merges };
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
