import { normalizeValueText } from './normalize';

/** A comparison operator of a target value (rules.md §6: = ≥ > ≤ <). */
export type Operator = '=' | '≥' | '>' | '≤' | '<';

/**
 * Written forms of each operator, longest first so that "大于等于" wins over "大于".
 * Symbols arrive already normalised (≥ ≤ from >=, <=, ≧, ≦, full-width forms).
 */
const OPERATOR_WORDS: ReadonlyArray<readonly [string, Operator]> = [
  ['大于或等于', '≥'],
  ['小于或等于', '≤'],
  ['大于等于', '≥'],
  ['小于等于', '≤'],
  ['不少于', '≥'],
  ['不低于', '≥'],
  ['不小于', '≥'],
  ['不超过', '≤'],
  ['不高于', '≤'],
  ['不多于', '≤'],
  ['不大于', '≤'],
  ['控制在', '≤'],
  ['至少', '≥'],
  ['达到', '≥'],
  ['至多', '≤'],
  ['最多', '≤'],
  ['大于', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['超过', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['≥', '≥'],
  ['≤', '≤'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/**
 * Words after the amount that imply an operator: "90%以上" means ≥ 90 %.
 * In Chinese official usage 以上/以下/以内 include the number itself; "3个工作日内" is ≤ 3 个工作日.
 */
const OPERATOR_SUFFIXES: ReadonlyArray<readonly [string, Operator]> = [
  ['及以上', '≥'],
  ['或以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['或以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
  ['之内', '≤'],
  ['内', '≤'],
];

type OperatorWords = ReadonlyArray<readonly [string, Operator]>;

/** The words grouped by one end character, each group in the list's order: most texts are skipped by one lookup. */
function byEndChar(words: OperatorWords, end: (word: string) => string): ReadonlyMap<string, OperatorWords> {
  const groups = new Map<string, (readonly [string, Operator])[]>();
  for (const entry of words) {
    const key = end(entry[0]);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups;
}

const WORDS_BY_FIRST_CHAR = byEndChar(OPERATOR_WORDS, (word) => word[0]);
const SUFFIXES_BY_LAST_CHAR = byEndChar(OPERATOR_SUFFIXES, (word) => word[word.length - 1]);

/** Split a leading operator off normalised text: "不少于 100 件" → ['≥', ' 100 件']. */
export function takeLeadingOperator(text: string): { op: Operator | null; rest: string } {
  for (const [word, op] of WORDS_BY_FIRST_CHAR.get(text[0]) ?? []) {
    if (text.startsWith(word)) return { op, rest: text.slice(word.length).trimStart() };
  }
  return { op: null, rest: text };
}

/** Split a trailing operator word off normalised text: "90%以上" → ['≥', '90%']. */
export function takeTrailingOperator(text: string): { op: Operator | null; rest: string } {
  for (const [word, op] of SUFFIXES_BY_LAST_CHAR.get(text[text.length - 1]) ?? []) {
    if (text.endsWith(word)) return { op, rest: text.slice(0, -word.length).trimEnd() };
  }
  return { op: null, rest: text };
}

/** A code the 预算管理一体化 export puts before the operator it names ("004 >=", "005-<="). */
const SYSTEM_CODE = /^\s*\d{1,4}(?:\s*[-.、:：]\s*|\s+)/;

/** The operator a whole cell names ("≥", "＞", "不低于", "004 >="), or null: the 指标性质 column of split targets. */
export function parseOperator(text: string): Operator | null {
  const { op, rest } = takeLeadingOperator(normalizeValueText(text.replace(SYSTEM_CODE, '')));
  return rest === '' ? op : null;
}
