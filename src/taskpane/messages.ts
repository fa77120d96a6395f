import { errorMessage, type Notification } from '../common/officeHelpers';
import type { TableReport } from '../core/report/types';
import { ACTION_LABEL } from './strings';

/**
 * Every message the pane shows, as data: the pane decides by `kind`, never by comparing
 * texts, and `toNotification` turns a message into its words.
 */
export type PaneMessage =
  | { kind: 'checked'; tables: number; errors: number; warnings: number; infos: number }
  | { kind: 'annotated'; cells: number }
  | { kind: 'cleared'; cells: number; deleted: string[] }
  | { kind: 'columnsInserted'; columns: [string, string]; rows: number }
  | { kind: 'noColumns' }
  | { kind: 'templateInserted'; sheetName: string; printSetup: boolean }
  | { kind: 'needsExcel'; action: keyof typeof ACTION_LABEL }
  | { kind: 'needsCheck'; action: keyof typeof ACTION_LABEL }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'failed'; error: unknown }
  | { kind: 'selectFailed'; error: unknown }
  | { kind: 'settingsNotSaved'; error: unknown };

/** Errors, warnings and notes over the tables of a check. */
export function checkedMessage(tables: TableReport[]): PaneMessage {
  const count = (s: string) => tables.reduce((n, t) => n + t.findings.filter((f) => f.severity === s).length, 0);
  return { kind: 'checked', tables: tables.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function checkedWords(m: Extract<PaneMessage, { kind: 'checked' }>): Notification {
  const parts = [m.errors && `${m.errors} 个错误`, m.warnings && `${m.warnings} 个警告`].filter(Boolean).join('、');
  const infos = m.infos ? `另有 ${m.infos} 条提示。` : undefined;
  if (!parts) return { intent: 'success', title: `检查完成：识别到 ${m.tables} 张表，没有错误或警告`, body: infos };
  return {
    intent: m.errors ? 'error' : 'warning',
    title: `检查完成：识别到 ${m.tables} 张表，发现 ${parts}`,
    body: `点击下方的问题可选中对应单元格；每条问题下写明了怎么改。${infos ?? ''}`,
  };
}

/** The words of a message. */
export function toNotification(m: PaneMessage): Notification {
  switch (m.kind) {
    case 'checked':
      return checkedWords(m);
    case 'annotated':
      return { intent: 'success', title: m.cells > 0 ? `已标注 ${m.cells} 个单元格` : '没有需要标注的单元格', body: m.cells > 0 ? '按 Ctrl+Z 可撤销，或点击「清除标注」恢复原样。' : undefined };
    case 'cleared':
      return {
        intent: 'success',
        title: m.cells > 0 ? `已清除 ${m.cells} 个单元格的标注，恢复原有填充与备注` : '没有本工具留下的标注',
        body: m.deleted.length ? `工作表「${m.deleted.join('」「')}」已被删除，其标注记录已一并移除。` : undefined,
      };
    case 'columnsInserted':
      return { intent: 'success', title: `已在 ${m.columns.join('、')} 列插入 ${m.rows} 行核算公式`, body: '「核算得分」是按规则重算的得分，「需说明原因」为 TRUE 的行须填写偏差原因。' };
    case 'noColumns':
      return { intent: 'warning', title: '这张表没有可核算的指标行（需要年度指标值、完成值和分值）' };
    case 'templateInserted':
      return {
        intent: 'success',
        title: `已插入模板工作表「${m.sheetName}」`,
        body: m.printSetup ? undefined : '打印设置（纸张、缩放）未能应用：请在「页面布局」中手动设置。',
      };
    case 'needsExcel':
      return { intent: 'warning', title: `「${ACTION_LABEL[m.action]}」需要在 Excel 中运行` };
    case 'needsCheck':
      return { intent: 'warning', title: `请先点击「识别并检查」，再「${ACTION_LABEL[m.action]}」` };
    case 'unavailable':
      return { intent: 'warning', title: m.reason };
    case 'failed':
      return failure(m.error);
    case 'selectFailed':
      return { intent: 'error', title: '无法选中单元格', body: errorMessage(m.error) };
    case 'settingsNotSaved':
      return { intent: 'error', title: '无法保存设置', body: errorMessage(m.error) };
  }
}

/** What a failed action says: Excel's own message, or that a part of the pane could not be loaded. */
function failure(e: unknown): Notification {
  // webpack names a failed import() so: offline, or a newer version deployed while the pane was open.
  if (e instanceof Error && e.name === 'ChunkLoadError')
    return { intent: 'error', title: '无法加载本工具的组件，未做任何更改', body: '请检查网络，然后关闭并重新打开任务窗格。' };
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'InvalidOperationInCellEditMode')
    return { intent: 'warning', title: '正在编辑单元格，未做任何更改', body: '请先按 Enter 或 Esc 结束编辑，再点一次按钮。' };
  return { intent: 'error', title: 'Excel 报告了错误，未做任何更改', body: errorMessage(e) };
}
