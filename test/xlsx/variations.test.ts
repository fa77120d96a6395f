/**
 * The same small dept table written the many ways real workbooks write it: each
 * variation must give the same reading. Workbooks are built with exceljs, read back
 * through src/xlsx and checked by the engine.
 */
import { checkGrid } from '../../src/core/check';
import type { TableReport } from '../../src/core/report/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { buildWorkbook, withBlankColumn, type CellSpec, type SheetSpec } from './buildWorkbook';
import { digest } from './digest';

async function check(sheets: SheetSpec[]): Promise<TableReport[][]> {
  const { grids } = await readWorkbook(await buildWorkbook(sheets), 'variation.xlsx');
  return grids.map((g) => checkGrid(g));
}

async function onlyTable(sheet: SheetSpec): Promise<TableReport> {
  const [tables] = await check([sheet]);
  expect(tables).toHaveLength(1);
  return tables[0];
}

const HEADER = ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'];
const TITLE: CellSpec[][] = [['部门(单位)整体支出绩效自评表'], ['(2024年度)'], ['部门(单位)名称', '示例街道服务中心']];

/** Data rows: 一级 | 权重 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 原因, then the total row. */
function body(o: { target?: (t: string) => CellSpec; actual?: (a: string) => CellSpec; num?: (n: number) => CellSpec } = {}): CellSpec[][] {
  const t = o.target ?? ((x) => x);
  const a = o.actual ?? ((x) => x);
  const n = o.num ?? ((x) => x);
  return [
    ['产出指标', n(60), '数量指标', '培训人次', t('=100(人次)'), a('90(人次)'), n(30), n(27), null],
    [null, null, null, '覆盖率', t('≥95.00(%)'), a('96.00(%)'), n(30), n(30), null],
    ['效益指标', n(30), '社会效益指标', '群众知晓率', t('≥90(%)'), a('92(%)'), n(30), n(30), null],
    ['满意度指标', n(10), '服务对象满意度指标', '满意度', t('≥85(%)'), a('90(%)'), n(10), n(10), null],
    ['总分', null, null, null, null, null, n(100), n(97), null],
  ];
}
const BODY_MERGES = (first: number) => [`A${first}:A${first + 1}`, `B${first}:B${first + 1}`, `C${first}:C${first + 1}`, `A${first + 4}:F${first + 4}`];

function dept(rows = body(), extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: '自评表', rows: [...TITLE, HEADER, ...rows], merges: ['A1:I1', 'A2:I2', 'B3:I3', ...BODY_MERGES(5)], ...extra };
}

const EXPECTED = {
  kind: 'dept',
  names: ['培训人次', '覆盖率', '群众知晓率', '满意度'],
  deviations: { 培训人次: 'under' },
  missingReasonErrors: ['培训人次'],
  codes: { MISSING_REASON: 1 },
  total: ['97', '97', '优'],
};

/** Reorders the columns of every row: `order[k]` is the old column that becomes column k. */
function reorder(rows: CellSpec[][], order: number[]): CellSpec[][] {
  return rows.map((r) => order.map((k) => r[k]));
}

/** Splits the target column (4) into 指标性质 | 指标值 | 度量单位. */
function splitTarget(rows: CellSpec[][]): CellSpec[][] {
  return rows.map((r) => {
    const m = typeof r[4] === 'string' ? /^([=≥≤><]?)([\d.]+)\((.*)\)$/.exec(r[4]) : null;
    const parts: CellSpec[] = m ? [m[1], Number(m[2]), m[3]] : [null, null, null];
    return [...r.slice(0, 4), ...parts, ...r.slice(5)];
  });
}

describe('one dept table, written many ways, reads the same', () => {
  test('as typed, with title facts', async () => {
    const t = await onlyTable(dept());
    expect(digest(t)).toEqual(EXPECTED);
    expect([t.unit, t.year, t.range]).toEqual(['示例街道服务中心', 2024, 'A1:I9']);
    expect(t.findings.find((f) => f.code === 'MISSING_REASON')?.cell).toBe('I5');
  });

  // rules.md §8.26: the title is the table's only 部门整体 evidence; without it the same grid is a project table.
  test('without title rows (and so without the evidence of a dept table)', async () => {
    expect(digest(await onlyTable({ name: 's', rows: [HEADER, ...body()], merges: BODY_MERGES(2) }))).toEqual({ ...EXPECTED, kind: 'project' });
  });

  test.each<[string, SheetSpec]>([
    ['starting at F10', dept(undefined, { at: 'F10' })],
    ['with a blank column inside', withBlankColumn(dept(), 4)],
    ['with numbers written as text', dept(body({ num: (n) => n.toFixed(2) }))],
    ['with ASCII operators and full-width brackets', dept(body({ target: (t) => t.replace('≥', '>=').replace('(', '（').replace(')', '）'), actual: (a) => a.replace('(', '（').replace(')', '）') }))],
    ['with completions as percent-formatted numbers', dept(body({ actual: (a) => (a.endsWith('(%)') ? { v: Number(a.slice(0, -3)) / 100, fmt: '0.00%' } : a) }))],
    ['with 分值 before 年度指标值', dept(reorder(body(), [0, 1, 2, 3, 6, 4, 5, 7, 8]), { rows: [...TITLE, reorder([HEADER], [0, 1, 2, 3, 6, 4, 5, 7, 8])[0], ...reorder(body(), [0, 1, 2, 3, 6, 4, 5, 7, 8])] })],
    [
      'with placeholder rows',
      dept([...body().slice(0, 4), [null, null, null, '指标2:', null, null, null, null, null], [null, null, null, '……', '……', null, null, null, null], [null, null, null, '/', '/', '/', null, null, null], body()[4]], {
        merges: ['A1:I1', 'A2:I2', 'B3:I3', 'A5:A6', 'B5:B6', 'C5:C6', 'A12:F12'],
      }),
    ],
    ['with synonyms (指标值 / 实际完成值 / 自评得分 / 偏差原因分析及改进措施)', dept(undefined, { rows: [...TITLE, ['一级指标', '权重', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'], ...body()] })],
    ['with a formula score and a rich-text name', dept([[...body()[0].slice(0, 3), { rich: ['培训', '人次'] }, ...body()[0].slice(4, 7), { f: 'G5*0.9', v: 27 }, null], ...body().slice(1)])],
    [
      'with a two-row header and the target split over 指标性质 | 指标值 | 度量单位',
      {
        name: '自评表',
        rows: [
          ...TITLE,
          ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', null, null, '全年完成值', '分值', '得分', '偏差原因分析'],
          [null, null, null, null, '指标性质', '指标值', '度量单位', null, null, null, null],
          ...splitTarget(body()),
        ],
        merges: ['A1:K1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5', 'A6:A7', 'B6:B7', 'C6:C7', 'A10:H10'],
      },
    ],
    [
      'with the split target in a one-row header',
      { name: '自评表', rows: [...TITLE, ['一级指标', '权重', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '全年完成值', '分值', '得分', '偏差原因分析'], ...splitTarget(body())], merges: ['A5:A6', 'B5:B6', 'C5:C6', 'A9:H9'] },
    ],
  ])('%s', async (_what, sheet) => {
    expect(digest(await onlyTable(sheet))).toEqual(EXPECTED);
  });
});

describe('workbooks with several sheets and tables', () => {
  const planActual: SheetSpec = {
    name: '履职效果',
    rows: [
      ['(二) 履职效果情况'],
      ['指标名称', null, '计划', '完成'],
      ['数量指标', '服装购置量', '=47.00(套)', '40.00(套)'],
      [null, '改善补助对象生活水', '无', '达成指标'],
      [null, '平', null, null],
      ['指标名称', null, '计划', '完成'],
      ['满意度指标', '职工满意度', '>95.00(%)', '90.00(%)'],
      [null, '群众满意度', '≥90%', '95%'],
    ],
    merges: ['A1:D1', 'A2:B2', 'A3:A5', 'A6:B6', 'A7:A8'],
  };

  test('a plan-actual table: a name split over two rows is joined, a repeated page header continues the table', async () => {
    const t = await onlyTable(planActual);
    expect(digest(t)).toEqual({
      kind: 'plan-actual',
      names: ['服装购置量', '改善补助对象生活水平', '职工满意度', '群众满意度'],
      deviations: { 服装购置量: 'under', 职工满意度: 'under' },
      missingReasonErrors: [],
      codes: { DEVIATION: 2, MISSING_TARGET: 1 },
      total: [null, null, null],
    });
    expect(t.findings.filter((f) => f.code === 'DEVIATION').map((f) => f.cell)).toEqual(['D3', 'D7']);
  });

  test('each sheet gives its own tables; a sheet without a table gives none', async () => {
    const notes: SheetSpec = { name: '说明', rows: [['填表说明'], ['1. 分值合计 100 分。'], ['2. 偏差原因必须填写。']] };
    const tables = await check([dept(), notes, planActual]);
    expect(tables.map((ts) => ts.map((t) => [t.sheet, t.kind]))).toEqual([[['自评表', 'dept']], [], [['履职效果', 'plan-actual']]]);
  });

  test('two tables on one sheet: the funds block belongs to the table below it', async () => {
    const second: CellSpec[][] = [
      [null, '全年预算数', '全年执行数', '执行率'],
      ['资金来源：（1）财政拨款', '1,000.00', '999.99', '99.99%'],
      ['（2）其他资金', '0.00', '0.00', '0.00'],
      ['资金结构：（1）基本支出', '400.00', '400.00', '100.00%'],
      ['（2）项目支出', '600.00', '599.99', '99.99%'],
      [],
      ['指标名称', null, '计划', '完成'],
      ['数量指标', '服装购置量', '=47.00(套)', '47.00(套)'],
    ];
    const rows = [...dept().rows, [], [], ...second];
    const [tables] = await check([{ name: '合并', rows, merges: [...dept().merges!, 'A18:B18'] }]);
    expect(tables.map((t) => [t.kind, t.range, t.budget.length])).toEqual([
      ['dept', 'A1:I9', 0],
      ['plan-actual', 'A12:D19', 4],
    ]);
    expect(tables[1].budget.map((b) => b.rate)).toEqual(['99.99', null, '100', '99.99']);
    expect(tables[1].findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a project table (rules.md §2.1) with its scored funds row', () => {
  const project = (fundsScore: CellSpec, total: CellSpec, outputPoints = 50): SheetSpec => ({
    name: '项目自评',
    rows: [
      ['项目支出绩效自评表'],
      ['（2023年度）'],
      ['项目名称', null, '社区养老服务补贴'],
      ['项目资金(万元)', null, '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
      ['年度资金总额', null, 250000, 250000, 215457.6, 10, '86.18%', fundsScore],
      ['其中：本年财政拨款', null, 250000, 250000, 215457.6, '—', '86.18%', '—'],
      ['上年结转资金', null, 0, 0, 0, '—', null, '—'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      [null, `产出指标(${outputPoints}分)`, '数量指标', '补贴发放人数', '≥1000(人)', '1000(人)', 30, 30],
      [null, null, '质量指标', '发放准确率', '=100%', '100%', 20, 20],
      [null, '效益指标(30分)', '社会效益指标', '老人生活改善', '有效改善', '达成指标', 30, 30],
      [null, '满意度指标(10分)', '服务对象满意度指标', '老人满意度', '≥90%', '92%', 10, 10],
      ['总分', null, null, null, null, null, 100, total],
    ],
    merges: ['A1:I1', 'A2:I2', 'C3:I3', 'A4:B4', 'A8:A12', 'B9:B10'],
  });

  test('reads the funds row: 执行率 cut, 执行率得分 half-up, counted in the totals', async () => {
    const t = await onlyTable(project(8.62, 98.62));
    expect([t.kind, t.unit, t.year]).toEqual(['project', '社区养老服务补贴', 2023]);
    expect(t.budget[0]).toMatchObject({ label: '年度资金总额', rate: '86.18', weight: '10', score: '8.62', expectedScore: '8.62', cell: 'G5' });
    expect(digest(t)).toEqual({
      kind: 'project',
      names: ['补贴发放人数', '发放准确率', '老人生活改善', '老人满意度'],
      deviations: {},
      missingReasonErrors: [],
      codes: {},
      total: ['98.62', '98.62', '优'],
    });
  });

  test.each<[string, SheetSpec, Record<string, number>, string]>([
    ['a funds score off the rule', project(8.5, 98.5), { SCORE_MISMATCH: 1 }, 'H5'],
    ['a total that is not the sum', project(8.62, 99), { TOTAL_MISMATCH: 1 }, 'H13'],
    ['a 一级 whose stated points differ from its rows', project(8.62, 98.62, 40), { WEIGHT_SUM_MISMATCH: 1 }, 'B9'],
  ])('flags %s', async (_what, sheet, codes, cell) => {
    const t = await onlyTable(sheet);
    expect(digest(t).codes).toEqual(codes);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.cell)).toEqual([cell]);
  });
});
