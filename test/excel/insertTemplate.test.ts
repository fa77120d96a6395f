import { OfficeMockObject } from 'office-addin-mock';
import { buildTemplate, formulaText } from '../../src/core/template';
import { insertTemplate } from '../../src/excel/insertTemplate';
import type { ExcelRun } from '../../src/excel/run';
import { cellOf, fakeExcel, fakeWorkbook as strictWorkbook, HOST_PROFILES } from '../support/mockExcel';
import { seed000Grid } from '../support/seed000Grid';

/** A range fake that keeps what was assigned to it. */
function fakeRange(address: string) {
  const borders: Record<string, { style?: string }> = {};
  return {
    address,
    merged: false,
    formulas: undefined as unknown,
    numberFormat: undefined as unknown,
    dataValidation: {} as Record<string, unknown>,
    format: { font: {} as Record<string, unknown>, fill: {} as Record<string, unknown>, borders: { getItem: (k: string) => (borders[k] ??= {}) }, edges: borders },
    merge(this: { merged: boolean }) {
      this.merged = true;
    },
  };
}

/**
 * An office-addin-mock context holding sheets named `existing`. The new sheet is a fake that
 * records every call with the number of syncs done before it, so a write queued before the
 * read's sync shows up. office-addin-mock cannot navigate into an array, so loading
 * "items/name" loads the seeded items.
 */
function fakeWorkbook(existing: string[]) {
  const log: { call: string; afterSyncs: number }[] = [];
  const ranges: ReturnType<typeof fakeRange>[] = [];
  let syncs = 0;
  const layout = { setPrintArea: jest.fn(), setPrintTitleRows: jest.fn() } as Record<string, unknown>;
  const newSheet = {
    name: '',
    activate: () => log.push({ call: 'activate', afterSyncs: syncs }),
    getRange: (address: string) => {
      log.push({ call: `getRange ${address}`, afterSyncs: syncs });
      const r = fakeRange(address);
      ranges.push(r);
      return r;
    },
    pageLayout: layout,
  };
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: existing.map((name) => ({ name })),
        add: (name: string) => {
          log.push({ call: `add ${name}`, afterSyncs: syncs });
          newSheet.name = name;
          return newSheet;
        },
      },
    },
  });
  const sheets = context.workbook.worksheets;
  const loads: string[] = [];
  sheets.load = (props: string) => {
    loads.push(props);
    return OfficeMockObject.prototype.load.call(sheets, props === 'items/name' ? 'items' : props);
  };
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await mockSync();
  };
  const run = (async (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context as unknown as Excel.RequestContext)) as ExcelRun;
  return { run, log, ranges, layout, loads, syncs: () => syncs, newSheet };
}

const all = () => true;

describe('insertTemplate', () => {
  test.each<[string[], string]>([
    [['Sheet1'], '自评表(2025)'],
    [['Sheet1', '自评表(2025)'], '自评表(2025) (2)'],
    [['自评表(2025)', '自评表(2025) (2)'], '自评表(2025) (3)'],
  ])('with sheets %j it adds %s and activates it', async (existing, name) => {
    const fake = fakeWorkbook(existing);
    await expect(insertTemplate('dept', 2025, fake.run, all)).resolves.toEqual({ sheetName: name, printSetup: true });
    expect(fake.log[0]).toEqual({ call: `add ${name}`, afterSyncs: 1 });
    expect(fake.log.filter((l) => l.call === 'activate')).toEqual([{ call: 'activate', afterSyncs: 1 }]);
  });

  test.each(['dept', 'project'] as const)('%s: one read (the sheet names), one write, the print setup apart', async (kind) => {
    const fake = fakeWorkbook(['Sheet1']);
    await insertTemplate(kind, 2025, fake.run, all);
    expect(fake.syncs()).toBe(3);
    expect(fake.loads).toEqual(['items/name']);
    expect(fake.log.every((l) => l.afterSyncs === 1)).toBe(true);
  });

  test('writes the template’s formulas, merges, fills, validation and print setup', async () => {
    const fake = fakeWorkbook([]);
    await insertTemplate('project', 2025, fake.run, all);
    const sheet = buildTemplate('project', 2025);
    const used = fake.ranges[0];
    const matrix = used.formulas as (string | number)[][];
    const totalScore = sheet.cells.find((c) => c.row === sheet.landmarks.totalRow && c.col === sheet.landmarks.columns.score)!;
    expect([used.address, matrix[0][0], matrix[totalScore.row][totalScore.col]]).toEqual(['A1:O' + matrix.length, '项目支出绩效自评表', `=${formulaText(totalScore.formula!)}`]);
    expect(fake.ranges.filter((r) => r.merged).map((r) => r.address)).toHaveLength(sheet.merges.length);
    const inputFills = fake.ranges.filter((r) => r.format.fill.color === '#FFF2CC');
    const computedFills = fake.ranges.filter((r) => r.format.fill.color === '#E2EFDA');
    expect([inputFills.length > 0, computedFills.length > 0]).toEqual([true, true]);
    const bordered = fake.ranges.filter((r) => r.format.edges.EdgeTop?.style === 'Continuous');
    expect(bordered.every((r) => (r.address.includes(':') ? 'InsideVertical' in r.format.edges : !('InsideVertical' in r.format.edges)))).toBe(true);
    const validated = fake.ranges.filter((r) => r.dataValidation.rule);
    expect(validated.length).toBe(sheet.cells.filter((c) => c.validation).length);
    expect(validated[0].dataValidation.rule).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect([fake.layout.orientation, fake.layout.paperSize, fake.layout.zoom]).toEqual(['Landscape', 'A4', { horizontalFitToPages: 1 }]);
    expect(fake.layout.setPrintTitleRows).toHaveBeenCalledWith(`$${sheet.landmarks.gridHeaderRow + 1}:$${sheet.landmarks.gridHeaderRow + 1}`);
    expect(fake.layout.setPrintArea).toHaveBeenCalledWith(`A1:I${sheet.landmarks.gradeRow + 1}`);
  });

  test('on a host without ExcelApi 1.8/1.9 it leaves out validation and page layout', async () => {
    const fake = fakeWorkbook([]);
    await expect(insertTemplate('dept', 2025, fake.run, () => false)).resolves.toMatchObject({ printSetup: false });
    expect(fake.ranges.some((r) => r.dataValidation.rule)).toBe(false);
    expect([fake.layout.orientation, fake.layout.setPrintArea]).toEqual([undefined, expect.any(Function)]);
    expect(fake.layout.setPrintArea).not.toHaveBeenCalled();
    expect(fake.syncs()).toBe(2);
  });
});

describe('insertTemplate on the strict Excel double', () => {
  test.each(HOST_PROFILES.map((p) => [p.name, p] as const))('%s: the table and its print setup (documented zoom values only)', async (_name, host) => {
    const state = strictWorkbook([seed000Grid()], host);
    const excel = fakeExcel(state);
    await expect(insertTemplate('dept', 2025, excel.run)).resolves.toEqual({ sheetName: '自评表(2025)', printSetup: true });
    const sheet = state.sheets.find((s) => s.name === '自评表(2025)')!;
    expect(cellOf(state, '自评表(2025)', 'A1')?.value).toBeTruthy();
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(state.sheets.find((s) => s.id === state.activeId)?.name).toBe('自评表(2025)');
  });

  test('a host that rejects a print setting: the table is still inserted, printSetup false', async () => {
    const state = strictWorkbook([seed000Grid()]);
    state.rejects = ['PageLayout.zoom'];
    await expect(insertTemplate('dept', 2025, fakeExcel(state).run)).resolves.toEqual({ sheetName: '自评表(2025)', printSetup: false });
    expect(cellOf(state, '自评表(2025)', 'A1')?.value).toBeTruthy();
  });
});
