import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Grid, GridCell } from '../core/grid/types';
import { WorkbookReadError } from './readErrors';
import { SheetParts, type SheetInfo } from './sheetParts';
import { sniffWorkbook } from './sniff';
import { toGridCell } from './toGrid';

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
  const grids: { grid: Grid; index: number }[] = [];
  await forEachGrid(input, (grid, index) => void grids.push({ grid, index }), name);
  return grids.sort((a, b) => a.index - b.index).map((g) => g.grid);
}

/**
 * Calls `visit` with each worksheet's Grid and its place in sheet order, reading the
 * workbook as a stream (exceljs's WorkbookReader) so that only one sheet's cells are in
 * memory at a time; names, order and merges come from the package itself (SheetParts),
 * as the streaming reader does not give them. Sheets may arrive out of sheet order.
 */
export async function forEachGrid(
  input: string | Buffer,
  visit: (grid: Grid, index: number) => void | Promise<void>,
  name = typeof input === 'string' ? input : 'input.xlsx',
): Promise<void> {
  const buf = typeof input === 'string' ? await readInputBytes(input) : input;
  sniffWorkbook(buf, path.basename(name));
  const parts = packageParts(buf);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buf), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const ws of reader) {
      // The streaming worksheet reader is typed loosely by exceljs; its id is N of sheetN.xml.
      const sheetReader = ws as unknown as AsyncIterable<ExcelJS.Row> & { id: string };
      const info = parts.byFileNumber(sheetReader.id) ?? { name: `Sheet${sheetReader.id}`, index: parts.sheets.length + Number(sheetReader.id), path: '' };
      await visit(await streamToGrid(sheetReader, info, parts), info.index);
    }
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

function packageParts(buf: Buffer): SheetParts {
  let parts: SheetParts;
  try {
    parts = new SheetParts(buf);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (parts.sheets.length === 0) throw new WorkbookReadError('not-xlsx');
  return parts;
}

async function streamToGrid(rows: AsyncIterable<ExcelJS.Row>, info: SheetInfo, parts: SheetParts): Promise<Grid> {
  const placed: { r: number; c: number; cell: GridCell }[] = [];
  let top = Infinity;
  let left = Infinity;
  for await (const row of rows) {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const g = toGridCell(cell);
      if (!g) return;
      placed.push({ r: row.number - 1, c: col - 1, cell: g });
      if (row.number - 1 < top) top = row.number - 1;
      if (col - 1 < left) left = col - 1;
    });
  }
  const merges = parts.merges(info);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
  }
  if (!Number.isFinite(top)) return { sheet: info.name, originRow: 0, originCol: 0, cells: [], merges };
  const cells: (GridCell | null)[][] = [];
  for (const { r, c, cell } of placed) (cells[r - top] ??= [])[c - left] = cell;
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { sheet: info.name, originRow: top, originCol: left, cells, merges };
}

/** The exceljs workbook of an .xlsx's bytes, fully loaded (used to annotate a copy). */
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
