import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { rangeA1, toA1 } from '../core/grid/address';
import { buildTemplate, formulaText } from '../core/template';
import { writeTemplateFile, writeTemplateWorkbook } from './writeTemplate';

/** The workbook after a save and a reload, as a reader of the file sees it. */
async function reloaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back.worksheets[0];
}

describe.each(['dept', 'project'] as const)('writeTemplateWorkbook(%s)', (kind) => {
  const sheet = buildTemplate(kind, 2025);
  const L = sheet.landmarks;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => (ws = await reloaded(writeTemplateWorkbook(kind, 2025))));
  const cell = (row: number, col: number) => ws.getCell(row + 1, col + 1);

  test('one sheet named 自评表(2025) with the template’s merges', () => {
    expect(ws.name).toBe('自评表(2025)');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual(sheet.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).sort());
  });

  test('every formula is stored as its Excel text', () => {
    for (const c of sheet.cells.filter((x) => x.formula)) expect([toA1(c.row, c.col), cell(c.row, c.col).formula]).toEqual([toA1(c.row, c.col), formulaText(c.formula!)]);
  });

  test.each([
    ['input', 'FFFFF2CC'],
    ['computed', 'FFE2EFDA'],
    ['header', 'FFD9E1F2'],
  ])('%s cells are filled %s', (role, argb) => {
    const cells = sheet.cells.filter((c) => c.style.fill === role);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect((cell(c.row, c.col).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb);
  });

  test('分值 and 得分 accept only decimals ≥ 0', () => {
    for (const r of L.indicatorRows) for (const col of [L.columns.weight, L.columns.score]) {
      expect(cell(r.row, col).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true });
    }
  });

  test('A4 landscape, one page wide, the grid header repeated', () =>
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${L.gridHeaderRow + 1}:${L.gridHeaderRow + 1}`,
      printArea: `A1:I${L.gradeRow + 1}`,
    }));

  test('numbers and column widths', () => {
    expect(cell(L.fundsRows[0], L.columns.fundsBudget).numFmt).toBe('#,##0.00');
    expect(cell(L.fundsRows[0], L.columns.fundsRate).numFmt).toBe('0.00');
    expect(ws.getColumn(4).width).toBe(sheet.columnWidths[3]);
  });
});

describe('cached results', () => {
  const sheet = buildTemplate('dept', 2025);
  // The check line of 投入管理指标 shows its preset points on a blank table: Σ分值 30, 相符.
  const check = sheet.cells.find((c) => c.formula?.fn === 'matches')!;
  const sum = sheet.cells.find((c) => c.row === check.row && c.col === check.col - 2)!;

  test.each([
    [undefined, 30, '相符'],
    [true, 30, '相符'],
    [false, undefined, undefined],
  ])('cachedResults %s → Σ分值 %s, check %s', async (cachedResults, total, verdict) => {
    const ws = writeTemplateWorkbook('dept', 2025, { cachedResults }).worksheets[0];
    const result = (r: number, c: number) => (ws.getCell(r + 1, c + 1).value as ExcelJS.CellFormulaValue).result;
    expect([result(sum.row, sum.col), result(check.row, check.col)]).toEqual([total, verdict]);
  });
});

describe('writeTemplateFile', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-write-template-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes a readable workbook', async () => {
    const file = path.join(dir, 't.xlsx');
    await writeTemplateFile('project', 2025, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0].getCell('A1').value).toBe('项目支出绩效自评表');
  });

  test('never replaces an existing file', async () => {
    const file = path.join(dir, 't.xlsx');
    fs.writeFileSync(file, 'mine');
    await expect(writeTemplateFile('dept', 2025, file)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });
});
