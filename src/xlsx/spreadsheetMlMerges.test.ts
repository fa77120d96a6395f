import * as XLSX from '@e965/xlsx';
import { openMergedEmptyCells } from './spreadsheetMlMerges';

const opened = (xml: string) => openMergedEmptyCells(Buffer.from(xml, 'utf8')).toString('utf8');

describe('openMergedEmptyCells', () => {
  test.each([
    ['MergeAcross first', '<Cell ss:MergeAcross="1" ss:StyleID="s24"/>', '<Cell ss:MergeAcross="1" ss:StyleID="s24"></Cell>'],
    ['MergeDown last, space before />', '<Cell ss:StyleID="s1" ss:MergeDown="2" />', '<Cell ss:StyleID="s1" ss:MergeDown="2" ></Cell>'],
    ['prefixed element', '<ss:Cell ss:MergeAcross="3"/>', '<ss:Cell ss:MergeAcross="3"></ss:Cell>'],
    ['unprefixed attribute, single quotes, line breaks', "<Cell\n MergeAcross='1'\n/>", "<Cell\n MergeAcross='1'\n></Cell>"],
    ['a ">" and "/>" inside a quoted value', '<Cell ss:HRef="a/>b" ss:MergeAcross="1"/>', '<Cell ss:HRef="a/>b" ss:MergeAcross="1"></Cell>'],
    ['two in a row', '<Row><Cell ss:MergeAcross="1"/><Cell ss:MergeDown="1"/></Row>', '<Row><Cell ss:MergeAcross="1"></Cell><Cell ss:MergeDown="1"></Cell></Row>'],
    ['not merged: unchanged', '<Cell ss:StyleID="s1"/>', '<Cell ss:StyleID="s1"/>'],
    ['already open: unchanged', '<Cell ss:MergeAcross="1"><Data ss:Type="String">a</Data></Cell>', '<Cell ss:MergeAcross="1"><Data ss:Type="String">a</Data></Cell>'],
    ['another element with a merge-like name: unchanged', '<Cells ss:MergeAcross="1"/><CellX MergeDown="1"/>', '<Cells ss:MergeAcross="1"/><CellX MergeDown="1"/>'],
    ['an attribute named like one: unchanged', '<Cell ss:MergeAcrossX="1" x:DataMergeDown="1"/>', '<Cell ss:MergeAcrossX="1" x:DataMergeDown="1"/>'],
    ['inside a comment or CDATA: unchanged', '<!-- <Cell ss:MergeAcross="1"/> --><![CDATA[<Cell ss:MergeAcross="1"/>]]>', '<!-- <Cell ss:MergeAcross="1"/> --><![CDATA[<Cell ss:MergeAcross="1"/>]]>'],
    ['an unterminated tag: unchanged', '<Cell ss:MergeAcross="1', '<Cell ss:MergeAcross="1'],
    ['Chinese text around', '<Data>部门</Data><Cell ss:MergeAcross="1"/><Data>得分</Data>', '<Data>部门</Data><Cell ss:MergeAcross="1"></Cell><Data>得分</Data>'],
  ])('%s', (_label, xml, expected) => {
    expect(opened(xml)).toBe(expected);
  });

  test('the same Buffer back when there is nothing to open', () => {
    const buf = Buffer.from('<Row><Cell><Data ss:Type="Number">1</Data></Cell></Row>');
    expect(openMergedEmptyCells(buf)).toBe(buf);
  });

  test.each([
    ['UTF-16LE', Buffer.from([0xff, 0xfe]), (s: string) => Buffer.from(s, 'utf16le')],
    ['UTF-16BE', Buffer.from([0xfe, 0xff]), (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ])('%s with its byte-order mark stays in its encoding', (_label, bom, encode) => {
    const out = openMergedEmptyCells(Buffer.concat([bom, encode('<Cell ss:MergeAcross="1"/>表')]));
    expect(out).toEqual(Buffer.concat([bom, encode('<Cell ss:MergeAcross="1"></Cell>表')]));
  });

  test('SheetJS keeps the merge and the columns after it only once the cell is opened', () => {
    const xml =
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="S"><Table><Row><Cell ss:MergeAcross="1"/><Cell><Data ss:Type="String">得分</Data></Cell></Row></Table></Worksheet></Workbook>';
    const read = (buf: Buffer) => {
      const ws = XLSX.read(buf, { type: 'buffer', dense: true }).Sheets.S;
      return { cells: (ws['!data']?.[0] ?? []).map((c, i) => [i, c?.v]).filter(([, v]) => v !== undefined), merges: ws['!merges'] ?? [] };
    };
    // The defect this works around: 得分 lands in B, and no merge is left.
    expect(read(Buffer.from(xml))).toEqual({ cells: [[1, '得分']], merges: [] });
    expect(read(openMergedEmptyCells(Buffer.from(xml)))).toEqual({ cells: [[2, '得分']], merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }] });
  });
});
