import type { Dec } from '../decimal';
import type { CellValue } from '../recognize/types';
import { assessIndicator, type Assessment } from '../rules/assessIndicator';
import { expectedScore, type ScoreResult } from '../rules/expectedScore';
import type { RulePack } from '../rules/rulePack';
import { parseValue, type ParsedValue } from '../value/parseValue';
import { amountOf, str } from './decimals';

/**
 * Entries per map before it starts afresh. Small on purpose: the values that repeat (达成指标,
 * =100.00(%), 1.00) come back within a few rows, while counts that differ on every row would
 * otherwise be kept alive by the thousands and promoted by the GC (50,000 measured ~12% slower
 * on 100k rows than 1,024 or 256).
 */
const LIMIT = 1_024;
type Raw = string | number | boolean | null;

/**
 * The rules engine's pure calls, memoised for one table: targets, completions, 分值 and
 * 得分 repeat ("=100.00(%)", "达成指标", 1.00 …), so each distinct cell value is parsed,
 * assessed and scored once. Results are immutable values, so rows may share them.
 * Keys are the raw cell values in nested maps (no key strings built per row).
 */
export class RuleMemo {
  private readonly parsed = new Map<string, Map<Raw, ParsedValue>>();
  private readonly amounts = new Map<string, Map<Raw, Dec | null>>();
  private readonly assessed = new Map<ParsedValue, Map<ParsedValue, Assessment>>();
  private readonly scored = new Map<ParsedValue, Map<ParsedValue, Map<Raw, ScoreResult>>>();
  private readonly strings = new Map<Dec, string>();

  /**
   * Whether this row met a value not parsed before (a count that differs from row to row):
   * its assessment and score are then computed without being stored, as no later row
   * can hold the same new object.
   */
  private unseen = false;

  constructor(private readonly pack: RulePack) {}

  /** Starts a row: `assess` and `expected` store results only for values already seen. */
  startRow(): void {
    this.unseen = false;
  }

  /** The row uses a parsed value made outside the memo (a split target). */
  markUnseen(): void {
    this.unseen = true;
  }

  parse(value: Raw, numberFormat?: string): ParsedValue {
    const byValue = inner(this.parsed, numberFormat ?? '');
    let p = byValue.get(value);
    if (!p) {
      p = parseValue(value, numberFormat);
      remember(byValue, value, p);
      this.unseen = true;
    }
    return p;
  }

  /** The amount a cell holds (see amountOf), memoised by value and format. */
  amount(cell: CellValue | null): Dec | null {
    if (!cell) return null;
    const byValue = inner(this.amounts, cell.numberFormat ?? '');
    let a = byValue.get(cell.value);
    if (a === undefined) {
      a = amountOf(cell);
      remember(byValue, cell.value, a);
    }
    return a;
  }

  /** decimal.js toString() of an expected score: remembered only when the score itself was. */
  scoreStr(d: Dec | null): string | null {
    return this.unseen ? str(d) : this.str(d);
  }

  /** decimal.js toString() of a memoised decimal (the same object for the same cell value). */
  str(d: Dec | null): string | null {
    if (d === null) return null;
    let t = this.strings.get(d);
    if (t === undefined) {
      t = d.toString();
      remember(this.strings, d, t);
    }
    return t;
  }

  assess(target: ParsedValue, actual: ParsedValue): Assessment {
    if (this.unseen) return assessIndicator(target, actual, this.pack);
    const byActual = inner(this.assessed, target);
    let a = byActual.get(actual);
    if (!a) {
      a = assessIndicator(target, actual, this.pack);
      remember(byActual, actual, a);
    }
    return a;
  }

  /** The expected score for weight `weight`, whose cell holds `weightKey`. */
  expected(target: ParsedValue, actual: ParsedValue, weight: Dec, weightKey: Raw): ScoreResult {
    if (this.unseen) return expectedScore(target, actual, weight, this.pack);
    const byWeight = inner(inner(this.scored, target), actual);
    let s = byWeight.get(weightKey);
    if (!s) {
      s = expectedScore(target, actual, weight, this.pack);
      remember(byWeight, weightKey, s);
    }
    return s;
  }
}

function inner<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let m = outer.get(key);
  if (!m) {
    m = new Map();
    remember(outer, key, m);
  }
  return m;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= LIMIT) map.clear();
  map.set(key, value);
}
