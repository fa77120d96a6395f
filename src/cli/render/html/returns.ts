import type { CheckReport, FileReport, FundsReport, Severity, TableKind, TableReport } from '../../../core/report/types';
import { SEVERITY_ORDER } from '../../../core/vocabulary';
import { copyLink } from '../../../xlsx/copyLink';

/** How a return stands, most serious first (the order of the 状态 column). */
export type ReturnStatus = 'unreadable' | 'error' | 'warning' | 'empty' | 'ok';
export const STATUS_ORDER: readonly ReturnStatus[] = ['unreadable', 'error', 'warning', 'empty', 'ok'];
export const STATUS_LABEL: Record<ReturnStatus, string> = {
  unreadable: '无法读取',
  error: '有错误',
  warning: '有警告',
  empty: '未找到自评表',
  ok: '通过',
};

/** One finding as the page lists it: [cell, code, message]. */
export type PageFinding = [cell: string, code: string, message: string];

/**
 * One row of the page: a table, or a file without one (unreadable or no table found).
 * Short keys: the page embeds a thousand of these.
 */
export interface ReturnRow {
  /** file as in the report */
  f: string;
  /** sheet */
  s: string | null;
  /** unit (部门 / 项目名称) — untrusted text */
  u: string | null;
  /** year */
  y: number | null;
  /** table kind */
  k: TableKind | null;
  /** range of the table */
  a: string | null;
  /** 总分: the capped total where a rule pack caps it */
  t: string | null;
  /** the total before the cap, when a cap lowered it */
  t0: string | null;
  /** 等级 */
  g: string | null;
  /** 执行率 (percentage points) and the funds row it is taken from */
  r: string | null;
  rl: string | null;
  /** finding counts by severity */
  n: Record<Severity, number>;
  st: ReturnStatus;
  /** why the file could not be read, or the no-table notice */
  x: string | null;
  /** href of the annotated copy (copyLink; always ./ or ../ first, so that it reads as a relative link) */
  c: string | null;
  /** findings grouped in SEVERITY_ORDER */
  d: PageFinding[][];
}

export const NO_TABLE_NOTE = '工作簿中未找到自评表';

/**
 * The 执行率 a reviewer reads for the table: the funds total's (年度资金总额 / 合计 / 总计) when the
 * block has one, else its first row with a rate (a dept table's 财政拨款).
 */
export function headlineFunds(budget: readonly FundsReport[]): FundsReport | null {
  const withRate = budget.filter((b) => b.rate !== null);
  return withRate.find((b) => /总额|合计|总计/.test(b.label)) ?? withRate[0] ?? null;
}

function statusOf(n: Record<Severity, number>): ReturnStatus {
  if (n.error > 0) return 'error';
  return n.warning > 0 ? 'warning' : 'ok';
}

function tableRow(file: string, t: TableReport, copy: string | null): ReturnRow {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const d: PageFinding[][] = SEVERITY_ORDER.map(() => []);
  for (const f of t.findings) {
    n[f.severity]++;
    d[SEVERITY_ORDER.indexOf(f.severity)].push([f.cell, f.code, f.message]);
  }
  const total = t.total.cappedScore ?? t.total.score;
  const funds = headlineFunds(t.budget);
  return {
    f: file, s: t.sheet, u: t.unit, y: t.year, k: t.kind, a: t.range,
    t: total, t0: total !== t.total.score ? t.total.score : null, g: t.total.cappedGrade ?? t.total.grade,
    r: funds?.rate ?? null, rl: funds?.label ?? null,
    n, st: statusOf(n), x: null, c: copy, d,
  };
}

function fileOnlyRow(file: FileReport, copy: string | null): ReturnRow {
  return {
    f: file.file, s: null, u: null, y: null, k: null, a: null, t: null, t0: null, g: null, r: null, rl: null,
    n: { error: 0, warning: 0, info: 0 }, st: file.error ? 'unreadable' : 'empty', x: file.error ?? NO_TABLE_NOTE, c: copy, d: [[], [], []],
  };
}

/** The link to a copy at `relativePath` (from the page's folder, `/` between segments): copyLink's, always starting with . */
function pageHref(relativePath: string): string {
  const href = copyLink(relativePath);
  return href.startsWith('.') ? href : `./${href}`;
}

/** Every return of the report in report order: one row per table, one per file without a table. */
export function returnRows(report: CheckReport, copies: Record<string, string>): ReturnRow[] {
  return report.files.flatMap((file) => {
    const copy = Object.prototype.hasOwnProperty.call(copies, file.file) ? pageHref(copies[file.file]) : null;
    return file.error || file.tables.length === 0 ? [fileOnlyRow(file, copy)] : file.tables.map((t) => tableRow(file.file, t, copy));
  });
}
