import { checkGrid } from '../check';
import { gridFromRows, type CellLiteral } from '../grid/fromRows';

const HEAD: CellLiteral[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'];
const notFilled = (rows: CellLiteral[][]) => checkGrid(gridFromRows('S', [HEAD, ...rows]))[0].findings.filter((f) => f.code === 'TABLE_NOT_FILLED').map((f) => `${f.severity}@${f.cell}`);

/** rules.md §8.19: a form without any completion or 得分 is not a clean submission. */
describe('TABLE_NOT_FILLED', () => {
  test.each<[string, CellLiteral[][], string[]]>([
    ['a blank form: targets and 分值 only', [['产出指标', '数量指标', '培训人次', '=100(人)', null, 50, null, null], [null, null, '验收率', '=100(%)', null, 50, null, null]], ['warning@C2']],
    ['only the 投入管理 defaults scored', [['投入管理指标', '预算编审管理', null, null, null, 7.5, 7.5, null], ['产出指标', '数量指标', '培训人次', '=100(人)', null, 50, null, null]], ['warning@C2']],
    ['one completion is filled in', [['产出指标', '数量指标', '培训人次', '=100(人)', '100(人)', 50, null, null], [null, null, '验收率', '=100(%)', null, 50, null, null]], []],
    ['the MOF blank form: only its "指标1：" placeholder rows', [['产出指标', '数量指标', '指标1：', null, null, 20, null, null], [null, '质量指标', '指标1：', null, null, 30, null, null], [null, null, '……', null, null, null, null, null]], ['warning@C1']],
    ['one 得分 is filled in', [['产出指标', '数量指标', '培训人次', '=100(人)', null, 50, 50, null]], []],
  ])('%s', (_what, rows, expected) => expect(notFilled(rows)).toEqual(expected));
});
