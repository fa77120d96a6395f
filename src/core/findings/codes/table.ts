import { D } from '../../decimal';
import { defineFindings } from '../define';

/** What every indicator finding is told: the row's name and its values as shown. */
export interface IndicatorParams {
  name: string;
  target: string | null;
  actual: string | null;
  weight: string | null;
  score: string | null;
}

/** A row's reason for needing a 偏差原因 (rules.md §8.11), other than a large over-completion. */
export type ReasonCase = 'under' | 'partial' | 'over' | 'score-below-weight' | 'qualitative-below-weight';

/** The number fields a cell may be read for (rules.md §8.18). */
export type NumberField = 'weight' | 'score' | 'weight1' | 'budget' | 'executed' | 'initial' | 'rate' | 'total';

const s = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? '（空）' : String(v));

const BECAUSE: Record<ReasonCase, string> = {
  under: '未完成年度指标值',
  partial: '部分达成年度指标',
  over: '完成值超过年度指标值',
  'score-below-weight': '得分低于分值',
  'qualitative-below-weight': '定性指标达成但得分低于分值',
};

const DEVIATION: Record<'under' | 'partial' | 'over', string> = { under: '未完成', partial: '部分达成', over: '超额完成' };

const VALUE_FIELD: Record<'target' | 'actual', string> = { target: '年度指标值', actual: '完成值' };

export const NUMBER_FIELD: Record<NumberField, string> = {
  weight: '分值',
  score: '得分',
  weight1: '权重',
  budget: '全年预算数',
  executed: '全年执行数',
  initial: '年初预算数',
  rate: '执行率',
  total: '总分',
};

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A row that is under or partial yet scored its full 分值: the message says both facts (issue 15.4). */
function fullMarksDespite(p: IndicatorParams & { because: ReasonCase }): boolean {
  if (p.because !== 'under' && p.because !== 'partial') return false;
  if (p.weight === null || p.score === null || !DECIMAL.test(p.weight) || !DECIMAL.test(p.score)) return false;
  return D(p.weight).gt(0) && D(p.score).eq(D(p.weight));
}

/** "，未计入：D7「—」、H9「约1」" when a sum left cells out (rules.md §8.18), else "". */
function leftOut(cells: string): string {
  return cells === '' ? '' : `（未计入无法识别的 ${cells}）`;
}

/** The codes of one table's own checks (rules.md §7, §8.11–8.19). */
export const tableFindings = defineFindings({
  MISSING_REASON: {
    severity: (p: IndicatorParams & { because: ReasonCase }) => (p.because === 'over' || p.because === 'qualitative-below-weight' ? 'warning' : 'error'),
    why: '偏差、未完成或得分低于分值时，须在本行写明偏差原因及改进措施（§8.11）',
    message: (p: IndicatorParams & { because: ReasonCase }) =>
      fullMarksDespite(p)
        ? `「${s(p.name)}」${BECAUSE[p.because]}却得满分（指标值 ${s(p.target)}，完成值 ${s(p.actual)}，分值 ${s(p.weight)}，得分 ${s(p.score)}），请填写偏差原因及改进措施，并核实得分`
        : `「${s(p.name)}」${BECAUSE[p.because]}（指标值 ${s(p.target)}，完成值 ${s(p.actual)}${p.weight !== null ? `，分值 ${s(p.weight)}，得分 ${s(p.score)}` : ''}），请填写偏差原因及改进措施`,
  },
  DEVIATION: {
    severity: 'warning',
    why: '无偏差原因列的对照表：偏差本身在完成值单元格上报告',
    message: (p: IndicatorParams & { deviation: 'under' | 'partial' | 'over' }) =>
      `「${s(p.name)}」${DEVIATION[p.deviation]}：指标值 ${s(p.target)}，完成值 ${s(p.actual)}，请在报告中说明原因`,
  },
  SCORE_MISMATCH: {
    severity: 'warning',
    why: '填报得分与按比例（或定性区间）计算的得分不一致（§8.5、§8.6）',
    message: (p: { name: string; score: string; expected: string | null; explanation: string; min: string | null; max: string | null; maxIncluded?: boolean }) =>
      p.min !== null
        ? `「${s(p.name)}」得分 ${s(p.score)} 不在规则允许的区间 ${s(p.min)}（含）至 ${s(p.max)}（${p.maxIncluded ? '含' : '不含'}）内`
        : `「${s(p.name)}」得分 ${s(p.score)} 与按规则计算的 ${s(p.expected)} 不一致（${s(p.explanation)}）`,
  },
  SCORE_OVER_WEIGHT: {
    severity: 'error',
    why: '得分不能大于分值（§7.9）',
    message: (p: { name: string; score: string; weight: string }) => `「${s(p.name)}」得分 ${s(p.score)} 大于分值 ${s(p.weight)}`,
  },
  RATE_MISMATCH: {
    severity: 'error',
    why: '填报执行率与 执行数÷预算数 按截位或四舍五入口径都不一致（§7.2）',
    message: (p: { label: string; recorded: string; rate: string | null; executed: string; budget: string }) =>
      `「${s(p.label)}」执行率填写为 ${s(p.recorded)}，按 ${s(p.executed)} ÷ ${s(p.budget)} 计算应为 ${s(p.rate)}`,
  },
  RATE_CONVENTION: {
    severity: 'info',
    why: '填报执行率只符合另一种舍入口径（§8.1）',
    message: (p: { label: string; recorded: string; rate: string | null; rounding: 'cut' | 'round' }) =>
      `「${s(p.label)}」执行率 ${s(p.recorded)} 符合${p.rounding === 'cut' ? '四舍五入' : '截位'}口径；按本次采用的${p.rounding === 'cut' ? '截位' : '四舍五入'}口径为 ${s(p.rate)}`,
  },
  WEIGHT_SUM_MISMATCH: {
    severity: 'error',
    why: '一级指标权重与其下分值之和、全表分值之和与 100 须相等（§7.11、§8.13）',
    message: (p: { group: string | null; stated: string; sum: string; leftOut: string }) =>
      p.group !== null
        ? `「${s(p.group)}」的权重为 ${s(p.stated)}，其下各指标分值合计为 ${s(p.sum)}${leftOut(p.leftOut)}`
        : `全表分值合计为 ${s(p.sum)}，应为 ${s(p.stated)}${leftOut(p.leftOut)}`,
  },
  TOTAL_MISMATCH: {
    severity: 'error',
    why: '总分须等于各项得分之和（§8.14）',
    message: (p: { recorded: string; sum: string; leftOut: string }) => `总分填写为 ${s(p.recorded)}，各项得分合计为 ${s(p.sum)}${leftOut(p.leftOut)}`,
  },
  UNRECOGNIZED_VALUE: {
    severity: 'info',
    why: '指标值或完成值不符合 §6 的写法，无法自动评价',
    message: (p: IndicatorParams & { field: 'target' | 'actual'; text: string }) =>
      `「${s(p.name)}」的${VALUE_FIELD[p.field]}「${s(p.text)}」无法识别，请按“=100(%)”“≥90(%)”或“达成指标”等格式填写`,
  },
  FUNDS_SUM_MISMATCH: {
    severity: 'warning',
    why: '资金来源与资金结构、年度资金总额与其中各项须相等（§7.3）',
    message: (p: { column: string; leftLabel: string; left: string; rightLabel: string; right: string }) =>
      `${s(p.column)}：${s(p.leftLabel)} ${s(p.left)} 与 ${s(p.rightLabel)} ${s(p.right)} 不相等`,
  },
  RATE_OVER_100: {
    severity: 'warning',
    why: '执行率超过 100% 多为执行数填错（§7.3）',
    message: (p: { label: string; rate: string }) => `「${s(p.label)}」执行率 ${s(p.rate)}% 超过 100%，请核对全年执行数`,
  },
  DUPLICATE_INDICATOR: {
    severity: 'warning',
    why: '同一指标在一张表中出现两次（§7.14）',
    message: (p: { name: string; firstRow: number }) => `指标「${s(p.name)}」在本表中重复出现（第 ${s(p.firstRow)} 行已有）`,
  },
  LARGE_OVERSHOOT: {
    severity: 'warning',
    why: '完成值远超指标值而无说明（§8.3）',
    message: (p: IndicatorParams & { ratio: string }) =>
      `「${s(p.name)}」完成值 ${s(p.actual)} 远超指标值 ${s(p.target)}（≥${s(p.ratio)} 倍），请说明原因，若为年初指标值设定偏低应适度调减分值`,
  },
  MISSING_TARGET: {
    severity: 'warning',
    why: '指标值缺失或名称为「无」却有分值（§8.8、§7.14）',
    message: (p: IndicatorParams & { placeholder: boolean }) =>
      p.placeholder ? `指标名称为「${s(p.name)}」却有分值 ${s(p.weight)}，请填写实际指标或删除该行` : `「${s(p.name)}」未填写有效的年度指标值（${s(p.target)}），请补填`,
  },
  NOT_EVALUABLE: {
    severity: 'info',
    why: '指标值或完成值为描述、单位不一致等，无法自动评价（§7.10）',
    message: (p: IndicatorParams & { reason: string | null }) => `「${s(p.name)}」无法自动评价：${s(p.reason)}`,
  },
  NUMBER_AS_TEXT: {
    severity: 'info',
    why: '分值、得分、权重或金额以文本填写（如“0.9分”），已按数字读取（§8.18）',
    message: (p: { field: NumberField; text: string; value: string }) => `${NUMBER_FIELD[p.field]}「${s(p.text)}」是文本，已按数字 ${s(p.value)} 读取，建议改为数字`,
  },
  UNREADABLE_NUMBER: {
    severity: 'warning',
    why: '应填数字的单元格不是数字（如“—”“约1”或错误值），未计入合计（§8.18）',
    message: (p: { field: NumberField; text: string; name: string | null }) =>
      `${p.name !== null ? `「${p.name}」的` : ''}${NUMBER_FIELD[p.field]}「${s(p.text)}」不是数字，未参与计算，请填写数字`,
  },
  TABLE_NOT_FILLED: {
    severity: 'warning',
    why: '没有任何完成值和得分的表是未填写的表，不能算作通过（§8.19）',
    message: (p: { indicators: number }) =>
      p.indicators === 0 ? '本表只有表头和模板占位行，没有填写任何指标，表格尚未填写' : `本表 ${p.indicators} 个指标均未填写完成值和得分，表格尚未填写`,
  },
});
