import { D, type Dec } from '../decimal';
import { type Operator, takeLeadingOperator, takeTrailingOperator } from './operator';
import { decimalFromText, NUMBER_PATTERN } from './parseAmount';

/** A target or completion that is a number: `[op] number [unit]` (rules.md §6). */
export interface QuantValue {
  type: 'quant';
  /** The operator; when none is written: "=", or "≤" for a written zero (rules.md §8.7). */
  op: Operator;
  opExplicit: boolean;
  /** The number after 万/亿 scaling: "15万人次" → 150000. Compare amounts, not `written`. */
  amount: Dec;
  /** The unit after scaling and without its bracketed note ("人次", "场", "%"); null when none is written or only 万/亿. */
  unit: string | null;
  percent: boolean;
  /** The cell text as given (trimmed). */
  text: string;
  /** The number as written, before scaling ("15万人次" → 15). */
  written: Dec;
  /** The unit as written, brackets removed ("万人次", "场(4场招聘,36场面试)"); null when none. */
  unitWritten: string | null;
}

const LEADING_NUMBER = new RegExp(`^(${NUMBER_PATTERN})\\s*(.*)$`);
/**
 * A unit written without brackets: "%", "‰", a short word with no digits or punctuation ("套", "人次",
 * "个工作日", "次/年"), or a Latin unit with a power ("m2" — NFKC's reading of ㎡).
 */
const BARE_UNIT = /^(%|‰|[^\d()\s,;:、。%‰]{1,5}|[a-z]{1,3}[23])$/i;
/** Bare "units" that are really dates or deadlines: "11 月前", "10 月底", "5 日". */
const DATE_UNIT = /^(月|日|号)$|(前|底|后|初|末|旬)$/;
const ONE = D(1);
const MAGNITUDES: ReadonlyArray<readonly [string, Dec]> = [
  ['万', D(10000)],
  ['亿', D(100000000)],
];

/** Return the unit's scale and its comparable name: "万人次" → 10000 × "人次"; "场(4场招聘…)" → "场". */
export function readUnit(unitWritten: string | null): { scale: Dec; unit: string | null } {
  if (unitWritten === null) return { scale: ONE, unit: null };
  const noteAt = unitWritten.indexOf('(');
  let head = (noteAt < 0 ? unitWritten : unitWritten.slice(0, noteAt)).trim();
  let scale = ONE;
  for (const [prefix, factor] of MAGNITUDES) {
    if (head.startsWith(prefix)) {
      scale = factor;
      head = head.slice(prefix.length).trim();
      break;
    }
  }
  return { scale, unit: head === '' ? null : head };
}

/** Return the quantity a written number and unit describe; see `QuantValue` for the implied operator. */
export function makeQuant(op: Operator | null, written: Dec, unitWritten: string | null, text: string): QuantValue {
  const { scale, unit } = readUnit(unitWritten);
  return {
    type: 'quant',
    op: op ?? (written.isZero() ? '≤' : '='),
    opExplicit: op !== null,
    amount: scale === ONE ? written : written.times(scale),
    unit,
    percent: unit === '%',
    text,
    written,
    unitWritten,
  };
}

/** The bracketed unit "(…)" when it closes at the very end, nested brackets allowed; else undefined. */
function bracketedUnit(rest: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '(') depth += 1;
    if (rest[i] === ')') depth -= 1;
    if (depth === 0) return i === rest.length - 1 ? rest.slice(1, -1).trim() : undefined;
  }
  return undefined;
}

function isBareUnit(word: string): boolean {
  return BARE_UNIT.test(word) && !DATE_UNIT.test(word);
}

/**
 * The unit part after the number: null (none), the unit text, or undefined when it is not a unit.
 * Forms: "(unit)", "(unit(note))", "unit", "unit(note)" — "47套(含清洗)" is 套 with a note.
 */
function unitOf(rest: string): string | null | undefined {
  if (rest === '') return null;
  if (rest.startsWith('(')) {
    const inner = bracketedUnit(rest);
    return inner === '' ? null : inner;
  }
  const noteAt = rest.indexOf('(');
  if (noteAt < 0) return isBareUnit(rest) ? rest : undefined;
  const word = rest.slice(0, noteAt).trim();
  const note = bracketedUnit(rest.slice(noteAt));
  // A note with numbers is a breakdown to read, not a remark: "11 项（就业困难人员补贴 110 人…）" stays unreadable (§6).
  return isBareUnit(word) && note !== undefined && !/\d/.test(note) ? `${word}(${note})` : undefined;
}

/**
 * Read normalised text as `[op] number [unit] [以上|以下|以内]`, the whole text matching;
 * null when it does not. "百分百" is 100 %.
 *
 * @example parseQuantity('不少于 100 件', '不少于 100 件') // ≥ 100 件
 */
export function parseQuantity(normalized: string, text: string): QuantValue | null {
  const leading = takeLeadingOperator(normalized);
  const trailing = takeTrailingOperator(leading.rest);
  const op = leading.op ?? trailing.op;
  const body = trailing.rest;
  if (body === '百分百') return makeQuant(op, D(100), '%', text);
  const match = LEADING_NUMBER.exec(body);
  if (!match) return null;
  const unitWritten = unitOf(match[2]);
  if (unitWritten === undefined) return null;
  return makeQuant(op, decimalFromText(match[1]), unitWritten, text);
}
