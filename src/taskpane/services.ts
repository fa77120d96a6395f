import type { HostInfo, RequirementSet, SettingsStore } from '../common/officeHelpers';
import type { Grid } from '../core/grid/types';
import type { Finding, TableReport } from '../core/report/types';
import type { AnnotationMode } from '../excel/annotationPlan';
import type { CheckColumnsPlan } from '../excel/checkColumnsPlan';
import type { ReadOptions } from '../excel/readSheet';
import type { PaneSettings } from './settings';

export type TemplateKind = 'dept' | 'project';

/**
 * Everything the task pane asks of the outside world: the host, the Office.js
 * adapter, the core engine and the settings. `defaultServices` wires the real ones
 * (the engine and the rarely used writers load on first use); tests pass fakes, so
 * components never touch Office.
 */
export interface TaskPaneServices {
  detectHost(): Promise<HostInfo>;
  supports(set: RequirementSet): boolean;
  readActiveSheet(options: ReadOptions): Promise<Grid>;
  readAllSheets(options: ReadOptions): Promise<Grid[]>;
  check(grid: Grid, settings: PaneSettings): Promise<TableReport[]>;
  annotate(sheet: string, findings: Finding[], mode: AnnotationMode): Promise<{ cells: number }>;
  clearAnnotations(sheet: string): Promise<{ cells: number }>;
  annotatedSheets(): Promise<string[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  insertCheckColumns(plan: CheckColumnsPlan): Promise<{ rows: number }>;
  /** null until the template engine is available. */
  insertTemplate: ((kind: TemplateKind, year: number) => Promise<{ sheetName: string }>) | null;
  store: SettingsStore;
}
