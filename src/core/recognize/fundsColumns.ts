import type { SheetView } from '../grid/sheetView';
import { isAmountLike } from './cells';
import { fundsRole, headerKey, isListedFundsWord, type FundsRole } from './headerRoles';

export type FundsColumns = Partial<Record<FundsRole, number>>;

/** One header cell of a funds row claiming a role, with the column marker it carries ("(A)", "B"). */
interface FundsClaim {
  col: number;
  role: FundsRole;
  listed: boolean;
  marker: string | null;
}

/** A column marker at the end of a header ("全年预算数(A)", "年初预算数（A）") or alone in the row below. */
const MARKER_AT_END = /[(（]\s*([A-Za-z])\s*[)）]$/;
const MARKER_ALONE = /^[(（]?\s*([A-Za-z])\s*[)）]?$/;
/** A formula a header states: "执行率(B/A)", "C=B/A", "B÷A×100%". */
const FORMULA = /([A-Za-z])\s*[/÷]\s*([A-Za-z])/;
/** Labels of funds rows (资金来源 / 年度资金总额 / 其中… / 自治区补助 / 自筹): what a header over them names is the block, not an amount. */
export const FUNDS_LABEL = /资金|拨款|支出|经费|合计|总额|其中|结转|收入|预算|补助|自筹|配套/;
const LABEL_SAMPLE_ROWS = 6;

/**
 * The columns of a funds header row `r` (rules.md §8.22, §8.23), or null when the row is no funds header
 * (it needs a budget and an execution column). Where the header states its own formula (执行率(B/A)
 * with columns marked (A) and (B), the markers in the header or in the row below), the marked columns are
 * the budget and the execution, whatever their words (a 年初预算数(A) included). Where several cells claim a
 * role, a column whose cells below hold funds labels is the block's title (年度预算数(万元) over 年度资金总额 /
 * 其中…), not an amount column; of the rest a listed word beats one recognised by its ending, then the leftmost.
 */
export function fundsColumnsOf(view: SheetView, r: number): FundsColumns | null {
  const claims = fundsClaims(view, r);
  if (claims.length < 2) return null;
  const cols: FundsColumns = {};
  const formula = statedFormula(view, r, claims);
  if (formula) {
    const budget = claims.find((c) => c.marker === formula.denominator && c.role !== 'rate');
    const executed = claims.find((c) => c.marker === formula.numerator && c.role !== 'rate');
    if (budget) cols.budget = budget.col;
    if (executed) cols.executed = executed.col;
  }
  const taken = new Set(Object.values(cols));
  const roles = new Set(claims.map((c) => c.role));
  for (const role of roles) {
    if (cols[role] !== undefined) continue;
    const pool = claims.filter((c) => c.role === role && !taken.has(c.col));
    const amounts = pool.filter((c) => !holdsLabels(view, r, c.col));
    const best = pickClaim(amounts);
    if (best) cols[role] = best.col;
  }
  return cols.budget !== undefined && cols.executed !== undefined ? cols : null;
}

function fundsClaims(view: SheetView, r: number): FundsClaim[] {
  const claims: FundsClaim[] = [];
  for (const c of view.columnsIn(r)) {
    const text = view.ownText(r, c);
    if (text === '' || text.length > 20) continue;
    const role = fundsRole(text);
    if (!role) continue;
    claims.push({ col: c, role, listed: isListedFundsWord(role, headerKey(text)), marker: markerOf(view, r, c, text) });
  }
  return claims;
}

function markerOf(view: SheetView, r: number, c: number, text: string): string | null {
  const own = MARKER_AT_END.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  if (own) return own[1].toUpperCase();
  const below = MARKER_ALONE.exec(view.ownText(r + 1, c).normalize('NFKC'));
  return below ? below[1].toUpperCase() : null;
}

interface Formula {
  numerator: string;
  denominator: string;
}

/**
 * The formula the rate header states (its own text or the marker row's cell under it), as column markers.
 * A block without a rate column whose only budget is a 年初预算数(A) beside an execution marked (B) states
 * B/A by its markers alone: without it the block would have no denominator (rules.md §8.22).
 */
function statedFormula(view: SheetView, r: number, claims: FundsClaim[]): Formula | null {
  const rate = claims.find((c) => c.role === 'rate');
  if (rate) return formulaIn([view.ownText(r, rate.col), view.ownText(r + 1, rate.col)]);
  const initialA = claims.some((c) => c.role === 'initial' && c.marker === 'A');
  const executedB = claims.some((c) => c.role === 'executed' && c.marker === 'B');
  const budget = claims.some((c) => c.role === 'budget');
  return initialA && executedB && !budget ? { numerator: 'B', denominator: 'A' } : null;
}

function formulaIn(texts: string[]): Formula | null {
  for (const text of texts) {
    const m = FORMULA.exec(text.normalize('NFKC'));
    if (m) return { numerator: m[1].toUpperCase(), denominator: m[2].toUpperCase() };
  }
  return null;
}

/** Whether the first cells under (r, col) hold funds labels and no amount: the column of the rows' labels. */
function holdsLabels(view: SheetView, r: number, col: number): boolean {
  let labels = 0;
  for (const row of view.rowsBetween(r + 1, r + LABEL_SAMPLE_ROWS)) {
    if (view.continuesFromAbove(row, col)) continue;
    const text = view.ownText(row, col);
    if (text === '') continue;
    if (isAmountLike({ row, col, value: text, text })) return false;
    if (FUNDS_LABEL.test(text) && !/^[\d.,]/.test(text)) labels++;
  }
  return labels > 0;
}

function pickClaim(pool: FundsClaim[]): FundsClaim | undefined {
  return pool.find((c) => c.listed) ?? pool[0];
}
