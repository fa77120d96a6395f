import type { Grid } from '../grid/types';
import { SheetView } from '../grid/sheetView';
import type { TableKind } from '../report/types';
import { readFunds } from './funds';
import { findFundsHeaders, findIndicatorHeaders, type FundsHeader, type IndicatorHeader } from './headers';
import { readIndicatorRows, type IndicatorBody } from './indicatorRows';
import { DEPT_TITLE, readTitleFacts, type TitleFacts } from './titleFacts';
import type { RecognizedFunds, RecognizedTable } from './types';

/**
 * Every self-evaluation table on a sheet, top to bottom: found by their header words
 * (never by fixed coordinates), each with the title facts and the funds block above it
 * (rules.md §2, §7.15, §8.12–8.14). A sheet without a table gives [].
 * @example recognizeTables(grid).map((t) => t.kind) // ['dept']
 */
export function recognizeTables(grid: Grid): RecognizedTable[] {
  const view = new SheetView(grid);
  if (view.bottom < view.top) return [];
  const headers = findIndicatorHeaders(view);
  const fundsHeaders = findFundsHeaders(view);
  const tables: RecognizedTable[] = [];
  let regionTop = view.top;
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    let body: IndicatorBody | undefined;
    let current = header;
    // A header repeated under the last row read (a page break, a second goal block) continues the same table.
    for (;;) {
      body = readIndicatorRows(view, current, limitAfter(view, current, headers, fundsHeaders), body);
      const next = headers[i + 1];
      if (!next || body.total || !sameColumns(next, header) || !onlySectionsBetween(view, body.bottom, next.top)) break;
      current = next;
      i++;
    }
    // Funds blocks belong to the table below them; those under the last table, to it.
    const last = i === headers.length - 1;
    const funds = fundsAbove(view, fundsHeaders, regionTop, header.top, last ? body.bottom : -1);
    const facts = readTitleFacts(view, regionTop, header.top - 1);
    const tops = [header.top, ...funds.blocks.map((f) => f.row)];
    if (facts.firstRow !== null) tops.push(facts.firstRow);
    tables.push({
      sheet: grid.sheet,
      kind: kindOf(header, facts, grid.sheet),
      top: Math.min(...tops),
      left: Math.min(header.left, ...funds.blocks.map((f) => f.left)),
      bottom: Math.max(body.bottom, header.bottom, ...funds.rows.map((f) => f.row)),
      right: Math.max(header.right, ...funds.blocks.map((f) => f.right)),
      headerTop: header.top,
      headerBottom: header.bottom,
      unit: facts.unit,
      year: facts.year,
      moneyUnit: funds.blocks.find((f) => f.moneyUnit)?.moneyUnit ?? facts.moneyUnit,
      funds: funds.rows,
      indicators: body.indicators,
      groups: body.groups,
      total: body.total ?? (facts.recordedTotal ? { row: facts.recordedTotal.row, weight: null, score: facts.recordedTotal } : null),
      hasReasonColumn: header.columns.reason !== undefined,
      hasScoreColumns: header.columns.weight !== undefined || header.columns.score !== undefined,
      fundsOnly: false,
      columns: reportColumns(header, funds.blocks),
    });
    regionTop = Math.max(body.bottom, header.bottom) + 1;
  }
  if (headers.length === 0) tables.push(...fundsOnlyTables(view, grid.sheet, fundsHeaders));
  return tables;
}

/**
 * rules.md §8.24: on a sheet without an indicator grid, each funds block (a copy cut after the funds
 * block, a transfer-payment summary) is a table with no indicators; its rates and funds score are checked.
 */
function fundsOnlyTables(view: SheetView, sheet: string, fundsHeaders: FundsHeader[]): RecognizedTable[] {
  let regionTop = view.top;
  return fundsHeaders.map((f, k) => {
    const next = k + 1 < fundsHeaders.length ? fundsHeaders[k + 1].row - 1 : view.bottom;
    const rows = readFunds(view, f, next);
    const facts = readTitleFacts(view, regionTop, f.row - 1);
    const bottom = Math.max(f.row, ...rows.map((r) => r.row));
    const table: RecognizedTable = {
      sheet,
      kind: facts.dept || DEPT_TITLE.test(sheet) ? 'dept' : 'project',
      top: facts.firstRow ?? f.row,
      // The funds labels stand left of the amounts: the block starts at the header row's first cell.
      left: Math.min(f.left, view.columnsIn(f.row)[0] ?? f.left),
      bottom,
      right: f.right,
      headerTop: f.row,
      headerBottom: f.row,
      unit: facts.unit,
      year: facts.year,
      moneyUnit: f.moneyUnit ?? facts.moneyUnit,
      funds: rows,
      indicators: [],
      groups: [],
      total: null,
      hasReasonColumn: false,
      hasScoreColumns: f.columns.weight !== undefined || f.columns.score !== undefined,
      fundsOnly: true,
      columns: fundsReportColumns([f]),
    };
    regionTop = bottom + 1;
    return table;
  });
}

/** The last row a table under `header` may read: above the next indicator or funds header. */
function limitAfter(view: SheetView, header: IndicatorHeader, headers: IndicatorHeader[], funds: FundsHeader[]): number {
  let limit = view.bottom;
  for (const h of headers) if (h.top > header.bottom) limit = Math.min(limit, h.top - 1);
  for (const f of funds) if (f.row > header.bottom) limit = Math.min(limit, f.row - 1);
  return limit;
}

/** A goal block of the same table states its points ("年度绩效目标2(40分)"); a heading of its own ("履职效果情况") starts a new table. */
const GOAL_BLOCK = /目标.*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/;

/**
 * Whether nothing between two headers starts a new table: blank rows (a page break), or rows of one label
 * that names a goal block of the same table with its points ("年度绩效目标2(40分)").
 */
function onlySectionsBetween(view: SheetView, above: number, below: number): boolean {
  return view.rowsBetween(above + 1, below - 1).every((r) => {
    const texts = view.columnsIn(r).map((c) => view.ownText(r, c)).filter((t) => t !== '');
    return texts.length === 0 || (texts.length === 1 && !view.hasNumber(r) && GOAL_BLOCK.test(texts[0]));
  });
}

function sameColumns(a: IndicatorHeader, b: IndicatorHeader): boolean {
  return JSON.stringify(a.columns) === JSON.stringify(b.columns);
}

/** The funds blocks between the previous table and this header: they belong to this table. */
function fundsAbove(view: SheetView, headers: FundsHeader[], from: number, headerTop: number, below: number) {
  const blocks = headers.filter((f) => (f.row >= from && f.row < headerTop) || (below >= 0 && f.row > below));
  const rows: RecognizedFunds[] = [];
  blocks.forEach((f, k) => {
    const next = k + 1 < blocks.length ? blocks[k + 1].row - 1 : view.bottom;
    rows.push(...readFunds(view, f, f.row < headerTop ? Math.min(next, headerTop - 1) : next));
  });
  return { blocks, rows };
}

/**
 * A header without a completion column or a 得分 is a targets table (rules.md §8.20), one without 分值 / 得分 a
 * plan-actual table. A scored table is a department's only on evidence (rules.md §8.26: 部门整体 / 整体支出 /
 * 部门(单位) in the title, a facts label or the sheet's name); a project table needs no 项目名称 label.
 */
function kindOf(header: IndicatorHeader, facts: TitleFacts, sheet: string): TableKind {
  const cols = header.columns;
  // Without a completion column a header is a targets table, or a scoring form (headers.ts) that records a 得分.
  if (cols.actual === undefined && cols.score === undefined) return 'targets';
  if (cols.weight === undefined && cols.score === undefined) return 'plan-actual';
  if (facts.project) return 'project';
  return facts.dept || DEPT_TITLE.test(sheet) ? 'dept' : 'project';
}

/** The report's names of the indicator roles (the funds block's get a "funds" prefix). */
const REPORT_ROLE: Partial<Record<keyof IndicatorHeader['columns'], string>> = {
  level1: 'level1',
  weight1: 'level1Weight',
  level2: 'level2',
  name: 'name',
  targetOp: 'operator',
  target: 'target',
  targetUnit: 'unit',
  actual: 'actual',
  weight: 'weight',
  score: 'score',
  reason: 'reason',
};

const FUNDS_ROLE: Record<keyof FundsHeader['columns'], string> = {
  initial: 'fundsInitial',
  budget: 'fundsBudget',
  executed: 'fundsActual',
  rate: 'fundsRate',
  weight: 'fundsWeight',
  score: 'fundsScore',
};

/** Role → column of the indicator header and of the first funds header that has the role. */
function reportColumns(header: IndicatorHeader, funds: FundsHeader[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [role, col] of Object.entries(header.columns) as [keyof IndicatorHeader['columns'], number][]) {
    const name = REPORT_ROLE[role];
    if (name !== undefined) out[name] = col;
  }
  return { ...out, ...fundsReportColumns(funds) };
}

/** Role → column of the first funds header that has the role. */
function fundsReportColumns(funds: FundsHeader[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of funds) {
    for (const [role, col] of Object.entries(f.columns) as [keyof FundsHeader['columns'], number][]) out[FUNDS_ROLE[role]] ??= col;
  }
  return out;
}
