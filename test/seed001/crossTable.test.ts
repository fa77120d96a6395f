/**
 * Seed 001 as a workbook (its 部门年度分目标 targets table + the completion tables of the hongqiao
 * fixture) gives exactly the cross-table findings of rules.md §8.20.
 */
import { checkGrid } from '../../src/core/check';
import { checkWorkbook } from '../../src/core/checkWorkbook';
import { crossCheckTables } from '../../src/core/crossTable/crossCheck';
import type { TableReport } from '../../src/core/report/types';
import { indicatorRow, tableReport } from '../../src/core/review/tableFixture';
import { describeIfExists } from '../support/paths';
import { FIXTURE, seed001Grids, seedText, TARGETS_SHEET, targetRows, targetsGrid } from './seed001Workbook';

const CROSS_TABLE = new Set(['TARGET_WITHOUT_RESULT', 'RESULT_WITHOUT_TARGET', 'TARGET_CHANGED', 'CONFLICTING_RESULT', 'TARGET_NAME_VARIANT']);

/**
 * rules.md §8.20, "Seed 001 must give": five targets without a completion row, one completion row
 * without a target, the 受理大厅日常受理量 conflict; and its equivalence rule applied to the seed's
 * targets: "350" vs "=350.00(万)" differ, as do the bare "90%" (=) and ">90.00(%)" of 提升敬老院服务水平.
 * 各类困难救助补贴对象应发尽放率 (target) / 应发尽发率 (completion) is one indicator with a typo (info).
 */
const EXPECTED = [
  'TARGET_WITHOUT_RESULT 各类就业补贴计划发放情况',
  'TARGET_WITHOUT_RESULT 龙柏敬老院日常管理计划完成率',
  'TARGET_WITHOUT_RESULT 各类充分就业补贴发放及时情况',
  'TARGET_WITHOUT_RESULT 各类困难救助补贴发放及时性',
  'TARGET_WITHOUT_RESULT 提高老年人养老服务水平',
  'RESULT_WITHOUT_TARGET 受理服务计划完成情况',
  'CONFLICTING_RESULT 受理大厅日常受理量',
  'TARGET_CHANGED 各类社会保障补贴计划发放数',
  'TARGET_CHANGED 提升敬老院服务水平',
  'TARGET_NAME_VARIANT 各类困难救助补贴对象应发尽发率',
].sort();

const crossTableFindings = (tables: TableReport[]): string[] =>
  tables
    .flatMap((t) => t.findings)
    .filter((f) => CROSS_TABLE.has(f.code))
    .map((f) => `${f.code} ${String(f.params?.name)}`)
    .sort();

/** The targets table as a TableReport made here, for the matcher alone (the recogniser's kind 'targets' not needed). */
function targetsReport(): TableReport {
  const [, ...rows] = targetRows(seedText());
  return tableReport({
    sheet: TARGETS_SHEET,
    kind: 'targets',
    indicators: rows.map(([, , name, target], i) => indicatorRow(i + 3, { name, target, cells: { name: `C${i + 3}`, target: `D${i + 3}` } })),
  });
}

describeIfExists(FIXTURE, 'seed 001 cross-table tests need ../shared/fixtures and ../shared/seeds')('seed 001: targets table against completion tables (rules.md §8.20)', () => {
  let completion: TableReport[];
  beforeAll(async () => {
    const [, ...sheets] = await seed001Grids();
    completion = sheets.flatMap((g) => checkGrid(g));
  });

  test('the completion sheets are the three plan-actual tables of the fixture', () => {
    expect(completion.map((t) => [t.sheet, t.kind])).toEqual([
      ['履职完成情况', 'plan-actual'],
      ['履职效果情况', 'plan-actual'],
      ['社会满意度及可持续影响', 'plan-actual'],
    ]);
  });

  test('the seed text gives the 部门年度分目标 table: 79 targets under one header', () => {
    expect(targetRows(seedText()).length - 1).toBe(79);
  });

  test('the matcher on the recognised completion tables and a targets TableReport gives exactly the §8.20 findings', () => {
    expect(crossTableFindings(crossCheckTables([targetsReport(), ...completion]))).toEqual(EXPECTED);
  });

  test('each finding sits in the table of its row: targets on the targets sheet, the conflict on the later (社会效益) row', () => {
    const out = crossCheckTables([targetsReport(), ...completion]);
    const where = (code: string) => out.flatMap((t) => t.findings.filter((f) => f.code === code).map(() => t.sheet));
    expect([...new Set(where('TARGET_WITHOUT_RESULT'))]).toEqual([TARGETS_SHEET]);
    expect(where('CONFLICTING_RESULT')).toEqual(['履职效果情况']);
    expect(where('RESULT_WITHOUT_TARGET')).toEqual(['履职完成情况']);
  });

  test('checkWorkbook over the whole workbook gives the same findings once the recogniser reads kind targets', async () => {
    const grids = await seed001Grids();
    const recognised = checkGrid(targetsGrid(seedText())).some((t) => t.kind === 'targets');
    if (!recognised) {
      process.stderr.write('seed001: the recogniser does not yet read 部门年度分目标 as kind targets; checked the matcher on a TableReport instead\n');
      // Without a targets table only the completion rows are compared with each other.
      expect(crossTableFindings(checkWorkbook(grids))).toEqual(['CONFLICTING_RESULT 受理大厅日常受理量']);
      return;
    }
    expect(crossTableFindings(checkWorkbook(grids))).toEqual(EXPECTED);
  });
});
