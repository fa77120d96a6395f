import path from 'node:path';
import { D } from '../../src/core/decimal';
import { describeIfExists, sharedDir } from '../support/paths';
import { fillDeptTemplate, fillProjectTemplate, type ProjectCase } from './fillTemplate';
import { checkFile, checkFilled, comparable, openTemplate } from './roundTrip';
import { SEED_000, seedRowCounts } from '../support/seed000';

const fixture = path.join(sharedDir, 'fixtures', 'pujin-2023-dept.xlsx');

async function filledSeed000() {
  const t = openTemplate('dept', SEED_000.year, { rows: seedRowCounts(SEED_000) });
  fillDeptTemplate(t.ws, t.sheet, SEED_000);
  const tables = await checkFilled(t);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('a dept template filled with seed 000', () => {
  test('is recognised as one dept table with the seed’s facts', async () => {
    const t = await filledSeed000();
    const rows = SEED_000.inputManagement.length + SEED_000.blocks.flatMap((b) => b.level2.flatMap((l) => l.rows)).length;
    const scores = [...SEED_000.inputManagement.map((r) => r[2]), ...SEED_000.blocks.flatMap((b) => b.level2.flatMap((l) => l.rows.map((r) => r[4])))];
    const total = scores.reduce((s, x) => s.plus(x), D(0));
    expect([t.kind, t.unit, t.year, t.indicators.length]).toEqual(['dept', SEED_000.unit, SEED_000.year, rows]);
    expect([D(t.total.score ?? NaN).equals(total), D(t.total.recordedScore ?? NaN).equals(total), t.total.grade]).toEqual([true, true, '优']);
    // Every row that deviates carries its reason in the seed, so no reason is missing.
    const withReason = SEED_000.blocks.flatMap((b) => b.level2.flatMap((l) => l.rows.filter((r) => r[5]).map((r) => r[0])));
    expect(t.indicators.filter((i) => i.deviation === 'under').map((i) => i.name)).toEqual(withReason);
    expect(t.findings.filter((f) => f.code === 'MISSING_REASON')).toEqual([]);
  });
});

describeIfExists(fixture, 'the seed 000 fixture workbook is needed to compare reports')('template vs the seed 000 fixture', () => {
  test('the engine reports the same table for both', async () => {
    const [fromFixture] = await checkFile(fixture);
    const fromTemplate = await filledSeed000();
    expect(comparable(fromTemplate)).toEqual(comparable(fromFixture));
  });
});

const met = (name: string, weight: number): ProjectCase['blocks'][number]['rows'][number] => [name, '=100.00(%)', '100.00(%)', weight, weight];

/** A project with full marks on its indicators (90 points) and the given funds. */
function project(budget: number, actual: number): ProjectCase {
  return {
    name: '示例项目',
    budget,
    actual,
    blocks: [
      { label: '数量指标', rows: [met('任务完成率', 30)] },
      { label: '质量指标', rows: [met('验收合格率', 20)] },
      { label: '社会效益指标', rows: [met('政策知晓率', 30)] },
      { label: '服务对象满意度指标', rows: [['群众满意度', '≥85.00(%)', '90.00(%)', 10, 10]] },
    ],
  };
}

describe('a project template filled with known funds', () => {
  // S6 (普陀 2022): 215,457.6 / 250,000 → 86.18 cut, 得分 8.62; 9,034 / 20,000 → 45.17, 4.52.
  test.each([
    [250000, 215457.6, '86.18', '8.62'],
    [20000, 9034, '45.17', '4.52'],
    [100000, 100000, '100', '10'],
    [100000, 120000, '120', '10'],
  ])('budget %d, actual %d → 执行率 %s, 得分 %s', async (budget, actual, rate, score) => {
    const t = openTemplate('project', 2024);
    fillProjectTemplate(t.ws, t.sheet, project(budget, actual));
    const [table] = await checkFilled(t);
    const funds = table.budget.find((b) => b.label.includes('年度资金总额'));
    expect([funds?.rate, funds?.recordedRate, funds?.score, funds?.expectedScore].map((v) => (v === null || v === undefined ? v : D(v).toString()))).toEqual([rate, rate, score, score]);
    expect(D(table.total.score ?? NaN).toString()).toBe(D(score).plus(90).toString());
    expect(table.total.recordedScore).toBe(table.total.score);
    expect(table.indicators).toHaveLength(4);
    expect(table.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a zero budget gives no rate and no score', async () => {
    const t = openTemplate('project', 2024);
    fillProjectTemplate(t.ws, t.sheet, project(0, 0));
    const [table] = await checkFilled(t);
    const funds = table.budget.find((b) => b.label.includes('年度资金总额'));
    expect([funds?.rate, funds?.recordedRate, funds?.score]).toEqual([null, null, null]);
  });
});
