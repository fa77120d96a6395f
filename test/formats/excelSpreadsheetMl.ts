/**
 * A SpreadsheetML 2003 ("XML Spreadsheet 2003") writer for the format tests, writing the way
 * Excel 2003–2016 and budget-system exporters do, not the way SheetJS's own `xlml` writer does
 * (which writes every cell with an explicit ss:Index and no self-closing merged cell, so a test
 * built on it cannot catch SheetJS's misreading of `<Cell ss:MergeAcross="1" ss:StyleID="s21"/>`,
 * see src/xlsx/spreadsheetMlMerges.ts).
 *
 * What it writes, after Microsoft's Office 2003 XML Reference Schemas, "XML Spreadsheet 2002"
 * (namespace urn:schemas-microsoft-com:office:spreadsheet; the excelss.xsd element pages, as in
 * Debian's office2003-schemas package) and Microsoft's "XML Spreadsheet Reference" (Michael Stowe,
 * Excel 2002 Technical Articles, August 2001,
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/office-xp/aa140066(v=office.10)):
 * - Cell@Index "Specifies the column index of a cell" (1-based); without it a cell is in the column
 *   after the previous cell of its Row, counting that cell's MergeAcross. Written only when columns
 *   are skipped (as Excel does), also after columns covered by a MergeDown from a row above.
 * - Cell@MergeAcross / @MergeDown: "the number of adjacent cells to merge with the current cell"
 *   to its right / below. Merged-over cells are not written. An empty anchor is self-closing.
 * - Row@Index "Specifies the position of a row within a table": written only after skipped rows.
 * - Cell@Formula "Specifies a formula for a cell", in R1C1 notation ("=SUM(R[-3]C:R[-1]C)"), the
 *   cached result in the cell's Data.
 * - Data@Type: Number, DateTime, Boolean, String, Error (DateTime is not written here: the format
 *   tests read with cellDates off, and date-formatted numbers stay Number cells).
 * - Cell@StyleID "Contains a reference to an ID attribute previously defined in a Style element";
 *   Style/NumberFormat@Format holds the number format, Excel's named formats ("Fixed", "Standard",
 *   "Percent", "Scientific") for the built-in formats they stand for.
 * Not written: column widths, row heights, fonts, fills, comments, hyperlinks, defined names.
 */
import * as XLSX from '@e965/xlsx';

const SS = 'urn:schemas-microsoft-com:office:spreadsheet';

/** Excel's names for built-in formats in NumberFormat@Format (SheetJS maps them back the same way). */
const NAMED_FORMATS: Record<string, string> = {
  '0.00': 'Fixed',
  '#,##0.00': 'Standard',
  '0.00%': 'Percent',
  '0.00E+00': 'Scientific',
};

/** Excel's error values, by the BIFF codes SheetJS keeps in an error cell's v. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** Element text: &, <, > as entities and line breaks as &#10; (as Excel writes them). */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r\n|\r|\n/g, '&#10;');
}

/** An attribute value in double quotes. */
function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** An A1 cell reference (not inside quotes): the same pattern SheetJS uses, so LOG10( and names stay as they are. */
const A1_REF = /(^|[^._A-Za-z0-9])(\$?)([A-Z]{1,3})(\$?)([1-9]\d{0,6})(?![_.(A-Za-z0-9])/g;

/**
 * An A1 formula (without "=", as SheetJS keeps it) in R1C1 notation relative to the cell at
 * row r, column c (0-based): B2 seen from D5 is R[-3]C[-2], $B$2 is R2C2. Text in double quotes
 * and quoted sheet names are left alone; whole rows or columns (A:A, 1:1) are not converted.
 * @example toR1C1('SUM(I14:I44)', 44, 8) === 'SUM(R[-31]C:R[-1]C)'
 */
export function toR1C1(formula: string, r: number, c: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(A1_REF, (_m, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const cc = XLSX.utils.decode_col(col);
            const rr = Number(row) - 1;
            const R = rowAbs ? String(rr + 1) : rr === r ? '' : `[${rr - r}]`;
            const C = colAbs ? String(cc + 1) : cc === c ? '' : `[${cc - c}]`;
            return `${before}R${R}C${C}`;
          }),
    )
    .join('');
}

function cellAt(ws: XLSX.WorkSheet, r: number, c: number): XLSX.CellObject | undefined {
  const dense = ws['!data'] as (XLSX.CellObject | undefined)[][] | undefined;
  return dense ? dense[r]?.[c] : (ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
}

function numberText(v: number): string {
  return String(v).replace('e', 'E');
}

/** The Data element of a cell with a value; '' for an empty cell (a stub or a formula without cached value). */
function dataOf(cell: XLSX.CellObject): string {
  const data = (type: string, text: string) => `<Data ss:Type="${type}">${text}</Data>`;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? data('Number', numberText(cell.v)) : '';
    case 's':
      return cell.v === undefined ? '' : data('String', escapeText(String(cell.v)));
    case 'b':
      return data('Boolean', cell.v ? '1' : '0');
    case 'e':
      return data('Error', escapeText(cell.w ?? ERROR_TEXT[cell.v as number] ?? '#VALUE!'));
    case 'd':
      throw new Error('date cells: read the workbook with cellDates off');
    default:
      return '';
  }
}

/** Styles by number format: "s21" for General (Excel starts its own IDs at s21 too), then s22, s23, … */
class Styles {
  private readonly ids = new Map<string, string>([['General', 's21']]);

  idFor(format: string | undefined): string {
    const key = format && format !== 'General' ? format : 'General';
    let id = this.ids.get(key);
    if (!id) {
      id = `s${21 + this.ids.size}`;
      this.ids.set(key, id);
    }
    return id;
  }

  xml(): string {
    const borders =
      '<Borders>' +
      ['Bottom', 'Left', 'Right', 'Top'].map((p) => `<Border ss:Position="${p}" ss:LineStyle="Continuous" ss:Weight="1"/>`).join('') +
      '</Borders>';
    const styles = [...this.ids].map(([format, id]) => {
      const nf = format === 'General' ? '' : `<NumberFormat ss:Format="${escapeAttribute(NAMED_FORMATS[format] ?? format)}"/>`;
      return `  <Style ss:ID="${id}">\n   <Alignment ss:Vertical="Center" ss:WrapText="1"/>\n   ${borders}\n${nf ? `   ${nf}\n` : ''}  </Style>\n`;
    });
    return (
      ' <Styles>\n' +
      '  <Style ss:ID="Default" ss:Name="Normal">\n   <Alignment ss:Vertical="Bottom"/>\n   <Borders/>\n' +
      '   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="11" ss:Color="#000000"/>\n   <Interior/>\n   <NumberFormat/>\n   <Protection/>\n  </Style>\n' +
      styles.join('') +
      ' </Styles>\n'
    );
  }
}

function worksheetXml(name: string, ws: XLSX.WorkSheet, styles: Styles): string {
  const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null;
  const merges = ws['!merges'] ?? [];
  const anchors = new Map<string, XLSX.Range>();
  const covered = new Set<string>();
  let lastRow = range ? range.e.r : -1;
  let lastCol = range ? range.e.c : -1;
  for (const m of merges) {
    anchors.set(`${m.s.r},${m.s.c}`, m);
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
    lastRow = Math.max(lastRow, m.e.r);
    lastCol = Math.max(lastCol, m.e.c);
  }
  const rows: string[] = [];
  let nextRow = 0; // the row a Row element without ss:Index would be
  for (let r = 0; r <= lastRow; r++) {
    const cells: string[] = [];
    let nextCol = 0; // the column a Cell element without ss:Index would be
    for (let c = 0; c <= lastCol; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = cellAt(ws, r, c);
      const merge = anchors.get(`${r},${c}`);
      const data = cell ? dataOf(cell) : '';
      const formula = cell?.f && data ? ` ss:Formula="${escapeAttribute(`=${toR1C1(cell.f, r, c)}`)}"` : '';
      if (!data && !merge) continue; // an empty, unmerged cell: not written (a gap, hence ss:Index)
      const across = merge ? merge.e.c - merge.s.c : 0;
      const down = merge ? merge.e.r - merge.s.r : 0;
      const attrs =
        (c !== nextCol ? ` ss:Index="${c + 1}"` : '') +
        (across > 0 ? ` ss:MergeAcross="${across}"` : '') +
        (down > 0 ? ` ss:MergeDown="${down}"` : '') +
        ` ss:StyleID="${styles.idFor(cell?.z as string | undefined)}"` +
        formula;
      cells.push(data ? `<Cell${attrs}>${data}</Cell>` : `<Cell${attrs}/>`);
      nextCol = c + 1 + across;
    }
    if (cells.length === 0) continue;
    rows.push(`   <Row${r !== nextRow ? ` ss:Index="${r + 1}"` : ''} ss:AutoFitHeight="0">\n    ${cells.join('\n    ')}\n   </Row>\n`);
    nextRow = r + 1;
  }
  return (
    ` <Worksheet ss:Name="${escapeAttribute(name)}">\n` +
    `  <Table ss:ExpandedColumnCount="${lastCol + 1}" ss:ExpandedRowCount="${lastRow + 1}" x:FullColumns="1" x:FullRows="1" ss:DefaultColumnWidth="54" ss:DefaultRowHeight="13.5">\n` +
    rows.join('') +
    '  </Table>\n' +
    '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">\n   <ProtectObjects>False</ProtectObjects>\n   <ProtectScenarios>False</ProtectScenarios>\n  </WorksheetOptions>\n' +
    ' </Worksheet>\n'
  );
}

/**
 * A SheetJS workbook (read with cellNF and cellFormula; cellStyles or not) as the text of an
 * Excel "XML Spreadsheet 2003" file: to be written as UTF-8.
 * @example fs.writeFileSync('t.xls', writeExcelSpreadsheetMl(XLSX.read(bytes, { cellNF: true, cellFormula: true })))
 */
export function writeExcelSpreadsheetMl(wb: XLSX.WorkBook): string {
  const styles = new Styles();
  const sheets = wb.SheetNames.map((n) => worksheetXml(n, wb.Sheets[n], styles)).join('');
  return (
    '<?xml version="1.0"?>\n' +
    '<?mso-application progid="Excel.Sheet"?>\n' +
    `<Workbook xmlns="${SS}"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n xmlns:x="urn:schemas-microsoft-com:office:excel"\n` +
    ` xmlns:ss="${SS}"\n xmlns:html="http://www.w3.org/TR/REC-html40">\n` +
    ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">\n  <Version>16.00</Version>\n </DocumentProperties>\n' +
    ' <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">\n  <ProtectStructure>False</ProtectStructure>\n  <ProtectWindows>False</ProtectWindows>\n </ExcelWorkbook>\n' +
    styles.xml() +
    sheets +
    '</Workbook>\n'
  );
}
