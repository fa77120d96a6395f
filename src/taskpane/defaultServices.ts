import { detectHost, hostDiagnostics, isSetSupported, settingsStore } from '../common/officeHelpers';
import { excelRun } from '../excel/run';
import { selectCell } from '../excel/selectCell';
import { loadEngine } from './loadEngine';
import type { TaskPaneServices } from './services';

/** 标注 and 清除标注 (and the record of marked sheets, read at start); prefetched when the browser is idle. */
const loadAnnotate = () => import(/* webpackChunkName: "annotate", webpackPrefetch: true */ '../excel/annotate');

/**
 * The real wiring: office.js through src/excel, the engine from src/core. Everything but
 * host detection and cell selection loads later, so the first paint stays small: the reader
 * and the engine once the pane is idle in Excel (preloadCheck), the rest on first use.
 */
export function defaultServices(): TaskPaneServices {
  const store = settingsStore();
  return {
    detectHost,
    supports: isSetSupported,
    diagnostics: hostDiagnostics,
    preloadCheck: () => void loadEngine().catch(() => undefined),
    readActiveSheet: async (options) => (await loadEngine()).readActiveSheet(excelRun, options),
    readAllSheets: async (options) => (await loadEngine()).readAllSheets(excelRun, options),
    check: async (grids, settings) => (await loadEngine()).checkSheets(grids, settings),
    annotate: async (sheet, findings, mode) => (await loadAnnotate()).annotate(sheet, findings, { store, mode }),
    clearAnnotations: async () => (await loadAnnotate()).clearAnnotations({ store }),
    annotatedSheets: async () => (await loadAnnotate()).annotatedSheets(store),
    selectCell: (sheet, cell) => selectCell(sheet, cell),
    planCheckColumns: async (table) => (await loadEngine()).planCheckColumns(table),
    insertCheckColumns: async (plan, confirmed) => (await loadEngine()).insertCheckColumns(plan, excelRun, confirmed),
    probeFunctions: async () => (await import(/* webpackChunkName: "probe" */ '../excel/probeFunctions')).probeFunctions(),
    insertTemplate: async (kind, year) => (await import(/* webpackChunkName: "template" */ '../excel/insertTemplate')).insertTemplate(kind, year),
    store,
  };
}
