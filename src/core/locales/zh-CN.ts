import type { FindingCode } from '../report/types';

/** The values a message is rendered from (names, decimals as strings). */
export type MessageParams = Record<string, string | number | null>;

const s = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? '（空）' : String(v));

const BECAUSE: Record<string, string> = {
  under: '未完成年度指标值',
  partial: '部分达成年度指标',
  over: '完成值超过年度指标值',
  'score-below-weight': '得分低于分值',
  'qualitative-below-weight': '定性指标达成但得分低于分值',
};

const DEVIATION: Record<string, string> = { under: '未完成', partial: '部分达成', over: '超额完成' };

const FIELD: Record<string, string> = { target: '年度指标值', actual: '完成值' };

/**
 * Every finding's Chinese message, rendered from its params: the one place the
 * wording lives (the JSON carries code + params; the task pane and the CLI show these).
 */
export const zhCN: Record<FindingCode, (p: MessageParams) => string> = {
  MISSING_REASON: (p) => `「${s(p.name)}」${BECAUSE[String(p.because)] ?? '存在偏差'}（指标值 ${s(p.target)}，完成值 ${s(p.actual)}${p.weight !== null && p.weight !== undefined ? `，分值 ${s(p.weight)}，得分 ${s(p.score)}` : ''}），请填写偏差原因及改进措施`,
  DEVIATION: (p) => `「${s(p.name)}」${DEVIATION[String(p.deviation)] ?? '存在偏差'}：指标值 ${s(p.target)}，完成值 ${s(p.actual)}，请在报告中说明原因`,
  SCORE_MISMATCH: (p) =>
    p.min !== undefined && p.min !== null
      ? `「${s(p.name)}」得分 ${s(p.score)} 不在规则允许的区间 ${s(p.min)}–${s(p.max)} 内`
      : `「${s(p.name)}」得分 ${s(p.score)} 与按规则计算的 ${s(p.expected)} 不一致（${s(p.explanation)}）`,
  SCORE_OVER_WEIGHT: (p) => `「${s(p.name)}」得分 ${s(p.score)} 大于分值 ${s(p.weight)}`,
  RATE_MISMATCH: (p) => `「${s(p.label)}」执行率填写为 ${s(p.recorded)}，按 ${s(p.executed)} ÷ ${s(p.budget)} 计算应为 ${s(p.rate)}`,
  WEIGHT_SUM_MISMATCH: (p) =>
    p.group
      ? `「${s(p.group)}」的权重为 ${s(p.stated)}，其下各指标分值合计为 ${s(p.sum)}`
      : `全表分值合计为 ${s(p.sum)}，应为 ${s(p.stated)}`,
  TOTAL_MISMATCH: (p) => `总分填写为 ${s(p.recorded)}，各项得分合计为 ${s(p.sum)}`,
  UNRECOGNIZED_VALUE: (p) => `「${s(p.name)}」的${FIELD[String(p.field)] ?? '值'}「${s(p.text)}」无法识别，请按“=100(%)”“≥90(%)”或“达成指标”等格式填写`,
  FUNDS_SUM_MISMATCH: (p) => `${s(p.column)}：${s(p.leftLabel)} ${s(p.left)} 与 ${s(p.rightLabel)} ${s(p.right)} 不相等`,
  RATE_OVER_100: (p) => `「${s(p.label)}」执行率 ${s(p.rate)}% 超过 100%，请核对全年执行数`,
  DUPLICATE_INDICATOR: (p) => `指标「${s(p.name)}」在本表中重复出现（第 ${s(p.firstRow)} 行已有）`,
  LARGE_OVERSHOOT: (p) => `「${s(p.name)}」完成值 ${s(p.actual)} 远超指标值 ${s(p.target)}（≥${s(p.ratio)} 倍），请说明原因，若为年初指标值设定偏低应适度调减分值`,
  MISSING_TARGET: (p) =>
    p.placeholder
      ? `指标名称为「${s(p.name)}」却有分值 ${s(p.weight)}，请填写实际指标或删除该行`
      : `「${s(p.name)}」未填写有效的年度指标值（${s(p.target)}），请补填`,
  NOT_EVALUABLE: (p) => `「${s(p.name)}」无法自动评价：${s(p.reason)}`,
  RATE_CONVENTION: (p) => `「${s(p.label)}」执行率 ${s(p.recorded)} 符合${p.rounding === 'cut' ? '四舍五入' : '截位'}口径；按本次采用的${p.rounding === 'cut' ? '截位' : '四舍五入'}口径为 ${s(p.rate)}`,
};

/** A finding's message in Chinese. */
export function renderMessage(code: FindingCode, params: MessageParams): string {
  return zhCN[code](params);
}
