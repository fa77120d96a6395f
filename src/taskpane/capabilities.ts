import { describeSet, type HostInfo, type RequirementSet } from '../common/officeHelpers';
import type { AnnotationMode } from '../excel/annotationPlan';
import { REQUIRES } from '../excel/run';

/** What this host lets the task pane do, and why not where it cannot. */
export interface Capabilities {
  /** Running inside Excel (not a browser, not another Office app). */
  inExcel: boolean;
  /** Why nothing can be read (not in Excel, or a requirement set missing); null when reading works. */
  cannotRead: string | null;
  /** Merged cells cannot be read (ExcelApi 1.13 missing): recognition may miss merged labels. */
  mergesMissing: string | null;
  /** Why 标注 cannot run; null when it can. */
  cannotAnnotate: string | null;
  annotationMode: AnnotationMode;
  /** The sets behind a weaker annotation mode, to name in the UI. */
  annotationMissing: string | null;
}

export const NOT_IN_EXCEL = '未在 Excel 中打开：请在 Excel 的「开始」选项卡中点击「绩效自评助手」打开本窗格后再使用。';

export function capabilities(host: HostInfo, supports: (set: RequirementSet) => boolean): Capabilities {
  const inExcel = host.inOffice && host.host === 'Excel';
  const lacks = (set: RequirementSet) => (supports(set) ? null : describeSet(set));
  const readSet = inExcel ? lacks(REQUIRES.read) : null;
  const cannotRead = !inExcel ? NOT_IN_EXCEL : readSet ? `此版本的 Excel 不支持 ${readSet}，无法读取工作表。` : null;
  const propsSet = inExcel ? lacks(REQUIRES.cellProperties) : null;
  const cannotAnnotate = cannotRead ?? (propsSet ? `此版本的 Excel 不支持 ${propsSet}（读取与还原单元格填充），无法标注。` : null);
  const mode: AnnotationMode = supports(REQUIRES.notes) ? 'notes' : supports(REQUIRES.comments) ? 'comments' : 'fills';
  const annotationMissing =
    mode === 'notes' ? null : mode === 'comments' ? describeSet(REQUIRES.notes) : `${describeSet(REQUIRES.notes)} / ${describeSet(REQUIRES.comments)}`;
  return {
    inExcel,
    cannotRead,
    mergesMissing: inExcel ? lacks(REQUIRES.merges) : null,
    cannotAnnotate,
    annotationMode: mode,
    annotationMissing: inExcel ? annotationMissing : null,
  };
}
