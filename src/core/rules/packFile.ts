import type { z } from 'zod';
import { D, type Dec } from '../decimal';
import { getPack, packs, type RulePack } from './rulePack';
import { rulePackFileSchema, type RulePackFile } from './packSchema';

/** A rule-pack file that cannot be used: `message` is one line, Chinese / English, naming the key. */
export class RulePackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulePackError';
  }
}

type Path = readonly PropertyKey[];

/** ['executionRateCaps', 0, 'maxTotal'] → "executionRateCaps[0].maxTotal". */
export function keyPath(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function fail(path: Path, zh: string, en: string): never {
  const key = keyPath(path);
  throw new RulePackError(`规则包 ${key} 应为 ${zh} / rule pack ${key}: expected ${en}`);
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** The first problem zod found, as one bilingual line. */
function issueLine(issue: z.core.$ZodIssue, data: unknown): never {
  if (issue.code === 'unrecognized_keys') {
    const key = keyPath([...issue.path, issue.keys[0]]);
    throw new RulePackError(`规则包 ${key} 不是规则包的键（见 docs/rule-pack.md）/ rule pack ${key}: unknown key (see docs/rule-pack.md)`);
  }
  const [zh, en = zh] = issue.message.split('|');
  if (issue.path.length > 0 && valueAt(data, issue.path) === undefined) {
    const key = keyPath(issue.path);
    throw new RulePackError(`规则包缺少 ${key}（应为 ${zh}）/ rule pack: missing ${key} (expected ${en})`);
  }
  if (issue.path.length === 0) throw new RulePackError(`规则包应为 ${zh} / rule pack: expected ${en}`);
  return fail(issue.path, zh, en);
}

const d = (s: string): Dec => D(s);
const decimals = <K extends string>(o: Record<K, string>): Record<K, Dec> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, d(v as string)])) as Record<K, Dec>;

/** The file's keys over the base pack's: a key given replaces the base's value whole. */
function merged(file: RulePackFile, base: RulePack): RulePack {
  return {
    id: file.id,
    name: file.name,
    source: file.source ?? `以内置规则包 ${base.id} 为基础的规则包文件`,
    rounding: file.rounding ?? base.rounding,
    overshootRatio: file.overshootRatio !== undefined ? d(file.overshootRatio) : base.overshootRatio,
    reverseFormula: file.reverseFormula ?? base.reverseFormula,
    gradeBands: file.gradeBands?.map((b) => ({ min: d(b.min), grade: b.grade })) ?? base.gradeBands,
    qualitativeBands: file.qualitativeBands ? decimals(file.qualitativeBands) : base.qualitativeBands,
    scoreTolerance: file.scoreTolerance !== undefined ? d(file.scoreTolerance) : base.scoreTolerance,
    fundsWeight: file.fundsWeight !== undefined ? d(file.fundsWeight) : base.fundsWeight,
    projectWeights: file.projectWeights ? decimals(file.projectWeights) : base.projectWeights,
    deptWeights: file.deptWeights ? decimals(file.deptWeights) : base.deptWeights,
    deptInputSplit: file.deptInputSplit ? decimals(file.deptInputSplit) : base.deptInputSplit,
    rateWarningBelow: file.rateWarningBelow === undefined ? base.rateWarningBelow : file.rateWarningBelow === null ? null : d(file.rateWarningBelow),
    executionRateCaps: file.executionRateCaps?.map((c) => ({ rateBelow: d(c.rateBelow), maxTotal: d(c.maxTotal) })) ?? base.executionRateCaps,
    deviationDeduction:
      file.deviationDeduction === undefined ? base.deviationDeduction : file.deviationDeduction === null ? null : decimals(file.deviationDeduction),
  };
}

const sum = (values: Iterable<Dec>): Dec => [...values].reduce((s, v) => s.plus(v), D(0));

/** The rules between keys, on the merged pack (a file may change one key and break another's sum). */
function checkConsistency(pack: RulePack): void {
  pack.gradeBands.forEach((band, i) => {
    const prev = pack.gradeBands[i - 1];
    if (prev && !band.min.lt(prev.min)) fail(['gradeBands', i, 'min'], `低于上一档 ${prev.min.toString()} 的数字（等级从高到低）`, `a number below the previous band's ${prev.min.toString()} (bands highest first)`);
    if (pack.gradeBands.findIndex((b) => b.grade === band.grade) !== i) fail(['gradeBands', i, 'grade'], '未用过的等级（每个等级一档）', 'a grade not used before (one band per grade)');
  });
  const q = pack.qualitativeBands;
  if (!q.partial.lt(q.met)) fail(['qualitativeBands', 'partial'], `小于 met（${q.met.toString()}）的比例`, `a fraction below met (${q.met.toString()})`);
  const weights: ['projectWeights' | 'deptWeights', Record<string, Dec>][] = [['projectWeights', pack.projectWeights], ['deptWeights', pack.deptWeights]];
  for (const [key, w] of weights) {
    const total = sum(Object.values(w));
    if (!total.equals(100)) fail([key], `合计 100 的分值（现为 ${total.toString()}）`, `weights adding up to 100 (they add up to ${total.toString()})`);
  }
  const split = sum(Object.values(pack.deptInputSplit));
  if (Object.keys(pack.deptInputSplit).length > 0 && !split.equals(pack.deptWeights.input)) {
    fail(['deptInputSplit'], `合计等于 deptWeights.input（${pack.deptWeights.input.toString()}）的分值（现为 ${split.toString()}）`, `weights adding up to deptWeights.input (${pack.deptWeights.input.toString()}; they add up to ${split.toString()})`);
  }
}

/**
 * Read a rule pack from the text of a JSON file (docs/rule-pack.md): keys left out keep the
 * values of the built-in pack named by `extends` (default "default"); amounts are decimal strings.
 * @throws RulePackError with one line, Chinese / English, naming the key and what was expected
 * @example parseRulePackFile('{"extends":"yitihua-2022","id":"x","name":"X","rounding":"round"}').executionRateCaps.length // 4
 */
export function parseRulePackFile(text: string): RulePack {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    throw new RulePackError(`规则包不是有效的 JSON（${reason}）/ rule pack: not valid JSON (${reason})`);
  }
  const parsed = rulePackFileSchema.safeParse(data);
  if (!parsed.success) {
    // An unknown key first: a misspelt key is usually also the reason a required one is missing.
    const issues = parsed.error.issues;
    issueLine(issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0], data);
  }
  const file = parsed.data;
  const ids = packs.map((p) => p.id).join(' / ');
  const base = getPack(file.extends ?? 'default');
  if (base === null) fail(['extends'], `内置规则包的 id（${ids}）`, `the id of a built-in pack (${ids})`);
  if (getPack(file.id) !== null) fail(['id'], `不同于内置规则包（${ids}）的 id`, `an id other than the built-in packs' (${ids})`);
  const pack = merged(file, base);
  checkConsistency(pack);
  return pack;
}

const text = (v: Dec): string => v.toString();
const texts = (o: Readonly<Record<string, Dec>>): Record<string, string> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, text(v)]));

/** A pack as its file (every key, amounts as strings): what `perf-selfeval rules PACK` prints. */
export function rulePackToFile(pack: RulePack): RulePackFile {
  return {
    id: pack.id,
    name: pack.name,
    source: pack.source,
    rounding: pack.rounding,
    overshootRatio: text(pack.overshootRatio),
    reverseFormula: pack.reverseFormula,
    gradeBands: pack.gradeBands.map((b) => ({ min: text(b.min), grade: b.grade })),
    qualitativeBands: { met: text(pack.qualitativeBands.met), partial: text(pack.qualitativeBands.partial) },
    scoreTolerance: text(pack.scoreTolerance),
    fundsWeight: text(pack.fundsWeight),
    projectWeights: { output: text(pack.projectWeights.output), outcome: text(pack.projectWeights.outcome), satisfaction: text(pack.projectWeights.satisfaction), funds: text(pack.projectWeights.funds) },
    deptWeights: { input: text(pack.deptWeights.input), output: text(pack.deptWeights.output), outcome: text(pack.deptWeights.outcome), satisfaction: text(pack.deptWeights.satisfaction) },
    deptInputSplit: texts(pack.deptInputSplit),
    rateWarningBelow: pack.rateWarningBelow === null ? null : text(pack.rateWarningBelow),
    executionRateCaps: pack.executionRateCaps.map((c) => ({ rateBelow: text(c.rateBelow), maxTotal: text(c.maxTotal) })),
    deviationDeduction: pack.deviationDeduction === null ? null : { ratio: text(pack.deviationDeduction.ratio), points: text(pack.deviationDeduction.points) },
  };
}
