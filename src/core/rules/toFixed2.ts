import type { Dec } from '../decimal';

/**
 * `x.toFixed(2)`, padded from the plain digits when x has at most 2 decimals (scores, most weights):
 * that skips the rounded copy toFixed(2) makes. Explanations show every score and weight this way.
 */
export function toFixed2(x: Dec): string {
  if (!x.isFinite()) return x.toFixed(2);
  const plain = x.toFixed();
  const dot = plain.indexOf('.');
  if (dot < 0) return `${plain}.00`;
  const decimals = plain.length - dot - 1;
  return decimals === 2 ? plain : decimals === 1 ? `${plain}0` : x.toFixed(2);
}
