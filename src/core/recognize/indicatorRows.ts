import type { SheetView } from '../grid/sheetView';
import { cleanName, holdsNonNumber, holdsNumber, horizontalValue, ownValue, shownValue } from './cells';
import type { IndicatorColumns, IndicatorHeader } from './headers';
import { readShiftedRow } from './shiftedRow';
import type { CellValue, IndicatorCols, Level1Group, RecognizedIndicator, RecognizedTotal, SplitTarget } from './types';

export interface IndicatorBody {
  indicators: RecognizedIndicator[];
  groups: Level1Group[];
  total: RecognizedTotal | null;
  /** The last row read as part of the table (header bottom when nothing was found). */
  bottom: number;
}

const PLACEHOLDER = /^(指标\s*\d*\s*[:：]?|[.…。·]+|[/\\\-—–_~]+)$/;
const TOTAL_LABEL = /^\s*(总\s*分|合\s*计|总\s*计|得分合计|分值合计|总得分|自评总分|自评得分合计|评价总分|综合得分|综合评分)/;
/** A "name" that is really a value: the row's cells sit one column left of their headers. */
const VALUE_LIKE = /^([=≥≤<>＝＞＜]|[\d.,]+\s*(\(|（|%|$))/;
const POINTS_IN_LABEL = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

/** Mutable state while reading down the grid: the 一级 / 二级 the current rows sit under. */
interface Context {
  level1: string | null;
  level2: string | null;
  group: number;
}

/**
 * Reads the indicator rows under `header`, rows header.bottom+1 .. `limit`, appending to `into`
 * (so that a table interrupted by a repeated page header continues). Stops after a total row.
 */
export function readIndicatorRows(view: SheetView, header: IndicatorHeader, limit: number, into?: IndicatorBody): IndicatorBody {
  const body: IndicatorBody = into ?? { indicators: [], groups: [], total: null, bottom: header.bottom };
  const cols = header.columns;
  const scored = cols.weight !== undefined || cols.score !== undefined;
  const ctx: Context = lastContext(body);
  const shared: IndicatorCols = {
    name: cols.name ?? cols.level2 ?? header.left,
    target: cols.target ?? header.left,
    actual: cols.actual ?? header.left,
    reason: cols.reason ?? null,
  };
  // The 一级 / 二级 context before each row, for readShifted to undo (one object, refilled per row).
  const before: Context & { groups: number } = { level1: null, level2: null, group: -1, groups: 0 };
  const shiftRight = shiftedRightEdge(view, header);
  for (const r of view.rowsBetween(header.bottom + 1, limit)) {
    if (scored) {
      const total = readTotal(view, header, r, body.indicators.length > 0);
      if (total) {
        body.total = total;
        body.bottom = r;
        break;
      }
    }
    before.level1 = ctx.level1;
    before.level2 = ctx.level2;
    before.group = ctx.group;
    before.groups = body.groups.length;
    if (updateLevels(view, cols, r, ctx, body.groups)) continue;
    const ind = readRow(view, header, r, ctx, scored, body.groups, shared, before, shiftRight);
    if (ind) {
      body.indicators.push(ind);
      body.bottom = r;
    } else if (joinFragment(view, cols, r, body.indicators)) {
      body.bottom = r;
    }
  }
  return body;
}

function lastContext(body: IndicatorBody): Context {
  const last = body.indicators[body.indicators.length - 1];
  return last ? { level1: last.level1, level2: last.level2, group: last.group } : { level1: null, level2: null, group: -1 };
}

/**
 * The right edge of the cells the shifted-row fallback may read: cells pushed up to two columns past
 * the header (seed 000), but not into another table beside the grid (a 核对 block with its own header).
 */
function shiftedRightEdge(view: SheetView, header: IndicatorHeader): number {
  let right = header.right;
  for (let c = header.right + 1; c <= Math.min(view.right, header.right + 2); c++) {
    for (let h = header.top; h <= header.bottom; h++) if (view.text(h, c) !== '') return right;
    right = c;
  }
  return right;
}

/** A 小计 label ("小计", "产出指标小计", "产出指标合计"): a subtotal row, neither an indicator nor the total. */
function isSubtotal(text: string): boolean {
  return text.length <= 12 && text.includes('计') && (text.includes('小计') || /指标\s*合\s*计$/.test(text));
}

/**
 * Follows the 一级 / 二级 labels (merged or written once per block) and opens a 一级 group where one
 * starts. True for a 小计 row, which the caller skips (its label opens no block).
 */
function updateLevels(view: SheetView, cols: IndicatorColumns, r: number, ctx: Context, groups: Level1Group[]): boolean {
  if (cols.level1 !== undefined) {
    const own = view.ownText(r, cols.level1);
    if (isSubtotal(own)) return true;
    // A label repeated on every row of its block (no merge) continues the block.
    if (own !== '' && cleanName(own) !== ctx.level1) {
      ctx.level1 = cleanName(own);
      ctx.level2 = null;
      const points = POINTS_IN_LABEL.exec(own);
      groups.push({
        label: ctx.level1,
        stated: cols.weight1 !== undefined ? shownValue(view, r, cols.weight1) : null,
        statedInLabel: points ? points[1] : null,
        row: r,
        col: cols.level1,
      });
      ctx.group = groups.length - 1;
    }
  }
  if (cols.level2 !== undefined) {
    const text = view.text(r, cols.level2);
    if (isSubtotal(text)) return true;
    if (text !== '') ctx.level2 = cleanName(text);
  }
  return false;
}

function readTotal(view: SheetView, header: IndicatorHeader, r: number, afterIndicators: boolean): RecognizedTotal | null {
  const cols = header.columns;
  // A row with a 三级 name is an indicator unless that name is itself the total's label (cheap test first).
  const name = cols.name !== undefined ? view.text(r, cols.name) : '';
  if (name !== '' && !TOTAL_LABEL.test(name)) return null;
  const weight = cols.weight !== undefined ? horizontalValue(view, r, cols.weight) : null;
  const score = cols.score !== undefined ? horizontalValue(view, r, cols.score) : null;
  if (!holdsNumber(weight) && !holdsNumber(score)) return null;
  let labelled = false;
  let labelsEmpty = true;
  const firstValueCol = Math.min(cols.weight ?? Infinity, cols.score ?? Infinity);
  for (let c = header.left; c < firstValueCol; c++) {
    if (c === cols.section) continue;
    const t = view.text(r, c);
    if (t === '') continue;
    labelsEmpty = false;
    if (TOTAL_LABEL.test(t)) labelled = true;
  }
  if (labelled || (labelsEmpty && afterIndicators)) return { row: r, weight, score };
  return null;
}

/** Whether the merge at (r, nameCol) also covers the target or actual column: a note, not a name. */
function isNoteMerge(view: SheetView, cols: IndicatorColumns, r: number): boolean {
  if (cols.name === undefined) return false;
  const m = view.mergeAt(r, cols.name);
  if (!m) return false;
  return [cols.target, cols.actual, cols.targetOp, cols.targetUnit].some((c) => c !== undefined && c >= m.left && c <= m.right);
}

/** The value shown at (r, c) by the row's own cells; none under a note merged across the columns. */
function valueUnlessNote(view: SheetView, r: number, c: number | undefined, note: boolean): CellValue | null {
  return c === undefined || note ? null : horizontalValue(view, r, c);
}

function readRow(
  view: SheetView,
  header: IndicatorHeader,
  r: number,
  ctx: Context,
  scored: boolean,
  groups: Level1Group[],
  shared: IndicatorCols,
  before: Context & { groups: number },
  shiftRight: number,
): RecognizedIndicator | null {
  const cols = header.columns;
  const note = isNoteMerge(view, cols, r);
  let nameText = cols.name !== undefined && !note ? cleanName(view.text(r, cols.name)) : '';
  // Under "指标名称" over two columns, a name may stand in the first one with the second blank.
  if (nameText === '' && !scored && cols.level2 !== undefined && cols.level2 < (cols.name ?? -1)) nameText = cleanName(view.ownText(r, cols.level2));
  const target = valueUnlessNote(view, r, cols.target, note);
  const actual = valueUnlessNote(view, r, cols.actual, note);
  const split: SplitTarget | null =
    cols.targetOp !== undefined || cols.targetUnit !== undefined
      ? { op: valueUnlessNote(view, r, cols.targetOp, note), value: target, unit: valueUnlessNote(view, r, cols.targetUnit, note) }
      : null;
  const weight = cols.weight !== undefined ? horizontalValue(view, r, cols.weight) : null;
  const score = cols.score !== undefined ? horizontalValue(view, r, cols.score) : null;
  if (isSubtotal(nameText)) return null;
  const underInputManagement = /投入管理/.test(ctx.level1 ?? '');
  let targetGiven = target !== null;
  let actualGiven = actual !== null;
  if (underInputManagement) {
    // Under 投入管理 the form's "/" in 三级 / 指标值 / 完成值 stands for nothing (§8.12).
    if (target !== null && PLACEHOLDER.test(target.text)) targetGiven = false;
    if (actual !== null && PLACEHOLDER.test(actual.text)) actualGiven = false;
    if (!targetGiven && !actualGiven && PLACEHOLDER.test(nameText)) nameText = '';
  }
  const inputManagement = underInputManagement || (nameText === '' && !targetGiven && !actualGiven && !split?.op && ctx.level2 !== null);
  // A 投入管理 row without values is named by its 二级, whatever note its 三级 cell holds (§8.12).
  const byLevel2 = inputManagement && !targetGiven && !actualGiven && !split?.op && ctx.level2 !== null;
  const name = byLevel2 ? ctx.level2 ?? '' : nameText;
  // A 分值 that is no number ("—", "#DIV/0!") under a real name with values keeps its row (UNREADABLE_NUMBER, §8.18).
  const weightUnreadable = holdsNonNumber(weight) && !PLACEHOLDER.test(name) && (targetGiven || actualGiven);
  if (scored && ((!holdsNumber(weight) && !weightUnreadable) || name === '' || VALUE_LIKE.test(name))) return readShifted(view, header, r, ctx, groups, shared, before, shiftRight);
  if (name === '' || PLACEHOLDER.test(name)) return null;
  if (!scored && !target && !actual && !split?.op) return null;
  const reason = cols.reason !== undefined ? view.text(r, cols.reason) : '';
  // Properties written out: a spread here made V8 build a slow dictionary object per row.
  return {
    row: r,
    level1: ctx.level1,
    level2: ctx.level2,
    group: ctx.group,
    cols: shared,
    name,
    inputManagement: inputManagement && !targetGiven && !actualGiven,
    target,
    split,
    actual,
    weight,
    score,
    reason: reason === '' ? null : reason,
    shifted: false,
  };
}

function readShifted(
  view: SheetView,
  header: IndicatorHeader,
  r: number,
  ctx: Context,
  groups: Level1Group[],
  shared: IndicatorCols,
  before: Context & { groups: number },
  shiftRight: number,
): RecognizedIndicator | null {
  const s = readShiftedRow(view, r, header.left, shiftRight);
  if (!s || PLACEHOLDER.test(s.name)) return null;
  const base = { row: r, level1: ctx.level1, level2: ctx.level2, group: ctx.group, cols: shared };
  // The labels read by header column were this row's shifted cells: undo them.
  ctx.level1 = before.level1;
  ctx.level2 = before.level2;
  ctx.group = before.group;
  groups.length = before.groups;
  if (s.level1) {
    ctx.level1 = s.level1;
    groups.push({ label: s.level1, stated: s.level1Points, statedInLabel: POINTS_IN_LABEL.exec(s.level1)?.[1] ?? null, row: r, col: header.left });
    ctx.group = groups.length - 1;
  }
  if (s.level2) ctx.level2 = s.level2;
  const reasonText = base.cols.reason !== null ? view.text(r, base.cols.reason) : '';
  return {
    ...base,
    cols: { ...base.cols, target: s.target?.col ?? base.cols.target, actual: s.actual?.col ?? base.cols.actual },
    group: ctx.group,
    level1: ctx.level1,
    level2: ctx.level2,
    name: s.name,
    inputManagement: false,
    target: s.target,
    split: null,
    actual: s.actual,
    weight: s.weight,
    score: s.score,
    reason: reasonText !== '' ? reasonText : s.reason?.text ?? null,
    shifted: true,
  };
}

/** A row holding only a short name fragment continues the name of the indicator right above it. */
function joinFragment(view: SheetView, cols: IndicatorColumns, r: number, indicators: RecognizedIndicator[]): boolean {
  const prev = indicators[indicators.length - 1];
  if (!prev || cols.name === undefined || r - prev.row > 3) return false;
  // Only empty rows (a page break) may stand between the name and its fragment.
  for (const k of view.rowsBetween(prev.row + 1, r - 1)) for (const c of view.columnsIn(k)) if (view.ownText(k, c) !== '') return false;
  const fragment = view.ownText(r, cols.name);
  if (fragment === '' || fragment.length > 8 || PLACEHOLDER.test(fragment) || /指标$/.test(fragment)) return false;
  for (const c of view.columnsIn(r)) {
    if (c !== cols.name && ownValue(view, r, c)) return false;
  }
  prev.name = cleanName(prev.name + fragment);
  return true;
}
