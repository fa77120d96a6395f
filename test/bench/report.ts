import type { Figure, Target } from './figures';
import { machineLine, type Machine } from './machine';

export interface BenchResult {
  machine: Machine;
  ok: boolean;
  seconds: number;
  /** Every figure's value by its key as a path: values.batch.filesPerSecond, values.office.syncs.check['60']. */
  values: Values;
  figures: Figure[];
}

export interface Values {
  [key: string]: number | null | Values;
}

/** The figures' values nested by the dots of their keys ("batch.peakMB" → { batch: { peakMB } }). */
export function valuesByKey(figures: Figure[]): Values {
  const root: Values = {};
  for (const f of figures) {
    const parts = f.key.split('.');
    let at = root;
    for (const part of parts.slice(0, -1)) {
      const next = at[part];
      at = typeof next === 'object' && next !== null ? next : (at[part] = {});
    }
    at[parts[parts.length - 1]] = f.value;
  }
  return root;
}

const OK_TEXT = { true: 'yes', false: 'NO', null: '' } as const;

/** The table: figure | value | target | ok, then the machine line. */
export function table(result: BenchResult): string {
  const rows = [
    ['figure', 'value', 'target', 'ok'],
    ...result.figures.map((f) => [
      f.label,
      f.value === null ? `FAILED: ${f.note ?? ''}` : `${number(f.value)} ${f.unit}`.trim(),
      f.target ? targetText(f.target, f.unit) : '',
      OK_TEXT[String(f.ok) as keyof typeof OK_TEXT],
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  const line = (r: string[]) => `| ${r.map((cell, c) => pad(cell, widths[c])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const verdict = result.ok ? 'all targets met' : 'TARGETS MISSED';
  return [line(rows[0]), rule, ...rows.slice(1).map(line), '', machineLine(result.machine), `${verdict} (${result.seconds.toFixed(0)} s)`, ''].join('\n');
}

function targetText(t: Target, unit: string): string {
  return `${t.op === '=' ? '' : `${t.op.replace('>=', '≥').replace('<=', '≤')} `}${number(t.limit)} ${unit}`.trim();
}

function number(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}
