/** Annotated copies keep everything of the original package and add only our fills and notes. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Finding, TableReport } from '../../src/core/report/types';
import { SEVERITY_FILL } from '../../src/core/vocabulary';
import { annotatedCopyBytes, writeAnnotatedCopy } from '../../src/xlsx/annotate';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { findSoffice, recalculateToCsv } from '../tools/libreoffice';
import { num, rawParts, str, zipParts } from './rawPackage';
import { COLS, OWN_NOTE, richWorkbookParts, SHEET_TAIL, THREADED_TEXT } from './richWorkbook';

const soffice = findSoffice();
if (!soffice) console.warn('skipped: LibreOffice (soffice) is not installed — apt-get install libreoffice-calc-nogui');
const testWithSoffice = soffice ? test : test.skip;

const finding = (cell: string, severity: Finding['severity'], message: string): Finding => ({ code: 'MISSING_REASON', severity, cell, message });
/** Only sheet and findings matter to annotating. */
const table = (sheet: string, findings: Finding[]) => ({ sheet, findings }) as unknown as TableReport;
const TABLES = [
  table('自评表', [
    finding('B2', 'warning', '完成率偏低'),
    finding('C3', 'error', '请填写偏差原因'),
    finding('D3', 'info', '讨论中的单元格'),
    finding('B6', 'error', '合并区域里的单元格'),
    finding('H20', 'info', '空单元格'),
  ]),
  table('隐藏', [finding('A1', 'warning', '隐藏表的发现')]),
];
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (parts: Record<string, Uint8Array>, name: string) => strFromU8(parts[name]);
const dom = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const serialize = (el: Element) => new XMLSerializer().serializeToString(el);
/** An element of a part, serialized the same way whichever side it comes from. */
function element(xml: string, name: string): string {
  const list = dom(xml).getElementsByTagName(name);
  return list.length ? serialize(list[0]) : '';
}

const input = zipParts(richWorkbookParts());
const inputHash = sha(input);
let before: Record<string, Uint8Array> = {};
let after: Record<string, Uint8Array> = {};
beforeAll(async () => {
  before = unzipSync(input);
  after = unzipSync(await annotatedCopyBytes(input, TABLES, '返回表.xlsx'));
});

const EDITED = ['[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml'];

describe('the annotated copy keeps every part', () => {
  test('every other member is byte-identical: chart, image, drawing, threaded comment, persons, workbook (names, hidden sheet), relationships', () => {
    const kept = Object.keys(before).filter((n) => !EDITED.includes(n));
    expect(kept).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/drawings/drawing1.xml', 'xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml', 'xl/workbook.xml']));
    expect(kept.filter((n) => !after[n] || sha(after[n]) !== sha(before[n]))).toEqual([]);
  });

  test('the sheet keeps its widths, merges, conditional format, validation list, print settings, drawing and note drawing', () => {
    const [a, b] = [text(before, 'xl/worksheets/sheet1.xml'), text(after, 'xl/worksheets/sheet1.xml')];
    expect(element(b, 'cols')).toBe(element(a, 'cols'));
    expect(element(a, 'cols')).toContain('30.5');
    for (const name of Object.keys(SHEET_TAIL)) expect([name, element(b, name)]).toEqual([name, element(a, name)]);
    expect(COLS).toContain('customWidth');
  });

  test('the input is untouched', () => {
    expect(sha(input)).toBe(inputHash);
  });
});

describe('our marks', () => {
  const xfOf = (cell: string) => {
    const c = [...Array.from(dom(text(after, 'xl/worksheets/sheet1.xml')).getElementsByTagName('c'))].find((e) => e.getAttribute('r') === cell);
    const xfs = dom(text(after, 'xl/styles.xml')).getElementsByTagName('cellXfs')[0].getElementsByTagName('xf');
    return xfs[Number(c?.getAttribute('s') ?? 0)];
  };
  const fillRgb = (fillId: string | null) => dom(text(after, 'xl/styles.xml')).getElementsByTagName('fill')[Number(fillId)].getElementsByTagName('fgColor')[0]?.getAttribute('rgb');
  const argb = (severity: Finding['severity']) => `FF${SEVERITY_FILL[severity].slice(1).toUpperCase()}`;

  test.each([
    ['B2', 'warning', '10'],
    ['C3', 'error', '0'],
    ['A5', 'error', '0'],
    ['H20', 'info', '0'],
  ] as const)('%s gets the %s fill on a copy of its own format', (cell, severity, numFmtId) => {
    const xf = xfOf(cell);
    expect([xf.getAttribute('numFmtId'), xf.getAttribute('applyFill'), fillRgb(xf.getAttribute('fillId'))]).toEqual([numFmtId, '1', argb(severity)]);
  });

  test('unmarked cells keep their format', () => {
    expect(xfOf('B3').getAttribute('fillId')).toBe('0');
  });

  test('a cell with a note keeps its text, ours follows; a threaded comment keeps its legacy text; new notes are added', () => {
    const comments = [...Array.from(dom(text(after, 'xl/comments1.xml')).getElementsByTagName('comment'))];
    const noteOf = (ref: string) => comments.find((c) => c.getAttribute('ref') === ref)?.textContent ?? '';
    expect(noteOf('C3')).toMatch(new RegExp(`^张会计:\\n${OWN_NOTE}\\n绩效自评助手：\\n【错误】请填写偏差原因$`));
    expect(noteOf('D3')).toContain(THREADED_TEXT);
    expect(noteOf('D3')).toContain('【提示】讨论中的单元格');
    expect(noteOf('A5')).toBe('绩效自评助手：\n【错误】合并区域里的单元格');
    expect(noteOf('H20')).toContain('空单元格');
    const vml = text(after, 'xl/drawings/vmlDrawing1.vml');
    expect(vml.match(/<x:ClientData ObjectType="Note">/g)?.length).toBe(5);
  });

  test('a sheet without notes gets a comments part, a VML drawing, their relationships and content types', () => {
    const rels = text(after, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels).toMatch(/relationships\/comments" Target="\.\.\/comments2\.xml"/);
    expect(rels).toMatch(/relationships\/vmlDrawing" Target="\.\.\/drawings\/vmlDrawing2\.vml"/);
    expect(text(after, 'xl/worksheets/sheet2.xml')).toMatch(/<legacyDrawing xmlns:r="[^"]+" r:id="rId\d+"\/><\/worksheet>$/);
    expect(text(after, 'xl/comments2.xml')).toContain('隐藏表的发现');
    expect(text(after, 'xl/drawings/vmlDrawing2.vml')).toContain('data="2"');
    expect(text(after, '[Content_Types].xml')).toContain('PartName="/xl/comments2.xml"');
  });

  test('SheetJS reads the copy back with the same values', async () => {
    const [a, b] = [(await readWorkbook(input, 'a.xlsx')).grids, (await readWorkbook(Buffer.from(zipParts(after)), 'b.xlsx')).grids];
    expect(b.map((g) => g.cells.flat().filter(Boolean))).toEqual(a.map((g) => g.cells.flat().filter(Boolean)));
  });
});

describe('files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-annotate-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  testWithSoffice('LibreOffice opens the copy', async () => {
    const copy = await writeAnnotatedCopy(input, path.join(dir, '返回表.xlsx'), TABLES, path.join(dir, 'lo'));
    const [rows] = await recalculateToCsv(soffice as string, [copy]);
    expect(rows.slice(0, 3).map((r) => r.slice(0, 3))).toEqual([
      ['指标', '完成率', '说明'],
      ['满意度', '45%', '—'],
      ['覆盖率', '90%', '有批注'],
    ]);
  });

  test('never over an existing file; the input file is byte-identical afterwards', async () => {
    const file = path.join(dir, '单位.xlsm');
    await fs.writeFile(file, input);
    const out = path.join(dir, 'out');
    const first = await writeAnnotatedCopy(await fs.readFile(file), file, TABLES, out);
    const second = await writeAnnotatedCopy(await fs.readFile(file), file, TABLES, out);
    expect([path.basename(first), path.basename(second)]).toEqual(['单位.checked.xlsm', '单位.checked (2).xlsm']);
    expect(sha(await fs.readFile(file))).toBe(inputHash);
  });

  test.each(['biff8', 'xlml'] as XLSX.BookType[])('a %s input becomes NAME.checked.xlsx, marked', async (bookType) => {
    const ws = XLSX.utils.aoa_to_sheet([['指标', '得分'], ['满意度', 9]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '自评表');
    const bytes = Buffer.from(XLSX.write(wb, { bookType, type: 'buffer' }) as Buffer);
    const copy = await writeAnnotatedCopy(bytes, path.join(dir, '导出.xls'), [table('自评表', [finding('B2', 'error', '得分有误')])], path.join(dir, bookType));
    expect(path.basename(copy)).toBe('导出.checked.xlsx');
    const parts = unzipSync(await fs.readFile(copy));
    expect(text(parts, 'xl/comments1.xml')).toContain('得分有误');
    expect((await readWorkbook(await fs.readFile(copy), copy)).grids[0].cells[1][1]?.value).toBe(9);
  });

  test('100,000 merges are annotated in one pass over them', async () => {
    const merges = Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`).join('');
    const sheetData = Array.from({ length: 1000 }, (_, i) => `<row r="${2 * i + 1}">${str(`A${2 * i + 1}`, '甲')}${num(`C${2 * i + 1}`, i)}</row>`).join('');
    const bytes = zipParts(rawParts([{ name: 'S', sheetData, after: `<mergeCells count="100000">${merges}</mergeCells>` }]));
    const findings = Array.from({ length: 1000 }, (_, i) => finding(`B${2 * i + 2}`, 'warning', `第${i}项`));
    const parts = unzipSync(await annotatedCopyBytes(bytes, [table('S', findings)]));
    expect(text(parts, 'xl/comments1.xml').match(/<comment /g)?.length).toBe(1000);
    expect(text(parts, 'xl/comments1.xml')).toContain('ref="A1999"');
  }, 60_000);
});
