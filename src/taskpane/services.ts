import type { HostInfo, RequirementSet, SettingsStore } from '../common/officeHelpers';
import type { Grid } from '../core/grid/types';
import type { Finding, TableReport } from '../core/report/types';
import type { AnnotationMode } from '../excel/annotationPlan';
import type { CheckColumnsPlan } from '../excel/checkColumnsPlan';
import type { InsertColumnsResult } from '../excel/insertCheckColumns';
import type { FunctionsProbe } from '../excel/probeFunctions';
import type { ReadOptions } from '../excel/readSheet';
import type { PaneSettings } from './settings';

export type TemplateKind = 'dept' | 'project';

/** Office.context.diagnostics, where the host gives it. */
export interface HostDiagnostics {
  platform: string | null;
  version: string | null;
}

/**
 * Everything the task pane asks of the outside world: the host, the Office.js
 * adapter, the core engine and the settings. `defaultServices` wires the real ones
 * (the engine and the rarely used writers load on first use); tests pass fakes, so
 * components never touch Office.
 */
export interface TaskPaneServices {
  detectHost(): Promise<HostInfo>;
  supports(set: RequirementSet): boolean;
  diagnostics(): HostDiagnostics;
  /** Loads the reader and the engine ahead of the first check (nothing is read); a failure is left to the check to report. */
  preloadCheck(): void;
  readActiveSheet(options: ReadOptions): Promise<Grid>;
  readAllSheets(options: ReadOptions): Promise<Grid[]>;
  /** The tables of the sheets read, checked together (cross-table and rule-pack post-passes included). */
  check(grids: Grid[], settings: PaneSettings): Promise<TableReport[]>;
  annotate(sheet: string, findings: Finding[], mode: AnnotationMode): Promise<{ cells: number }>;
  /** Clears every sheet's marks; names the marked sheets that were deleted since. */
  clearAnnotations(): Promise<{ cells: number; deleted: string[] }>;
  annotatedSheets(): Promise<string[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  planCheckColumns(table: TableReport): Promise<CheckColumnsPlan | null>;
  /** Writes unless a target cell holds something not in `confirmed`; then names those cells. */
  insertCheckColumns(plan: CheckColumnsPlan, confirmed: readonly string[]): Promise<InsertColumnsResult>;
  /** Evaluates one PERF function in Excel: registered or not. */
  probeFunctions(): Promise<FunctionsProbe>;
  /** null until the template engine is available. */
  insertTemplate: ((kind: TemplateKind, year: number) => Promise<{ sheetName: string; printSetup: boolean }>) | null;
  store: SettingsStore;
}
