import { makeFinding, type PlacedFinding } from '../findings/registry';
import { fromA1 } from '../grid/address';
import type { Deviation, IndicatorReport, TableKind, TableReport } from '../report/types';
import { appendFindings } from '../review/appendFindings';
import { equivalentValues, parseValue } from '../value';
import { indicatorKey, isOneCharVariant, isPlaceholderName } from './nameKey';

/** One indicator row of the workbook, with the table it is in. */
interface Entry {
  table: number;
  sheet: string;
  ind: IndicatorReport;
  key: string;
}

const COMPLETION_KINDS: ReadonlySet<TableKind> = new Set(['dept', 'project', 'plan-actual']);

type Verdict = 'met' | 'short' | 'over';
const VERDICTS: Record<Deviation, Verdict | null> = { none: 'met', under: 'short', partial: 'short', over: 'over', unknown: null };

/** Rows that name an indicator: not placeholders, not 投入管理 rows (they have neither target nor completion). */
function entries(tables: readonly TableReport[], kinds: (kind: TableKind) => boolean): Entry[] {
  return tables.flatMap((t, table) =>
    kinds(t.kind)
      ? t.indicators
          .filter((ind) => ind.target !== null || ind.actual !== null)
          .map((ind) => ({ table, sheet: t.sheet, ind, key: indicatorKey(ind.name) }))
          .filter((e) => !isPlaceholderName(e.key))
      : [],
  );
}

function cellOf(ind: IndicatorReport, field: 'name' | 'target' | 'actual'): { row: number; col: number } {
  const a1 = ind.cells[field] ?? ind.cells.name ?? ind.cells.target ?? ind.cells.actual;
  return (a1 !== undefined ? fromA1(a1) : null) ?? { row: ind.row - 1, col: 0 };
}

function groupByKey(list: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of list) groups.set(e.key, [...(groups.get(e.key) ?? []), e]);
  return groups;
}

/** Leftover result keys paired with the one leftover target key a character away (and only when that is mutual). */
function variantPairs(results: readonly string[], targets: readonly string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const r of results) {
    const near = targets.filter((t) => isOneCharVariant(r, t));
    if (near.length === 1 && results.filter((other) => isOneCharVariant(other, near[0])).length === 1) pairs.set(r, near[0]);
  }
  return pairs;
}

/** The completion table's 指标值 differs from the declared one (both quantities; the row not judged qualitatively). */
function targetChanged(declared: Entry, result: Entry): PlacedFinding | null {
  const [d, r, a] = [parseValue(declared.ind.target), parseValue(result.ind.target), parseValue(result.ind.actual)];
  if (d.type !== 'quant' || r.type !== 'quant' || a.type === 'qualResult' || equivalentValues(d, r)) return null;
  return makeFinding('TARGET_CHANGED', cellOf(result.ind, 'target'), {
    name: result.ind.name,
    declared: declared.ind.target ?? '',
    reported: result.ind.target ?? '',
    sheet: declared.sheet,
    row: declared.ind.row,
  });
}

/** Each later row whose verdict contradicts an earlier row of the same indicator. */
function conflicts(group: readonly Entry[]): [Entry, PlacedFinding][] {
  const out: [Entry, PlacedFinding][] = [];
  group.forEach((e, i) => {
    const verdict = VERDICTS[e.ind.deviation];
    const other = group.slice(0, i).find((o) => VERDICTS[o.ind.deviation] !== null && VERDICTS[o.ind.deviation] !== verdict);
    if (verdict === null || other === undefined) return;
    out.push([
      e,
      makeFinding('CONFLICTING_RESULT', cellOf(e.ind, 'actual'), {
        name: e.ind.name,
        verdict,
        actual: e.ind.actual,
        otherVerdict: VERDICTS[other.ind.deviation] ?? 'met',
        otherActual: other.ind.actual,
        sheet: other.sheet,
        row: other.ind.row,
      }),
    ]);
  });
  return out;
}

/**
 * The targets table against the completion tables of one workbook (rules.md §8.20): indicators
 * matched by `indicatorKey` (a one-character variant pairs a leftover target with a leftover
 * result, TARGET_NAME_VARIANT info); TARGET_WITHOUT_RESULT, RESULT_WITHOUT_TARGET (only when the
 * workbook has a targets table), TARGET_CHANGED, and CONFLICTING_RESULT between completion rows.
 * Each finding goes to the table holding its row.
 */
export function crossCheckTables(tables: readonly TableReport[]): TableReport[] {
  const results = entries(tables, (k) => COMPLETION_KINDS.has(k));
  if (results.length === 0) return [...tables];
  const added: PlacedFinding[][] = tables.map(() => []);
  const put = (e: Entry, f: PlacedFinding | null): void => {
    if (f !== null) added[e.table].push(f);
  };
  const declared = groupByKey(entries(tables, (k) => k === 'targets'));
  const byResult = groupByKey(results);
  const canonical = new Map<string, string>([...byResult.keys()].map((k) => [k, k]));
  if (declared.size > 0) {
    const targetSheet = tables.find((t) => t.kind === 'targets')?.sheet ?? '';
    const pairs = variantPairs([...byResult.keys()].filter((k) => !declared.has(k)), [...declared.keys()].filter((k) => !byResult.has(k)));
    for (const [key, group] of byResult) {
      const targetKey = declared.has(key) ? key : pairs.get(key);
      const target = targetKey !== undefined ? declared.get(targetKey)?.[0] : undefined;
      for (const e of group) {
        if (target === undefined) put(e, makeFinding('RESULT_WITHOUT_TARGET', cellOf(e.ind, 'name'), { name: e.ind.name, targetSheet }));
        else {
          if (targetKey !== key) put(e, makeFinding('TARGET_NAME_VARIANT', cellOf(e.ind, 'name'), { name: e.ind.name, declaredName: target.ind.name, sheet: target.sheet, row: target.ind.row }));
          put(e, targetChanged(target, e));
        }
      }
      if (targetKey !== undefined) canonical.set(key, targetKey);
    }
    const answered = new Set(canonical.values());
    for (const [key, [t]] of declared) {
      if (!answered.has(key)) put(t, makeFinding('TARGET_WITHOUT_RESULT', cellOf(t.ind, 'name'), { name: t.ind.name, target: t.ind.target }));
    }
  }
  const sameIndicator = groupByKey(results.map((e) => ({ ...e, key: canonical.get(e.key) ?? e.key })));
  for (const group of sameIndicator.values()) for (const [e, f] of conflicts(group)) put(e, f);
  return tables.map((t, i) => appendFindings(t, added[i]));
}
