/**
 * Realistic workbooks (rules.md §1 S5–S8, §2) through the real, built command line:
 * `node dist/cli/perf-selfeval.js check FILE --json`, exit status included. Every
 * expectation below is derived by hand from rules.md §7–8 (the arithmetic is in the comments).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { D } from '../../src/core/decimal';
import { buildWorkbook, type SheetSpec } from '../xlsx/buildWorkbook';
import { describeIfExists, distDir, repoRoot } from '../support/paths';
import * as v from './variants';

const cli = path.join(distDir, 'cli', 'perf-selfeval.js');
/** A build outside the checkout (PERF_SELFEVAL_DIST) finds its external packages in the checkout's node_modules. */
const env = { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') };

interface JsonTable {
  sheet: string;
  kind: string;
  range: string;
  unit: string | null;
  year: number | null;
  budget: { label: string; rate: string | null }[];
  indicators: { row: number; name: string; deviation: string }[];
  total: { weight: string | null; score: string | null; recordedScore: string | null; grade: string | null };
  findings: { code: string; severity: string; cell: string }[];
}

/** What a test states about one table: as compare-report.mjs judges it, plus unit, year and the total weight. */
interface Expected {
  sheet: string;
  kind: string;
  unit: string | null;
  year: number | null;
  count: number;
  deviations: Record<string, string>;
  missingReasonErrors: string[];
  /** Error and warning findings by code (info is not stated). */
  codes: Record<string, number>;
  rates: Record<string, string>;
  /** [total.weight, total.score, total.recordedScore, total.grade] */
  total: [string | null, string | null, string | null, string | null];
}

const dec = (s: string | null) => (s === null ? null : D(s).toString());

function digest(t: JsonTable): Expected {
  const nameOfRow = new Map(t.indicators.map((i) => [i.row, i.name]));
  const codes: Record<string, number> = {};
  for (const f of t.findings) if (f.severity !== 'info') codes[f.code] = (codes[f.code] ?? 0) + 1;
  return {
    sheet: t.sheet,
    kind: t.kind,
    unit: t.unit,
    year: t.year,
    count: t.indicators.length,
    deviations: Object.fromEntries(t.indicators.filter((i) => ['under', 'over', 'partial'].includes(i.deviation)).map((i) => [i.name, i.deviation])),
    missingReasonErrors: t.findings.filter((f) => f.code === 'MISSING_REASON' && f.severity === 'error').map((f) => nameOfRow.get(Number(/\d+$/.exec(f.cell)?.[0])) ?? f.cell),
    codes,
    rates: Object.fromEntries(t.budget.filter((b) => b.rate !== null).map((b) => [b.label, dec(b.rate)!])),
    total: [dec(t.total.weight), dec(t.total.score), dec(t.total.recordedScore), t.total.grade],
  };
}

let tmp = '';
async function runCheck(name: string, sheets: SheetSpec[]): Promise<{ exit: number | null; tables: JsonTable[]; stderr: string }> {
  const file = path.join(tmp, `${name}.xlsx`);
  fs.writeFileSync(file, await buildWorkbook(sheets));
  const run = spawnSync(process.execPath, [cli, 'check', file, '--json'], { encoding: 'utf8', env });
  if (run.status === 2 || !run.stdout) throw new Error(`${name}: exit ${run.status}\n${run.stderr}`);
  const report = JSON.parse(run.stdout);
  return { exit: run.status, tables: report.files[0].tables, stderr: run.stderr };
}

const PUTUO: Expected = { sheet: 'Sheet1', kind: 'project', unit: '绿化养护', year: 2022, count: 4, deviations: {}, missingReasonErrors: [], codes: { RATE_MISMATCH: 1 }, rates: { 年度资金总额: '86.18' }, total: ['100', '98.62', '98.62', '优'] };

/** (a) MOF §2.1: funds 95/100 → 95.00, 得分 10×0.95 = 9.5; 产出 20+8+10+10, 效益 15+10, 满意度 10 → 92.5 优. */
const MOF_A: Expected = {
  sheet: '自评表',
  kind: 'project',
  unit: '社区养老服务补贴',
  year: 2023,
  count: 7,
  // 培训 8/10 场 (reason given); 长效机制 部分达成 scored 10 in [9, 12) (reason given).
  deviations: { 助老培训场次: 'under', 长效管理机制健全性: 'partial' },
  missingReasonErrors: [],
  codes: {},
  rates: { 年度资金总额: '95', '其中：当年财政拨款': '95', 上年结转资金: '95' },
  total: ['100', '92.5', '92.5', '优'],
};

/** The 天长-style project table (variants.tianchangSheet and its layout variants). */
const TIANCHANG: Expected = {
  sheet: '自评表',
  kind: 'project',
  unit: '小型水利设施维修养护',
  year: 2022,
  count: 6,
  deviations: { 维修完成及时率: 'under', 水土流失治理面积: 'under' },
  missingReasonErrors: [],
  codes: {},
  rates: { 年度资金总额: '100' },
  total: ['100', '95.46', '95.46', '优'],
};

const cases: [string, () => SheetSpec[], number, Expected[]][] = [
  ['a: MOF 项目支出绩效自评表 (§2.1)', () => [v.mofProjectSheet()], 0, [MOF_A]],
  [
    // 215,457.6 / 250,000 = 86.18304 %: cut 86.18, half-up 86.18, recorded 86.19 → RATE_MISMATCH;
    // 得分 10 × 0.8618304 = 8.62; 25+25+30+10+8.62 = 98.62.
    'b: 普陀 (S6) text amounts, ">=90%", 一级 on every row, recorded 86.19%',
    () => [v.putuoSheet()],
    1,
    [PUTUO],
  ],
  [
    // 480/500 = 96.00, 得分 9.6; 290/300 = 96.66.. cut, 140/150 = 93.33.., 50/50 = 100.
    // 完工及时性 达成 scored 14 of 15 (inside [12, 15]) without a reason → MISSING_REASON warning.
    // 20+15+14+15+15+10+9.6 = 98.6.
    'c: 池州 (S7) 其中:本年财政拨款 / 上年结转资金 / 其他资金, 达成预期指标',
    () => [v.chizhouSheet()],
    0,
    [
      {
        sheet: '项目自评表',
        kind: 'project',
        unit: '农村公路建设',
        year: 2022,
        count: 6,
        deviations: {},
        missingReasonErrors: [],
        codes: { MISSING_REASON: 1 },
        rates: { 年度资金总额: '96', '其中:本年财政拨款': '96.66', 上年结转资金: '93.33', 其他资金: '100' },
        total: ['100', '98.6', '98.6', '优'],
      },
    ],
  ],
  [
    // 92.5/100 → 92.50, 得分 9.25. 培训人数 ≥200 人, 180 (unit from the target) → 20×0.9 = 18, reason given;
    // 就业转化率 >60 %, 60 → strict boundary: under, formula 30, no reason → MISSING_REASON error.
    // 18+20+10+30+10+9.25 = 97.25.
    'd: 青神 (S8) two-row header, 指标性质 | 指标值 | 度量单位, 调整后预算数 / 预算执行数',
    () => [v.qingshenSheet()],
    1,
    [
      {
        sheet: 'Sheet1',
        kind: 'project',
        unit: '职业技能培训',
        year: 2023,
        count: 5,
        deviations: { 培训人数: 'under', 学员就业转化率: 'under' },
        missingReasonErrors: ['学员就业转化率'],
        codes: { MISSING_REASON: 1 },
        rates: { 年度资金总额: '92.5' },
        total: ['100', '97.25', '97.25', '优'],
      },
    ],
  ],
  [
    // 120.5/120.5 = 100.00, 得分 10. 及时率 ≥95 %, 90 % → 15×90/95 = 14.2105 → 14.21; 治理面积 1.5/2 → 11.25
    // (both with reasons). 20+15+14.21+15+11.25+10+10 = 95.46. The 注 row under the total is not read.
    'e: 天长 (S5) 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分, a 注 row',
    () => [v.tianchangSheet()],
    0,
    [
      TIANCHANG,
    ],
  ],
  [
    // 投入管理 30 (7 rows); 产出 权重 written 20 but its rows add to 25 → WEIGHT_SUM_MISMATCH (the table's 分值 add to 100);
    // 农保 927/973 → 5×0.9527 = 4.76, no reason → MISSING_REASON error; 政策知晓率 6 > 5 → SCORE_OVER_WEIGHT, and not the 5 the rules give → SCORE_MISMATCH (as dept-variant.xlsx's 2.5 of 2);
    // 得分 30 + 24.76 + 36 + 10 = 100.76 ≠ 98.8 → TOTAL_MISMATCH. Rates: 99.00, (budget 0), 100.00, 590/600 = 98.33.
    'f: Shanghai dept table with a wrong total, 权重, over-weight score and missing reason',
    () => [v.deptSheet()],
    1,
    [
      {
        sheet: '自评表',
        kind: 'dept',
        unit: '某街道社区事务受理服务中心',
        year: 2023,
        count: 17,
        deviations: { 农保人员补贴完成情况: 'under' },
        missingReasonErrors: ['农保人员补贴完成情况'],
        codes: { MISSING_REASON: 1, WEIGHT_SUM_MISMATCH: 1, SCORE_OVER_WEIGHT: 1, SCORE_MISMATCH: 1, TOTAL_MISMATCH: 1 },
        rates: { '资金来源:(1)财政拨款': '99', '资金结构:(1)基本支出': '100', '(2)项目支出': '98.33' },
        total: ['100', '100.76', '98.8', '优'],
      },
    ],
  ],
  [
    // The 绩效指标 column holds the 一级 labels, so the 投入管理 rows are 投入管理 rows (§8.9): no target asked of
    // them, and 预算执行管理's 9.2 < 10.2 needs a reason → MISSING_REASON error. 农保 927/973 × 10 = 9.53, under, with a
    // reason. 分值 30 + 25 + 35 + 10 = 100; 得分 29 + 24.53 + 35 + 10 = 98.53 = the recorded total. Rates 99, 100, 98.33.
    'ai: a dept table whose 一级 column is headed 绩效指标 (no 一级指标 header)',
    () => [v.level1AsSectionSheet()],
    1,
    [
      {
        sheet: '自评表',
        kind: 'dept',
        unit: '某街道社区事务受理服务中心',
        year: 2023,
        count: 13,
        deviations: { 农保人员补贴完成情况: 'under' },
        missingReasonErrors: ['预算执行管理'],
        codes: { MISSING_REASON: 1 },
        rates: { '资金来源:(1)财政拨款': '99', '资金结构:(1)基本支出': '100', '(2)项目支出': '98.33' },
        total: ['100', '98.53', '98.53', '优'],
      },
    ],
  ],
  [
    // 81,774,893.77 / 82,368,086.83 = 99.2798 % → 99.27 = the recorded 0.9927 (0.00%); 得分 9.93.
    // 采购计划完成率 1 (0%) = 100 %, 0.9 → 90 % → 15×0.9 = 13.5 (reason). 20+15+13.5+30+10+9.93 = 98.43.
    'g: numbers as numbers with #,##0.00 / 0.00% / 0% formats, a formula total',
    () => [v.formattedSheet()],
    0,
    [
      {
        sheet: '绩效自评',
        kind: 'project',
        unit: '社区事务受理中心设备更新',
        year: 2023,
        count: 5,
        deviations: { 采购计划完成率: 'under' },
        missingReasonErrors: [],
        codes: {},
        rates: { 年度资金总额: '99.27', '其中：当年财政拨款': '99.27' },
        total: ['100', '98.43', '98.43', '优'],
      },
    ],
  ],
  [
    // 参与人次 ≥50000 人次, 4.5万人次 = 45000 → 30×0.9 = 27, no reason → MISSING_REASON error. 30+30+27+10 = 97.
    // The 注, signature (a phone number under 得分) and date rows under the 合计 row are not indicators.
    'h: a dept table at C5 with a title merged across and a signature block under the total',
    () => [v.offsetSheet()],
    1,
    [
      {
        sheet: '2023',
        kind: 'dept',
        unit: '某区文化馆',
        year: 2023,
        count: 4,
        deviations: { 活动参与人次: 'under' },
        missingReasonErrors: ['活动参与人次'],
        codes: { MISSING_REASON: 1 },
        rates: {},
        total: ['100', '97', '97', '优'],
      },
    ],
  ],
  // A 说明 sheet holds no table; the 绩效目标表 (指标值, no completion column) is a targets table (§8.20): no
  // verdicts, findings or total of its own. It declares 3 of the 自评表's 7 indicators (same targets), so the other
  // 4 (培训, 及时率, 生活改善, 长效机制) are RESULT_WITHOUT_TARGET warnings; warnings keep exit 0.
  [
    'i: a cover sheet, a 目标表 sheet and the 自评表 sheet',
    () => v.threeSheets(),
    0,
    [
      { sheet: '目标表', kind: 'targets', unit: '社区养老服务补贴', year: 2023, count: 3, deviations: {}, missingReasonErrors: [], codes: {}, rates: {}, total: [null, null, null, null] },
      { ...MOF_A, codes: { RESULT_WITHOUT_TARGET: 4 } },
    ],
  ],
  // The same declaration with a planned 分值 per indicator (a 申报表): still a targets table, its 分值 shown and their
  // sum (60) not checked; the 自评表's findings are those of (i).
  [
    'ah: a 申报表 with 分值 (no completion, no 得分) beside the 自评表',
    () => v.declarationWithWeights(),
    0,
    [
      { sheet: '申报表', kind: 'targets', unit: '社区养老服务补贴', year: 2023, count: 3, deviations: {}, missingReasonErrors: [], codes: {}, rates: {}, total: [null, null, null, null] },
      { ...MOF_A, codes: { RESULT_WITHOUT_TARGET: 4 } },
    ],
  ],
  // Seed 001's shape: 7 targets, the MOF table's 7 rows. 不少于1000人 ≡ ≥1000人 (no TARGET_CHANGED); 志愿者 has no
  // completion row → TARGET_WITHOUT_RESULT on the targets sheet; 长效机制 is not declared → RESULT_WITHOUT_TARGET.
  [
    'ag: a 部门年度分目标 sheet (一级目标 … 指标目标值) before the 自评表',
    () => v.deptTargetsSheets(),
    0,
    [
      { sheet: '部门年度分目标', kind: 'targets', unit: null, year: null, count: 7, deviations: {}, missingReasonErrors: [], codes: { TARGET_WITHOUT_RESULT: 1 }, rates: {}, total: [null, null, null, null] },
      { ...MOF_A, codes: { RESULT_WITHOUT_TARGET: 1 } },
    ],
  ],
  // The 长效机制 / 培训 reasons stay; the 培训 reason is removed → one MISSING_REASON error under each header spelling.
  ...(
    [
      ['全年实际值', '未完成原因分析'],
      ['完成值', '未完成原因及拟采取的改进措施'],
      ['全年完成值', '原因'],
      ['实际完成值（B）', '偏差原因分析及改进措施（未完成的须填写）'],
      ['全年实际完成值', '未完成原因和改进措施'],
      ['全年完成情况', '存在问题及改进措施', ['一级指标名称', '二级指标名称', '三级指标名称']],
      ['年度完成情况', '整改措施', ['一级', '二级', '三级']],
    ] as [string, string, [string, string, string]?][]
  ).map(([actual, reason, levels]): [string, () => SheetSpec[], number, Expected[]] => [
    `j: headers 完成值 "${actual}", 原因 "${reason}"${levels ? `, ${levels.join(' / ')}` : ''}`,
    () => [v.headerVariantSheet(actual, reason, levels)],
    1,
    [{ ...MOF_A, missingReasonErrors: ['助老培训场次'], codes: { MISSING_REASON: 1 } }],
  ]),
  [
    // 偏差原因分析 is the reason column, not the 改进措施 beside it (rules.md §8.17: the more specific word): the
    // 培训 row under target (8/10) gives only a measure → MISSING_REASON error; 长效机制 has its reason.
    'aj: the reason split in 偏差原因分析 | 改进措施, one row with a measure and no reason',
    () => [v.splitReasonSheet()],
    1,
    [{ ...MOF_A, missingReasonErrors: ['助老培训场次'], codes: { MISSING_REASON: 1 } }],
  ],
  [
    // A bare 指标 merged over three columns reads 一级 | 二级 | 三级. 培训 90/100 × 30 = 27, under, with a reason;
    // 就业率 75/80 × 20 = 18.75, under, no reason → MISSING_REASON error. 分值 100; 得分 27 + 20 + 20 + 18.75 + 10 = 95.75.
    'ak: a dept table whose name header is a bare 指标 merged over 一级 | 二级 | 三级',
    () => [v.bareIndicatorHeaderSheet()],
    1,
    [
      {
        sheet: '自评表',
        kind: 'dept',
        unit: '某区就业促进中心',
        year: 2023,
        count: 5,
        deviations: { 培训人次: 'under', 帮扶对象就业率: 'under' },
        missingReasonErrors: ['帮扶对象就业率'],
        codes: { MISSING_REASON: 1 },
        rates: {},
        total: ['100', '95.75', '95.75', '优'],
      },
    ],
  ],
  [
    // §8.22: 执行率(B/A) over 年初预算数(A) makes that column the budget: 150 / 200 = 75.00 (printed 75 %), 得分
    // min(0.75, 1) × 10 = 7.5; "200万元" in the 万元 block is 200 (§8.25, info). §8.27: 预期指标值(A) / 实际完成指标值(B)
    // are target / completion, 得分计算方法 no column. 培训人次 =100 → 900 is over and ≥ 1.3× (§8.29): no reason →
    // MISSING_REASON warning + LARGE_OVERSHOOT; 就业率 ≥80 % → 70 % under, explained, 30 × 70/80 = 26.25. The
    // 其他需要说明事项 row is no indicator (§8.28). 7.5 + 50 + 26.25 + 10 = 93.75 = 总分 → 优; warnings only.
    'am: a Beijing form with a stated formula, marked headers and a remark row',
    () => [v.markedBeijingSheet()],
    0,
    [
      {
        sheet: '自评表',
        kind: 'project',
        unit: '某区职业培训补贴',
        year: 2016,
        count: 3,
        deviations: { 培训人次: 'over', 就业率: 'under' },
        missingReasonErrors: [],
        codes: { MISSING_REASON: 1, LARGE_OVERSHOOT: 1 },
        rates: { 年度资金总额: '75', '其中：财政拨款': '75' },
        total: ['100', '93.75', '93.75', '优'],
      },
    ],
  ],
  [
    // §8.25: "100万元" in a 万元 block is 100 (NUMBER_AS_TEXT, info): the funds total reads as in (a), 95 / 100
    // = 95.00 %, and so does the whole table.
    'al: the funds total typed "100万元" in a 万元 block',
    () => [v.fundsWithUnitsSheet()],
    0,
    [MOF_A],
  ],
  [
    // Decision: the blank form is a project table with no indicator (no row has a 分值, §8.12) and no error;
    // an unfilled form is not a clean submission (§8.19): TABLE_NOT_FILLED, a warning; its only weight is the
    // printed funds 分值 10; nothing recorded, so no score, no grade; no year ("（    年度）") and no unit
    // (项目名称 blank — not "项目支出" taken from the title).
    'k: the empty MOF template',
    () => [v.emptyTemplateSheet()],
    0,
    [{ sheet: '自评表', kind: 'project', unit: null, year: null, count: 0, deviations: {}, missingReasonErrors: [], codes: { TABLE_NOT_FILLED: 1 }, rates: {}, total: ['10', null, null, null] }],
  ],
  [
    // 投诉率 ≤5 %, 8 % → reverse, 10×5/8 = 6.25 (reason); 重复投诉率 不超过3 %, 4 % → 30×3/4 = 22.5, no reason → error.
    // 20+20+6.25+22.5+10+10 = 88.75 → 良.
    'l: reverse indicators (≤, 不超过) with 分值 before 年度指标值',
    () => [v.reverseSheet()],
    1,
    [
      {
        sheet: '自评表',
        kind: 'project',
        unit: '12345热线服务外包',
        year: 2024,
        count: 5,
        deviations: { 投诉率: 'under', 重复投诉率: 'under' },
        missingReasonErrors: ['重复投诉率'],
        codes: { MISSING_REASON: 1 },
        rates: { 年度资金总额: '100' },
        total: ['100', '88.75', '88.75', '良'],
      },
    ],
  ],
  [
    // 305.2/310 = 98.4516 → 98.45 (cut = half-up), 得分 9.85 (merged down the funds rows). 投诉件数 ≤20, 25 →
    // 30×20/25 = 24 (reason); 满意度 ≥90 %, 88 % → 10×88/90 = 9.78, no reason → error. 25+25+24+9.78+9.85 = 93.63.
    'm: 绩效指标 merged over 一级..三级 above a second header row, a 序号 column, 合计 in the 三级 column',
    () => [v.twoRowSectionSheet()],
    1,
    [
      {
        sheet: '项目',
        kind: 'project',
        unit: '城区道路保洁',
        year: 2023,
        count: 4,
        deviations: { 市容环境投诉件数: 'under', 居民满意度: 'under' },
        missingReasonErrors: ['居民满意度'],
        codes: { MISSING_REASON: 1 },
        rates: { 年度资金总额: '98.45', '其中：财政拨款': '98.45' },
        total: ['100', '93.63', '93.63', '优'],
      },
    ],
  ],
  [
    // 定性 rows: 及时 → 达成 scored 18 of 20 (band [16, 20]) without reason → MISSING_REASON warning;
    // 部分达成 scored 20 of 30 (band [18, 24)) without reason → MISSING_REASON error. 30+18+20+10+10 = 88 → 良.
    'n: split target with 指标性质 "定性" rows',
    () => [v.qualitativeSplitSheet()],
    1,
    [
      {
        sheet: '自评表',
        kind: 'project',
        unit: '农村危房改造',
        year: 2023,
        count: 4,
        deviations: { 农户居住条件改善: 'partial' },
        missingReasonErrors: ['农户居住条件改善'],
        codes: { MISSING_REASON: 2 },
        rates: { 年度资金总额: '100' },
        total: ['100', '88', '88', '良'],
      },
    ],
  ],
  [
    // No total row: recordedScore null, no TOTAL_MISMATCH; the signature row (a phone number, a date) is no indicator.
    // 满意度 85/90 → 9.44, no reason → error. 30+30+30+9.44 = 99.44.
    'o: a dept table with points in the 一级 labels, no total row, a signature row under it',
    () => [v.noTotalSheet()],
    1,
    [
      {
        sheet: 'Sheet1',
        kind: 'dept',
        unit: '某镇文化服务中心',
        year: 2024,
        count: 4,
        deviations: { 群众满意度: 'under' },
        missingReasonErrors: ['群众满意度'],
        codes: { MISSING_REASON: 1 },
        rates: {},
        total: ['100', '99.44', null, '优'],
      },
    ],
  ],
  [
    'p: a dept table whose unit is stated only in its title',
    () => [v.titleOnlySheet()],
    0,
    [{ sheet: 'Sheet1', kind: 'dept', unit: '某区图书馆', year: 2023, count: 3, deviations: {}, missingReasonErrors: [], codes: {}, rates: {}, total: ['100', '100', '100', '优'] }],
  ],
  // The same 普陀 funds row under other spellings of 全年预算数 / 全年执行数 (rules.md §8 S8: 调整后预算数, 预算执行数).
  ...(
    [
      ['调整后预算数', '预算执行数'],
      ['年度预算数', '年度执行数'],
      ['预算数', '实际支出数'],
      ['全年预算(A)', '全年执行(B)'],
      ['调整后预算数（A）', '全年实际支出（B）'],
    ] as const
  ).map(([budget, executed]): [string, () => SheetSpec[], number, Expected[]] => [`q: funds header "${budget}" / "${executed}"`, () => [v.putuoSheet({ budget, executed })], 1, [PUTUO]]),
  [
    // §8.5 for the funds row too: 8.61 differs from the exact 8.618304 by less than 0.01 → agrees (no SCORE_MISMATCH).
    'r: a funds 得分 cut to 8.61 instead of 8.62',
    () => [v.putuoSheet({ fundsScore: '8.61', total: '98.61' })],
    1,
    [{ ...PUTUO, total: ['100', '98.61', '98.61', '优'] }],
  ],
  [
    // Decision: a formula's cached value is what is recorded (8.618304, shown "8.62"); it agrees with 8.62
    // (§8.5), and the 总分 98.62 agrees with the sum 98.618304 at 0.01.
    'r: a funds 得分 that is an unrounded formula shown with 0.00',
    () => [v.putuoSheet({ fundsScore: { f: 'MIN(D5/C5,1)*10', v: 8.618304, fmt: '0.00' } })],
    1,
    [{ ...PUTUO, total: ['100', '98.618304', '98.62', '优'] }],
  ],
  [
    's: two project tables one under the other on one sheet',
    () => [v.twoProjectsSheet()],
    1,
    [
      { ...TIANCHANG, sheet: '项目自评' },
      {
        sheet: '项目自评',
        kind: 'project',
        unit: '12345热线服务外包',
        year: 2024,
        count: 5,
        deviations: { 投诉率: 'under', 重复投诉率: 'under' },
        missingReasonErrors: ['重复投诉率'],
        codes: { MISSING_REASON: 1 },
        rates: { 年度资金总额: '100' },
        total: ['100', '88.75', '88.75', '良'],
      },
    ],
  ],
  // Decision: a placeholder in the 偏差原因 cell of a deviating row ("无", "/", "—") explains nothing: MISSING_REASON.
  ...['无', '/', '—', '无。'].map((reason): [string, () => SheetSpec[], number, Expected[]] => [
    `t: 偏差原因 "${reason}" on an under-completed row`,
    () => [v.placeholderReasonSheet(reason)],
    1,
    [{ ...MOF_A, missingReasonErrors: ['助老培训场次'], codes: { MISSING_REASON: 1 } }],
  ]),
  ['u: 三级指标 merged over two columns, names merged alike', () => [v.wideNameSheet(true)], 0, [MOF_A]],
  ['u: 三级指标 merged over two columns, names in its first column only', () => [v.wideNameSheet(false)], 0, [MOF_A]],
  ['v: "项目名称：…" label and value in one cell', () => [v.inlineFactsSheet()], 0, [MOF_A]],
  [
    'v: "部门（单位）名称：…" label and value in one cell',
    () => [v.inlineDeptSheet()],
    1,
    [{ sheet: 'Sheet1', kind: 'dept', unit: '某镇文化服务中心', year: 2024, count: 4, deviations: { 群众满意度: 'under' }, missingReasonErrors: ['群众满意度'], codes: { MISSING_REASON: 1 }, rates: {}, total: ['100', '99.44', null, '优'] }],
  ],
  [
    // "/" in a 投入管理 row's 三级 / 指标值 / 完成值 is the form's placeholder (§8.12): still a 投入管理 row named by its
    // 二级, with no target to ask for (no MISSING_TARGET). Everything else as in f.
    'w: 投入管理 rows with "/" placeholders instead of a merged note',
    () => [v.slashedInputSheet()],
    1,
    [
      {
        sheet: '自评表',
        kind: 'dept',
        unit: '某街道社区事务受理服务中心',
        year: 2023,
        count: 17,
        deviations: { 农保人员补贴完成情况: 'under' },
        missingReasonErrors: ['农保人员补贴完成情况'],
        codes: { MISSING_REASON: 1, WEIGHT_SUM_MISMATCH: 1, SCORE_OVER_WEIGHT: 1, SCORE_MISMATCH: 1, TOTAL_MISMATCH: 1 },
        rates: { '资金来源:(1)财政拨款': '99', '资金结构:(1)基本支出': '100', '(2)项目支出': '98.33' },
        total: ['100', '100.76', '98.8', '优'],
      },
    ],
  ],
  // 小计 / "产出指标合计" rows are neither indicators nor the total: the sums are those of e (95.46); the total
  // row may be labelled 总分, 自评得分合计 or 综合得分.
  ...(
    [
      ['小计', () => '小计', '总分'],
      ['产出指标合计', (l: string) => `${l}合计`, '自评得分合计'],
      ['产出指标小计', (l: string) => `${l}小计`, '综合得分'],
    ] as const
  ).map(([what, label, totalLabel]): [string, () => SheetSpec[], number, Expected[]] => [
    `x: "${what}" rows closing each 一级 block, the total labelled "${totalLabel}"`,
    () => [v.subtotalSheet(label, totalLabel)],
    0,
    [
      TIANCHANG,
    ],
  ]),
  [
    // The title says 部门整体支出: kind dept, although its funds row is scored as a project's (§8.13 counts that
    // row's 分值 10 and 得分 9.5 into the totals all the same): 90 + 10 = 100; 90 + 9.5 = 99.5.
    // 950/1000 = 95.00; 400/400 = 100; 550/600 = 91.66 (cut).
    'y: MOF 部门整体支出绩效自评表 with a scored funds row',
    () => [v.mofDeptSheet()],
    0,
    [
      {
        sheet: '部门自评',
        kind: 'dept',
        unit: '某区民政局',
        year: 2023,
        count: 4,
        deviations: {},
        missingReasonErrors: [],
        codes: {},
        rates: { 年度资金总额: '95', '其中：基本支出': '100', 项目支出: '91.66' },
        total: ['100', '99.5', '99.5', '优'],
      },
    ],
  ],
  [
    'z: column markers (A / B / B/A) on a second header line',
    () => [v.markerRowsSheet()],
    0,
    [
      TIANCHANG,
    ],
  ],
  // Report tables without 分值 / 得分: plan-actual; 培训合格率 90 % < 95 % is a DEVIATION warning (no reason column).
  ...(
    [
      ['绩效指标', null, '年度目标', '完成情况'],
      ['一级指标', '三级指标', '目标', '完成'],
      ['指标类别', '绩效指标', '全年目标', '实际完成'],
      ['一级指标', '指标名称', '年度计划', '全年完成情况'],
      ['一级指标', '指标', '计划', '实际'],
      ['一级指标', '指标名称', '预期目标', '实际完成'],
    ] as const
  ).map((header): [string, () => SheetSpec[], number, Expected[]] => [
    `aa: a plan-actual report table headed ${header.filter((h) => h).join(' | ')}`,
    () => [v.planActualSheet([...header])],
    0,
    [{ sheet: '履职情况', kind: 'plan-actual', unit: '某单位', year: 2024, count: 3, deviations: { 培训合格率: 'under' }, missingReasonErrors: [], codes: { DEVIATION: 1 }, rates: {}, total: [null, null, null, null] }],
  ]),
  // rules.md §8.17: the MOF form with its section label "年度绩效指标完成情况" down column A reads 完成值 from 实际完成值.
  ['ab: MOF form with a section label ending in 完成情况', () => [v.mofSectionLabelSheet()], 0, [MOF_A]],
  [
    // 计算符号 | 指标值 | 计量单位 join into one target; 权重 is the row's 分值, 实际得分 its 得分.
    // 180/200 = 90.00, 得分 10 × 0.9 = 9; 就餐 45000 of ≥50000 → under, 20 × 0.9 = 18 recorded, no reason → error.
    // 分值 30+20+20+10+10 + 10 = 100; 得分 30+18+20+10+10 + 9 = 97 = 合计.
    'ac: 一体化 export with 计算符号, 计量单位, 权重 and 实际得分 columns',
    () => [v.integratedExportSheet()],
    1,
    [
      {
        sheet: '绩效自评',
        kind: 'project',
        unit: '社区食堂运营补助',
        year: 2024,
        count: 5,
        deviations: { 就餐老人人次: 'under' },
        missingReasonErrors: ['就餐老人人次'],
        codes: { MISSING_REASON: 1 },
        rates: { 年度资金总额: '90' },
        total: ['100', '97', '97', '优'],
      },
    ],
  ],
  [
    // §8.16: the 其中 row's 分值 10 / 得分 9.5 count nowhere. 分值 20+10+10 = 40 ≠ 产出 50, and 40+30+10 + 10 = 90 ≠ 100
    // (counting the sub-row would make it 100 and hide it); 得分 40+30+10 + 9.5 = 89.5 = 总分 → 良.
    'ad: a 其中 sub-row repeating 分值 10 and 得分',
    () => [v.scoredSubRowSheet()],
    1,
    [
      {
        sheet: '子行计分',
        kind: 'project',
        unit: '社区养老服务补贴',
        year: 2023,
        count: 5,
        deviations: {},
        missingReasonErrors: [],
        codes: { WEIGHT_SUM_MISMATCH: 2 },
        rates: { 年度资金总额: '95', '其中：当年财政拨款': '95' },
        total: ['90', '89.5', '89.5', '良'],
      },
    ],
  ],
  [
    // §8.18: "20分", "1 分", "１９", "10（分）", "87.3（分）" are read; 培训 9 of =10 scores 1 × 0.9 = 0.9, recorded "0.8分" →
    // SCORE_MISMATCH on its own row; the "—" 得分 is UNREADABLE_NUMBER. 得分 18+0.8+19+30+10 + 9.5 = 87.3 = 总分.
    'ae: 分值 and 得分 typed as text, a "—" where a 得分 belongs',
    () => [v.numbersAsTextSheet()],
    0,
    [
      {
        sheet: '文本数字',
        kind: 'project',
        unit: '社区养老服务补贴',
        year: 2023,
        count: 6,
        deviations: { 补贴发放人数: 'under', 助老培训场次: 'under' },
        missingReasonErrors: [],
        codes: { SCORE_MISMATCH: 1, UNREADABLE_NUMBER: 1 },
        rates: { 年度资金总额: '95', '其中：当年财政拨款': '95', 上年结转资金: '95' },
        total: ['100', '87.3', '87.3', '良'],
      },
    ],
  ],
  [
    // §8.19, §8.24: targets and 分值 printed, nothing completed or scored, the funds 得分 blank: TABLE_NOT_FILLED; nothing is summed.
    'af: an unfilled MOF form',
    () => [v.unfilledSheet()],
    0,
    [
      {
        sheet: '未填写',
        kind: 'project',
        unit: '社区养老服务补贴',
        year: 2023,
        count: 7,
        deviations: {},
        missingReasonErrors: [],
        codes: { TABLE_NOT_FILLED: 1 },
        rates: { 年度资金总额: '95', '其中：当年财政拨款': '95', 上年结转资金: '95' },
        total: ['100', null, null, null],
      },
    ],
  ],
  [
    // §8.24: the same form with the funds 得分 9.5 written is started, not unfilled; only that 得分 is summed.
    'af2: the indicators unfilled, the funds scored',
    () => [v.unfilledSheet(9.5)],
    0,
    [
      {
        sheet: '未填写',
        kind: 'project',
        unit: '社区养老服务补贴',
        year: 2023,
        count: 7,
        deviations: {},
        missingReasonErrors: [],
        codes: {},
        rates: { 年度资金总额: '95', '其中：当年财政拨款': '95', 上年结转资金: '95' },
        total: ['100', '9.5', null, '差'],
      },
    ],
  ],
];

describeIfExists(cli, 'the built command line is needed (npx webpack --mode production --config-name cli)')('realistic workbooks through the built command line', () => {
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-realistic-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each(cases)('%s', async (name, sheets, exit, expected) => {
    const run = await runCheck(name.slice(0, 1) + name.length, sheets());
    expect(run.tables.map(digest)).toEqual(expected);
    expect(run.exit).toBe(exit);
  });

  // Decision (k): the command line's own blank templates check clean of errors — no indicator is read from the
  // 核对 side table right of the grid, and pre-printed 投入管理 分值 alone (nothing else filled) are no weight
  // error — and each is an unfilled form (rules.md §8.19: TABLE_NOT_FILLED, a warning, exit 0).
  test.each([
    // The 总分 row's SUM formula shows 0.00: that is its recorded total.
    ['project', { sheet: '自评表(2024)', kind: 'project', unit: null, year: 2024, count: 0, deviations: {}, missingReasonErrors: [], codes: { TABLE_NOT_FILLED: 1 }, rates: {}, total: ['10', null, '0', null] }],
    // A template with only its 投入管理 defaults is unfilled too.
    ['dept', { sheet: '自评表(2024)', kind: 'dept', unit: null, year: 2024, count: 7, deviations: {}, missingReasonErrors: [], codes: { TABLE_NOT_FILLED: 1 }, rates: {}, total: ['30', null, '0', null] }],
  ] as [string, Expected][])('k: the blank %s template of `perf-selfeval template` checks clean of errors', (kind, expected) => {
    const file = path.join(tmp, `template-${kind}.xlsx`);
    spawnSync(process.execPath, [cli, 'template', kind, '--year', '2024', '-o', file], { encoding: 'utf8', env });
    const run = spawnSync(process.execPath, [cli, 'check', file, '--json'], { encoding: 'utf8', env });
    expect(JSON.parse(run.stdout).files[0].tables.map(digest)).toEqual([expected]);
    expect(run.status).toBe(0);
  });

  test('h: the table ends at its 合计 row; findings point into the offset sheet', async () => {
    const { tables } = await runCheck('h-range', [v.offsetSheet()]);
    expect(tables[0].range).toBe('C5:K12');
    expect(tables[0].findings.filter((f) => f.code === 'MISSING_REASON').map((f) => f.cell)).toEqual(['K10']);
  });

  test('b: the RATE_MISMATCH points at the recorded 执行率', async () => {
    const { tables } = await runCheck('b-cell', [v.putuoSheet()]);
    expect(tables[0].findings.filter((f) => f.code === 'RATE_MISMATCH').map((f) => f.cell)).toEqual(['F5']);
  });
});
