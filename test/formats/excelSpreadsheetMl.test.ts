import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { toR1C1, writeExcelSpreadsheetMl } from './excelSpreadsheetMl';

/**
 * A1:D3: an empty header merged over A1:B1, a header with & and a line break, a skipped C2,
 * a percentage, two formulas (relative and absolute) with their cached results.
 */
function sample(): XLSX.WorkBook {
  const ws = XLSX.utils.aoa_to_sheet([
    [null, null, '指标 & 值\n(万元)', '完成率'],
    ['甲', 10, null, 0.9927],
    ['合计', 20, null, 0.9927],
  ]);
  ws['!merges'] = [XLSX.utils.decode_range('A1:B1')];
  ws.D2.z = '0.00%';
  ws.B3.f = 'B2*2';
  Object.assign(ws.D3, { f: '$D$2', z: '0.00%' });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '表1');
  return wb;
}

describe('writeExcelSpreadsheetMl', () => {
  const xml = writeExcelSpreadsheetMl(sample());

  test('writes as Excel does: prolog, implicit columns, self-closing empty merged cell, R1C1 formulas, named formats', () => {
    expect(xml.startsWith('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"')).toBe(true);
    const rows = xml.match(/<Row\b[^>]*>[\s\S]*?<\/Row>/g)!.map((r) => r.replace(/\s*\n\s*/g, ''));
    expect(rows).toEqual([
      '<Row ss:AutoFitHeight="0">' +
        '<Cell ss:MergeAcross="1" ss:StyleID="s21"/>' +
        '<Cell ss:StyleID="s21"><Data ss:Type="String">指标 &amp; 值&#10;(万元)</Data></Cell>' +
        '<Cell ss:StyleID="s21"><Data ss:Type="String">完成率</Data></Cell>' +
        '</Row>',
      '<Row ss:AutoFitHeight="0">' +
        '<Cell ss:StyleID="s21"><Data ss:Type="String">甲</Data></Cell>' +
        '<Cell ss:StyleID="s21"><Data ss:Type="Number">10</Data></Cell>' +
        '<Cell ss:Index="4" ss:StyleID="s22"><Data ss:Type="Number">0.9927</Data></Cell>' +
        '</Row>',
      '<Row ss:AutoFitHeight="0">' +
        '<Cell ss:StyleID="s21"><Data ss:Type="String">合计</Data></Cell>' +
        '<Cell ss:StyleID="s21" ss:Formula="=R[-1]C*2"><Data ss:Type="Number">20</Data></Cell>' +
        '<Cell ss:Index="4" ss:StyleID="s22" ss:Formula="=R2C4"><Data ss:Type="Number">0.9927</Data></Cell>' +
        '</Row>',
    ]);
    expect(xml).toMatch(/<Style ss:ID="s22">[\s\S]*?<NumberFormat ss:Format="Percent"\/>[\s\S]*?<\/Style>/);
    expect(xml).toContain('<Table ss:ExpandedColumnCount="4" ss:ExpandedRowCount="3"');
  });

  test('the product reader (readWorkbook, SpreadsheetML with its merge pre-pass) gets the same cells and merges back', async () => {
    const { format, grids } = await readWorkbook(Buffer.from(xml, 'utf8'), '自评表.xls');
    expect(format).toBe('spreadsheetml');
    expect(grids).toEqual([
      {
        sheet: '表1',
        originRow: 0,
        originCol: 0,
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        cells: [
          [undefined, undefined, { value: '指标 & 值\n(万元)' }, { value: '完成率' }],
          [{ value: '甲' }, { value: 10 }, undefined, { value: 0.9927, numberFormat: '0.00%' }],
          [{ value: '合计' }, { value: 20, formula: '=B2*2' }, undefined, { value: 0.9927, numberFormat: '0.00%', formula: '=$D$2' }],
        ],
      },
    ]);
  });

  test('after skipped rows a Row has ss:Index; an empty MergeDown anchor is self-closing too', async () => {
    const ws = XLSX.utils.aoa_to_sheet([[null, 'a'], [null, 'b'], [], [], ['c', 'd']]);
    ws['!merges'] = [XLSX.utils.decode_range('A1:A2')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const out = writeExcelSpreadsheetMl(wb);
    expect(out).toContain('<Cell ss:MergeDown="1" ss:StyleID="s21"/>');
    expect(out).toMatch(/<Row ss:AutoFitHeight="0">\s*<Cell ss:Index="2" ss:StyleID="s21"><Data ss:Type="String">b</);
    expect(out).toMatch(/<Row ss:Index="5" ss:AutoFitHeight="0">\s*<Cell ss:StyleID="s21"><Data ss:Type="String">c</);
    const { grids } = await readWorkbook(Buffer.from(out, 'utf8'), 's.xml');
    expect(grids[0].merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(grids[0].cells.map((r) => r?.map((c) => c?.value))).toEqual([[undefined, 'a'], [undefined, 'b'], undefined, undefined, ['c', 'd']]);
  });
});

describe('toR1C1', () => {
  test.each([
    ['SUM(I14:I44)', 44, 8, 'SUM(R[-31]C:R[-1]C)'],
    ['B2/C5*100', 4, 3, 'R[-3]C[-2]/RC[-1]*100'],
    ['$A$1+A$1+$A1', 2, 2, 'R1C1+R1C[-2]+R[-2]C1'],
    ['IF(A1="B2",LOG10(A1),\'Sheet B3\'!C4)', 0, 0, 'IF(RC="B2",LOG10(RC),\'Sheet B3\'!R[3]C[2])'],
  ])('%s in the cell at 0-based row %i, column %i', (a1, r, c, rc) => {
    expect(toR1C1(a1, r, c)).toBe(rc);
  });
});
