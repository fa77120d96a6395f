import type { Dec } from '../decimal';
import { normalizeFully } from './normalize';
import { amountValue, NUMBER_PATTERN, writtenAmount, type WrittenAmount } from './parseAmount';

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

/** What kind of number a cell holds, without making its decimal (recognition asks this of every row). */
export type NumberCellKind = NumberReading['kind'];

type NumberCell = { value: string | number | boolean | null; text: string; numberFormat?: string } | null;

/** The cell's number as written and how it is written; the kind alone when there is no number. */
function writtenNumber(cell: NumberCell): { kind: 'empty' | 'unreadable'; text: string } | { kind: 'number' | 'text-number'; text: string; amount: WrittenAmount } {
  if (cell === null) return { kind: 'empty', text: '' };
  const raw = typeof cell.value === 'number' || typeof cell.value === 'string' ? cell.value : cell.text;
  const text = cell.text.trim();
  if (raw === '' || text === '') return { kind: 'empty', text };
  const plain = writtenAmount(raw, cell.numberFormat) ?? (typeof raw === 'number' ? null : writtenAmount(text, cell.numberFormat));
  if (plain !== null) return { kind: typeof raw === 'number' || /^[\x20-\x7e]*$/.test(text) ? 'number' : 'text-number', text, amount: plain };
  const m = NUMBER_WITH_WORD.exec(normalizeFully(text).replace(/\s+/g, ''));
  if (m) return { kind: 'text-number', text, amount: { digits: m[1], times100: false } };
  return { kind: 'unreadable', text };
}

/** The kind of number a cell holds: `readNumberCell(cell).kind`. */
export function numberCellKind(cell: NumberCell): NumberCellKind {
  return writtenNumber(cell).kind;
}

/**
 * Reads a number cell: its value (number, or text the amount grammar reads) and, for text
 * around a number, that it was text.
 * @example readNumberCell({ value: '0.9分', text: '0.9分' }) // { kind: 'text-number', value: 0.9, text: '0.9分' }
 */
export function readNumberCell(cell: NumberCell): NumberReading {
  const w = writtenNumber(cell);
  switch (w.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'unreadable':
      return { kind: 'unreadable', text: w.text };
    case 'number':
      return { kind: 'number', value: amountValue(w.amount) };
    case 'text-number':
      return { kind: 'text-number', value: amountValue(w.amount), text: w.text };
  }
}

/** The value of a reading, null where there is none. */
export function readingValue(r: NumberReading): Dec | null {
  return r.kind === 'number' || r.kind === 'text-number' ? r.value : null;
}
