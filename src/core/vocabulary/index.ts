import type { Finding, Severity, TableKind } from '../report/types';

/**
 * The words and colours every surface shows for the report's codes: the command line,
 * the annotated .xlsx copy, the Excel annotator, the task pane and the review page all
 * import them from here, so a table kind or a severity has one name and one colour.
 */

/** Chinese names of the table kinds. */
export const KIND_LABEL: Record<TableKind, string> = {
  dept: '部门(单位)整体支出绩效自评表',
  project: '项目支出绩效自评表',
  'plan-actual': '指标计划/完成对照表',
  targets: '绩效目标表',
};

/** Chinese names of the severities. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Most severe first: the order findings are listed and the fill a cell with several findings gets. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Fill colours by severity (#RRGGBB). Chosen to stay visible on white and on the
 * templates' own input (#FFF2CC) and formula (#E2EFDA) fills: a salmon red, an amber
 * and a mid blue (Excel's pale "Neutral" yellow vanished on the input cells); the test measures it.
 */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#FF9999', warning: '#FFC000', info: '#8EA9DB' };

/** The heading of every note the add-in writes, so that its own notes can be told from the accountant's. */
export const NOTE_HEADING = '绩效自评助手';

/** The more severe of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}

/** The most severe severity among findings (null for none). */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  return findings.reduce<Severity | null>((w, f) => (w === null ? f.severity : worseSeverity(w, f.severity)), null);
}

/**
 * The text of the note written on a cell for its findings: Chinese only (the code and the
 * cell stay in the JSON and the command line), most severe first, under the add-in's heading.
 * @example noteText([{ severity: 'error', message: '…请填写偏差原因' }]) // '绩效自评助手：\n【错误】…请填写偏差原因'
 */
export function noteText(findings: readonly Pick<Finding, 'severity' | 'message'>[]): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return [`${NOTE_HEADING}：`, ...sorted.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}`)].join('\n');
}
