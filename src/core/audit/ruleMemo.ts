import type { Dec } from '../decimal';
import { assessIndicator, type Assessment } from '../rules/assessIndicator';
import { expectedScore, type ScoreResult } from '../rules/expectedScore';
import type { RulePack } from '../rules/rulePack';
import { parseValue, type ParsedValue } from '../value/parseValue';

const LIMIT = 50_000;

/**
 * The rules engine's pure calls, memoised for one table: targets and completions repeat
 * ("=100.00(%)", "达成指标" …), so each distinct cell text is parsed, assessed and scored once.
 * Results are immutable values, so sharing them between rows is safe.
 */
export class RuleMemo {
  private readonly parsed = new Map<string, ParsedValue>();
  private readonly assessed = new Map<ParsedValue, Map<ParsedValue, Assessment>>();
  private readonly scored = new Map<string, ScoreResult>();
  private readonly ids = new Map<ParsedValue, number>();

  constructor(private readonly pack: RulePack) {}

  parse(value: string | number | boolean | null, numberFormat?: string): ParsedValue {
    const key = `${typeof value}\u0000${numberFormat ?? ''}\u0000${String(value)}`;
    let p = this.parsed.get(key);
    if (!p) {
      p = parseValue(value, numberFormat);
      remember(this.parsed, key, p);
    }
    return p;
  }

  assess(target: ParsedValue, actual: ParsedValue): Assessment {
    let byActual = this.assessed.get(target);
    if (!byActual) {
      byActual = new Map();
      remember(this.assessed, target, byActual);
    }
    let a = byActual.get(actual);
    if (!a) {
      a = assessIndicator(target, actual, this.pack);
      byActual.set(actual, a);
    }
    return a;
  }

  expected(target: ParsedValue, actual: ParsedValue, weight: Dec): ScoreResult {
    const key = `${this.id(target)}\u0000${this.id(actual)}\u0000${weight.toString()}`;
    let s = this.scored.get(key);
    if (!s) {
      s = expectedScore(target, actual, weight, this.pack);
      remember(this.scored, key, s);
    }
    return s;
  }

  private id(v: ParsedValue): number {
    let n = this.ids.get(v);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(v, n);
    }
    return n;
  }
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= LIMIT) map.clear();
  map.set(key, value);
}
