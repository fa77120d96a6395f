import { defineFindings } from '../define';

const DEVIATION: Record<'under' | 'partial', string> = { under: '未完成年度指标值', partial: '部分达成年度指标' };

/** Finding codes of the checks reviewers make (issue 15): reasons a table is sent back. */
export const reviewFindings = defineFindings({
  AMOUNT_UNIT_SUSPECT: {
    severity: 'warning',
    why: '金额大小与表头单位不符（万元表填了以元计的金额，或元表填了以万元计的金额），执行率不受影响但金额错了一万倍',
    message: (p: { label: string; field: 'budget' | 'actual'; amount: string; unit: '万元' | '元' }) =>
      `「${p.label}」${p.field === 'budget' ? '全年预算数' : '全年执行数'} ${p.amount} 按表头单位“${p.unit}”计${p.unit === '万元' ? '过大，疑为以元填写' : '过小，疑为以万元填写'}，请核对金额单位`,
  },
  PERCENT_OVER_100: {
    severity: 'warning',
    why: '率、满意度、合格率类指标的完成值不会超过 100%，超过多为填错（完成率、增长率类可超过 100%，不在此列）',
    message: (p: { name: string; actual: string }) => `「${p.name}」是比率类指标，完成值 ${p.actual} 超过 100%，请核对`,
  },
  COST_DIRECTION: {
    severity: 'info',
    why: '成本指标是上限（≤），写成“≥”“>”时完成值越高越“达标”，方向多半写反',
    message: (p: { name: string; target: string }) => `「${p.name}」是成本指标，指标值 ${p.target} 写成“≥/>”；成本指标通常为“≤”，请核对方向`,
  },
  REASON_CONTRADICTS: {
    severity: 'warning',
    why: '指标未完成或部分达成，偏差原因却写“已完成”“全部完成”“达成”，原因与结论矛盾',
    message: (p: { name: string; deviation: 'under' | 'partial'; phrase: string }) =>
      `「${p.name}」${DEVIATION[p.deviation]}，偏差原因却写“${p.phrase}”，与结论矛盾，请说明未完成的原因及改进措施`,
  },
});
