import type { Deviation, TableReport } from '../report/types';
import { indicatorRow, tableReport } from '../review/tableFixture';
import { crossCheckTables } from './crossCheck';

type Row = [name: string, target: string | null, actual?: string | null, deviation?: Deviation];

const table = (sheet: string, kind: TableReport['kind'], rows: Row[]): TableReport =>
  tableReport({
    sheet,
    kind,
    indicators: rows.map(([name, target, actual = null, deviation = 'none'], i) => indicatorRow(i + 3, { name, target, actual, deviation })),
  });

/** "CODE sheet!cell name" per finding, of every table. */
const found = (tables: TableReport[]): string[] =>
  tables.flatMap((t) => t.findings.map((f) => `${f.code} ${t.sheet}!${f.cell} ${String(f.params?.name ?? '')}`));

describe('crossCheckTables (rules.md §8.20)', () => {
  const targets = table('目标', 'targets', [
    ['服装购置清洗计划完成量', '47 套'],
    ['各类社会保障补贴计划发放数', '350'],
    ['受理大厅日常受理量', '15万人次'],
    ['案件调解计划完成情况', '不少于 100 件'],
    ['提高老年人养老服务水平', '>90%'],
    ['各类困难救助补贴对象应发尽放率', '100%'],
    ['社区登记失业率', '根据区级下发目标'],
    ['城乡居民养老保险参保人数', '≥460'],
  ]);

  test.each<[string, Row[], Row[], string[]]>([
    ['equivalent targets, every row answered: nothing', [], [
      ['服装购置清洗计划完成量', '=47.00(套)', '40.00(套)', 'under'],
      ['受理大厅日常受理量', '=150000.00(人次)', '150000(人次)'],
      ['案件调解计划完成情况', '≥100.00(件)', '100.00(件)'],
      ['提高老年人养老服务水平', '>90.00(%)', '91.00(%)'],
      ['城乡居民养老保险参保人数', '≥460.00(人)', '460.00(人)'],
      ['社区登记失业率', '百分百', '达成指标'],
      ['各类社会保障补贴计划发放数', '350', '350'],
    ], ['TARGET_WITHOUT_RESULT 目标!C8 各类困难救助补贴对象应发尽放率']],
    ['350 vs =350.00(万) is a changed target', [], [['各类社会保障补贴计划发放数', '=350.00(万)', '350.00(万)']], ['TARGET_CHANGED 完成!D3 各类社会保障补贴计划发放数']],
    ['a bare 90% vs >90 is a changed target; a descriptive one summarised as =100% is not', [
      ['提升敬老院服务水平', '90%'], ['公共就业服务计划完成情况', '招聘会 5 项：退役军人专场招聘会 1 次'],
    ], [['提升敬老院服务水平', '>90.00(%)', '91.00(%)'], ['公共就业服务计划完成情况', '=100.00(%)', '100.00(%)']], ['TARGET_CHANGED 完成!D3 提升敬老院服务水平']],
    ['a row judged qualitatively (百分百 → 达成指标) is not compared', [], [['受理大厅日常受理量', '百分百', '达成指标']], []],
    ['a result without target; spaces and full width do not matter', [], [['受理服务计划完成情况', '=100.00(%)', '100.00(%)'], [' 服装购置 清洗计划完成量', '＝47.00（套）', '47(套)']], ['RESULT_WITHOUT_TARGET 完成!C3 受理服务计划完成情况']],
    ['a one-character variant is the same indicator (info)', [], [['各类困难救助补贴对象应发尽发率', '=100.00(%)', '100.00(%)']], ['TARGET_NAME_VARIANT 完成!C3 各类困难救助补贴对象应发尽发率']],
    ['a placeholder 无 row is matched to nothing', [], [['无', '无', '达成指标'], ['服装购置清洗计划完成量', '=47.00(套)', '47.00(套)']], []],
  ])('%s', (_case, extraTargets, results, expected) => {
    const all = table('目标', 'targets', [...extraTargets]);
    const withBase: TableReport = { ...targets, indicators: [...targets.indicators, ...all.indicators.map((ind, i) => ({ ...ind, row: 20 + i, cells: { name: `C${20 + i}` } }))] };
    const completion = table('完成', 'plan-actual', results);
    const out = crossCheckTables([withBase, completion]);
    const targetNames = new Set(results.map(([name]) => name.replace(/\s/g, '').normalize('NFKC')));
    const unanswered = withBase.indicators
      .filter((ind) => !targetNames.has(ind.name) && !(ind.name === '各类困难救助补贴对象应发尽放率' && targetNames.has('各类困难救助补贴对象应发尽发率')))
      .map((ind) => `TARGET_WITHOUT_RESULT 目标!${ind.cells.name} ${ind.name}`);
    const completionFindings = found(out).filter((f) => !f.startsWith('TARGET_WITHOUT_RESULT'));
    const expectedCompletion = expected.filter((f) => !f.startsWith('TARGET_WITHOUT_RESULT'));
    expect(completionFindings).toEqual(expectedCompletion);
    expect(found(out).filter((f) => f.startsWith('TARGET_WITHOUT_RESULT'))).toEqual(unanswered);
  });

  test('one indicator under in one table and met in another: CONFLICTING_RESULT on the later row', () => {
    const a = table('履职完成情况', 'plan-actual', [['受理大厅日常受理量', '百分百', '达成指标', 'none']]);
    const b = table('履职效果情况', 'plan-actual', [['受理大厅日常受理量', '=150000.00(人次)', '120000.00(人次)', 'under']]);
    const out = crossCheckTables([a, b]);
    expect(found(out)).toEqual(['CONFLICTING_RESULT 履职效果情况!E3 受理大厅日常受理量']);
    expect(out[1].findings[0].message).toMatch(/未完成.*「履职完成情况」第 3 行为已完成/);
  });

  test.each<[string, Deviation, Deviation, number]>([
    ['met twice', 'none', 'none', 0],
    ['under and partial (both short)', 'under', 'partial', 0],
    ['met and partial', 'none', 'partial', 1],
    ['over and under', 'over', 'under', 1],
    ['unknown and under', 'unknown', 'under', 0],
  ])('verdicts %s → %d conflict(s)', (_case, first, second, count) => {
    const t = table('表', 'plan-actual', [['档案管理制度健全性', '无', 'x', first], ['档案管理制度健全性', '无', 'y', second]]);
    expect(crossCheckTables([t])[0].findings.filter((f) => f.code === 'CONFLICTING_RESULT')).toHaveLength(count);
  });

  test('without a targets table no row lacks a target; without completion tables nothing is checked', () => {
    const completion = table('完成', 'plan-actual', [['受理服务计划完成情况', '=100.00(%)', '100.00(%)']]);
    expect(found(crossCheckTables([completion]))).toEqual([]);
    expect(found(crossCheckTables([targets]))).toEqual([]);
  });

  test('every finding is a warning or info', () => {
    const out = crossCheckTables([targets, table('完成', 'plan-actual', [['x指标名称较长的一个', '1', '1']])]);
    expect(out.flatMap((t) => t.findings.map((f) => f.severity)).every((s) => s === 'warning' || s === 'info')).toBe(true);
  });
});
