import { readNumberCell } from './numberCell';

const cell = (value: string | number | null, numberFormat?: string) => ({ value, text: value === null ? '' : String(value), numberFormat });

/** rules.md §8.18: numbers typed as text are read; anything else where a number belongs is unreadable. */
describe('readNumberCell', () => {
  test.each<[string | number | null, string, string | null]>([
    [null, 'empty', null],
    ['', 'empty', null],
    [10, 'number', '10'],
    ['1.00', 'number', '1'],
    ['82,368,086.83', 'number', '82368086.83'],
    ['0.9分', 'text-number', '0.9'],
    ['1 分', 'text-number', '1'],
    ['98.8（分）', 'text-number', '98.8'],
    ['98.8(分)', 'text-number', '98.8'],
    ['１０', 'text-number', '10'],
    ['１０．５分', 'text-number', '10.5'],
    ['—', 'unreadable', null],
    ['-', 'unreadable', null],
    ['约1', 'unreadable', null],
    ['#DIV/0!', 'unreadable', null],
    ['NaN', 'unreadable', null],
    ['10分钟', 'unreadable', null],
  ])('%p → %s %s', (value, kind, decimal) => {
    const r = readNumberCell(cell(value));
    expect([r.kind, r.kind === 'number' || r.kind === 'text-number' ? r.value.toString() : null]).toEqual([kind, decimal]);
  });

  test('a number shown in a percent format is percentage points', () => {
    const r = readNumberCell({ value: 0.9927, text: '99.27%', numberFormat: '0.00%' });
    expect(r.kind === 'number' && r.value.toString()).toBe('99.27');
  });
});
