import { detectHost, isSetSupported, settingsStore } from '../common/officeHelpers';
import { annotate, annotatedSheets, clearAnnotations } from '../excel/annotate';
import { readActiveSheet } from '../excel/readSheet';
import { excelRun } from '../excel/run';
import { selectCell } from '../excel/selectCell';
import { loadEngine } from './loadEngine';
import type { TaskPaneServices } from './services';

/** The real wiring: office.js through src/excel, the engine from src/core (loaded on first use). */
export function defaultServices(): TaskPaneServices {
  const store = settingsStore();
  return {
    detectHost,
    supports: isSetSupported,
    readActiveSheet: (options) => readActiveSheet(excelRun, options),
    check: async (grid, settings) => (await loadEngine()).checkSheet(grid, settings),
    annotate: (sheet, findings, mode) => annotate(sheet, findings, { store, mode }),
    clearAnnotations: (sheet) => clearAnnotations(sheet, { store }),
    annotatedSheets: () => annotatedSheets(store),
    selectCell: (sheet, cell) => selectCell(sheet, cell),
    insertCheckColumns: async (plan) => (await loadEngine()).insertCheckColumns(plan),
    insertTemplate: async (kind, year) => (await import(/* webpackChunkName: "template" */ '../excel/insertTemplate')).insertTemplate(kind, year),
    store,
  };
}
