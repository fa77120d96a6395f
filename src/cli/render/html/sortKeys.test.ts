import { returnRows, type ReturnRow } from './returns';
import { COLUMNS, sortRanks } from './sortKeys';

const row = (over: Partial<ReturnRow>): ReturnRow => ({
  f: 'a.xlsx', s: null, u: null, y: null, k: null, a: null, t: null, t0: null, g: null, r: null, rl: null,
  n: { error: 0, warning: 0, info: 0 }, st: 'ok', x: null, c: null, d: [[], [], []], ...over,
});
const column = (id: string) => COLUMNS.find((c) => c.id === id)!;

describe('sortRanks', () => {
  test.each([
    // column, values given to the rows, expected ranks (-1: no value, sorts last)
    ['total', [{ t: '99.995' }, { t: '99.99' }, { t: null }, { t: '100' }, { t: '99.990' }], [1, 0, -1, 2, 0]],
    ['total', [{ t: '9.5' }, { t: '10' }, { t: '不适用' }], [0, 1, -1]],
    ['rate', [{ r: '100' }, { r: '45.17' }, { r: '99.27' }], [2, 0, 1]],
    ['grade', [{ g: '优' }, { g: '差' }, { g: '良' }, { g: null }, { g: '中' }], [3, 0, 2, -1, 1]],
    ['status', [{ st: 'ok' }, { st: 'unreadable' }, { st: 'warning' }, { st: 'error' }, { st: 'empty' }], [4, 0, 2, 1, 3]],
    ['year', [{ y: 2024 }, { y: 2019 }, { y: null }], [1, 0, -1]],
    ['file', [{ f: '单位10.xlsx' }, { f: '单位9.xlsx' }, { f: '单位9.xlsx' }], [1, 0, 0]],
    ['errors', [{ n: { error: 3, warning: 0, info: 0 } }, { st: 'unreadable' }, { n: { error: 0, warning: 0, info: 0 } }], [1, -1, 0]],
  ] as [string, Partial<ReturnRow>[], number[]][])('%s: %j → %j', (id, values, ranks) => {
    expect(sortRanks(values.map(row), column(id))).toEqual(ranks);
  });
});

describe('returnRows', () => {
  test('a file without tables is one row; an unreadable one says why; copies become hrefs', () => {
    const rows = returnRows(
      { schemaVersion: 1, rules: { pack: 'default', rounding: 'cut' }, files: [{ file: 'x.xlsx', error: '无法读取', tables: [] }, { file: 'y.xlsx', error: null, tables: [] }] },
      { 'y.xlsx': 'out/y.checked.xlsx' },
    );
    expect(rows.map((r) => [r.f, r.st, r.x, r.c])).toEqual([
      ['x.xlsx', 'unreadable', '无法读取', null],
      ['y.xlsx', 'empty', '工作簿中未找到自评表', './out/y.checked.xlsx'],
    ]);
  });
});
