import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import type { TableReport } from '../report/types';

const HEAD: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'];

function table(rows: CellLiteral[][], total?: CellLiteral): TableReport {
  const body = rows.map((r, i) => [i === 0 ? '产出指标' : null, '数量指标', ...r]);
  const tail = total === undefined ? [] : [['总分', null, null, null, null, null, total]];
  const [t] = checkGrid(gridFromRows('S', [HEAD, ...body, ...tail]));
  return t;
}

const found = (t: TableReport) => t.findings.map((f) => `${f.code}/${f.severity}@${f.cell}`);

/** rules.md §8.18: numbers typed as text, and cells where a number belongs that hold none. */
describe('numbers typed as text', () => {
  test.each<[string, CellLiteral, CellLiteral]>([
    ['0.9分', '1分', '0.9分'],
    ['1 分', '1 分', '1 分'],
    ['98.8（分）', '100（分）', '98.8（分）'],
    ['full-width digits', '１', '１'],
  ])('%s is read, with an info on the cell, and the row keeps its own findings', (_what, weight, score) => {
    const t = table([['培训人次', '=100(人)', '90(人)', weight, score, null]]);
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0].weight).not.toBeNull();
    expect(t.findings.filter((f) => f.code === 'NUMBER_AS_TEXT').map((f) => f.severity)).toContain('info');
  });

  test('"0.9分" under 分值 1 for 90 of 100: the row keeps its SCORE_MISMATCH (not sent to the total row)', () => {
    const t = table([['培训人次', '=100(人)', '80(人)', 100, '90分', '说明']]);
    expect(found(t).filter((f) => !f.startsWith('NUMBER_AS_TEXT'))).toEqual(['SCORE_MISMATCH/warning@G2']);
  });

  test.each<[string, CellLiteral]>([
    ['a dash', '—'],
    ['a guess', '约1'],
    ['an error value', '#DIV/0!'],
  ])('%s in 得分 is UNREADABLE_NUMBER on that cell, the row stays, the total names what it left out', (_what, score) => {
    const t = table(
      [
        ['培训人次', '=100(人)', '100(人)', 50, score, null],
        ['验收率', '=100(%)', '100(%)', 50, 50, null],
      ],
      90,
    );
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人次', '验收率']);
    expect(found(t)).toEqual(['UNREADABLE_NUMBER/warning@G2', 'TOTAL_MISMATCH/error@G4']);
    expect(t.findings.find((f) => f.code === 'TOTAL_MISMATCH')?.message).toContain('G2');
  });

  test('a 分值 that is no number keeps its row and the weight sum says what it left out', () => {
    const t = table([
      ['培训人次', '=100(人)', '100(人)', '—', 50, null],
      ['验收率', '=100(%)', '100(%)', 50, 50, null],
    ]);
    expect(found(t)).toEqual(['UNREADABLE_NUMBER/warning@F2', 'WEIGHT_SUM_MISMATCH/error@F3']);
    expect(t.findings.find((f) => f.code === 'WEIGHT_SUM_MISMATCH')?.message).toContain('F2');
  });
});
