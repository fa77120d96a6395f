/** Inputs are recognised by content: every workbook format is read, everything else gets a one-line zh/en error. */
import * as XLSX from '@e965/xlsx';
import { WorkbookReadError, type ReadErrorKind } from '../../src/xlsx/readErrors';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { buildWorkbook } from './buildWorkbook';
import { zipParts } from './rawPackage';

/** A small workbook written by SheetJS in `bookType`, with a merge. */
function written(bookType: XLSX.BookType): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([['部门(单位)整体支出绩效自评表', null], ['分值', 0.9927]]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
  ws.B2.z = '0.00%';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '自评表');
  return Buffer.from(XLSX.write(wb, { bookType, type: 'buffer' }) as Buffer);
}

/** A compound file holding the given streams. */
function compoundFile(streams: string[]): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const s of streams) XLSX.CFB.utils.cfb_add(cfb, s, Buffer.from('x'.repeat(600)));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

const ooxml = (folder: string) => zipParts({ '[Content_Types].xml': '<Types/>', [`${folder}/document.xml`]: '<x/>' });

describe('workbooks of every format are read, whatever their name', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    ['.xlsx', () => buildWorkbook([{ name: '自评表', rows: [['a']] }]), '表.xlsx', 'xlsx'],
    ['.xlsm in capitals', () => buildWorkbook([{ name: '自评表', rows: [['a']] }]), '表.XLSM', 'xlsx'],
    ['an .xlsx named .xls', () => buildWorkbook([{ name: '自评表', rows: [['a']] }]), '表.xls', 'xlsx'],
    ['BIFF8 .xls', () => written('biff8'), '表.xls', 'xls'],
    ['BIFF8 named .et (WPS)', () => written('biff8'), '表.et', 'et'],
    ['SpreadsheetML 2003 named .xls', () => written('xlml'), '导出.xls', 'spreadsheetml'],
    ['OpenDocument .ods', () => written('ods'), '表.ods', 'ods'],
  ];
  test.each(cases)('%s', async (_label, make, name, format) => {
    const result = await readWorkbook(await make(), name);
    expect(result.format).toBe(format);
    expect(result.grids.length).toBeGreaterThan(0);
  });

  test.each(['biff8', 'xlml', 'ods', 'xlsx'] as XLSX.BookType[])('%s keeps values, number formats and merges', async (bookType) => {
    const [g] = (await readWorkbook(written(bookType), `t.${bookType}`)).grids;
    expect(g.cells[0][0]?.value).toBe('部门(单位)整体支出绩效自评表');
    expect(g.cells[1][1]).toMatchObject({ value: 0.9927, numberFormat: '0.00%' });
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('what is not a workbook says what it is, on one line, in Chinese and English', () => {
  const cases: [string, () => Buffer, string, ReadErrorKind][] = [
    ['encrypted OOXML (CFB with EncryptedPackage)', () => compoundFile(['EncryptionInfo', 'EncryptedPackage']), '表.xlsx', 'encrypted'],
    ['a Word .doc', () => compoundFile(['WordDocument']), '表.xls', 'word'],
    ['a .docx', () => ooxml('word'), '表.xlsx', 'word'],
    ['a .pptx', () => ooxml('ppt'), '表.xlsx', 'powerpoint'],
    ['an .xlsb', () => zipParts({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' }), '表.xlsb', 'xlsb'],
    ['a zip of other things', () => zipParts({ 'a.txt': 'hello' }), '表.xlsx', 'not-workbook'],
    ['CSV', () => Buffer.from('指标,分值,得分\n满意度,10,9\n'), '表.csv', 'csv'],
    ['CSV named .xls', () => Buffer.from('指标,分值,得分\n满意度,10,9\n'), '表.xls', 'csv'],
    ['PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), '表.xlsx', 'pdf'],
    ['HTML saved as .xls', () => Buffer.from('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>'), '表.xls', 'html'],
    ['HTML with a doctype', () => Buffer.from('\uFEFF<!DOCTYPE html>\n<html><body></body></html>'), '表.xls', 'html'],
    ['plain text', () => Buffer.from('这不是工作簿。\n只是文字。\n'), '表.xlsx', 'text'],
    ['other XML', () => Buffer.from('<?xml version="1.0"?><note>hi</note>'), '表.xml', 'not-workbook'],
    ['random bytes', () => Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]), '表.xlsx', 'not-workbook'],
    ['an empty file', () => Buffer.alloc(0), '表.xlsx', 'empty'],
    ['a truncated zip', () => ooxml('xl').subarray(0, 40), '表.xlsx', 'corrupt'],
  ];
  test.each(cases)('%s', async (_label, make, name, kind) => {
    const err = await readWorkbook(make(), name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookReadError);
    const e = err as WorkbookReadError;
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(/^无法读取：[^\n]*[\u4e00-\u9fff][^\n]* \/ cannot read: [^\n]*[a-z]/);
  });
});
