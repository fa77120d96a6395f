import type { FindingCode } from '../core/report/types';

/**
 * What the accountant does about each finding, in one plain Chinese line: shown under
 * the finding in the task pane and beside its meaning on the help page. The finding's
 * own message (from the core's registry) says what is wrong; this says what to do.
 */
export const FINDING_ADVICE: Partial<Record<FindingCode, string>> = {
  MISSING_REASON: '在「偏差原因分析及改进措施」栏写明未完成（或超额）的原因和改进措施。',
  DEVIATION: '核对指标值与完成值；确有偏差的，在自评报告中说明原因。',
  SCORE_MISMATCH: '把得分改为提示中按规则算出的分数；确需不同，在偏差原因中说明依据。',
  SCORE_OVER_WEIGHT: '得分不能超过分值：把得分改为不大于分值的数。',
  RATE_MISMATCH: '把执行率改为提示中的数（全年执行数 ÷ 全年预算数），或核对这两个金额。',
  WEIGHT_SUM_MISMATCH: '核对各指标的分值，使它们的合计等于上一级指标的权重（全表合计 100 分）。',
  TOTAL_MISMATCH: '把总分改为各项得分之和，或核对各项得分。',
  UNRECOGNIZED_VALUE: '按“=100(%)”“≥90(%)”“973.00(人)”或“达成指标”等格式重新填写这一格。',
  FUNDS_SUM_MISMATCH: '核对资金来源或资金结构各行的金额，使分项之和等于合计。',
  RATE_OVER_100: '核对全年执行数是否多填，执行率一般不超过 100%。',
  DUPLICATE_INDICATOR: '删除重复的指标行，或把指标名称改得能区分。',
  LARGE_OVERSHOOT: '在偏差原因中说明超额原因；若年初指标值定得偏低，下一年度应调整指标值。',
  MISSING_TARGET: '补填年度指标值；若该行只是占位，删除该行或清空其分值。',
  NOT_EVALUABLE: '本工具无法自动判断这一行：请人工核对得分。',
  RATE_CONVENTION: '确认本单位执行率的取数方式（截位或四舍五入），在「设置」中选定后重新检查。',
  NUMBER_AS_TEXT: '把这一格改为纯数字（去掉“分”“元”等文字），以免合计公式漏算。',
  UNREADABLE_NUMBER: '在这一格填写数字；错误值（如 #DIV/0!）请先改正公式。',
  TABLE_NOT_FILLED: '这张表还没有填写完成值和得分：填写后再检查。',
  TOTAL_OVER_CAP: '按规则包，预算执行率偏低时总分有上限：把总分和等级改为提示中的上限分数和等级。',
};

/** The advice for a code, or a general line for a code added after this table. */
export function adviceFor(code: string): string {
  return (FINDING_ADVICE as Record<string, string>)[code] ?? '请按提示核对这一格。';
}
