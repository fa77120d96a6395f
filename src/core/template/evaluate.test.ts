import { toA1 } from '../grid/address';
import { evaluateTemplate, type SheetValue } from './evaluate';
import { buildTemplate } from './index';

const project = buildTemplate('project', 2025);
const L = project.landmarks;
const C = L.columns;
const [fundsTotal, ownFunds] = L.fundsRows;

/** Evaluates the project template over the given inputs ("A1" → value). */
function evaluate(inputs: Record<string, SheetValue>) {
  const values = evaluateTemplate(project, (ref) => inputs[toA1(ref.row, ref.col)] ?? null);
  return (row: number, col: number) => {
    const v = values.get(toA1(row, col));
    return v === undefined || typeof v === 'string' ? v : v.toString();
  };
}

const funds = (budget: SheetValue, actual: SheetValue) => ({ [toA1(ownFunds, C.fundsBudget)]: budget, [toA1(ownFunds, C.fundsActual)]: actual, [toA1(fundsTotal, C.fundsWeight!)]: 10 });

describe('evaluateTemplate: the project funds row', () => {
  // The 年度资金总额 row sums its 其中 rows, so a blank actual there is 0: rate 0 once a budget is in.
  test.each<[SheetValue, SheetValue, string, string, string]>([
    [250000, 215457.6, '86.18', '86.18', '8.62'],
    [20000, 9034, '45.17', '45.17', '4.52'],
    [100, 57, '57', '57', '5.7'],
    [100, 120, '120', '120', '10'],
    [100, -5, '-5', '-5', '0'],
    [0, 0, '', '', ''],
    [null, 100, '', '', ''],
    [100, null, '', '0', '0'],
  ])('budget %s, actual %s → 执行率 %s (总额 %s), 得分 %s', (budget, actual, rate, totalRate, score) => {
    const at = evaluate(funds(budget, actual));
    expect([at(ownFunds, C.fundsRate), at(fundsTotal, C.fundsRate), at(fundsTotal, C.fundsScore!)]).toEqual([rate, totalRate, score]);
  });
});

describe('evaluateTemplate: totals and grade', () => {
  const rows = L.indicatorRows.map((r) => r.row);
  const scores = (list: number[]) => Object.fromEntries(list.map((s, i) => [toA1(rows[i], C.score), s]));

  test.each<[number[], string, string]>([
    [[], '0', ''],
    [[30, 20, 30, 10], '90', '优'],
    [[30, 20, 29.99, 10], '89.99', '良'],
    [[0.1, 0.2, 49.7, 30], '80', '良'],
    [[30, 20, 9.99], '59.99', '差'],
    [[30, 30], '60', '中'],
  ])('scores %j → 总分 %s, 等级 %s', (list, total, grade) => {
    const at = evaluate(scores(list));
    expect([at(L.totalRow, C.score), at(L.gradeRow, C.weight)]).toEqual([total, grade]);
  });

  test('总分 adds the funds row’s score', () => {
    const at = evaluate({ ...funds(250000, 215457.6), ...scores([30, 20, 30, 10]) });
    expect([at(L.totalRow, C.score), at(L.totalRow, C.weight), at(L.gradeRow, C.weight)]).toEqual(['98.62', '10', '优']);
  });
});
