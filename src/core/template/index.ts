import { buildDeptTemplate } from './dept';
import type { TemplateOptions } from './options';
import { buildProjectTemplate } from './project';
import type { TemplateKind, TemplateSheet } from './types';

export type { TemplateOptions } from './options';
export type * from './types';
export { templateSheetName, uniqueSheetName } from './sheetName';
export { formulaText } from './formulaText';
export { evaluateTemplate, type FormulaValue, type ReadCell, type SheetValue } from './evaluate';
export { FILL_COLORS } from './styles';

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['dept', 'project'];

/**
 * Return the template of a kind for a year, as data: 'dept' is the Shanghai
 * 部门(单位)整体支出绩效自评表, 'project' the Ministry of Finance 项目支出绩效自评表.
 *
 * @param options blank rows per 二级指标 (defaults suit a fresh table)
 * @example buildTemplate('dept', 2025).sheetName // '自评表(2025)'
 */
export function buildTemplate(kind: TemplateKind, year: number, options?: TemplateOptions): TemplateSheet {
  return kind === 'dept' ? buildDeptTemplate(year, options) : buildProjectTemplate(year, options);
}
