import { columnIndex, columnLetters, fromA1, fromRangeA1, rangeA1, toA1 } from './address';
import { displayText, formatNumber } from './displayText';
import { gridFromRows } from './fromRows';
import { SheetView } from './sheetView';

describe('A1 addresses', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i ↔ %s', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
  });
  test.each([
    ['A1', 0, 0],
    ['I61', 60, 8],
    ['$F$10', 9, 5],
  ])('%s ↔ row %i col %i', (a1, row, col) => {
    expect(fromA1(a1)).toEqual({ row, col });
    expect(toA1(row, col)).toBe(a1.replace(/\$/g, ''));
  });
  test.each(['', 'A0', '1A', 'A1B'])('%j is not an address', (s) => expect(fromA1(s)).toBeNull());
  test('ranges', () => {
    expect(rangeA1(0, 0, 60, 8)).toBe('A1:I61');
    expect(rangeA1(4, 2, 4, 2)).toBe('C5');
    expect(fromRangeA1('B5:A1')).toEqual({ top: 0, left: 0, bottom: 4, right: 1 });
  });
});

describe('displayed text', () => {
  test.each<[number, string | undefined, string]>([
    [99.27, '0.00', '99.27'],
    [7.5, '0.00', '7.50'],
    [1, '0.00', '1.00'],
    [0.9927, '0.00%', '99.27%'],
    [0.5, '0%', '50%'],
    [82368086.83, '#,##0.00', '82,368,086.83'],
    [-1234.5, '#,##0.00_ ;[Red]-#,##0.00', '-1,234.50'],
    [1.005, '0.00', '1.01'],
    [2.675, '0.00', '2.68'],
    [0.1 + 0.2, undefined, '0.3'],
    [98.8, 'General', '98.8'],
    [45000, 'yyyy-mm-dd', '45000'],
  ])('%p with %p shows %p', (value, format, shown) => expect(formatNumber(value, format)).toBe(shown));
  test('the host text wins; booleans, empty cells', () => {
    expect(displayText({ value: 0.9927, text: '99.3%', numberFormat: '0.00%' })).toBe('99.3%');
    expect(displayText({ value: true })).toBe('TRUE');
    expect(displayText(null)).toBe('');
    expect(displayText({ value: null })).toBe('');
  });
});

describe('SheetView', () => {
  const view = new SheetView(gridFromRows('S', [['一级', '权重', 'x'], [null, null, 'y'], ['合并', null, null]], ['A1:A2', 'A3:C3']));
  test('the cell shown inside a merge is its top-left cell', () => {
    expect([view.text(1, 0), view.text(2, 2), view.text(1, 2)]).toEqual(['一级', '合并', 'y']);
    expect([view.ownText(1, 0), view.ownText(0, 0), view.ownText(2, 1)]).toEqual(['', '一级', '']);
    expect([view.continuesFromAbove(1, 0), view.continuesFromAbove(0, 0), view.continuesFromAbove(2, 1)]).toEqual([true, false, false]);
  });
  test('number rows, formatted numbers and merges reaching outside the grid', () => {
    const v = new SheetView(gridFromRows('S', [['a', 1], ['b', { value: 0.5, numberFormat: '0.00%' }], [' c ', null]], ['A3:A5']));
    expect([v.hasNumber(0), v.hasNumber(1), v.hasNumber(2), v.hasNumber(0), v.hasNumber(9)]).toEqual([true, true, false, true, false]);
    expect([v.text(1, 1), v.text(1, 1), v.text(2, 0), v.continuesFromAbove(2, 0)]).toEqual(['50.00%', '50.00%', 'c', false]);
    // A merge from above the used range (origin row 3): rows outside the grid are looked up too.
    const below = new SheetView({ sheet: 'S', originRow: 3, originCol: 0, cells: [[null], [{ value: 'x' }]], merges: [{ top: 1, left: 0, bottom: 3, right: 1 }] });
    expect([below.mergeAt(1, 1), below.continuesFromAbove(3, 0), below.text(3, 0), below.text(4, 0)]).toEqual([{ top: 1, left: 0, bottom: 3, right: 1 }, true, '', 'x']);
  });
  test('bounds follow the origin; outside cells are empty', () => {
    expect([view.top, view.left, view.bottom, view.right]).toEqual([0, 0, 2, 2]);
    expect(view.text(10, 10)).toBe('');
    const shifted = new SheetView({ sheet: 'S', originRow: 9, originCol: 5, cells: [[{ value: 'F10' }]], merges: [] });
    expect([shifted.text(9, 5), shifted.text(0, 0), shifted.top, shifted.left]).toEqual(['F10', '', 9, 5]);
  });
});
