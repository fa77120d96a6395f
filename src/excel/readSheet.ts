import { fromRangeA1 } from '../core/grid/address';
import type { Grid, GridCell, MergedArea } from '../core/grid/types';
import { excelRun, type ExcelRun } from './run';

/**
 * Reading sheets into the core's Grid.
 *
 * One sync per sheet read in the usual case: values, text, number formats, formulas and
 * the used range's merged areas are queued together. Excel's limits are handled where
 * they bite, each costing syncs only on the sheets that reach them:
 * - more than 512 merged areas in one call fail the whole sync: the cells are read again
 *   without merges and the merges in row bands, halved until each band succeeds;
 * - a range over 5,000,000 cells may load `values` as null, and Excel on the web refuses a
 *   response over 5 MB: the cells are then read in blocks of whole rows of at most
 *   CHUNK_CELLS cells (1 sync for the extent, 1 per block, then the merges as above).
 */
export const CHUNK_CELLS = 10_000;

export interface ReadOptions {
  /** Read merged areas (needs ExcelApi 1.13); without them the Grid has no merges. */
  merges?: boolean;
  /** Cells per chunk when a read must be chunked (default CHUNK_CELLS). */
  chunkCells?: number;
}

const CELL_PROPS = 'values,text,numberFormat,formulas';
const EXTENT_PROPS = 'address,rowIndex,columnIndex,rowCount,columnCount';

interface QueuedRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

type SheetOf = (context: Excel.RequestContext) => Excel.Worksheet;

function queueRead(sheet: Excel.Worksheet, merges: boolean, cells: boolean): QueuedRead {
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject();
  used.load(cells ? `${EXTENT_PROPS},${CELL_PROPS}` : EXTENT_PROPS);
  let merged: Excel.RangeAreas | null = null;
  if (merges) {
    merged = used.getMergedAreasOrNullObject();
    merged.load('address');
  }
  return { sheet, used, merged };
}

const emptyGrid = (sheet: string): Grid => ({ sheet, originRow: 0, originCol: 0, cells: [], merges: [] });

/** The read as a Grid; null when the cells came back as null (a range over Excel's 5 M cells). */
function gridOf(read: QueuedRead): Grid | null {
  const { sheet, used, merged } = read;
  if (used.isNullObject) return emptyGrid(sheet.name);
  if (used.values === null || used.values === undefined) return null;
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

/** The active sheet's used range as a Grid: one sync (more only past Excel's limits, see above). */
export async function readActiveSheet(run: ExcelRun = excelRun, options: ReadOptions = {}): Promise<Grid> {
  return readOne(run, (c) => c.workbook.worksheets.getActiveWorksheet(), options);
}

/** Every worksheet as a Grid: two syncs (the sheet list, then all sheets in one batch). */
export async function readAllSheets(run: ExcelRun = excelRun, options: ReadOptions = {}): Promise<Grid[]> {
  let names: string[] = [];
  try {
    const grids = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      names = sheets.items.map((s) => s.name);
      const reads = sheets.items.map((s) => queueRead(s, options.merges !== false, true));
      await context.sync();
      return reads.map(gridOf);
    });
    return Promise.all(grids.map((g, i) => g ?? readChunked(run, byName(names[i]), options)));
  } catch (e) {
    if (names.length === 0) throw e;
    // One sheet is past a limit: each sheet on its own, so only that one pays for it.
    const grids: Grid[] = [];
    for (const name of names) grids.push(await readOne(run, byName(name), options));
    return grids;
  }
}

const byName = (name: string): SheetOf => (c) => c.workbook.worksheets.getItem(name);

async function readOne(run: ExcelRun, sheetOf: SheetOf, options: ReadOptions): Promise<Grid> {
  const merges = options.merges !== false;
  try {
    const grid = await run(async (context) => {
      const read = queueRead(sheetOf(context), merges, true);
      await context.sync();
      return gridOf(read);
    });
    return grid ?? (await readChunked(run, sheetOf, options));
  } catch (e) {
    if (isPayloadLimit(e)) return readChunked(run, sheetOf, options);
    if (!merges) throw e;
    // Most likely the merged-area limit: the cells alone, then the merges in bands.
    const cellsOnly = await readOne(run, sheetOf, { ...options, merges: false });
    return { ...cellsOnly, merges: await readMergesInBands(run, sheetOf, cellsOnly) };
  }
}

async function readChunked(run: ExcelRun, sheetOf: SheetOf, options: ReadOptions): Promise<Grid> {
  const grid = await run(async (context) => {
    const { sheet, used } = queueRead(sheetOf(context), false, false);
    await context.sync();
    if (used.isNullObject) return emptyGrid(sheet.name);
    const cells: (GridCell | null)[][] = [];
    const rowsPerChunk = Math.max(1, Math.floor((options.chunkCells ?? CHUNK_CELLS) / Math.max(1, used.columnCount)));
    for (let top = 0; top < used.rowCount; top += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, used.rowCount - top);
      const block = used.getCell(top, 0).getResizedRange(rows - 1, used.columnCount - 1);
      block.load(CELL_PROPS);
      await context.sync();
      cells.push(...toCells(block));
    }
    return { sheet: sheet.name, originRow: used.rowIndex, originCol: used.columnIndex, cells, merges: [] };
  });
  return options.merges === false || grid.cells.length === 0 ? grid : { ...grid, merges: await readMergesInBands(run, sheetOf, grid) };
}

/**
 * The merged areas of the grid's rows, band by band: a band whose call fails (over 512
 * areas) is split in two. Each merge is found once: Excel reports a merge in the band
 * holding its top-left cell. A single row that still fails is left without merges.
 */
async function readMergesInBands(run: ExcelRun, sheetOf: SheetOf, grid: Grid): Promise<MergedArea[]> {
  const width = Math.max(1, ...grid.cells.map((r) => r.length));
  return run(async (context) => {
    const used = sheetOf(context).getUsedRangeOrNullObject();
    const found: MergedArea[] = [];
    const bands: [number, number][] = [[0, grid.cells.length]];
    while (bands.length > 0) {
      const [top, rows] = bands.shift()!;
      const merged = used.getCell(top, 0).getResizedRange(rows - 1, width - 1).getMergedAreasOrNullObject();
      merged.load('address');
      try {
        await context.sync();
        if (!merged.isNullObject) found.push(...parseAreas(merged.address));
      } catch (e) {
        // A host without ExcelApi 1.13 has no merges to give, whatever the band.
        if ((e as { code?: unknown } | null)?.code === 'ApiNotFound') return found;
        if (rows > 1) bands.unshift([top, Math.floor(rows / 2)], [top + Math.floor(rows / 2), rows - Math.floor(rows / 2)]);
      }
    }
    return found;
  });
}
