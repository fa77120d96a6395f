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
/** Points a 一级 label states: "产出指标(50分)", "(特性指标70分)", "(20分)", or at its end "产出指标40分". */
const POINTS_IN_LABEL = /[(（][^()（）\d]*(\d+(?:\.\d+)?)\s*分\s*[)）]|[\u4e00-\u9fff](\d+(?:\.\d+)?)\s*分$/;

function pointsInLabel(label: string): string | null {
  const m = POINTS_IN_LABEL.exec(label);
  return m ? (m[1] ?? m[2]) : null;
}

/** Where the rows being read stand: the 一级 / 二级 they sit under and the index of the 一级 group (-1: none). */
interface Context {
  level1: string | null;
  level2: string | null;
  group: number;
}

/** A 一级 label that opens a block on this row. */
interface Level1Label {
  label: string;
  stated: CellValue | null;
  statedInLabel: string | null;
  row: number;
  col: number;
}

/** The labels a row sets: a 一级 that opens a block; a 二级 (undefined: unchanged, null: cleared by the new 一级). */
interface Levels {
  level1: Level1Label | null;
  level2: string | null | undefined;
}

/** An indicator as one row reads it, before the fold places it under its 一级 / 二级. */
type RowIndicator = Omit<RecognizedIndicator, 'level1' | 'level2' | 'group'>;

/** What one row of the body is (issue 14.3: a typed reading, folded into the table). */
export type RowReading =
  | { kind: 'total'; total: RecognizedTotal }
  | { kind: 'subtotal' }
  | { kind: 'remark' }
  | { kind: 'indicator'; levels: Levels; indicator: RowIndicator }
  | { kind: 'shifted'; levels: Levels; indicator: RowIndicator }
  | { kind: 'fragment'; levels: Levels; text: string }
  | { kind: 'other'; levels: Levels };

/** The layout every row of one body is read with. */
interface Layout {
  view: SheetView;
  header: IndicatorHeader;
  scored: boolean;
  shared: IndicatorCols;
  shiftRight: number;
}

/**
 * Reads the indicator rows under `header`, rows header.bottom+1 .. `limit`, continuing `into`
 * (a table interrupted by a repeated page header goes on). Stops after a total row.
 */
export function readIndicatorRows(view: SheetView, header: IndicatorHeader, limit: number, into?: IndicatorBody): IndicatorBody {
  const cols = header.columns;
  const layout: Layout = {
    view,
    header,
    scored: cols.weight !== undefined || cols.score !== undefined,
    shared: {
      name: cols.name ?? cols.level2 ?? header.left,
      target: cols.target ?? header.left,
      actual: cols.actual ?? header.left,
      reason: cols.reason ?? null,
      operator: cols.targetOp ?? null,
      unit: cols.targetUnit ?? null,
      weight: cols.weight ?? null,
      score: cols.score ?? null,
    },
    shiftRight: shiftedRightEdge(view, header),
  };
  // The body this read owns: rows are appended in place (an immutable copy per row made the read quadratic).
  const body: IndicatorBody = into
    ? { ...into, indicators: [...into.indicators], groups: [...into.groups] }
    : { indicators: [], groups: [], total: null, bottom: header.bottom };
  let ctx = lastContext(body);
  for (const r of view.rowsBetween(header.bottom + 1, limit)) {
    const reading = readRow(layout, r, ctx, body);
    ctx = fold(body, ctx, reading, r);
    if (reading.kind === 'total') break;
  }
  return body;
}

/** Adds one row's reading to the body; returns the context for the next row. */
function fold(body: IndicatorBody, ctx: Context, reading: RowReading, r: number): Context {
  switch (reading.kind) {
    case 'total':
      body.total = reading.total;
      body.bottom = r;
      return ctx;
    case 'subtotal':
    case 'remark':
      return ctx;
    case 'other':
      return withLevels(body, ctx, reading.levels);
    case 'fragment': {
      const next = withLevels(body, ctx, reading.levels);
      const last = body.indicators.length - 1;
      body.indicators[last] = { ...body.indicators[last], name: cleanName(body.indicators[last].name + reading.text) };
      body.bottom = r;
      return next;
    }
    case 'indicator':
    case 'shifted': {
      const next = withLevels(body, ctx, reading.levels);
      // The place first: V8 copies `{ ...row, added }` slowly (a new map per object), `{ added, ...row }` fast.
      body.indicators.push({ level1: next.level1, level2: next.level2, group: next.group, ...reading.indicator });
      body.bottom = r;
      return next;
    }
  }
}

/** Opens the row's 一级 group, if it names one; the context under the row's labels. */
function withLevels(body: IndicatorBody, ctx: Context, levels: Levels): Context {
  let next = ctx;
  if (levels.level1) {
    const { label, stated, statedInLabel, row, col } = levels.level1;
    body.groups.push({ label, stated, statedInLabel, row, col });
    next = { level1: label, level2: ctx.level2, group: body.groups.length - 1 };
  }
  if (levels.level2 !== undefined) next = { ...next, level2: levels.level2 };
  return next;
}

function lastContext(body: IndicatorBody): Context {
  const last = body.indicators[body.indicators.length - 1];
  return last ? { level1: last.level1, level2: last.level2, group: last.group } : { level1: null, level2: null, group: -1 };
}

/** What row `r` is, given the context above it and the body read so far (for a name fragment). */
function readRow(layout: Layout, r: number, ctx: Readonly<Context>, body: Readonly<IndicatorBody>): RowReading {
  const { view, header, scored } = layout;
  if (scored) {
    const total = readTotal(view, header, r, body.indicators.length > 0);
    if (total) return { kind: 'total', total };
  }
  if (isRemark(view, header.columns, r)) return { kind: 'remark' };
  const levels = readLevels(view, header.columns, r, ctx);
  if (levels === 'subtotal') return { kind: 'subtotal' };
  const here = applied(ctx, levels);
  const own = readByHeader(layout, r, here);
  if (own === 'shift') {
    const shifted = readShifted(layout, r);
    if (shifted) return shifted;
  } else if (own !== null) {
    return { kind: 'indicator', levels, indicator: own };
  }
  const prev = body.indicators[body.indicators.length - 1];
  const text = prev ? fragmentOf(view, header.columns, r, prev) : null;
  return text !== null ? { kind: 'fragment', levels, text } : { kind: 'other', levels };
}

/** The 一级 / 二级 a row sits under once its own labels are read. */
function applied(ctx: Readonly<Context>, levels: Levels): { level1: string | null; level2: string | null } {
  const level1 = levels.level1 ? levels.level1.label : ctx.level1;
  return { level1, level2: levels.level2 !== undefined ? levels.level2 : ctx.level2 };
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
 * The 一级 / 二级 labels of a row (merged or written once per block): a 一级 that differs from the one
 * above opens a group; 'subtotal' for a 小计 row, which the fold skips (its label opens no block).
 */
function readLevels(view: SheetView, cols: IndicatorColumns, r: number, ctx: Readonly<Context>): Levels | 'subtotal' {
  const levels: Levels = { level1: null, level2: undefined };
  if (cols.level1 !== undefined) {
    const own = view.ownText(r, cols.level1);
    if (isSubtotal(own)) return 'subtotal';
    // A label repeated on every row of its block (no merge) continues the block.
    if (own !== '' && cleanName(own) !== ctx.level1) {
      const points = pointsInLabel(own);
      levels.level1 = {
        label: cleanName(own),
        stated: cols.weight1 !== undefined ? shownValue(view, r, cols.weight1) : null,
        statedInLabel: points,
        row: r,
        col: cols.level1,
      };
      levels.level2 = null;
    }
  }
  if (cols.level2 !== undefined) {
    const text = view.text(r, cols.level2);
    if (isSubtotal(text)) return 'subtotal';
    if (text !== '') levels.level2 = cleanName(text);
  }
  return levels;
}

function readTotal(view: SheetView, header: IndicatorHeader, r: number, afterIndicators: boolean): RecognizedTotal | null {
  const cols = header.columns;
  // A row with a 三级 name is an indicator unless that name is itself the total's label (cheap test first).
  // A cell merged in from the left ("总分 | 99.55分" over B:G) is the total's value, not a name.
  const name = cols.name !== undefined && !mergedFromLeft(view, r, cols.name) ? view.text(r, cols.name) : '';
  if (name !== '' && !TOTAL_LABEL.test(name)) return null;
  const weight = cols.weight !== undefined ? horizontalValue(view, r, cols.weight) : null;
  const score = cols.score !== undefined ? horizontalValue(view, r, cols.score) : null;
  if (!holdsNumber(weight) && !holdsNumber(score)) return null;
  let labelled = false;
  let labelsEmpty = true;
  const firstValueCol = Math.min(cols.weight ?? Infinity, cols.score ?? Infinity);
  // From the sheet's left edge: a goal-block label left of the header ("年度绩效目标1(80分)") has the 总分 below it.
  for (let c = Math.min(view.left, header.left); c < firstValueCol; c++) {
    // The section label's merge runs down beside the grid; a 总分 of its own below it is the total's label.
    if (c === cols.section && !TOTAL_LABEL.test(view.ownText(r, c))) continue;
    const t = view.text(r, c);
    if (t === '') continue;
    labelsEmpty = false;
    if (TOTAL_LABEL.test(t)) labelled = true;
  }
  if (labelled || (labelsEmpty && afterIndicators)) return { row: r, weight, score };
  return null;
}

function mergedFromLeft(view: SheetView, r: number, c: number): boolean {
  const m = view.mergeAt(r, c);
  return m !== null && m.left < c;
}

/** A remark's label (其他需要说明事项, 说明, 备注), with or without its colon. */
const REMARK_LABEL = /^(其他)?(需要|需)?说明(的)?(事项|情况)?[:：]?$|^备\s*注[:：]?$/;

/**
 * rules.md §8.28: a row labelled 其他需要说明事项 / 说明 / 备注 left of the values, or whose one merged cell
 * spans the target … score columns, is a remark ("其他需要说明事项 | 无"): not an indicator, no finding.
 */
function isRemark(view: SheetView, cols: IndicatorColumns, r: number): boolean {
  const firstValue = Math.min(...[cols.target, cols.actual, cols.weight, cols.score].filter((c): c is number => c !== undefined));
  for (const c of view.columnsIn(r)) {
    if (c >= firstValue) break;
    if (!view.continuesFromAbove(r, c) && REMARK_LABEL.test(view.ownText(r, c).replace(/\s+/g, ''))) return true;
  }
  const last = cols.score ?? cols.weight;
  if (cols.target === undefined || last === undefined) return false;
  const m = view.mergeAt(r, cols.target);
  return m !== null && m.top === r && m.left <= Math.min(cols.target, cols.actual ?? cols.target) && m.right >= last;
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

/**
 * The indicator a row holds by its header columns; 'shift' when its cells do not sit under their
 * headers (a scored row without a usable 分值 or name: the shifted-column fallback reads it), null for none.
 */
function readByHeader(layout: Layout, r: number, here: { level1: string | null; level2: string | null }): RowIndicator | 'shift' | null {
  const { view, header, scored, shared } = layout;
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
  const underInputManagement = /投入管理/.test(here.level1 ?? '');
  let targetGiven = target !== null;
  let actualGiven = actual !== null;
  if (underInputManagement) {
    // Under 投入管理 the form's "/" in 三级 / 指标值 / 完成值 stands for nothing (§8.12).
    if (target !== null && PLACEHOLDER.test(target.text)) targetGiven = false;
    if (actual !== null && PLACEHOLDER.test(actual.text)) actualGiven = false;
    if (!targetGiven && !actualGiven && PLACEHOLDER.test(nameText)) nameText = '';
  }
  const inputManagement = underInputManagement || (nameText === '' && !targetGiven && !actualGiven && !split?.op && here.level2 !== null);
  // A 投入管理 row without values is named by its 二级, whatever note its 三级 cell holds (§8.12).
  const byLevel2 = inputManagement && !targetGiven && !actualGiven && !split?.op && here.level2 !== null;
  const name = byLevel2 ? here.level2 ?? '' : nameText;
  // A row of a scored table is an indicator by its 分值 (by its 得分 where the table has no 分值 column); one that
  // is no number ("—", "#DIV/0!") under a real name with values keeps its row (UNREADABLE_NUMBER, §8.18).
  const points = cols.weight !== undefined ? weight : score;
  const pointsUnreadable = holdsNonNumber(points) && !PLACEHOLDER.test(name) && (targetGiven || actualGiven);
  if (scored && ((!holdsNumber(points) && !pointsUnreadable) || name === '' || VALUE_LIKE.test(name))) return 'shift';
  if (name === '' || PLACEHOLDER.test(name)) return null;
  if (!scored && !target && !actual && !split?.op) return null;
  const reason = cols.reason !== undefined ? view.text(r, cols.reason) : '';
  return {
    row: r,
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

/** rules.md §7.15: the row read by the shape of its cells; its labels are those cells' (the header columns' are not). */
function readShifted(layout: Layout, r: number): RowReading | null {
  const { view, header, shared } = layout;
  const s = readShiftedRow(view, r, header.left, layout.shiftRight);
  if (!s || PLACEHOLDER.test(s.name)) return null;
  const levels: Levels = {
    level1: s.level1 ? { label: s.level1, stated: s.level1Points, statedInLabel: pointsInLabel(s.level1), row: r, col: header.left } : null,
    level2: s.level2 ?? undefined,
  };
  const reasonText = shared.reason !== null ? view.text(r, shared.reason) : '';
  return {
    kind: 'shifted',
    levels,
    indicator: {
      row: r,
      cols: { ...shared, target: s.target?.col ?? shared.target, actual: s.actual?.col ?? shared.actual, weight: s.weight.col, score: s.score.col },
      name: s.name,
      inputManagement: false,
      target: s.target,
      split: null,
      actual: s.actual,
      weight: s.weight,
      score: s.score,
      reason: reasonText !== '' ? reasonText : s.reason?.text ?? null,
      shifted: true,
    },
  };
}

/** A row holding only a short name fragment continues the name of the indicator right above it: the fragment, or null. */
function fragmentOf(view: SheetView, cols: IndicatorColumns, r: number, prev: RecognizedIndicator): string | null {
  if (cols.name === undefined || r - prev.row > 3) return null;
  // Only empty rows (a page break) may stand between the name and its fragment.
  for (const k of view.rowsBetween(prev.row + 1, r - 1)) for (const c of view.columnsIn(k)) if (view.ownText(k, c) !== '') return null;
  const fragment = view.ownText(r, cols.name);
  if (fragment === '' || fragment.length > 8 || PLACEHOLDER.test(fragment) || /指标$/.test(fragment)) return null;
  for (const c of view.columnsIn(r)) {
    if (c !== cols.name && ownValue(view, r, c)) return null;
  }
  return fragment;
}
