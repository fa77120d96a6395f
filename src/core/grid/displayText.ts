import { D } from '../decimal';
import type { GridCell } from './types';

/**
 * The text Excel shows for a cell: the host's own text where it gave one, else
 * the value formatted with the common number formats of these forms
 * ("0.00", "#,##0.00", "0.00%", "0%", General). Unknown formats show the plain value.
 * @example displayText({ value: 0.9927, numberFormat: '0.00%' }) // "99.27%"
 */
export function displayText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== null) return String(cell.text);
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return formatNumber(v, cell.numberFormat);
}

/** A number as the format shows it; General (or an unknown format) gives Excel-like shortest digits. */
export function formatNumber(value: number, numberFormat?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const spec = numericFormat(numberFormat);
  if (!spec) return generalNumber(value);
  let s = spec.percent ? D(value).times(100).toFixed(spec.decimals) : D(value).toFixed(spec.decimals);
  if (spec.thousands) s = groupThousands(s);
  return spec.percent ? `${s}%` : s;
}

interface NumericFormat {
  decimals: number;
  thousands: boolean;
  percent: boolean;
}

/** The first section of a plain numeric format ("#,##0.00_ ;[Red]-…" → 2 decimals, grouped); null otherwise. */
function numericFormat(numberFormat?: string): NumericFormat | null {
  if (!numberFormat || /^general$/i.test(numberFormat) || numberFormat === '@') return null;
  const section = numberFormat.split(';')[0].replace(/\[[^\]]*\]/g, '').replace(/_.|\\.|"[^"]*"/g, '');
  if (!/^[#0,.%\s]*$/.test(section) || !/0|#/.test(section)) return null;
  const frac = /\.([0#]+)/.exec(section);
  return { decimals: frac ? frac[1].length : 0, thousands: section.includes(','), percent: section.includes('%') };
}

function generalNumber(value: number): string {
  const s = String(value);
  return s.length > 15 && !s.includes('e') ? String(Number(value.toPrecision(15))) : s;
}

function groupThousands(fixed: string): string {
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
