import { gridFromRows, type CellLiteral } from '../grid/fromRows';
import { SheetView } from '../grid/sheetView';
import { fundsRole } from './headerRoles';
import { readTitleFacts } from './titleFacts';

const facts = (rows: CellLiteral[][]) => {
  const f = readTitleFacts(new SheetView(gridFromRows('S', rows)), 0, rows.length - 1);
  return [f.unit, f.year, f.project, f.dept];
};

describe('readTitleFacts', () => {
  test.each<[string, CellLiteral[][], (string | number | boolean | null)[]]>([
    ['the subject before the form words, year removed', [['某区图书馆2023年度部门整体支出绩效自评表']], ['某区图书馆', 2023, false, true]],
    ['a year first', [['2023年度某区图书馆部门整体支出绩效自评表']], ['某区图书馆', 2023, false, true]],
    ['a bare project title has no subject', [['项目支出绩效自评表'], ['（    年度）']], [null, null, true, false]],
    ['部门(单位) is the form, not a subject', [['《部门(单位)整体支出绩效自评表》'], ['(2023年度)']], [null, 2023, false, true]],
    ['label and value in one cell', [['项目支出绩效自评表'], ['项目名称：社区养老服务补贴']], ['社区养老服务补贴', null, true, false]],
    ['two facts in one cell (a 填报日期 is no evaluation year)', [['部门（单位）名称：某镇文化服务中心    填报日期：2025年1月10日']], ['某镇文化服务中心', null, false, true]],
    ['a money unit is no unit', [['单位：万元'], ['某街道2024年度部门整体支出绩效自评表']], ['某街道', 2024, false, true]],
    ['a money unit in the next cell is no unit either', [['单位', '元']], [null, null, false, false]],
    ['the label beside its value', [['部门(单位)名称', '某街道办事处']], ['某街道办事处', null, false, true]],
  ])('%s', (_what, rows, expected) => expect(facts(rows)).toEqual(expected));
});

describe('fundsRole', () => {
  test.each([
    ['全年预算数(A)', 'budget'],
    ['调整后预算数', 'budget'],
    ['年度预算数', 'budget'],
    ['年初预算数', 'initial'],
    ['年初预算', 'initial'],
    ['预算执行数', 'executed'],
    ['年度执行数', 'executed'],
    ['全年实际支出（B）', 'executed'],
    ['预算执行率（%）', 'rate'],
    ['项目支出', null],
    ['基本支出', null],
    ['年初设定目标', null],
  ])('%s → %s', (text, role) => expect(fundsRole(text)).toBe(role));
});
