import * as XLSX from '@e965/xlsx';
import { escapeLiteralEscapes } from './ooxml/xstring';
import { WorkbookReadError } from './readErrors';

/** A workbook SheetJS reads, written as .xlsx: the copy of a .xls / .et / SpreadsheetML / .ods input. */
export function convertToXlsx(bytes: Buffer): Buffer {
  try {
    const wb = keepLiteralEscapes(XLSX.read(bytes, { type: 'buffer', cellNF: true, cellFormula: true, cellStyles: true, cellDates: false }));
    return Buffer.from(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

/**
 * `wb` with each literal `_xHHHH_` of its sheet names and text cells escaped as `_x005F_xHHHH_`:
 * SheetJS's writer escapes control characters (ST_Xstring) but not these, so a .xls cell
 * holding the text `_x0041_` would read back from the copy as `A` (and a sheet so named would
 * no longer match its report).
 */
function keepLiteralEscapes(wb: XLSX.WorkBook): XLSX.WorkBook {
  const names = wb.SheetNames.map(escapeLiteralEscapes);
  const sheets: Record<string, XLSX.WorkSheet> = {};
  wb.SheetNames.forEach((n, i) => {
    const ws = (sheets[names[i]] = wb.Sheets[n]);
    for (const key of Object.keys(ws)) {
      const cell = ws[key] as XLSX.CellObject;
      if (key[0] !== '!' && cell.t === 's' && typeof cell.v === 'string') cell.v = escapeLiteralEscapes(cell.v);
    }
  });
  return { ...wb, SheetNames: names, Sheets: sheets };
}
