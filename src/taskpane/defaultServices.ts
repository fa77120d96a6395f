import { detectHost, isSetSupported, settingsStore } from '../common/officeHelpers';
import { excelRun } from '../excel/run';
import { selectCell } from '../excel/selectCell';
import { loadEngine } from './loadEngine';
import type { TaskPaneServices } from './services';

/** 标注 and 清除标注; prefetched like the engine. */
const loadAnnotate = () => import(/* webpackChunkName: "annotate", webpackPrefetch: true */ '../excel/annotate');

/**
 * The real wiring: office.js through src/excel, the engine from src/core. Everything but
 * host detection and cell selection loads on first use, so the first paint stays small.
 */
export function defaultServices(): TaskPaneServices {
  const store = settingsStore();
  return {
    detectHost,
    supports: isSetSupported,
    readActiveSheet: async (options) => (await loadEngine()).readActiveSheet(excelRun, options),
    readAllSheets: async (options) => (await loadEngine()).readAllSheets(excelRun, options),
    check: async (grid, settings) => (await loadEngine()).checkSheet(grid, settings),
    annotate: async (sheet, findings, mode) => (await loadAnnotate()).annotate(sheet, findings, { store, mode }),
    clearAnnotations: async (sheet) => (await loadAnnotate()).clearAnnotations(sheet, { store }),
    annotatedSheets: async () => (await loadAnnotate()).annotatedSheets(store),
    selectCell: (sheet, cell) => selectCell(sheet, cell),
    insertCheckColumns: async (plan) => (await loadEngine()).insertCheckColumns(plan),
    insertTemplate: async (kind, year) => (await import(/* webpackChunkName: "template" */ '../excel/insertTemplate')).insertTemplate(kind, year),
    store,
  };
}
