import type { SheetView } from '../grid/sheetView';
import { horizontalValue, isAmountLike, ownValue, shownValue } from './cells';
import { FUNDS_LABEL } from './fundsColumns';
import type { FundsHeader } from './headers';
import type { RecognizedFunds } from './types';

const MAX_FUNDS_ROWS = 20;

/**
 * The funds rows under a funds header: rows with an amount under 全年预算数 / 全年执行数
 * (or a funds-like label with the amounts left blank), until the first row that is neither.
 * `limit` is the last row they may reach (the next header above which they stop).
 */
export function readFunds(view: SheetView, header: FundsHeader, limit: number): RecognizedFunds[] {
  const cols = header.columns;
  const firstAmountCol = Math.min(...([cols.initial, cols.budget, cols.executed].filter((c) => c !== undefined) as number[]));
  const rows: RecognizedFunds[] = [];
  const last = Math.min(limit, header.row + MAX_FUNDS_ROWS);
  for (const r of view.rowsBetween(header.row + 1, last)) {
    if (r === header.row + 1 && isMarkerRow(view, r, header)) continue;
    const budget = cols.budget !== undefined ? shownValue(view, r, cols.budget) : null;
    const executed = cols.executed !== undefined ? shownValue(view, r, cols.executed) : null;
    const label = labelOf(view, r, header.left, firstAmountCol);
    const fundsLabel = label !== null && FUNDS_LABEL.test(label);
    const writtenAmount = fundsLabel && [cols.budget, cols.executed].some((c) => c !== undefined && writtenAsAmount(view, r, c));
    const hasAmount = isAmountLike(budget) || isAmountLike(executed) || writtenAmount;
    // A block of one row whose amounts the form leaves out still records its rate and score under the header.
    const scoredOnly = r === header.row + 1 && !budget && !executed && [cols.rate, cols.score].some((c) => c !== undefined && isAmountLike(ownValue(view, r, c)));
    if (!hasAmount && !scoredOnly && !(fundsLabel && !budget && !executed)) break;
    const at = (c: number | undefined) => (c === undefined ? null : ownValue(view, r, c) ?? horizontalValue(view, r, c));
    rows.push({
      row: r,
      // Unlabelled, the one row of its block is named by the header's label cell ("预算资金").
      label: label ?? (scoredOnly ? labelOf(view, header.row, header.left, firstAmountCol) ?? '' : ''),
      initial: at(cols.initial),
      budget,
      executed,
      rate: at(cols.rate),
      rateCell: { row: r, col: cols.rate ?? header.right },
      weight: at(cols.weight) ?? (fundsLabel ? header.statedPoints : null),
      score: at(cols.score),
    });
  }
  return rows;
}

/**
 * An amount cell of its own that holds a figure written with more than a number ("120.00万元",
 * "1,200元", "约120"): under a funds label the row is still a funds row, and the audit says which
 * amounts it could not read (UNREADABLE_NUMBER) instead of the row vanishing from the block.
 */
function writtenAsAmount(view: SheetView, row: number, col: number): boolean {
  const own = ownValue(view, row, col);
  return own !== null && own.text.length <= 20 && /\d/.test(own.text);
}

/** The row's label: the nearest text left of the amounts that starts in this row, without a closing colon ("年度资金总额:"). */
function labelOf(view: SheetView, row: number, headerLeft: number, firstAmountCol: number): string | null {
  const from = Math.min(headerLeft, view.left);
  for (const c of view.columnsBetween(row, from, firstAmountCol - 1).reverse()) {
    if (view.continuesFromAbove(row, c)) continue;
    const t = view.text(row, c);
    if (t !== '' && !isAmountLike({ row, col: c, value: t, text: t })) return t.replace(/\s+/g, '').replace(/[:：]+$/, '');
  }
  return null;
}

/** A column marker under a header word: "A", "(B)", "B/A", "%", "万元". */
const MARKER = /^[(（]?([A-Za-z](\s*[/×*]\s*[A-Za-z])?|%|[千万]?元)[)）]?$/;

/** A row of column markers only ("A | B | B/A" under 全年预算数 | 全年执行数 | 执行率): the header's second line. */
function isMarkerRow(view: SheetView, row: number, header: FundsHeader): boolean {
  let markers = 0;
  for (const c of view.columnsBetween(row, view.left, header.right)) {
    const t = view.ownText(row, c);
    if (t === '') continue;
    if (!MARKER.test(t)) return false;
    markers++;
  }
  return markers > 0;
}
