import type { Deviation } from '../core/report/types';
import type { ScoreResult } from '../core/rules/expectedScore';
import type { ParsedValue } from '../core/value/parseValue';
import { perfError } from './errors';
import { excelNumber } from './excelNumber';

/** PERF.DEVIATION's answers, in the words of the 自评表. */
export const DEVIATION_LABELS: Record<Deviation, string> = {
  none: '无偏差',
  under: '未完成',
  over: '超额',
  partial: '部分达成',
  unknown: '无法判断',
};

/** A computed score as a number; where the rules leave it to judgement, an error value naming the band. */
export function scoreOrBandError(result: ScoreResult): number | CustomFunctions.Error {
  if (result.value !== null) return excelNumber(result.value, '得分');
  if (result.band) {
    const upper = result.band.maxInclusive ? '（含）' : '（不含）';
    return perfError(`得分由评价人判断，应在 ${result.band.min.toFixed(2)} 至 ${result.band.max.toFixed(2)}${upper} 之间`, 'notAvailable');
  }
  return perfError(result.explanation || '无法计算得分');
}

const TYPE_LABELS: Record<ParsedValue['type'], string> = {
  quant: '定量',
  qualTarget: '定性目标',
  qualResult: '定性结果',
  missing: '未填写',
  description: '说明文字',
  unreadable: '无法识别',
};

/** PERF.PARSE's row: 运算符, 数值, 单位, 类型 (a 数值 a double cannot hold is an error value in its cell). */
export function parsedValueRow(v: ParsedValue): (string | number | CustomFunctions.Error)[][] {
  if (v.type !== 'quant') return [['', '', '', TYPE_LABELS[v.type]]];
  return [[v.op, excelNumber(v.amount, '数值'), v.percent ? '%' : (v.unit ?? ''), TYPE_LABELS.quant]];
}
