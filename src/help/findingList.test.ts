import { findingRegistry } from '../core/findings/registry';
import { findingHelp } from './findingList';

describe('help page finding list', () => {
  test('one row per registry code, each with a meaning and a Chinese line on what to do', () => {
    const rows = findingHelp();
    expect(rows.map((r) => r.code).sort()).toEqual(Object.keys(findingRegistry).sort());
    for (const r of rows) expect([r.code, /[\u4e00-\u9fff]/.test(r.meaning), /[\u4e00-\u9fff]/.test(r.advice)]).toEqual([r.code, true, true]);
  });

  test('errors come first', () => {
    const rows = findingHelp();
    const firstWarning = rows.findIndex((r) => r.severity === 'warning');
    expect(rows.slice(firstWarning).some((r) => r.severity === 'error')).toBe(false);
  });
});
