/*
 * The PERF custom functions. Excel shows them as PERF.RATE, PERF.SCORE, … (the namespace
 * comes from the manifest; ids here are bare). This file's JSDoc generates functions.json
 * (custom-functions-metadata-plugin), so descriptions are the Chinese help Excel shows.
 * Every function is a thin wrapper over src/core, stateless, and never throws: bad input
 * returns an error value with a Chinese message (see errors.ts).
 */
import './runtimeGuard';
import { grade } from '../core/rules/grade';
import { budgetScore, executionRate } from '../core/rules/executionRate';
import { assessIndicator } from '../core/rules/assessIndicator';
import { expectedScore } from '../core/rules/expectedScore';
import { needsReason } from '../core/rules/needsReason';
import { parseValue } from '../core/value/parseValue';
import { parseAmount } from '../core/value/parseAmount';
import { D } from '../core/decimal';
import { optionalAmount, requiredAmount, valueArg } from './args';
import { isPerfError, perfError } from './errors';
import { DEVIATION_LABELS, parsedValueRow, roundingArg, scoreOrBandError } from './present';

/**
 * 执行率（百分点，保留两位小数）：执行数 ÷ 预算数 × 100。默认截位（99.279→99.27），可选四舍五入。预算数为 0 时返回错误值。
 * @customfunction RATE
 * @param actual 全年执行数（元）
 * @param budget 全年预算数（元，调整后预算）
 * @param [method] 取数方式："截位"（默认）或 "四舍五入"
 * @returns 执行率，如 99.27
 */
export function rate(actual: unknown, budget: unknown, method?: unknown): number | CustomFunctions.Error {
  const b = requiredAmount(budget, '预算数');
  const a = requiredAmount(actual, '执行数');
  const rounding = roundingArg(method);
  if (isPerfError(b)) return b;
  if (isPerfError(a)) return a;
  if (isPerfError(rounding)) return rounding;
  const r = executionRate(a, b, rounding);
  return r === null ? perfError('预算数为 0，无法计算执行率') : r.toNumber();
}

/**
 * 按财政部规则计算指标应得分：正向指标 分值×min(完成值÷指标值,1)，反向指标 分值×指标值÷完成值，定性“达成”得满分。部分达成/未达成由评价人在区间内判断，返回错误值并给出区间。
 * @customfunction SCORE
 * @param target 年度指标值，如 "=973.00(人)"、"≥85%"、"及时"
 * @param actual 全年完成值，如 "927.00(人)"、"达成指标"
 * @param weight 分值
 * @returns 应得分（两位小数）
 */
export function score(target: unknown, actual: unknown, weight: unknown): number | CustomFunctions.Error {
  const w = requiredAmount(weight, '分值');
  if (isPerfError(w)) return w;
  return scoreOrBandError(expectedScore(parseValue(valueArg(target)), parseValue(valueArg(actual)), w));
}

/**
 * 判断完成值相对指标值的偏差：无偏差 / 未完成 / 超额 / 部分达成 / 无法判断。
 * @customfunction DEVIATION
 * @param target 年度指标值
 * @param actual 全年完成值
 * @returns 偏差类别
 */
export function deviation(target: unknown, actual: unknown): string {
  return DEVIATION_LABELS[assessIndicator(parseValue(valueArg(target)), parseValue(valueArg(actual))).deviation];
}

/**
 * 是否必须填写偏差原因：未完成、部分达成、超额、大幅超额，或得分低于分值时为 TRUE。
 * @customfunction NEEDREASON
 * @param target 年度指标值
 * @param actual 全年完成值
 * @param [weight] 分值（可选）
 * @param [recordedScore] 已填得分（可选）
 * @returns TRUE 表示需要填写偏差原因
 */
export function needReason(target: unknown, actual: unknown, weight?: unknown, recordedScore?: unknown): boolean | CustomFunctions.Error {
  const w = optionalAmount(weight, '分值', null);
  const s = optionalAmount(recordedScore, '得分', null);
  if (isPerfError(w)) return w;
  if (isPerfError(s)) return s;
  const assessment = assessIndicator(parseValue(valueArg(target)), parseValue(valueArg(actual)));
  return needsReason({ assessment, weight: w, score: s }).required;
}

/**
 * 按总分评定等级：90 分及以上为优，80–90 为良，60–80 为中，60 以下为差。
 * @customfunction GRADE
 * @param total 总分
 * @returns 优 / 良 / 中 / 差
 */
export function gradeOf(total: unknown): string | CustomFunctions.Error {
  const t = requiredAmount(total, '总分');
  return isPerfError(t) ? t : grade(t);
}

/**
 * 用文字说明应得分的算法，如 "927 ÷ 973 × 1.00 = 0.95"。
 * @customfunction EXPLAIN
 * @param target 年度指标值
 * @param actual 全年完成值
 * @param weight 分值
 * @returns 计算说明
 */
export function explain(target: unknown, actual: unknown, weight: unknown): string | CustomFunctions.Error {
  const w = requiredAmount(weight, '分值');
  if (isPerfError(w)) return w;
  return expectedScore(parseValue(valueArg(target)), parseValue(valueArg(actual)), w).explanation;
}

/**
 * 解析指标值或完成值，返回一行四列：运算符、数值、单位、类型（定量 / 定性目标 / 定性结果 / 未填写 / 说明文字 / 无法识别）。
 * @customfunction PARSE
 * @param value 要解析的值，如 "≥85.00(%)"
 * @returns 运算符、数值、单位、类型
 */
export function parse(value: unknown): unknown[][] {
  return [parsedValueRow(parseValue(valueArg(value)))];
}

/**
 * 精确求和（十进制，无浮点误差），忽略空单元格和文字。
 * @customfunction SUM
 * @param values 得分或分值所在区域
 * @returns 合计
 */
export function sum(values: unknown[][]): number {
  let total = D(0);
  for (const row of values) {
    for (const cell of row) {
      const amount = typeof cell === 'number' || typeof cell === 'string' ? parseAmount(cell) : null;
      if (amount) total = total.plus(amount);
    }
  }
  return total.toNumber();
}

/**
 * 项目支出绩效自评表的预算执行率得分：min(执行数 ÷ 预算数, 1) × 分值，四舍五入到两位小数。
 * @customfunction BUDGETSCORE
 * @param actual 全年执行数（B）
 * @param budget 全年预算数（A）
 * @param [weight] 分值，默认 10
 * @returns 执行率得分
 */
export function budgetScoreOf(actual: unknown, budget: unknown, weight?: unknown): number | CustomFunctions.Error {
  const a = requiredAmount(actual, '执行数');
  const b = requiredAmount(budget, '预算数');
  const w = optionalAmount(weight, '分值', D(10));
  if (isPerfError(a)) return a;
  if (isPerfError(b)) return b;
  if (isPerfError(w) || w === null) return w ?? perfError('分值未填写');
  const s = budgetScore(a, b, w);
  return s === null ? perfError('预算数为 0，无法计算执行率得分') : s.toNumber();
}
