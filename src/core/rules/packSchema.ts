import { z } from 'zod';

/**
 * The rule pack as a file (rules.md §8.10): the RulePack shape with every amount a decimal
 * string ("89", "0.3") so that no value passes through a binary float. One zod definition
 * validates files (packFile.ts) and generates the editors' JSON Schema (docs/rule-pack.schema.json).
 *
 * Every message is "中文期望|English expectation": packFile.ts turns the first issue into one
 * bilingual line naming the key.
 */

/** What a value is expected to be, in both languages. */
export interface Expected {
  zh: string;
  en: string;
}

export const expectedText = (e: Expected): string => `${e.zh}|${e.en}`;

const DECIMAL = /^\d+(\.\d+)?$/;

/** A non-negative decimal string within [min, max]. */
function decimalIn(min: string, max: string, description: string) {
  const e = expectedText({ zh: `${min}–${max} 的数字（字符串，如 "${max}"）`, en: `a number ${min}–${max} (as a string, e.g. "${max}")` });
  return z
    .string({ error: e })
    .regex(DECIMAL, { error: e })
    .refine((s) => Number(s) >= Number(min) && Number(s) <= Number(max), { error: e })
    .meta({ description });
}

const choice = <T extends readonly [string, ...string[]]>(values: T, description: string) => {
  const list = values.map((v) => `"${v}"`).join(' / ');
  return z.enum(values, { error: expectedText({ zh: `${list} 之一`, en: `one of ${list}` }) }).meta({ description });
};

const object = <S extends z.core.$ZodLooseShape>(shape: S, zh: string, en: string, description: string) =>
  z.strictObject(shape, { error: expectedText({ zh, en }) }).meta({ description });

const list = <T extends z.ZodType>(item: T, zh: string, en: string, description: string) =>
  z.array(item, { error: expectedText({ zh, en }) }).meta({ description });

const text = (zh: string, en: string, description: string) =>
  z.string({ error: expectedText({ zh, en }) }).min(1, { error: expectedText({ zh, en }) }).meta({ description });

export const PACK_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const weight = (what: string) => decimalIn('0', '100', `${what}，0–100`);

export const gradeBandSchema = object(
  { min: decimalIn('0', '100', '该等级的最低总分（含），0–100'), grade: choice(['优', '良', '中'] as const, '等级') },
  '{ "min": "90", "grade": "优" } 形式的对象',
  'an object like { "min": "90", "grade": "优" }',
  '一个等级：总分不低于 min 为 grade',
);

export const executionRateCapSchema = object(
  {
    rateBelow: decimalIn('0', '100', '执行率（百分点）严格低于此值时封顶，0–100'),
    maxTotal: decimalIn('0', '100', '此时总分上限，0–100'),
  },
  '{ "rateBelow": "80", "maxTotal": "89" } 形式的对象',
  'an object like { "rateBelow": "80", "maxTotal": "89" }',
  '执行率封顶：执行率 < rateBelow 时总分不超过 maxTotal',
);

export const deviationDeductionSchema = object(
  {
    ratio: decimalIn('0', '1', '相对偏离 (A−T)/T 达到此值起扣分，0–1（如 "0.3"）'),
    points: decimalIn('0', '100', '扣减分数（不低于 0 分），0–100'),
  },
  '{ "ratio": "0.3", "points": "2" } 形式的对象或 null',
  'an object like { "ratio": "0.3", "points": "2" } or null',
  '大幅偏离固定扣分',
);

/** Every key but id and name may be left out: it then keeps the value of the pack named by `extends`. */
export const rulePackFileSchema = object(
  {
    $schema: z.string().optional().meta({ description: '编辑器用的 JSON Schema 地址（忽略）' }),
    extends: text('内置规则包的 id（如 "default"）', 'the id of a built-in pack (e.g. "default")', '以哪个内置规则包为基础（默认 "default"）；未写的键沿用它的值').optional(),
    id: z
      .string({ error: expectedText({ zh: '由小写字母、数字、点、横线组成的 id（如 "shanghai-2024"）', en: 'an id of lower-case letters, digits, "." and "-" (e.g. "shanghai-2024")' }) })
      .regex(PACK_ID, { error: expectedText({ zh: '由小写字母、数字、点、横线组成的 id（如 "shanghai-2024"）', en: 'an id of lower-case letters, digits, "." and "-" (e.g. "shanghai-2024")' }) })
      .meta({ description: '规则包 id（ASCII，用于 --rules 和报告的 rules.pack），不能与内置规则包相同' }),
    name: text('非空的中文名称', 'a non-empty display name', '规则包名称（中文）'),
    source: text('非空的依据说明', 'a non-empty statement of the source', '规则依据（文件名、文号、手册）').optional(),
    rounding: choice(['cut', 'round'] as const, '执行率保留 2 位小数：cut 截位（默认）/ round 四舍五入').optional(),
    overshootRatio: decimalIn('1', '3', '完成值 ≥ 指标值 × 此倍数为大幅超额（LARGE_OVERSHOOT），1–3').optional(),
    reverseFormula: choice(['ratio', 'linear'] as const, '反向指标（≤/<）超标得分：ratio = w·T/A；linear = w·(1−(A−T)/T)，A ≥ 2T 得 0').optional(),
    gradeBands: list(gradeBandSchema, '等级数组（从高到低）', 'an array of grade bands, highest first', '等级，从高到低；低于最后一档为差').optional(),
    qualitativeBands: object(
      { met: decimalIn('0', '1', '达成：分值的此比例至满分，0–1'), partial: decimalIn('0', '1', '部分达成：分值的此比例至 met，0–1') },
      '{ "met": "0.8", "partial": "0.6" } 形式的对象',
      'an object like { "met": "0.8", "partial": "0.6" }',
      '定性指标得分区间（分值的比例）',
    ).optional(),
    scoreTolerance: decimalIn('0', '1', '填报得分与精确值之差小于此值视为一致，0–1').optional(),
    fundsWeight: weight('项目表预算执行率分值').optional(),
    projectWeights: object(
      { output: weight('产出'), outcome: weight('效益'), satisfaction: weight('满意度'), funds: weight('预算执行率') },
      '{ "output", "outcome", "satisfaction", "funds" } 四个分值',
      'an object with the four weights output, outcome, satisfaction, funds',
      '项目支出表一级指标分值，合计 100',
    ).optional(),
    deptWeights: object(
      { input: weight('投入管理'), output: weight('产出'), outcome: weight('效益'), satisfaction: weight('满意度') },
      '{ "input", "output", "outcome", "satisfaction" } 四个分值',
      'an object with the four weights input, output, outcome, satisfaction',
      '整体支出表一级指标分值，合计 100',
    ).optional(),
    deptInputSplit: z
      .record(z.string(), decimalIn('0', '100', '该二级指标分值'), { error: expectedText({ zh: '二级指标名称 → 分值 的对象', en: 'an object of 二级 name → weight' }) })
      .meta({ description: '投入管理各二级指标分值，合计等于 deptWeights.input' })
      .optional(),
    rateWarningBelow: decimalIn('0', '100', '执行率低于此值时提示说明原因；null 不提示').nullable().optional(),
    executionRateCaps: list(executionRateCapSchema, '封顶规则数组（[] 为不封顶）', 'an array of caps ([] for none)', '按执行率限定总分上限；[] 为不封顶').optional(),
    deviationDeduction: deviationDeductionSchema.nullable().optional(),
  },
  'JSON 对象',
  'a JSON object',
  '绩效自评助手规则包（rules.md §8.10）',
);

export type RulePackFile = z.infer<typeof rulePackFileSchema>;

/** The JSON Schema for editors, from the same definition (docs/rule-pack.schema.json). */
export function rulePackJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(rulePackFileSchema, { io: 'input' }), title: 'perf-selfeval rule pack' };
}
