import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid/types';
import { WorkbookReadError } from './readErrors';
import { sniffWorkbook } from './sniff';
import { worksheetToGrid } from './toGrid';

/** Reads the bytes of an input path, classifying what can go wrong before parsing. */
export async function readInputBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new WorkbookReadError('missing');
  }
  if (!stat.isFile()) throw new WorkbookReadError('not-a-file');
  return fs.readFile(file);
}

/**
 * Every worksheet of an .xlsx (a path or its bytes) as a Grid, in sheet order.
 * Throws WorkbookReadError for inputs that cannot be read (missing, .xls/.et, not an
 * .xlsx, corrupt, password-protected).
 * @example const grids = await readWorkbookGrids('自评表.xlsx');
 */
export async function readWorkbookGrids(input: string | Buffer, name = typeof input === 'string' ? input : 'input.xlsx'): Promise<Grid[]> {
  const grids: Grid[] = [];
  await forEachGrid(input, (g) => void grids.push(g), name);
  return grids;
}

/**
 * Calls `visit` with each worksheet's Grid in sheet order, converting one sheet at a
 * time so that a caller that checks and drops each grid keeps only one in memory.
 */
export async function forEachGrid(
  input: string | Buffer,
  visit: (grid: Grid) => void | Promise<void>,
  name = typeof input === 'string' ? input : 'input.xlsx',
): Promise<void> {
  const buf = typeof input === 'string' ? await readInputBytes(input) : input;
  sniffWorkbook(buf, path.basename(name));
  const wb = await loadWorkbook(buf);
  for (const ws of wb.worksheets) await visit(worksheetToGrid(ws));
}

/** The exceljs workbook of an .xlsx's bytes (also used to annotate a copy). */
export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's load() declares its own Buffer type; the bytes are the same at runtime.
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) throw new WorkbookReadError('not-xlsx');
  return wb;
}
