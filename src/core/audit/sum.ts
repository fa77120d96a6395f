import { D, type Dec } from '../decimal';
import type { CellPos } from '../findings/registry';
import { toA1 } from '../grid/address';

/** A sum of the numbers read, with the cells it had to leave out (rules.md §8.18); null until a number is added. */
export interface Sum {
  readonly value: Dec | null;
  readonly leftOut: readonly CellPos[];
}

export const EMPTY_SUM: Sum = { value: null, leftOut: [] };

/** The sum with one more cell: its number, or the cell that held none. */
export function addTo(sum: Sum, value: Dec | null, unreadable: CellPos | null = null): Sum {
  return {
    value: value === null ? sum.value : (sum.value ?? D(0)).plus(value),
    leftOut: unreadable ? [...sum.leftOut, unreadable] : sum.leftOut,
  };
}

/** "D7、H9" for the cells a sum left out; "" when it left none (the message names them). */
export function leftOutText(sum: Sum): string {
  return sum.leftOut.map((c) => toA1(c.row, c.col)).join('、');
}
