import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { D, type Dec } from '../../src/core/decimal';
import { toA1 } from '../../src/core/grid/address';
import { grade } from '../../src/core/rules/grade';
import { budgetScore, executionRate } from '../../src/core/rules/executionRate';
import { evaluateTemplate, type FormulaValue, type SheetValue } from '../../src/core/template';
import { findSoffice, recalculateToCsv } from '../tools/libreoffice';
import { fillDeptTemplate, fillProjectTemplate, type ProjectCase } from './fillTemplate';
import { openTemplate, type OpenTemplate } from './roundTrip';
import { SEED_000, seedRowCounts, type SeedRow } from '../support/seed000';

const soffice = findSoffice();
if (!soffice) console.warn('skipped: LibreOffice (soffice) is not installed — apt-get install libreoffice-calc-nogui');
const describeWithSoffice = soffice ? describe : describe.skip;

const row = (name: string, weight: number, score: number): SeedRow => [name, '=100.00(%)', '100.00(%)', weight, score, score < weight ? '未完成' : undefined];

/** Projects whose funds and scores sit on rounding and grade boundaries (float-prone sums included). */
const PROJECTS: [string, number, number, number[]][] = [
  ['S6 普陀 86.18 / 8.62', 250000, 215457.6, [30, 20, 30, 10]],
  ['S6 45.17 / 4.52, total exactly 90', 20000, 9034, [30, 20, 25.38, 10]],
  ['zero budget, total 79.99', 0, 0, [30, 20, 20, 9.99]],
  ['57 / 100 (0.57 × 100 is 56.999… in binary), total 80', 100, 57, [0.1, 0.2, 44, 30]],
  ['over-spent 120 %, total 60', 100000, 120000, [20, 10, 10, 10]],
  ['2 / 3: cut 66.66 where half-up gives 66.67', 3, 2, [30, 20, 30, 10]],
];

function projectCase([name, budget, actual, scores]: (typeof PROJECTS)[number]): ProjectCase {
  const labels = ['数量指标', '质量指标', '社会效益指标', '服务对象满意度指标'];
  const weights = [30, 20, 30, 10];
  return { name, budget, actual, blocks: labels.map((label, i) => ({ label, rows: [row(`指标${i + 1}`, weights[i], scores[i])] })) };
}

/** What the sheet holds at a cell, for the template evaluator. */
function valueIn(t: OpenTemplate, r: number, c: number): SheetValue {
  const v = t.ws.getCell(r + 1, c + 1).value;
  return typeof v === 'number' || typeof v === 'string' ? v : null;
}

/** A CSV field equals a computed value: decimals compared exactly, text as is, blank = "". */
function same(csv: string, expected: FormulaValue | Dec | null): boolean {
  if (expected === null) return csv === '';
  if (typeof expected === 'string') return csv === expected;
  return csv !== '' && D(csv).equals(expected);
}

describeWithSoffice('LibreOffice recalculates the templates’ formulas', () => {
  const filled: OpenTemplate[] = [];
  let csv: string[][][] = [];

  beforeAll(async () => {
    const dept = openTemplate('dept', SEED_000.year, { cachedResults: false, rows: seedRowCounts(SEED_000) });
    fillDeptTemplate(dept.ws, dept.sheet, SEED_000);
    filled.push(dept);
    for (const p of PROJECTS) {
      const t = openTemplate('project', 2024, { cachedResults: false });
      fillProjectTemplate(t.ws, t.sheet, projectCase(p));
      filled.push(t);
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-template-'));
    const files = await Promise.all(
      filled.map(async (t, i) => {
        const file = path.join(dir, `case${i}.xlsx`);
        await t.wb.xlsx.writeFile(file);
        return file;
      }),
    );
    csv = await recalculateToCsv(soffice as string, files);
    await fs.rm(dir, { recursive: true, force: true });
  });

  const at = (i: number, r: number, c: number) => csv[i]?.[r]?.[c] ?? '';
  const cases = ['dept seed 000', ...PROJECTS.map((p) => `project ${p[0]}`)];

  test.each(cases.map((name, i) => [name, i]))('%s: every formula gives what the template evaluator computes', (_name, i) => {
    const t = filled[i];
    const expected = evaluateTemplate(t.sheet, (ref) => valueIn(t, ref.row, ref.col));
    const wrong = t.sheet.cells
      .filter((c) => c.formula)
      .map((c) => ({ cell: toA1(c.row, c.col), libreoffice: at(i, c.row, c.col), ours: expected.get(toA1(c.row, c.col)) ?? null }))
      .filter((x) => !same(x.libreoffice, x.ours));
    expect(wrong).toEqual([]);
  });

  test.each(cases.map((name, i) => [name, i]))('%s: 执行率 = the engine’s executionRate (cut)', (_name, i) => {
    const t = filled[i];
    const c = t.sheet.landmarks.columns;
    for (const r of t.sheet.landmarks.fundsRows) {
      const [budget, actual] = [at(i, r, c.fundsBudget), at(i, r, c.fundsActual)];
      const rate = budget === '' || actual === '' ? null : executionRate(D(actual), D(budget));
      expect([toA1(r, c.fundsRate), same(at(i, r, c.fundsRate), rate)]).toEqual([toA1(r, c.fundsRate), true]);
    }
  });

  test.each(PROJECTS.map((p, k) => [p[0], k + 1]))('project %s: 执行率得分 = the engine’s budgetScore', (_name, i) => {
    const t = filled[i];
    const c = t.sheet.landmarks.columns;
    const r = t.sheet.landmarks.fundsRows[0];
    const [budget, actual] = [D(at(i, r, c.fundsBudget)), D(at(i, r, c.fundsActual))];
    expect(same(at(i, r, c.fundsScore as number), budgetScore(actual, budget, D(at(i, r, c.fundsWeight as number))))).toBe(true);
  });

  test.each(cases.map((name, i) => [name, i]))('%s: 合计 sums the scores and 等级 is the engine’s grade', (_name, i) => {
    const t = filled[i];
    const L = t.sheet.landmarks;
    const c = L.columns;
    const scores = L.indicatorRows.map((r) => at(i, r.row, c.score)).filter((s) => s !== '');
    const fundsScore = c.fundsScore !== undefined ? at(i, L.fundsRows[0], c.fundsScore) : '';
    const total = [...scores, fundsScore].filter((s) => s !== '').reduce((s, x) => s.plus(x), D(0));
    expect(same(at(i, L.totalRow, c.score), total)).toBe(true);
    expect(at(i, L.gradeRow, c.weight)).toBe(grade(total));
  });
});
