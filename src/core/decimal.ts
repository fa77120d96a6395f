import Decimal from 'decimal.js';

/**
 * The project's own Decimal constructor. Money, rates and scores are never
 * JavaScript floats: every computation goes through `D`, a private clone, so no
 * caller's `Decimal.set` can change our precision or rounding (and ours none of theirs).
 *
 * precision: 40 significant digits — far beyond any budget amount (1e15 yuan has 18
 * digits with cents), so divisions are exact enough before the final 2-dp rounding.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A decimal value made by `D` (same type as decimal.js's `Decimal`). */
export type Dec = Decimal;

export const ROUND_DOWN = Decimal.ROUND_DOWN;
export const ROUND_HALF_UP = Decimal.ROUND_HALF_UP;
