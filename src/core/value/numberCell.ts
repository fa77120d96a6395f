import type { Dec } from '../decimal';
import { normalizeFully } from './normalize';
import { NUMBER_PATTERN, decimalFromText, parseAmount } from './parseAmount';

/**
 * What a cell where a number belongs (分值, 得分, 权重, amounts) holds (rules.md §8.18):
 * nothing, a number, a number typed as text with a unit word or bracket ("0.9分", "98.8（分）", "１０"),
 * or something that is no number ("—", "约1", "#DIV/0!").
 */
export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: Dec }
  | { kind: 'text-number'; value: Dec; text: string }
  | { kind: 'unreadable'; text: string };

/** A number with a points or money word, or in brackets after it: "0.9分", "1 分", "98.8(分)", "10元". */
const NUMBER_WITH_WORD = new RegExp(`^(${NUMBER_PATTERN})(?:\\(?(?:分|元)\\)?)?$`);

/**
 * Reads a number cell: its value (number, or text the amount grammar reads) and, for text
 * around a number, that it was text.
 * @example readNumberCell({ value: '0.9分', text: '0.9分' }) // { kind: 'text-number', value: 0.9, text: '0.9分' }
 */
export function readNumberCell(cell: { value: string | number | boolean | null; text: string; numberFormat?: string } | null): NumberReading {
  if (cell === null) return { kind: 'empty' };
  const raw = typeof cell.value === 'number' || typeof cell.value === 'string' ? cell.value : cell.text;
  const text = cell.text.trim();
  if (raw === '' || text === '') return { kind: 'empty' };
  const plain = parseAmount(raw, cell.numberFormat) ?? (typeof raw === 'number' ? null : parseAmount(text, cell.numberFormat));
  if (plain !== null) return typeof raw === 'number' || /^[\x20-\x7e]*$/.test(text) ? { kind: 'number', value: plain } : { kind: 'text-number', value: plain, text };
  const folded = normalizeFully(text).replace(/\s+/g, '');
  const m = NUMBER_WITH_WORD.exec(folded);
  if (m) return { kind: 'text-number', value: decimalFromText(m[1]), text };
  return { kind: 'unreadable', text };
}

/** The value of a reading, null where there is none. */
export function readingValue(r: NumberReading): Dec | null {
  return r.kind === 'number' || r.kind === 'text-number' ? r.value : null;
}
