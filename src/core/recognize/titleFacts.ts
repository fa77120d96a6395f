import type { SheetView } from '../grid/sheetView';
import { statedMoneyUnit, type MoneyUnit } from '../value/moneyAmount';
import type { CellValue } from './types';
import { numberCellKind } from '../value/numberCell';
import { ownValue } from './cells';
import { headerKey } from './headerRoles';

export interface TitleFacts {
  unit: string | null;
  year: number | null;
  /** The title names a project table (项目支出 / 项目名称). */
  project: boolean;
  /** The title names a department's table (整体支出 / 部门(单位)名称). */
  dept: boolean;
  /** The money unit the title lines state ("单位：万元", "金额单位：元"), or null. */
  moneyUnit: MoneyUnit | null;
  /** The first row holding a title fact, or null. */
  firstRow: number | null;
  /** The total score a facts row records ("自评总分(分) | 97.6"), for a table with no 总分 row; null when none. */
  recordedTotal: CellValue | null;
}

/** Facts labels of the table's recorded total score (headerKey drops "(分)"). */
const TOTAL_SCORE_LABELS = new Set(['自评总分', '自评得分', '总分', '总得分', '自评总得分', '项目总得分', '综合得分', '评价总分']);

const DEPT_LABELS = new Set(['部门名称', '单位名称', '部门单位名称', '预算单位', '单位', '部门']);
const PROJECT_LABELS = new Set(['项目名称']);
/**
 * The labels that name a department's own table (rules.md §8.26: 部门(单位) evidence). 单位名称 / 预算单位 name
 * a unit on project tables as well, so they give the unit but not the kind.
 */
const DEPT_EVIDENCE_LABELS = new Set(['部门名称', '部门单位名称']);
/** A title or sheet name of a department's table (部门整体支出, 整体支出, 部门(单位)整体…). */
export const DEPT_TITLE = /部门整体|整体支出|整体绩效/;
/** A numbered paragraph heading ("（三）…", "一、…", "2. …"), not a title. */
const ENUMERATED = /^\s*([(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[.、．])/;
const LABEL_LIKE = /(名称|个数|主管部门|实施单位|负责人|联系电话)$/;
const YEAR_IN_BRACKETS = /[(（]\s*((?:19|20)\d{2})\s*年度?\s*[)）]/;
const YEAR_ANYWHERE = /(?<!\d)((?:19|20)\d{2})\s*年/;
/** The form's own words in a title: what stands before them is the title's subject. */
const FORM_WORDS = /(?:部门|单位)?(?:整体支出|项目支出|预算绩效|绩效自评)/;
const YEAR_WORDS = /[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?/g;
/** "项目名称：社区养老服务补贴" — a label and its value in one cell. */
const INLINE_FACT = /^\s*([^:：]{2,12})[:：]\s*(\S.*)$/;
/** A line stating the money unit: "单位：万元", "金额单位：元", "（单位：万元）". */
const MONEY_UNIT_LINE = /(?:金额|资金)?单位\s*[:：]\s*(?:人民币)?([千万亿]?元)/;
/** A money unit ("单位：万元") is not the unit that reports. */
const MONEY_UNIT = /^(?:人民币)?[千万亿]?元$/;

/**
 * Facts stated above a table, in rows `from`..`to`: the year ("(2023年度)", "2024 年…"),
 * the unit (the cell right of 部门(单位)名称 / 项目名称, else the title's subject) and
 * whether the title names a project table.
 */
export function readTitleFacts(view: SheetView, from: number, to: number): TitleFacts {
  const facts: TitleFacts = { unit: null, year: null, project: false, dept: false, moneyUnit: null, firstRow: null, recordedTotal: null };
  let deptUnit: string | null = null;
  let projectName: string | null = null;
  let titleUnit: string | null = null;
  const note = (r: number) => {
    if (facts.firstRow === null || r < facts.firstRow) facts.firstRow = r;
  };
  for (const r of view.rowsBetween(from, to)) {
    for (const c of view.columnsIn(r)) {
      const text = view.ownText(r, c);
      if (text === '') continue;
      const moneyLine = MONEY_UNIT_LINE.exec(text);
      if (moneyLine) facts.moneyUnit ??= moneyLine[1] as MoneyUnit;
      const inline = INLINE_FACT.exec(text);
      const key = headerKey(inline ? inline[1] : text);
      if (DEPT_LABELS.has(key) || PROJECT_LABELS.has(key)) {
        const value = inline ? inlineValue(inline[2]) : valueRightOf(view, r, c);
        if (value && PROJECT_LABELS.has(key)) projectName ??= value;
        else if (value && MONEY_UNIT.test(value)) facts.moneyUnit ??= statedMoneyUnit(value);
        else if (value && !MONEY_UNIT.test(value)) deptUnit ??= value;
        if (PROJECT_LABELS.has(key)) facts.project = true;
        else if (DEPT_EVIDENCE_LABELS.has(key)) facts.dept = true;
        note(r);
        continue;
      }
      if (TOTAL_SCORE_LABELS.has(key)) {
        facts.recordedTotal ??= numberRightOf(view, r, c);
        continue;
      }
      if (text.length > 80) continue;
      if (/项目支出绩效|项目绩效自评/.test(text)) facts.project = true;
      if (DEPT_TITLE.test(text)) facts.dept = true;
      const year = YEAR_IN_BRACKETS.exec(text) ?? YEAR_ANYWHERE.exec(text);
      if (year && facts.year === null) {
        facts.year = Number(year[1]);
        note(r);
      }
      if (titleUnit === null && /自评/.test(text) && !ENUMERATED.test(text)) titleUnit = subjectOfTitle(text);
      if (/自评|绩效/.test(text)) note(r);
    }
  }
  facts.unit = (facts.project ? projectName ?? deptUnit : deptUnit ?? projectName) ?? titleUnit;
  return facts;
}

/**
 * The subject a title names before the form's words, without its year:
 * "某区图书馆2023年度部门整体支出绩效自评表" → "某区图书馆"; "项目支出绩效自评表" → null.
 */
function subjectOfTitle(text: string): string | null {
  const plain = text.replace(/[《》]/g, '');
  const form = FORM_WORDS.exec(plain);
  if (!form) return null;
  const subject = plain.slice(0, form.index).replace(YEAR_WORDS, '').trim();
  return subject === '' || /^[(（]?(部门|单位)/.test(subject) ? null : subject;
}

/** The value of an inline fact, up to a next "label：" in the same cell ("…  实施单位：…"). */
function inlineValue(rest: string): string | null {
  const value = rest.split(/\s{2,}|\s+\S{2,8}[:：]/)[0].trim();
  return value === '' ? null : value.replace(/\s+/g, ' ');
}

/** The first value right of a label, when it is a number ("97.6", "95分"); null when it is anything else. */
function numberRightOf(view: SheetView, row: number, col: number): CellValue | null {
  const m = view.mergeAt(row, col);
  for (const c of view.columnsBetween(row, m ? m.right + 1 : col + 1, view.right)) {
    const own = ownValue(view, row, c);
    if (own !== null) return numberCellKind(own) === 'number' || numberCellKind(own) === 'text-number' ? own : null;
  }
  return null;
}

function valueRightOf(view: SheetView, row: number, col: number): string | null {
  const m = view.mergeAt(row, col);
  const start = m ? m.right + 1 : col + 1;
  for (const c of view.columnsBetween(row, start, view.right)) {
    const t = view.ownText(row, c);
    // The next label ("下属单位个数", "主管部门") means the value was left blank.
    if (t !== '') return LABEL_LIKE.test(headerKey(t)) ? null : t.replace(/\s+/g, ' ');
  }
  return null;
}
