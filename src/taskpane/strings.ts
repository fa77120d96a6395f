import type { AnnotationMode } from '../excel/annotationPlan';

export { KIND_LABEL, SEVERITY_LABEL } from '../core/vocabulary';

export const MODE_LABEL: Record<AnnotationMode, string> = {
  notes: '填充颜色 + 单元格备注',
  comments: '填充颜色 + 批注',
  fills: '仅填充颜色',
};

export const ROUNDING_LABEL = { cut: '截位（舍去第三位小数）', round: '四舍五入' } as const;

export const SCOPE_LABEL = { active: '当前工作表', all: '所有工作表' } as const;

/** What recognition looks for, shown when no table was found. */
export const LOOKED_FOR =
  '本工具查找这样的表头：「三级指标 / 年度指标值 / 全年完成值 / 分值 / 得分」（自评表），或「指标名称 / 计划 / 完成」（计划完成对照表）。';

/** Button labels, also used when a blocked button explains itself. */
export const ACTION_LABEL = {
  check: '识别并检查',
  annotate: '在表格中标注',
  clear: '清除标注',
  columns: '插入核算列',
  template: '插入模板',
} as const;
