import type { SheetView } from '../grid/sheetView';
import { numberCellKind } from '../value/numberCell';
import type { IndicatorRole } from './headerRoles';

/** One header cell claiming a role. */
export interface RoleClaim {
  col: number;
  role: IndicatorRole;
  /** The header text's key (headerKey). */
  key: string;
  /** Whether the key is a word of the vocabulary itself (not only recognised by its last words). */
  listed: boolean;
  /** The header row it stands in. */
  row: number;
  /** The last row its merge (or the cell) covers. */
  bottom: number;
}

/** How many body rows the value evidence looks at. */
const SAMPLE_ROWS = 40;

/**
 * The column a role is read from when several header cells claim it (rules.md §8.17): a label whose
 * merge reaches into the body, or that stands left of every name column, names a section, not a
 * column; of the rest the more specific word wins (…完成值 over …完成情况, 偏差原因 over 改进措施, a
 * listed word over one recognised by its ending), then the one nearer the body, then the values under
 * each (completions or numbers where the role wants them), then the leftmost.
 */
export function chooseClaim(view: SheetView, claims: RoleClaim[], headerBottom: number, firstNameCol: number | null): RoleClaim {
  if (claims.length === 1) return claims[0];
  const columns = claims.filter((c) => c.bottom <= headerBottom && (firstNameCol === null || c.col > firstNameCol));
  const pool = columns.length > 0 ? columns : claims;
  let best = pool[0];
  let bestScore = score(view, best, headerBottom);
  for (const c of pool.slice(1)) {
    const s = score(view, c, headerBottom);
    if (compare(s, bestScore) > 0) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

type Score = [specificity: number, nearness: number, evidence: number];

function score(view: SheetView, c: RoleClaim, headerBottom: number): Score {
  return [specificity(c), c.row, valueEvidence(view, c, headerBottom)];
}

function compare(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * A listed word over a recognised ending; a completion's value (…值, …数) over its description (…情况);
 * a reason's column (…原因…, 偏差…) over one for the measures alone (改进措施, 整改措施): written beside a
 * 偏差原因 column, measures are not the reason the rules ask for.
 */
function specificity(c: RoleClaim): number {
  const descriptive = c.role === 'actual' && /情况$/.test(c.key) ? -1 : 0;
  const measuresOnly = c.role === 'reason' && !/原因|偏差/.test(c.key) ? -1 : 0;
  return (c.listed ? 2 : 1) + descriptive + measuresOnly;
}

/** How many of the first body rows under the claim hold what the role reads: numbers for 分值 / 得分 / 权重, any value else. */
function valueEvidence(view: SheetView, c: RoleClaim, headerBottom: number): number {
  const wantsNumber = c.role === 'weight' || c.role === 'score' || c.role === 'weight1';
  let n = 0;
  for (const r of view.rowsBetween(headerBottom + 1, headerBottom + SAMPLE_ROWS)) {
    if (view.continuesFromAbove(r, c.col)) continue;
    const text = view.text(r, c.col);
    if (text === '') continue;
    if (!wantsNumber) n++;
    else {
      const kind = numberCellKind({ value: view.shown(r, c.col)?.value ?? null, text });
      if (kind === 'number' || kind === 'text-number') n++;
    }
  }
  return n;
}
