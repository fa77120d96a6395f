import type { Grid } from '../../src/core/grid/types';
import { excelRun, type ExcelRun } from '../../src/excel/run';
import { createWorkbook, HOST_PROFILES, installGlobals, type HostProfile, type SheetSeed, type WorkbookState } from '../e2e/excelDouble';
import { excelArrays } from './seed000Grid';

/**
 * The strict Excel double (test/e2e/excelDouble.ts) for jest: a workbook made of Grids under
 * a host profile, with Office / Excel / CustomFunctions installed as globals so that the
 * adapter runs through the real `excelRun` (delayForCellEdit, undo grouping, requirement
 * sets). `syncs` lists the syncs of each Excel.run, in order.
 */
export { HOST_PROFILES, marksOf, cellOf, renameSheet, deleteSheet, typeInto, addUserComment } from '../e2e/excelDouble';
export type { HostProfile, WorkbookState } from '../e2e/excelDouble';

/** The Microsoft 365 profile (ExcelApi 1.20), or the one named by id. */
export function profile(id = 'm365'): HostProfile {
  const p = HOST_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no host profile ${id}`);
  return p;
}

/** A Grid as the cell arrays Excel holds. */
export function seedOf(grid: Grid): SheetSeed {
  return { name: grid.sheet, originRow: grid.originRow, originCol: grid.originCol, merges: grid.merges, ...excelArrays(grid) };
}

/** A workbook of these sheets (the first active) on a host; limits may be lowered for a test. */
export function fakeWorkbook(grids: Grid[], host: HostProfile = profile(), limits: Partial<HostProfile['limits']> = {}): WorkbookState {
  return createWorkbook({ ...host, limits: { ...host.limits, ...limits } }, grids.map(seedOf));
}

export interface FakeExcel {
  run: ExcelRun;
  /** Syncs per Excel.run since this runner was made, in order. */
  readonly syncs: number[];
  /** The RunOptions each Excel.run got (null: none). */
  readonly runOptions: (Record<string, unknown> | null)[];
}

/** Installs the workbook's globals and returns the adapter's runner over them. */
export function fakeExcel(state: WorkbookState): FakeExcel {
  installGlobals(globalThis, state);
  const from = state.runs.length;
  return {
    run: excelRun,
    get syncs() {
      return state.runs.slice(from).map((r) => r.syncs);
    },
    get runOptions() {
      return state.runs.slice(from).map((r) => r.options);
    },
  };
}

/** The workbook of these sheets on Microsoft 365 (the benchmark's name for fakeWorkbook). */
export const fakeState = (grids: Grid[]): WorkbookState => fakeWorkbook(grids);
