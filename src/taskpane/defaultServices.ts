import { detectHost, isSetSupported, settingsStore } from '../common/officeHelpers';
import { checkGrid } from '../core/check';
import { annotate, annotatedSheets, clearAnnotations } from '../excel/annotate';
import { insertCheckColumns } from '../excel/insertCheckColumns';
import { insertTemplate } from '../excel/insertTemplate';
import { readActiveSheet } from '../excel/readSheet';
import { excelRun } from '../excel/run';
import { selectCell } from '../excel/selectCell';
import type { TaskPaneServices } from './services';

/** The real wiring: office.js through src/excel, the engine from src/core. */
export function defaultServices(): TaskPaneServices {
  const store = settingsStore();
  return {
    detectHost,
    supports: isSetSupported,
    readActiveSheet: (options) => readActiveSheet(excelRun, options),
    check: (grid, options) => checkGrid(grid, options),
    annotate: (sheet, findings, mode) => annotate(sheet, findings, { store, mode }),
    clearAnnotations: (sheet) => clearAnnotations(sheet, { store }),
    annotatedSheets: () => annotatedSheets(store),
    selectCell: (sheet, cell) => selectCell(sheet, cell),
    insertCheckColumns: (plan) => insertCheckColumns(plan),
    insertTemplate: (kind, year) => insertTemplate(kind, year),
    store,
  };
}
