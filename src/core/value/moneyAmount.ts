import { D, type Dec } from '../decimal';
import { normalizeFully } from './normalize';
import { decimalFromText, NUMBER_PATTERN } from './parseAmount';

/** The money units a table states (单位：万元) or an amount is written in ("4753.66万元"). */
export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

const YUAN_PER_UNIT: Record<MoneyUnit, Dec> = { 元: D(1), 千元: D(1000), 万元: D(10000), 亿元: D(100000000) };

/**
 * "4753.66万元", "1,000元", "208 万元", "0.5（亿元）", "10万": a number followed by a money unit; a bare 万 / 亿
 * is 万元 / 亿元, as amounts are written in the cells of a 万元 table.
 */
const WITH_MONEY_UNIT = new RegExp(`^(${NUMBER_PATTERN})\\(?(?:人民币)?([千万亿]?元|[万亿])\\)?$`);
/** A money unit stated alone or in brackets: "万元", "(万元)", "单位：万元", "金额单位：元". */
const STATED_UNIT = /(?:^|[(（:：\s])(?:人民币)?([千万亿]?元)[)）]?\s*$/;

/** The amount written with a money unit, in that unit; null for anything else. */
export function moneyWithUnit(text: string): { amount: Dec; unit: MoneyUnit } | null {
  const m = WITH_MONEY_UNIT.exec(normalizeFully(text).replace(/\s+/g, ''));
  if (!m) return null;
  const unit = (m[2].endsWith('元') ? m[2] : `${m[2]}元`) as MoneyUnit;
  return { amount: decimalFromText(m[1]), unit };
}

/** The money unit a header or title cell states ("全年预算数(万元)", "单位：万元"); null when it states none. */
export function statedMoneyUnit(text: string): MoneyUnit | null {
  const m = STATED_UNIT.exec(text.normalize('NFKC'));
  return m ? (m[1] as MoneyUnit) : null;
}

/** `amount` in `from` expressed in `to` (rules.md §8.25: 万元 ↔ 元 ↔ 亿元), exactly. */
export function convertMoney(amount: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  return from === to ? amount : amount.times(YUAN_PER_UNIT[from]).dividedBy(YUAN_PER_UNIT[to]);
}
