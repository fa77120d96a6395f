import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Grid } from '../core/grid/types';
import { DEFAULT_LIMITS, limitError, type ReadLimits } from './limits';
import { WorkbookReadError } from './readErrors';
import { sheetToGrid, type CellCounter } from './sheetToGrid';
import { sniffWorkbook, type WorkbookFormat } from './sniff';
import { openMergedEmptyCells } from './spreadsheetMlMerges';
import { spreadsheetMlForParsing } from './spreadsheetMlText';
import { unzipBounded } from './zipPackage';

export type { WorkbookFormat } from './sniff';
export type { ReadLimits } from './limits';

/** A workbook as the core reads it: what its content was, and every worksheet in sheet order. */
export interface ReadResult {
  format: WorkbookFormat;
  grids: Grid[];
}

/** Reads the bytes of an input path, classifying what can go wrong before parsing. */
export async function readInputBytes(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new WorkbookReadError('missing');
  }
  if (!stat.isFile()) throw new WorkbookReadError('not-a-file');
  if (stat.size > limits.workbookBytes) throw limitError('workbookBytes', limits);
  return fs.readFile(file);
}

/**
 * SheetJS options: values, cached results and number formats; no stubs, styles, HTML or VBA.
 * No formatted text either (cellText): the core formats numbers from value + format itself
 * (as Excel shows them, the same for every format), and formatting every cell costs ~40 % of parsing.
 */
const READ_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellNF: true,
  cellText: false,
  cellDates: false,
  cellFormula: true,
  cellHTML: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
};

/**
 * Every worksheet of a workbook (a path or its bytes) as a Grid, in sheet order, and the
 * format its content was (recognised by content: .xlsx .xlsm .xltx .xltm, .xls, .et,
 * SpreadsheetML 2003, .ods). The zip package is inflated once within `limits`, then parsed.
 * Throws WorkbookReadError (one line, Chinese / English) for anything that cannot be read.
 * @example const { format, grids } = await readWorkbook('自评表.xls');
 */
export async function readWorkbook(input: string | Buffer, name?: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  const bytes = typeof input === 'string' ? await readInputBytes(input, limits) : input;
  if (bytes.length > limits.workbookBytes) throw limitError('workbookBytes', limits);
  const fileName = path.basename(name ?? (typeof input === 'string' ? input : 'input.xlsx'));
  const format = sniffWorkbook(bytes, fileName, limits);
  const wb = parseWorkbook(bytes, format, limits);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  let cells = 0;
  const counter: CellCounter = {
    add(n) {
      cells += n;
      if (cells > limits.cells) throw limitError('cells', limits);
    },
  };
  const grids = wb.SheetNames.filter((n) => isWorksheet(wb.Sheets[n])).map((n) => sheetToGrid(n, wb.Sheets[n], date1904, counter));
  return { format, grids };
}

/** Chart sheets and macro sheets are listed with the worksheets; they hold no table. */
function isWorksheet(ws: XLSX.WorkSheet | undefined): ws is XLSX.WorkSheet {
  return ws !== undefined && (ws['!type'] === undefined || ws['!type'] === 'sheet');
}

/** Opening tags of cells in a sheet's XML: counted before parsing, so a huge sheet is refused before it is held. */
function countCellTags(xml: Buffer): number {
  let n = 0;
  for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
    const next = xml[at + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++; // "<c ", "<c>", "<c/"
  }
  return n;
}

function parseWorkbook(bytes: Buffer, format: WorkbookFormat, limits: ReadLimits): XLSX.WorkBook {
  try {
    if (format === 'xlsx' || format === 'ods') return withSheets(parseZipContainer(packageOf(bytes, limits), READ_OPTIONS));
    // SheetJS loses self-closing merged cells of SpreadsheetML and shifts the row after them (see spreadsheetMlMerges).
    const input = format === 'spreadsheetml' ? openMergedEmptyCells(spreadsheetMlForParsing(bytes)) : bytes;
    return withSheets(XLSX.read(input, { ...READ_OPTIONS, type: 'buffer' }));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (/password-protected|encryption/i.test(message)) throw new WorkbookReadError('encrypted', message);
    throw new WorkbookReadError('corrupt', message);
  }
}

/** Every workbook has a sheet (Excel cannot save one without): a workbook of none is what a damaged file parses as. */
function withSheets(wb: XLSX.WorkBook): XLSX.WorkBook {
  if (wb.SheetNames.length === 0) throw new WorkbookReadError('corrupt', 'a workbook without any sheet');
  return wb;
}

/**
 * The package's parts inflated within the limits, as the container SheetJS parses (the
 * shape its own zip reader builds), so that it never inflates anything itself.
 */
function packageOf(bytes: Buffer, limits: ReadLimits): unknown {
  const parts = unzipBounded(bytes, limits);
  let cells = 0;
  for (const [name, data] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    cells += countCellTags(data);
    if (cells > limits.cells) throw limitError('cells', limits);
  }
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of parts) XLSX.CFB.utils.cfb_add(container, name, data, { unsafe: true });
  return container;
}

/** SheetJS's parser of an already opened zip container: public at runtime, absent from its typings. */
function parseZipContainer(container: unknown, options: XLSX.ParsingOptions): XLSX.WorkBook {
  const lib = XLSX as unknown as { parse_zip(zip: unknown, opts: XLSX.ParsingOptions): XLSX.WorkBook };
  return lib.parse_zip(container, { ...options });
}
