import { fromRangeA1 } from '../core/grid/address';
import type { Grid, GridCell, MergedArea } from '../core/grid/types';
import { excelRun, type ExcelRun } from './run';

/**
 * Reading sheets into the core's Grid.
 *
 * One sync per sheet read, whatever its size: values, text, number formats,
 * formulas and the used range's merged areas are queued together.
 *
 * Chunking rule: Excel on the web refuses a response over 5 MB (and reads over
 * 5 M cells). Only when the single read fails with such a payload error do we
 * read again in chunks: one sync for the used range's extent and merges, then one
 * sync per block of whole rows holding at most CHUNK_CELLS cells. A chunked read is
 * therefore 1 + ceil(rows / rowsPerChunk) syncs, by design.
 */
export const CHUNK_CELLS = 10_000;

export interface ReadOptions {
  /** Read merged areas (needs ExcelApi 1.13); without them the Grid has no merges. */
  merges?: boolean;
  /** Cells per chunk when a read must be chunked (default CHUNK_CELLS). */
  chunkCells?: number;
}

const CELL_PROPS = 'values,text,numberFormat,formulas';

interface QueuedRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

function queueRead(sheet: Excel.Worksheet, options: ReadOptions, cells = true): QueuedRead {
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject();
  used.load(`address,rowIndex,columnIndex,rowCount,columnCount${cells ? `,${CELL_PROPS}` : ''}`);
  let merged: Excel.RangeAreas | null = null;
  if (options.merges !== false) {
    merged = used.getMergedAreasOrNullObject();
    merged.load('address');
  }
  return { sheet, used, merged };
}

function gridOf(read: QueuedRead): Grid {
  const { sheet, used, merged } = read;
  if (used.isNullObject) return { sheet: sheet.name, originRow: 0, originCol: 0, cells: [], merges: [] };
  return {
    sheet: sheet.name,
    originRow: used.rowIndex,
    originCol: used.columnIndex,
    cells: toCells(used),
    merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
  };
}

/** Excel's parallel arrays → Grid cells; an empty cell without formula is null. */
export function toCells(r: Pick<Excel.Range, 'values' | 'text' | 'numberFormat' | 'formulas'>): (GridCell | null)[][] {
  return r.values.map((row, i) =>
    row.map((value: unknown, j) => {
      const formula: unknown = r.formulas[i]?.[j];
      // A text constant such as "=39.00(项)" comes back as its own "formula": a formula's value differs from its text.
      const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
      if ((value === '' || value === null) && !isFormula) return null;
      const cell: GridCell = { value: value === '' ? null : (value as GridCell['value']) };
      const text: unknown = r.text[i]?.[j];
      if (typeof text === 'string') cell.text = text;
      const format: unknown = r.numberFormat[i]?.[j];
      if (typeof format === 'string') cell.numberFormat = format;
      if (isFormula) cell.formula = formula;
      return cell;
    }),
  );
}

/**
 * A RangeAreas address ("自评表!A1:I1, 自评表!B3:D3", "'a, b'!A1:B2") → merged areas.
 * Commas inside a quoted sheet name do not split.
 */
export function parseAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  let quoted = false;
  let part = '';
  for (const ch of `${address},`) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      const a = fromRangeA1(part.slice(part.lastIndexOf('!') + 1).trim().replace(/\$/g, ''));
      if (a) areas.push(a);
      part = '';
    } else part += ch;
  }
  return areas;
}

function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** The active sheet's used range as a Grid: one sync (chunked only past the web limits). */
export async function readActiveSheet(run: ExcelRun = excelRun, options: ReadOptions = {}): Promise<Grid> {
  try {
    return await run(async (context) => {
      const read = queueRead(context.workbook.worksheets.getActiveWorksheet(), options);
      await context.sync();
      return gridOf(read);
    });
  } catch (e) {
    if (!isPayloadLimit(e)) throw e;
    return readChunked(run, (c) => c.workbook.worksheets.getActiveWorksheet(), options);
  }
}

/** Every worksheet as a Grid: two syncs (the sheet list, then all sheets in one batch). */
export async function readAllSheets(run: ExcelRun = excelRun, options: ReadOptions = {}): Promise<Grid[]> {
  let names: string[] = [];
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      names = sheets.items.map((s) => s.name);
      const reads = sheets.items.map((s) => queueRead(s, options));
      await context.sync();
      return reads.map(gridOf);
    });
  } catch (e) {
    if (!isPayloadLimit(e) || names.length === 0) throw e;
    const grids: Grid[] = [];
    for (const name of names) grids.push(await readChunked(run, (c) => c.workbook.worksheets.getItem(name), options));
    return grids;
  }
}

async function readChunked(
  run: ExcelRun,
  sheetOf: (context: Excel.RequestContext) => Excel.Worksheet,
  options: ReadOptions,
): Promise<Grid> {
  return run(async (context) => {
    const { sheet, used, merged } = queueRead(sheetOf(context), options, false);
    await context.sync();
    if (used.isNullObject) return { sheet: sheet.name, originRow: 0, originCol: 0, cells: [], merges: [] };
    const cells: (GridCell | null)[][] = [];
    const rowsPerChunk = Math.max(1, Math.floor((options.chunkCells ?? CHUNK_CELLS) / Math.max(1, used.columnCount)));
    for (let top = 0; top < used.rowCount; top += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, used.rowCount - top);
      const block = used.getCell(top, 0).getResizedRange(rows - 1, used.columnCount - 1);
      block.load(CELL_PROPS);
      await context.sync();
      cells.push(...toCells(block));
    }
    const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
    return { sheet: sheet.name, originRow: used.rowIndex, originCol: used.columnIndex, cells, merges };
  });
}
