import { D } from '../decimal';
import type { Grade } from './grade';
import { fundsRow, tableReport } from '../review/tableFixture';
import type { TableKind } from '../report/types';
import { applicableCap, capTableTotal, capTotal, fundsTotal } from './totalCap';
import { defaultPack, yitihua2022Pack } from './rulePack';

describe('the 一体化 2022 caps: strictly below rateBelow, lower band bounds inclusive (rules.md §8.21)', () => {
  test.each([
    // rate, cap that binds (null: none)
    ['100', null],
    ['80.01', null],
    ['80', null],
    ['79.99', '89'],
    ['70', '89'],
    ['69.99', '79'],
    ['60', '79'],
    ['59.99', '69'],
    ['50', '69'],
    ['49.99', '59'],
    ['0', '59'],
  ])('执行率 %s%% → total ≤ %s', (rate, cap) => {
    expect(applicableCap(D(rate), yitihua2022Pack)?.maxTotal.toString() ?? null).toBe(cap);
  });

  test.each([
    ['95', '75', '89'],
    ['85', '75', '85'],
    ['95', '45', '59'],
    ['95', '80', '95'],
    ['95', null, '95'],
  ])('capTotal(%s, rate %s) = %s', (total, rate, capped) => {
    expect(capTotal(D(total), rate === null ? null : D(rate), yitihua2022Pack).toString()).toBe(capped);
  });

  test('the default pack caps nothing', () => {
    expect(capTotal(D(100), D(10), defaultPack).toString()).toBe('100');
  });
});

describe('fundsTotal: the row the cap reads', () => {
  test('a project: the 年度资金总额 row, recomputed', () => {
    const rows = [fundsRow(5, '年度资金总额', '100', '75'), fundsRow(6, '其中：当年财政拨款', '100', '10')];
    expect(fundsTotal(rows, 'cut')?.rate.toString()).toBe('75');
  });

  test('a 整体支出 table: the 资金来源 rows summed (cut to 2 dp)', () => {
    const rows = [
      fundsRow(5, '资金来源：（1）财政拨款', '263254643.42', '263083287.96'),
      fundsRow(6, '（2）其他资金', '100000', '0'),
      fundsRow(7, '资金结构：（1）基本支出', '5829955.00', '5688467.10'),
    ];
    expect(fundsTotal(rows, 'cut')?.rate.toString()).toBe('99.89');
  });

  test('no funds, or a zero budget: no rate', () => {
    expect([fundsTotal([], 'cut'), fundsTotal([fundsRow(5, '年度资金总额', '0', '0')], 'cut')]).toEqual([null, null]);
  });
});

describe('capTableTotal: cappedScore / cappedGrade and TOTAL_OVER_CAP', () => {
  const table = (kind: TableKind, score: string | null, grade: Grade | null, budget: string, actual: string) =>
    tableReport({ kind, budget: [fundsRow(5, '年度资金总额', budget, actual)], total: { weight: '100', score, recordedScore: score, grade, cappedScore: null, cappedGrade: null } });

  test.each([
    // kind, score, grade, 执行率 (of 100), pack, cappedScore, cappedGrade, TOTAL_OVER_CAP?
    ['project', '95', '优', '75', 'yitihua', '89', '良', true],
    ['project', '95', '优', '80', 'yitihua', '95', '优', false],
    ['project', '88', '良', '75', 'yitihua', '88', '良', false],
    ['project', '89', '良', '75', 'yitihua', '89', '良', false],
    ['dept', '92', '优', '49.99', 'yitihua', '59', '差', true],
    ['project', '95', '优', '40', 'default', '95', '优', false],
    ['plan-actual', null, null, '40', 'yitihua', null, null, false],
    ['targets', null, null, '40', 'yitihua', null, null, false],
  ] as const)('%s total %s (%s), 执行率 %s%%, pack %s → %s %s, warning %s', (kind, score, grade, actual, pack, cappedScore, cappedGrade, over) => {
    const out = capTableTotal(table(kind, score, grade, '100', actual), pack === 'yitihua' ? yitihua2022Pack : defaultPack, 'cut');
    expect([out.total.cappedScore, out.total.cappedGrade, out.findings.some((f) => f.code === 'TOTAL_OVER_CAP')]).toEqual([cappedScore, cappedGrade, over]);
  });

  test('the warning sits on the funds total 执行率 cell and names rate, cap and grade', () => {
    const [finding] = capTableTotal(table('project', '95', '优', '100', '75'), yitihua2022Pack, 'cut').findings;
    expect([finding.severity, finding.cell]).toEqual(['warning', 'G5']);
    expect(finding.message).toMatch(/75\.00%.*80%.*89 分.*95.*良/);
  });
});
