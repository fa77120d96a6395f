import { defineFindings } from '../define';

/** Where the other row of a cross-table finding is: "履职效果情况 第 18 行". */
interface Elsewhere {
  sheet: string;
  row: number;
}

const at = (p: Elsewhere): string => `「${p.sheet}」第 ${p.row} 行`;

const VERDICT: Record<'met' | 'short' | 'over', string> = { met: '已完成', short: '未完成或部分达成', over: '超额完成' };

/** Finding codes of the targets table against the completion tables (rules.md §8.20). */
export const crossTableFindings = defineFindings({
  TARGET_WITHOUT_RESULT: {
    severity: 'warning',
    why: '绩效目标表中的指标在完成情况表中找不到（指标被删除或改名），目标完成与否无从核对（§8.20）',
    message: (p: { name: string; target: string | null }) =>
      `绩效目标「${p.name}」（指标值 ${p.target ?? '（空）'}）在完成情况表中没有对应的指标，请补报完成情况或说明指标调整原因`,
  },
  RESULT_WITHOUT_TARGET: {
    severity: 'warning',
    why: '完成情况表中的指标不在绩效目标表中：自评的指标应与年初设定的目标一致（§8.20）',
    message: (p: { name: string; targetSheet: string }) => `指标「${p.name}」不在绩效目标表「${p.targetSheet}」中，请核对指标名称或说明新增原因`,
  },
  TARGET_CHANGED: {
    severity: 'warning',
    why: '完成情况表中的指标值与绩效目标表不一致：自评须按年初设定的指标值考核（§8.20）',
    message: (p: Elsewhere & { name: string; declared: string; reported: string }) =>
      `「${p.name}」的指标值填写为 ${p.reported}，与绩效目标表${at(p)}的 ${p.declared} 不一致`,
  },
  CONFLICTING_RESULT: {
    severity: 'warning',
    why: '同一指标在完成情况中出现两次，结论互相矛盾（一处完成，一处未完成）（§8.20）',
    message: (p: Elsewhere & { name: string; verdict: 'met' | 'short' | 'over'; otherVerdict: 'met' | 'short' | 'over'; actual: string | null; otherActual: string | null }) =>
      `「${p.name}」在此${VERDICT[p.verdict]}（完成值 ${p.actual ?? '（空）'}），而${at(p)}为${VERDICT[p.otherVerdict]}（完成值 ${p.otherActual ?? '（空）'}），结论矛盾，请核实后保留一处`,
  },
  TARGET_NAME_VARIANT: {
    severity: 'info',
    why: '完成情况表与绩效目标表的指标名称仅一字之差（错别字、换页断开），按同一指标核对，建议统一名称（§8.20）',
    message: (p: Elsewhere & { name: string; declaredName: string }) =>
      `指标「${p.name}」与绩效目标表${at(p)}的「${p.declaredName}」仅一字之差，已按同一指标核对，请统一名称`,
  },
});
