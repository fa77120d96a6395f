import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fromA1 } from '../core/grid/address';
import type { Finding, Severity, TableReport } from '../core/report/types';
import { noteText, worstSeverity } from '../core/vocabulary';
import { convertToXlsx } from './convertToXlsx';
import { DEFAULT_LIMITS } from './limits';
import { OoxmlPackage, worksheetParts } from './ooxml/ooxmlPackage';
import { addNotes } from './ooxml/notes';
import { SheetXml, type CellRef } from './ooxml/sheetXml';
import { FillStyles } from './ooxml/styles';
import { sniffWorkbook, type WorkbookFormat } from './sniff';

const OOXML_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);

/**
 * The bytes of an annotated copy: the original OOXML package with only our parts added
 * (a fill on each finding's cell — on the top-left cell of its merge — by the most severe
 * finding, and a note with the findings' text; a cell's own note is kept, ours appended).
 * Everything else (charts, images, threaded comments, validations, conditional formats,
 * names, hidden sheets, print settings, widths, macros) is carried over byte for byte.
 * A non-OOXML input (.xls, .et, SpreadsheetML, .ods) is first converted to .xlsx by SheetJS
 * (values, formulas, number formats, merges, widths; not fonts or fills).
 */
export async function annotatedCopyBytes(bytes: Buffer, tables: TableReport[], name = 'input.xlsx'): Promise<Buffer> {
  const format = sniffWorkbook(bytes, path.basename(name));
  const pkg = new OoxmlPackage(format === 'xlsx' ? bytes : convertToXlsx(bytes));
  const sheets = worksheetParts(pkg);
  const stylesPath = pkg.relationships(rootPart(pkg)).find((r) => r.type === 'styles')?.target;
  const styles = stylesPath ? new FillStyles(pkg, stylesPath) : null;
  for (const [sheet, findings] of findingsBySheet(tables)) {
    const sheetPath = sheets.get(sheet);
    const text = sheetPath ? pkg.text(sheetPath) : null;
    if (!sheetPath || text === null) continue;
    const sheetXml = new SheetXml(text);
    const marks = marksOf(sheetXml, findings);
    if (styles) sheetXml.restyle([...marks.keys()], (cell, current) => styles.styleFor(current, marks.get(cell)!.severity));
    addNotes(pkg, sheetPath, sheetXml, new Map([...marks].map(([cell, mark]) => [cell, mark.note])));
    pkg.setText(sheetPath, sheetXml.toString());
  }
  return pkg.save();
}

function rootPart(pkg: OoxmlPackage): string {
  return pkg.relationships('').find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
}

function findingsBySheet(tables: TableReport[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const t of tables) out.set(t.sheet, [...(out.get(t.sheet) ?? []), ...t.findings]);
  return out;
}

/** Each marked cell (merges resolved to their top-left) with its worst severity and its note. */
function marksOf(sheet: SheetXml, findings: Finding[]): Map<CellRef, { severity: Severity; note: string }> {
  const refs = new Map<string, CellRef>();
  const own = new Map<Finding, CellRef>();
  for (const f of findings) {
    const at = fromA1(f.cell);
    if (!at) continue;
    const key = `${at.row},${at.col}`;
    const ref = refs.get(key) ?? { row: at.row, col: at.col };
    refs.set(key, ref);
    own.set(f, ref);
  }
  const masters = sheet.mergeMasters([...refs.values()]);
  const byMaster = new Map<string, { cell: CellRef; findings: Finding[] }>();
  for (const [f, ref] of own) {
    const m = masters.get(ref) ?? ref;
    const key = `${m.row},${m.col}`;
    const entry = byMaster.get(key) ?? { cell: m, findings: [] };
    entry.findings.push(f);
    byMaster.set(key, entry);
  }
  return new Map([...byMaster.values()].map(({ cell, findings: list }) => [cell, { severity: worstSeverity(list)!, note: noteText(list) }]));
}

/**
 * The copy's file name: NAME.checked + the input's OOXML extension (a .xlsm stays .xlsm, as
 * its macros would make Excel refuse an .xlsx), .xlsx for every other format.
 */
export function annotatedCopyName(inputName: string, format: WorkbookFormat, n = 1): string {
  const ext = path.extname(inputName);
  const base = path.basename(inputName, ext);
  const outExt = format === 'xlsx' && OOXML_EXTENSIONS.has(ext.toLowerCase()) ? ext.toLowerCase() : '.xlsx';
  return n === 1 ? `${base}.checked${outExt}` : `${base}.checked (${n})${outExt}`;
}

/**
 * Writes the annotated copy of `bytes` into `dir` as NAME.checked.xlsx (NAME.checked (2).xlsx …
 * when taken: never overwriting; created exclusively). The input file is never written.
 * @returns the path written
 */
export async function writeAnnotatedCopy(bytes: Buffer, inputName: string, tables: TableReport[], dir: string): Promise<string> {
  const buf = await annotatedCopyBytes(bytes, tables, inputName);
  const format = sniffWorkbook(bytes, path.basename(inputName), DEFAULT_LIMITS);
  await fs.mkdir(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const file = path.join(dir, annotatedCopyName(inputName, format, n));
    try {
      await fs.writeFile(file, buf, { flag: 'wx' });
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
