import { D } from '../../../core/decimal';
import { STATUS_ORDER, type ReturnRow } from './returns';

/** The columns of the returns table, in order: heading, and how rows compare for sorting. */
export interface Column {
  id: string;
  heading: string;
  /** share of the table's width, in percent (the table is laid out fixed: 1,000 rows lay out fast) */
  width: number;
  /** the row's sort value; null sorts last in either direction */
  key: (r: ReturnRow) => string | number | null;
  compare: (a: string | number, b: string | number) => number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const text = (a: string | number, b: string | number): number => collator.compare(String(a), String(b));
const number = (a: string | number, b: string | number): number => Number(a) - Number(b);
/** Exact decimals: a score of 99.995 and one of 99.99 never compare equal through a float. */
const decimal = (a: string | number, b: string | number): number => D(a).comparedTo(D(b));
const GRADE_ORDER = ['差', '中', '良', '优'];
const byList = (list: readonly string[]) => (a: string | number, b: string | number): number => list.indexOf(String(a)) - list.indexOf(String(b));
const isDecimal = (v: string | null): string | null => (v !== null && /^-?\d+(\.\d+)?$/.test(v) ? v : null);

export const COLUMNS: readonly Column[] = [
  { id: 'file', heading: '文件', width: 17, key: (r) => r.f, compare: text },
  { id: 'sheet', heading: '工作表', width: 9, key: (r) => r.s, compare: text },
  { id: 'unit', heading: '单位 / 项目', width: 22, key: (r) => r.u, compare: text },
  { id: 'year', heading: '年度', width: 5, key: (r) => r.y, compare: number },
  { id: 'kind', heading: '类型', width: 13, key: (r) => r.k, compare: text },
  { id: 'total', heading: '总分', width: 6, key: (r) => isDecimal(r.t), compare: decimal },
  { id: 'grade', heading: '等级', width: 5, key: (r) => (r.g !== null && GRADE_ORDER.includes(r.g) ? r.g : null), compare: byList(GRADE_ORDER) },
  { id: 'rate', heading: '执行率(%)', width: 7, key: (r) => isDecimal(r.r), compare: decimal },
  { id: 'errors', heading: '错误', width: 5, key: (r) => (r.st === 'unreadable' ? null : r.n.error), compare: number },
  { id: 'warnings', heading: '警告', width: 5, key: (r) => (r.st === 'unreadable' ? null : r.n.warning), compare: number },
  { id: 'status', heading: '状态', width: 6, key: (r) => r.st, compare: byList(STATUS_ORDER) },
];

/**
 * For one column, each row's dense rank (0 = first in ascending order; equal values share a rank),
 * or -1 where the row has no value. The page sorts on these integers, so the browser never
 * parses decimals or collates Chinese itself.
 */
export function sortRanks(rows: readonly ReturnRow[], column: Column): number[] {
  const keys = rows.map(column.key);
  const order = keys.map((_, i) => i).filter((i) => keys[i] !== null);
  order.sort((i, j) => column.compare(keys[i] as string | number, keys[j] as string | number));
  const ranks = keys.map(() => -1);
  let rank = -1;
  order.forEach((row, pos) => {
    if (pos === 0 || column.compare(keys[order[pos - 1]] as string | number, keys[row] as string | number) !== 0) rank++;
    ranks[row] = rank;
  });
  return ranks;
}

/** Per row, its rank in every column (COLUMNS order). */
export function sortKeys(rows: readonly ReturnRow[]): number[][] {
  const byColumn = COLUMNS.map((c) => sortRanks(rows, c));
  return rows.map((_, i) => byColumn.map((ranks) => ranks[i]));
}
