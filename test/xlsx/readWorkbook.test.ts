/** src/xlsx/readWorkbook: an .xlsx into Grids — names, order, values, formats, merges, origin. */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

const readWorkbookGrids = async (buf: Buffer) => (await readWorkbook(buf, 'test.xlsx')).grids;
import { buildWorkbook } from './buildWorkbook';

describe('readWorkbook', () => {
  test('sheet names (XML-escaped ones too) and sheet order; an empty sheet is an empty grid', async () => {
    const buf = await buildWorkbook([
      { name: '第一张', rows: [['a']] },
      { name: 'A&B <1>', rows: [['b']] },
      { name: '空白', rows: [] },
    ]);
    const grids = await readWorkbookGrids(buf);
    expect(grids.map((g) => [g.sheet, g.cells.length])).toEqual([
      ['第一张', 1],
      ['A&B <1>', 1],
      ['空白', 0],
    ]);
  });

  test('values: numbers with their formats, formula results, flattened rich text, dates as text; merges; the origin', async () => {
    const buf = await buildWorkbook([
      {
        name: 'S',
        at: 'F10',
        rows: [
          [{ v: 0.9927, fmt: '0.00%' }, { f: 'F10*100', v: 99.27 }, { rich: ['偏差', '原因'] }],
          ['合并', null, null],
        ],
        merges: ['A2:C2'],
      },
    ]);
    const [g] = await readWorkbookGrids(buf);
    expect([g.originRow, g.originCol]).toEqual([9, 5]);
    expect(g.cells[0]).toEqual([
      { value: 0.9927, numberFormat: '0.00%' },
      { value: 99.27, formula: '=F10*100' },
      { value: '偏差原因' },
    ]);
    expect(g.merges).toEqual([{ top: 10, left: 5, bottom: 10, right: 7 }]);
  });

  test('a date cell arrives as its ISO date text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 9, 31));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    const [g] = await readWorkbookGrids(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(g.cells[0][0]).toMatchObject({ value: '2024-10-31', text: '2024-10-31' });
  });
});

describe('readWorkbook: SpreadsheetML 2003 as Excel writes it', () => {
  // Empty merged cells close themselves; the column after a MergeAcross is implicit (no ss:Index).
  const xml =
    '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
    '<Styles><Style ss:ID="s24"/></Styles><Worksheet ss:Name="自评表"><Table>' +
    '<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">项目支出绩效自评表</Data></Cell></Row>' +
    '<Row><Cell ss:MergeAcross="1" ss:StyleID="s24"/><Cell><Data ss:Type="String">年度指标值</Data></Cell></Row>' +
    '<Row><ss:Cell ss:StyleID="s24" ss:MergeDown="1" /><Cell><Data ss:Type="String">满意度</Data></Cell><Cell><Data ss:Type="Number">90</Data></Cell></Row>' +
    '<Row><Cell ss:Index="2"><Data ss:Type="String">时效</Data></Cell><Cell><Data ss:Type="Number">100</Data></Cell></Row>' +
    '</Table></Worksheet></Workbook>';

  test('a self-closing merged cell keeps its merge and the columns after it', async () => {
    const { format, grids } = await readWorkbook(Buffer.from(xml), '导出.xls');
    expect(format).toBe('spreadsheetml');
    const [g] = grids;
    expect(g.cells.map((row) => row.flatMap((c, col) => (c ? [[col, c.value]] : [])))).toEqual([
      [[0, '项目支出绩效自评表']],
      [[2, '年度指标值']],
      [[1, '满意度'], [2, 90]],
      [[1, '时效'], [2, 100]],
    ]);
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
  });
});
