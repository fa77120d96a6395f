/*
 * The PERF custom functions. Excel shows them as PERF.RATE, PERF.SCORE, … (the namespace
 * comes from the manifest; ids here are bare). This file's JSDoc generates functions.json
 * (custom-functions-metadata-plugin): descriptions are the Chinese help Excel shows, and the
 * parameter names are the TypeScript parameter names, so they are Chinese words here.
 * Every function is a thin wrapper over src/core, stateless, and never throws: bad input
 * returns an error value with a Chinese message (errors.ts), a result a double cannot hold
 * too (excelNumber.ts), and anything unforeseen the last-resort error of neverThrows.ts.
 */
import './runtimeGuard';
import { grade } from '../core/rules/grade';
import { budgetScore, executionRate } from '../core/rules/executionRate';
import { assessIndicator } from '../core/rules/assessIndicator';
import { expectedScore } from '../core/rules/expectedScore';
import { needsReason } from '../core/rules/needsReason';
import { parseAmount } from '../core/value/parseAmount';
import { D, type Dec } from '../core/decimal';
import type { RulePack } from '../core/rules/rulePack';
import type { ParsedValue } from '../core/value/parseValue';
import { amountOrNull, optionalAmount, requiredAmount, valueArg } from './args';
import { eachCell } from './eachCell';
import { isPerfError, perfError } from './errors';
import { excelNumber } from './excelNumber';
import { neverThrows } from './neverThrows';
import { packArg, roundingArg } from './packArg';
import { DEVIATION_LABELS, parsedValueRow, scoreOrBandError } from './present';

/** The arguments of PERF.SCORE and PERF.EXPLAIN, or the first error among them (分值, 指标值, 完成值, 规则包). */
function scoreArgs(target: unknown, actual: unknown, weight: unknown, pack: unknown): { target: ParsedValue; actual: ParsedValue; weight: Dec; pack: RulePack } | CustomFunctions.Error {
  const w = requiredAmount(weight, '分值');
  const t = valueArg(target, '指标值');
  const a = valueArg(actual, '完成值');
  const p = packArg(pack);
  if (isPerfError(w) || isPerfError(t) || isPerfError(a) || isPerfError(p)) return firstError(w, t, a, p)!;
  return { target: t, actual: a, weight: w, pack: p };
}

/** The first error value among already-read arguments, or null. */
function firstError(...args: unknown[]): CustomFunctions.Error | null {
  return (args.find(isPerfError) as CustomFunctions.Error | undefined) ?? null;
}

/**
 * 执行率（百分点，保留两位小数）：执行数 ÷ 预算数 × 100。默认截位（99.279→99.27），可选四舍五入。预算数为 0 时返回错误值。
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html
 * @param 执行数 全年执行数（元）
 * @param 预算数 全年预算数（元，调整后预算）
 * @param [取数方式] "截位" 或 "四舍五入"；省略时按规则包（默认截位）
 * @param [规则包] 规则包：default（默认）、pmkpi 等
 * @returns 执行率，如 99.27
 */
export function rate(执行数: unknown, 预算数: unknown, 取数方式?: unknown, 规则包?: unknown): number | CustomFunctions.Error {
  return neverThrows(() => {
    const b = requiredAmount(预算数, '预算数');
    const a = requiredAmount(执行数, '执行数');
    const pack = packArg(规则包);
    if (isPerfError(b) || isPerfError(a) || isPerfError(pack)) return firstError(b, a, pack)!;
    const rounding = roundingArg(取数方式, pack);
    if (isPerfError(rounding)) return rounding;
    const r = executionRate(a, b, rounding);
    return r === null ? perfError('预算数为 0，无法计算执行率') : excelNumber(r, '执行率');
  });
}

/**
 * 按财政部规则计算指标应得分：正向指标 分值×min(完成值÷指标值,1)，反向指标 分值×指标值÷完成值，定性“达成”得满分。部分达成/未达成由评价人在区间内判断，返回错误值并给出区间。
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html
 * @param 指标值 年度指标值，如 "=973.00(人)"、"≥85%"、"及时"
 * @param 完成值 全年完成值，如 "927.00(人)"、"达成指标"
 * @param 分值 分值
 * @param [规则包] 规则包：default（默认）、pmkpi 等
 * @returns 应得分（两位小数）
 */
export function score(指标值: unknown, 完成值: unknown, 分值: unknown, 规则包?: unknown): number | CustomFunctions.Error {
  return neverThrows(() => {
    const args = scoreArgs(指标值, 完成值, 分值, 规则包);
    return isPerfError(args) ? args : scoreOrBandError(expectedScore(args.target, args.actual, args.weight, args.pack));
  });
}

/**
 * 判断完成值相对指标值的偏差：无偏差 / 未完成 / 超额 / 部分达成 / 无法判断。
 * @customfunction DEVIATION
 * @helpurl https://localhost:3000/help.html
 * @param 指标值 年度指标值
 * @param 完成值 全年完成值
 * @returns 偏差类别
 */
export function deviation(指标值: unknown, 完成值: unknown): string | CustomFunctions.Error {
  return neverThrows(() => {
    const t = valueArg(指标值, '指标值');
    const a = valueArg(完成值, '完成值');
    if (isPerfError(t) || isPerfError(a)) return firstError(t, a)!;
    return DEVIATION_LABELS[assessIndicator(t, a).deviation];
  });
}

/**
 * 是否必须填写偏差原因：未完成、部分达成、超额、大幅超额，或得分低于分值时为 TRUE。
 * @customfunction NEEDREASON
 * @helpurl https://localhost:3000/help.html
 * @param 指标值 年度指标值
 * @param 完成值 全年完成值
 * @param [分值] 分值（可选）
 * @param [得分] 已填得分（可选）
 * @returns TRUE 表示需要填写偏差原因
 */
export function needReason(指标值: unknown, 完成值: unknown, 分值?: unknown, 得分?: unknown): boolean | CustomFunctions.Error {
  return neverThrows(() => {
    const w = amountOrNull(分值, '分值');
    const s = amountOrNull(得分, '得分');
    const t = valueArg(指标值, '指标值');
    const a = valueArg(完成值, '完成值');
    if (isPerfError(w) || isPerfError(s) || isPerfError(t) || isPerfError(a)) return firstError(w, s, t, a)!;
    return needsReason({ assessment: assessIndicator(t, a), weight: w, score: s }).required;
  });
}

/**
 * 按总分评定等级：90 分及以上为优，80–90 为良，60–80 为中，60 以下为差（分档随规则包）。
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help.html
 * @param 总分 总分
 * @param [规则包] 规则包：default（默认）、pmkpi 等
 * @returns 优 / 良 / 中 / 差
 */
export function gradeOf(总分: unknown, 规则包?: unknown): string | CustomFunctions.Error {
  return neverThrows(() => {
    const t = requiredAmount(总分, '总分');
    const pack = packArg(规则包);
    if (isPerfError(t) || isPerfError(pack)) return firstError(t, pack)!;
    return grade(t, pack);
  });
}

/**
 * 用文字说明应得分的算法，如 "927 ÷ 973 × 1.00 = 0.95"。
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/help.html
 * @param 指标值 年度指标值
 * @param 完成值 全年完成值
 * @param 分值 分值
 * @param [规则包] 规则包：default（默认）、pmkpi 等
 * @returns 计算说明
 */
export function explain(指标值: unknown, 完成值: unknown, 分值: unknown, 规则包?: unknown): string | CustomFunctions.Error {
  return neverThrows(() => {
    const args = scoreArgs(指标值, 完成值, 分值, 规则包);
    return isPerfError(args) ? args : expectedScore(args.target, args.actual, args.weight, args.pack).explanation;
  });
}

/**
 * 解析指标值或完成值，返回一行四列：运算符、数值、单位、类型（定量 / 定性目标 / 定性结果 / 未填写 / 说明文字 / 无法识别）。
 * @customfunction PARSE
 * @helpurl https://localhost:3000/help.html
 * @param 值 要解析的指标值或完成值，如 "≥85.00(%)"
 * @returns 运算符、数值、单位、类型
 */
// unknown[][]: the metadata generator maps no union of element types to a matrix; the cells are
// text, numbers or (errors inside a 2-D array, as the CustomFunctions.Error docs allow) error values.
export function parse(值: unknown): unknown[][] {
  const row = neverThrows(() => {
    const v = valueArg(值, '值');
    return isPerfError(v) ? v : parsedValueRow(v);
  });
  return isPerfError(row) ? [[row]] : row;
}

/**
 * 精确求和（十进制，无浮点误差），忽略空单元格和文字。
 * @customfunction SUM
 * @helpurl https://localhost:3000/help.html
 * @param 区域 得分或分值所在区域
 * @returns 合计
 */
export function sum(区域: unknown[][]): number | CustomFunctions.Error {
  return neverThrows(() => {
    let total = D(0);
    for (const cell of eachCell(区域)) {
      const v = cell.value;
      const amount = typeof v === 'number' || typeof v === 'string' ? parseAmount(v, cell.numberFormat) : null;
      if (amount) total = total.plus(amount);
    }
    return excelNumber(total, '合计');
  });
}

/**
 * 项目支出绩效自评表的预算执行率得分：min(执行数 ÷ 预算数, 1) × 分值，四舍五入到两位小数。
 * @customfunction BUDGETSCORE
 * @helpurl https://localhost:3000/help.html
 * @param 执行数 全年执行数（B）
 * @param 预算数 全年预算数（A）
 * @param [分值] 分值，默认 10
 * @returns 执行率得分
 */
export function budgetScoreOf(执行数: unknown, 预算数: unknown, 分值?: unknown): number | CustomFunctions.Error {
  return neverThrows(() => {
    const a = requiredAmount(执行数, '执行数');
    const b = requiredAmount(预算数, '预算数');
    const w = optionalAmount(分值, '分值', D(10));
    if (isPerfError(a) || isPerfError(b) || isPerfError(w)) return firstError(a, b, w)!;
    const s = budgetScore(a, b, w);
    return s === null ? perfError('预算数为 0，无法计算执行率得分') : excelNumber(s, '执行率得分');
  });
}
