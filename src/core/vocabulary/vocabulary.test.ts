import { FILL_COLORS } from '../template/styles';
import { noteText, SEVERITY_FILL, worstSeverity } from '.';

/** Relative luminance contrast and RGB distance, enough to tell two fills apart at a glance. */
function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const distance = (a: string, b: string): number => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]));

describe('vocabulary', () => {
  const backgrounds = ['#FFFFFF', ...Object.values(FILL_COLORS).filter((c): c is string => c !== null)];
  test.each(Object.entries(SEVERITY_FILL))('the %s fill stands out from every template fill and white', (_severity, fill) => {
    for (const bg of backgrounds) expect(distance(fill, bg)).toBeGreaterThan(80);
  });
  test('severity fills differ from each other', () => {
    const fills = Object.values(SEVERITY_FILL);
    for (const a of fills) for (const b of fills) if (a !== b) expect(distance(a, b)).toBeGreaterThan(80);
  });
  test('worstSeverity', () => {
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity([{ severity: 'info' }, { severity: 'error' }, { severity: 'warning' }])).toBe('error');
    expect(worstSeverity([{ severity: 'info' }, { severity: 'warning' }])).toBe('warning');
  });
  test('noteText is Chinese only, most severe first', () => {
    const text = noteText([
      { severity: 'info', message: '甲' },
      { severity: 'error', message: '乙' },
    ]);
    expect(text).toBe('绩效自评助手：\n【错误】乙\n【提示】甲');
    expect(text).not.toMatch(/[A-Z_]{4,}/);
  });
});
