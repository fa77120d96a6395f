import { D, type Dec } from '../decimal';
import type { Rounding } from '../report/types';

/** A lower bound on the total and the grade it earns (rules.md §7.13). */
export interface GradeBand {
  /** Lowest total (inclusive) for this grade, 0–100. */
  min: Dec;
  grade: '优' | '良' | '中';
}

/**
 * A regional cap: when the funds' 执行率 is strictly below `rateBelow` (percent points), the total
 * may not exceed `maxTotal`. Bands "70–80% → ≤ 89" are written as { rateBelow: 80, maxTotal: 89 }:
 * a rate of exactly 80 is not capped, exactly 70 falls into the next band (lower bound inclusive).
 */
export interface ExecutionRateCap {
  /** 执行率 threshold in percentage points, 0–100 (strictly below it the cap applies). */
  rateBelow: Dec;
  /** Highest total allowed, 0–100. */
  maxTotal: Dec;
}

/** A regional fixed deduction for large deviations from the target. */
export interface DeviationDeduction {
  /** Relative deviation |A−T|/T from which the deduction applies, 0–1 (e.g. 0.30). */
  ratio: Dec;
  /** Points deducted from the indicator's proportional score (never below 0), ≥ 0. */
  points: Dec;
}

/**
 * The rules that differ between regions and years, as data (rules.md §8.10): no code path
 * asks which region it runs for; it reads the pack.
 */
export interface RulePack {
  /** Stable id for `--rules`, ASCII. */
  id: string;
  /** Chinese display name. */
  name: string;
  /** Where its rules come from, one Chinese line (shown by `perf-selfeval rules`). */
  source: string;
  /** 执行率 to 2 dp: 'cut' (ROUND_DOWN) or 'round' (HALF_UP). Source: rules.md §3 (8 seed rows agree with cut), §8.1. */
  rounding: Rounding;
  /** Completion ≥ ratio × target on =/≥/> is a large over-completion; 1–3. Source: S9 Guangxi 130 %, §8.3. */
  overshootRatio: Dec;
  /** Reverse (≤/<) score above target: 'ratio' w·T/A (S2, MOF note) or 'linear' w·(1−(A−T)/T), 0 at A ≥ 2T (S9). §8.4. */
  reverseFormula: 'ratio' | 'linear';
  /** Grade bands, highest first; below the last is 差. Source: S1 [R], S4 [V]: 90/80/60. */
  gradeBands: readonly GradeBand[];
  /** Qualitative bands as fractions of 分值 (S1 [R], S9): 达成 [met, 1], 部分达成 [partial, met), 未达成 [0, partial). */
  qualitativeBands: { met: Dec; partial: Dec };
  /** A recorded score agrees with the exact proportional value when closer than this, 0–1. Source: §7.9, §8.5: 0.01. */
  scoreTolerance: Dec;
  /** 分值 of the project funds row (执行率得分), 0–100. Source: S5, S6: 10. */
  fundsWeight: Dec;
  /** Project table 一级 weights. Source: S1 [R], S5 [V]: 产出50/效益30/满意度10/执行率10. */
  projectWeights: { output: Dec; outcome: Dec; satisfaction: Dec; funds: Dec };
  /** Dept (整体支出) 一级 weights. Source: seed 000 [S]: 投入管理30/产出25/效益35/满意度10. */
  deptWeights: { input: Dec; output: Dec; outcome: Dec; satisfaction: Dec };
  /** 投入管理 二级 split of its 30 points. Source: seed 000 [S] (probably 沪财绩〔2022〕13号, text not found). */
  deptInputSplit: Readonly<Record<string, Dec>>;
  /** 执行率 (percent points) below which a project row should explain itself, or null. Source: S8 青神: 90. */
  rateWarningBelow: Dec | null;
  /** Caps on the total by 执行率, most severe last; [] = none. Source: regional manuals only (none in MOF). */
  executionRateCaps: readonly ExecutionRateCap[];
  /** Fixed deduction for large deviations, or null = none (MOF: proportional only). Source: regional manuals only. */
  deviationDeduction: DeviationDeduction | null;
}

/** Ministry of Finance rules (财预〔2020〕10号 附件2 as far as verified) plus the Shanghai seed observations. */
export const defaultPack: RulePack = {
  id: 'default',
  name: '财政部通用规则（含上海观察值）',
  source: '财预〔2020〕10号 附件2（权重、比例记分、定性区间、等级）；上海两份样本的观察值（执行率截位、整体支出权重、投入管理分值）',
  rounding: 'cut',
  overshootRatio: D('1.3'),
  reverseFormula: 'ratio',
  gradeBands: [
    { min: D(90), grade: '优' },
    { min: D(80), grade: '良' },
    { min: D(60), grade: '中' },
  ],
  qualitativeBands: { met: D('0.8'), partial: D('0.6') },
  scoreTolerance: D('0.01'),
  fundsWeight: D(10),
  projectWeights: { output: D(50), outcome: D(30), satisfaction: D(10), funds: D(10) },
  deptWeights: { input: D(30), output: D(25), outcome: D(35), satisfaction: D(10) },
  deptInputSplit: {
    预算编审管理: D('7.50'),
    预算执行管理: D('10.20'),
    预算绩效管理: D('4.50'),
    资产管理: D('0.90'),
    预算透明度: D('3.00'),
    内部控制管理: D('2.40'),
    预算信息化: D('1.50'),
  },
  rateWarningBelow: D(90),
  executionRateCaps: [],
  deviationDeduction: null,
};

/**
 * The provincial budget system's variant (S9, pmkpi code): linear reverse formula and
 * half-up 执行率; everything else as the default pack.
 */
export const pmkpiPack: RulePack = {
  ...defaultPack,
  id: 'pmkpi',
  name: '预算绩效管理系统口径（反向指标线性扣分、执行率四舍五入）',
  source: '省级预算绩效管理系统（pmkpi）公开代码：反向指标 w·(1−(A−T)/T)，执行率四舍五入；其余同 default',
  rounding: 'round',
  reverseFormula: 'linear',
};

/**
 * The 预算管理一体化 self-evaluation manual of 2022 (rules.md §8.21): the total is capped by the
 * funds' 执行率, and a completion 30 % or more above the target loses 2 points; everything else as
 * the default pack.
 */
export const yitihua2022Pack: RulePack = {
  ...defaultPack,
  id: 'yitihua-2022',
  name: '预算管理一体化自评手册 2022 口径（执行率封顶、大幅偏离扣 2 分）',
  source: '预算管理一体化自评手册（2022）：执行率 70–80% 总分≤89，60–70% ≤79，低于 60% ≤69，低于 50% ≤59；完成值超年初指标值 30% 及以上扣 2 分（rules.md §8.21）',
  executionRateCaps: [
    { rateBelow: D(80), maxTotal: D(89) },
    { rateBelow: D(70), maxTotal: D(79) },
    { rateBelow: D(60), maxTotal: D(69) },
    { rateBelow: D(50), maxTotal: D(59) },
  ],
  deviationDeduction: { ratio: D('0.3'), points: D(2) },
};

export const packs: readonly RulePack[] = [defaultPack, pmkpiPack, yitihua2022Pack];

/** The pack with this id, or null. */
export function getPack(id: string): RulePack | null {
  return packs.find((pack) => pack.id === id) ?? null;
}
