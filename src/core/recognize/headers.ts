import type { SheetView } from '../grid/sheetView';
import { statedMoneyUnit, type MoneyUnit } from '../value/moneyAmount';
import type { CellValue } from './types';
import { isAmountLike, ownValue } from './cells';
import { chooseClaim, type RoleClaim } from './columnChoice';
import { fundsColumnsOf, type FundsColumns } from './fundsColumns';
import { headerKey, indicatorRole, isListedWord, type IndicatorRole } from './headerRoles';

export type { FundsColumns } from './fundsColumns';

export type IndicatorColumns = Partial<Record<IndicatorRole, number>>;

export interface IndicatorHeader {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: IndicatorColumns;
}

export interface FundsHeader {
  row: number;
  left: number;
  right: number;
  columns: FundsColumns;
  /** The money unit a cell of the header row states ("项目资金（万元）", "全年预算数(元)"). */
  moneyUnit: MoneyUnit | null;
  /**
   * The funds points a header cell states when the block has no 分值 / 权重 column ("预算执行情况(20分)",
   * "得分(20分*执行率)"): the funds total's 分值, at the header cell that says so.
   */
  statedPoints: CellValue | null;
}

/** The role a header text names; long texts are sentences, not header words. */
function roleOf(text: string): IndicatorRole | null {
  return text === '' || text.length > 30 ? null : indicatorRole(text);
}

/** A header cell's role, the merge (or cell) it came from, and what its claim rests on. */
interface HeaderCell {
  role: IndicatorRole;
  origin: string;
  key: string;
  row: number;
  bottom: number;
}

type Roles = Map<number, HeaderCell>;

/** Roles by column of one header row, each with the merge (or column) it came from. */
function rowRoles(view: SheetView, row: number, own: boolean): Roles {
  const out: Roles = new Map();
  for (const c of view.columnsIn(row)) {
    const text = own ? view.ownText(row, c) : view.text(row, c);
    const role = roleOf(text);
    if (!role) continue;
    const m = view.mergeAt(row, c);
    out.set(c, { role, origin: m ? `${m.top},${m.left}` : `${row},${c}`, key: headerKey(text), row, bottom: m ? m.bottom : row });
  }
  return out;
}

/** Whether every non-empty cell of `row` is a header word (a second header row). */
function isHeaderContinuation(view: SheetView, row: number): boolean {
  if (row > view.bottom) return false;
  let recognized = 0;
  for (const c of view.columnsIn(row)) {
    const text = view.ownText(row, c);
    if (text === '') continue;
    if (!roleOf(text)) return false;
    recognized++;
  }
  return recognized > 0;
}

/**
 * Columns from the roles of a header (one or two rows): a name header spanning
 * several columns ("指标名称" over A:B) reads as 二级 | name (or 一级 | 二级 | name);
 * any other role spanning columns keeps its first column. Where several header cells claim one
 * role, the evidence decides (columnChoice.ts, rules.md §8.17).
 */
function assignColumns(view: SheetView, roles: Roles, headerBottom: number): IndicatorColumns {
  const cols: IndicatorColumns = {};
  const claims = new Map<IndicatorRole, RoleClaim[]>();
  const sorted = [...roles.entries()].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < sorted.length; ) {
    const [col, cell] = sorted[i];
    const { role, origin } = cell;
    let j = i + 1;
    while (j < sorted.length && sorted[j][1].origin === origin && sorted[j][1].role === role) j++;
    const span = sorted.slice(i, j).map(([c]) => c);
    if (role === 'name' && span.length > 1) {
      const last = span[span.length - 1];
      if (cols.name === undefined) cols.name = last;
      if (span.length >= 3 && cols.level1 === undefined) cols.level1 = span[span.length - 3];
      if (cols.level2 === undefined) cols.level2 = span[span.length - 2];
    } else if (role === 'name' || role === 'section') {
      if (cols[role] === undefined) cols[role] = col;
    } else {
      const list = claims.get(role) ?? [];
      list.push({ col, role, key: cell.key, listed: isListedWord(role, cell.key), row: cell.row, bottom: cell.bottom });
      claims.set(role, list);
    }
    i = j;
  }
  levelPoints(sorted, claims);
  const nameCols = [cols.level1, cols.level2, cols.name].filter((c): c is number => c !== undefined);
  for (const [role, list] of claims) {
    const firstNameCol = role === 'level1' || role === 'level2' || role === 'weight1' || nameCols.length === 0 ? null : Math.min(...nameCols);
    cols[role] = chooseClaim(view, list, headerBottom, firstNameCol).col;
  }
  if (cols.weight === undefined && cols.weight1 !== undefined && !mergedDownBody(view, cols.weight1, headerBottom)) {
    // Without a 分值 column, a 权重 that varies by row is the row-level 分值 (rules.md §2); merged over
    // a block it stays the 一级's points. A new object, not `delete`.
    const { weight1, ...rest } = cols;
    return { ...rest, weight: weight1 };
  }
  return cols;
}

const LEVELS: IndicatorRole[] = ['level1', 'level2', 'name'];

/**
 * A scoring form prints each level's points beside it: "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分",
 * or 得分 over every number column ("一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | 得分"). Where a number
 * role is claimed more than once, a claim that directly follows a level's header is that level's points: the
 * 一级's stated points (weight1), nothing the rules read for a 二级, and the row's 分值 beside the 三级 — a 得分
 * there too when another 得分 stands further right (that one is what was scored).
 */
function levelPoints(sorted: [number, HeaderCell][], claims: Map<IndicatorRole, RoleClaim[]>): void {
  const repeated = (['weight', 'score'] as const).filter((role) => (claims.get(role)?.length ?? 0) > 1);
  for (const role of repeated) {
    const list = claims.get(role) ?? [];
    const lastCol = Math.max(...list.map((c) => c.col));
    for (const claim of [...list]) {
      const level = previousHeaderRole(sorted, claim.col);
      if (!level || !LEVELS.includes(level)) continue;
      if (level === 'name' && (role === 'weight' || claim.col === lastCol)) continue;
      list.splice(list.indexOf(claim), 1);
      const into: IndicatorRole | null = level === 'level1' ? 'weight1' : level === 'name' ? 'weight' : null;
      if (into && !claims.get(into)?.some((c) => c.listed)) claims.set(into, [...(claims.get(into) ?? []), { ...claim, role: into }]);
    }
  }
}

/** The role of the header cell (of another merge) nearest left of column `col`. */
function previousHeaderRole(sorted: [number, HeaderCell][], col: number): IndicatorRole | null {
  const own = sorted.find(([c]) => c === col)?.[1].origin;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const [c, cell] = sorted[i];
    if (c < col && cell.origin !== own) return cell.role;
  }
  return null;
}

/** Whether a cell of column `col` below the header is merged down over several rows (one value per block). */
function mergedDownBody(view: SheetView, col: number, headerBottom: number): boolean {
  return view.rowsBetween(headerBottom + 1, headerBottom + 40).some((r) => {
    const m = view.mergeAt(r, col);
    return m !== null && m.top === r && m.bottom > r;
  });
}

const GENERIC_NAME = new Set(['指标名称', '绩效指标名称', '指标', '绩效指标'].map(headerKey));

/**
 * "绩效指标 | 年度目标 | 完成情况": without 一级 / 二级 / 三级 / 指标名称 columns, the 绩效指标 header
 * names the indicators (it is a label over the grid only beside them).
 */
function sectionAsName(roles: Roles): void {
  for (const v of roles.values()) if (v.role === 'name' || v.role === 'level1' || v.role === 'level2') return;
  for (const [c, v] of roles) if (v.role === 'section') roles.set(c, { ...v, role: 'name' });
}

/**
 * "指标名称 | (blank) | 计划 | 完成" without a merge reads like "指标名称" merged over A:B:
 * a generic name header takes the blank header cells right of it (before the next
 * header word) when the table has no 一级 / 二级 columns of its own.
 */
function extendGenericName(view: SheetView, roles: Roles, top: number, bottom: number): void {
  const all = [...roles.values()].map((v) => v.role);
  if (all.includes('level1') || all.includes('level2')) return;
  for (const [col, v] of [...roles.entries()]) {
    if (v.role !== 'name' || !GENERIC_NAME.has(headerKey(view.text(top, col)))) continue;
    let c = col + 1;
    while (roles.get(c)?.origin === v.origin) c++;
    const span: number[] = [];
    // Up to the next header word of the row (never past the last column that holds one).
    const lastRole = Math.max(...roles.keys());
    for (; c <= lastRole && !roles.has(c) && view.text(top, c) === '' && view.text(bottom, c) === ''; c++) span.push(c);
    if (c <= lastRole && roles.has(c)) for (const k of span) roles.set(k, v);
  }
}

/** How many body rows tell whether a 绩效指标 column holds 一级 labels. */
const LEVEL1_SAMPLE_ROWS = 40;

/**
 * "绩效指标 | 二级指标 | 三级指标" with no 一级 header: the 绩效指标 column is the 一级 column when its
 * body cells hold text of their own (产出指标, 效益指标 …); a vertical label has none there (its merge
 * runs down the grid, or the cells are empty). The 一级 matters beyond the report: 投入管理 rows and
 * the 一级 权重 sums are read from it.
 */
function sectionAsLevel1(view: SheetView, cols: IndicatorColumns, headerBottom: number): IndicatorColumns {
  const { section, level1, level2, ...rest } = cols;
  if (section === undefined || level1 !== undefined || level2 === undefined || section >= level2) return cols;
  const holdsLabel = (r: number) => {
    const own = ownValue(view, r, section);
    return own !== null && !isAmountLike(own);
  };
  return view.rowsBetween(headerBottom + 1, headerBottom + LEVEL1_SAMPLE_ROWS).some(holdsLabel) ? { ...rest, level1: section, level2 } : cols;
}

/**
 * A completion table's header: names with a target and a completion column; or a scoring form's (a 评分表, an
 * 整体支出绩效评价指标表): two levels of names with a 分值 and a 得分 column and no target or completion.
 */
function isIndicatorHeader(cols: IndicatorColumns): boolean {
  const named = cols.name !== undefined || cols.level2 !== undefined;
  if (cols.target !== undefined && cols.actual !== undefined) return named;
  const levels = [cols.level1, cols.level2, cols.name].filter((c) => c !== undefined).length;
  return cols.target === undefined && cols.actual === undefined && levels >= 2 && cols.weight !== undefined && cols.score !== undefined;
}

/**
 * rules.md §8.20: a targets table ("一级目标 | 二级目标 | 三级目标 | 指标目标值") declares indicators and
 * their 指标值 with no completion column. A 申报表 may give each its planned 分值 / 权重 ("… | 指标值 | 分值");
 * a 得分 column is scoring, which only a completion table has. Stricter than a completion table's header
 * (a 三级 name under a 一级 or 二级, a target header ending in 指标值 / 目标值), as nothing else in it
 * says it is a table: "目标" or "计划" beside a name is a sentence's words, not this form.
 */
function isTargetsHeader(view: SheetView, cols: IndicatorColumns, top: number, bottom: number): boolean {
  const { target, actual, score, name, level1, level2 } = cols;
  if (target === undefined || actual !== undefined || score !== undefined || name === undefined) return false;
  if (level1 === undefined && level2 === undefined) return false;
  return [top, bottom].some((r) => TARGET_VALUE_WORD.test(headerKey(view.text(r, target))));
}

const TARGET_VALUE_WORD = /(指标值|目标值)$/;

/** Every indicator-grid header on the sheet (completion tables and targets tables), top to bottom. */
export function findIndicatorHeaders(view: SheetView): IndicatorHeader[] {
  const found: IndicatorHeader[] = [];
  const rows = view.rowsBetween(view.top, view.bottom);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (view.hasNumber(r)) continue;
    const first = rowRoles(view, r, false);
    if (first.size < 2) continue;
    const two = isHeaderContinuation(view, r + 1);
    const roles = new Map(first);
    if (two) for (const [c, v] of rowRoles(view, r + 1, true)) roles.set(c, v);
    let bottom = two ? r + 1 : r;
    sectionAsName(roles);
    extendGenericName(view, roles, r, bottom);
    let cols = assignColumns(view, roles, bottom);
    const isHeader = (c: IndicatorColumns, b: number) => isIndicatorHeader(c) || isTargetsHeader(view, c, r, b);
    if (!isHeader(cols, bottom) && two) {
      cols = assignColumns(view, first, r);
      bottom = r;
    }
    if (!isHeader(cols, bottom)) continue;
    cols = sectionAsLevel1(view, cols, bottom);
    const used = Object.values(cols) as number[];
    found.push({ top: r, bottom, left: Math.min(...used), right: Math.max(...used), columns: cols });
    if (bottom > r) k++;
  }
  return found;
}

/** Every funds-block header (a budget and an execution column in one row), top to bottom. */
export function findFundsHeaders(view: SheetView): FundsHeader[] {
  const found: FundsHeader[] = [];
  for (const r of view.rowsBetween(view.top, view.bottom)) {
    if (view.hasNumber(r)) continue;
    const cols = fundsColumnsOf(view, r);
    if (!cols) continue;
    const used = Object.values(cols) as number[];
    const statedPoints = cols.weight === undefined ? headerPoints(view, r) : null;
    found.push({ row: r, left: Math.min(...used), right: Math.max(...used), columns: cols, moneyUnit: headerMoneyUnit(view, r), statedPoints });
  }
  return found;
}

const POINTS_IN_HEADER = /[(（]\s*(\d+(?:\.\d+)?)\s*分/;

function headerPoints(view: SheetView, r: number): CellValue | null {
  for (const c of view.columnsIn(r)) {
    const text = view.ownText(r, c);
    const m = POINTS_IN_HEADER.exec(text.normalize('NFKC'));
    if (m) return { row: r, col: c, value: m[1], text: m[1] };
  }
  return null;
}

function headerMoneyUnit(view: SheetView, r: number): MoneyUnit | null {
  for (const c of view.columnsIn(r)) {
    const unit = statedMoneyUnit(view.ownText(r, c));
    if (unit) return unit;
  }
  return null;
}
