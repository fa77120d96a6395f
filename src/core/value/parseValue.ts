import { isPercentFormat, normalizeValueText } from './normalize';
import { type Operator, parseOperator } from './operator';
import { decimalFromNumber } from './parseAmount';
import { makeQuant, parseQuantity, type QuantValue } from './quantity';

export type { Operator } from './operator';
export type { QuantValue } from './quantity';

/** The level a qualitative completion states (MOF 附件2: 达成 / 部分达成 / 未达成). */
export type QualLevel = 'met' | 'partial' | 'unmet';

/** What a 年度指标值 or 完成值 cell says, read by the grammar of rules.md §6. */
export type ParsedValue =
  | QuantValue
  /** Qualitative target: 及时, 有效保障, 较上年增长, 稳定, dates such as "2024年10月底前". */
  | { type: 'qualTarget'; text: string }
  /** Qualitative completion: 达成指标 / 达成预期指标 / 已达成; 部分达成…; 未达成…. */
  | { type: 'qualResult'; level: QualLevel; text: string }
  /** Nothing usable: '', 无, /, —, -, and the malformed "无 100", "为 100". */
  | { type: 'missing'; text: string }
  /** Bracketed text with no leading number: "(4场招聘，36场面试)". Never a quantity. */
  | { type: 'description'; text: string }
  /** Text with numbers that is not `[op] number [unit]`: "11 项（就业困难人员补贴 110 人、…）". */
  | { type: 'unreadable'; text: string };

const MISSING = /^(无|暂无|不适用|不涉及|\/|\\|-+|—+|–|\.{3,}|n\/a|无\s*\d+(\.\d+)?|为\s*\d+(\.\d+)?)?$/i;
/** 达成指标, 达成预期指标, 已达成, 已完成, 按时完成, 全部完成, 完成年度任务, 达标, 已达标 … (the whole text). */
const MET = /^(已|均|均已|全部|全面|完全|按时|按期|如期|及时|顺利|圆满)*(达成|完成|达到|实现|达标)(了)?(年度|预期|既定|全年)?(绩效)?(指标|目标|任务)?(值)?$/;
const PARTIAL = /^(部分|基本)(达成|完成|达到|实现|达标)/;
const UNMET = /^(未|没有|尚未|未能)(达成|完成|达到|实现|达标)/;
/** A date or deadline inside free text: "2024 年 10 月底前", "每月 25 日前". */
const DATE = /\d\s*(年|月|日|号)/;
/** A rating rather than a quantity: "A级", "3A级", "AAA" (not 3 units of "A"). */
const RATING = /^\d?\s*[A-E]+\s*级?$/i;

function qualLevel(compact: string): QualLevel | null {
  if (PARTIAL.test(compact)) return 'partial';
  if (UNMET.test(compact)) return 'unmet';
  return MET.test(compact) ? 'met' : null;
}

function parseNumberCell(input: number, numberFormat: string | undefined): ParsedValue {
  const text = String(input);
  if (!Number.isFinite(input)) return { type: 'unreadable', text };
  const value = decimalFromNumber(input);
  return isPercentFormat(numberFormat) ? makeQuant(null, value.times(100), '%', text) : makeQuant(null, value, null, text);
}

function parseTextCell(raw: string, numberFormat: string | undefined): ParsedValue {
  const text = raw.trim();
  const normalized = normalizeValueText(raw);
  if (MISSING.test(normalized)) return { type: 'missing', text };
  if (RATING.test(normalized)) return { type: 'qualTarget', text };
  const quant = parseQuantity(normalized, text);
  if (quant) {
    const percentShown = quant.unitWritten === null && isPercentFormat(numberFormat);
    return percentShown ? makeQuant(quant.opExplicit ? quant.op : null, quant.written.times(100), '%', text) : quant;
  }
  const level = qualLevel(normalized.replace(/ /g, ''));
  if (level) return { type: 'qualResult', level, text };
  if (normalized.startsWith('(')) return { type: 'description', text };
  if (/\d/.test(normalized)) return DATE.test(normalized) ? { type: 'qualTarget', text } : { type: 'unreadable', text };
  return { type: 'qualTarget', text };
}

/**
 * Read a target (年度指标值) or completion (完成值) cell. Never throws.
 *
 * @param input the cell's value: displayed text, or the raw number
 * @param numberFormat the cell's number format ("0.00%" makes 0.9927 read as 99.27 %)
 * @returns what the cell says; see `ParsedValue`
 * @example parseValue('=973.00(人)')        // quant = 973 人
 * @example parseValue('15万人次')            // quant = 150000 人次
 * @example parseValue('(4场招聘，36场面试)') // description, never 4
 * @example parseValue('达成指标')            // qualResult met
 */
export function parseValue(input: string | number | boolean | null | undefined, numberFormat?: string): ParsedValue {
  try {
    if (input === null || input === undefined) return { type: 'missing', text: '' };
    if (typeof input === 'number') return parseNumberCell(input, numberFormat);
    if (typeof input === 'string') return parseTextCell(input, numberFormat);
    return { type: 'unreadable', text: String(input) };
  } catch {
    // A grammar gap must not break a whole check: report the cell as unreadable instead.
    return { type: 'unreadable', text: String(input) };
  }
}

function cellText(cell: unknown): string {
  return typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '';
}

/**
 * Read a target split over three columns 指标性质 | 指标值 | 度量单位 (rules.md §2) as one value.
 * The operator cell wins over an operator inside the value; the unit cell fills a missing unit.
 *
 * @example combineSplitTarget('≥', 90, '%') // quant ≥ 90 %
 * @example combineSplitTarget('定性', '及时', '') // qualTarget 及时
 */
export function combineSplitTarget(op: unknown, value: unknown, unit: unknown, numberFormat?: string): ParsedValue {
  const valueCell = typeof value === 'number' || typeof value === 'string' ? value : null;
  const parsed = parseValue(valueCell, numberFormat);
  if (parsed.type !== 'quant') return parsed;
  const written: Operator | null = parseOperator(cellText(op)) ?? (parsed.opExplicit ? parsed.op : null);
  const unitCell = cellText(unit);
  const unitWritten = parsed.unitWritten ?? (unitCell === '' ? null : normalizeValueText(unitCell).replace(/^\((.*)\)$/, '$1'));
  const text = [cellText(op), cellText(value), unitCell].filter((part) => part !== '').join(' ');
  return makeQuant(written, parsed.written, unitWritten, text);
}

/**
 * Return the canonical display of a parsed value: quantities as `[op]number(unit)` with the
 * number normalised ("=973.00(人)" → "=973(人)"), other kinds as their text.
 * The operator shows only when written.
 */
export function formatParsed(v: ParsedValue): string {
  if (v.type !== 'quant') return v.text;
  const op = v.opExplicit ? v.op : '';
  const unit = v.unitWritten === null ? '' : `(${v.unitWritten})`;
  return `${op}${v.written.toFixed()}${unit}`;
}
