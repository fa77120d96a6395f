import { defineFindings } from '../define';

/** Finding codes of the rule pack's caps and deductions (rules.md §8.21). */
export const packFindings = defineFindings({
  TOTAL_OVER_CAP: {
    severity: 'warning',
    why: '规则包按预算执行率限定总分上限（如一体化自评手册：执行率 70–80% 总分不超过 89 分），总分超过上限时按上限计分定级（§8.21）',
    message: (p: { score: string; rate: string; rateBelow: string; cap: string; grade: string; pack: string }) =>
      `预算执行率 ${p.rate}% 低于 ${p.rateBelow}%，按规则包「${p.pack}」总分不得超过 ${p.cap} 分；自评总分 ${p.score} 分，应按 ${p.cap} 分计（等级：${p.grade}）`,
  },
});
