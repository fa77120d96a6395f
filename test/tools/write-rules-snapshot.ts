/**
 * Writes test/snapshots/rules.md: the rules engine's answers for a fixed list of inputs, as
 * tables an accountant can review without reading code (after date-fns' locale snapshot.md).
 * Run: npx ts-node --transpile-only test/tools/write-rules-snapshot.ts   (npm run rules:snapshot)
 * test/rules-snapshot.test.ts fails when the committed file differs from `renderRulesSnapshot()`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { D, type Dec } from '../../src/core/decimal';
import { formatParsed, parseValue, type ParsedValue } from '../../src/core/value';
import {
  assessIndicator, budgetScore, checkRecordedScore, defaultPack, executionRate, expectedScore, grade, needsReason, packs, type ReasonNeed,
} from '../../src/core/rules';
import { crossCheckTables } from '../../src/core/crossTable/crossCheck';
import { findingRegistry } from '../../src/core/findings/registry';
import { crossTableFindings } from '../../src/core/findings/codes/crossTable';
import { packFindings } from '../../src/core/findings/codes/pack';
import { reviewFindings } from '../../src/core/findings/codes/review';
import type { Deviation, TableReport } from '../../src/core/report/types';
import { amountUnitFindings } from '../../src/core/review/amountUnit';
import { costDirection, percentOver100, reasonContradicts } from '../../src/core/review/indicatorChecks';
import { fundsRow, indicatorRow as reportRow, tableReport } from '../../src/core/review/tableFixture';
import { rulePackToFile } from '../../src/core/rules/packFile';
import { rulePackJsonSchema } from '../../src/core/rules/packSchema';
import { yitihua2022Pack } from '../../src/core/rules/rulePack';
import { applicableCap } from '../../src/core/rules/totalCap';

export const SNAPSHOT_PATH = path.resolve(__dirname, '..', 'snapshots', 'rules.md');
/** The editors' JSON Schema of a rule-pack file and an example with every key (docs/rule-pack.md). */
export const SCHEMA_PATH = path.resolve(__dirname, '..', '..', 'docs', 'rule-pack.schema.json');
export const EXAMPLE_PATH = path.resolve(__dirname, '..', '..', 'docs', 'rule-pack.example.json');

/** Cell texts as found in the seeds (rules.md §6) and wording variants. */
const VALUES = [
  '=973.00(人)', '=12(个月)', '≥100.00(%)', '≤100.00(%)', '>90.00(%)', '>=90%', '≥ 90 %', '90%以上', '不低于95%', '不少于 100 件',
  '≤5个工作日', '＜3(次)', '35.00(个村居)', '0.00(次)', '0起', '≥1次', '100%', '百分百', '=350.00(万)', '15万人次', '=150000.00(人次)',
  '40.00(场(4场招聘，36场面试))', '(4场招聘，36场面试)', '11 项（就业困难人员补贴 110 人、…）', '2024 年 10 月底前', '每月 25 日前',
  '及时', '较上年增长', 'A级', '达成指标', '达成预期指标', '部分达成指标并具有一定效果', '未达成指标且效果较差', '无', '无 100', '为 100', '',
];

/** 指标值, 完成值, 分值, 填报得分: seed rows (rules.md §4–5) and the boundaries of §7.6–7.7. */
const INDICATORS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['=39.00(项)', '39.00(项)', '1', '1'],
  ['=973.00(人)', '927.00(人)', '1', '0.90'],
  ['=1751.00(人)', '1575.00(人)', '1', '0.90'],
  ['=4.00(个)', '0.00(个)', '1', '0'],
  ['=47.00(套)', '40.00(套)', '1', '0.85'],
  ['=150000.00(人次)', '120000.00(人次)', '2', '1.60'],
  ['15万人次', '150000(人次)', '2', '2'],
  ['=100(人)', '110(人)', '2', '2'],
  ['=100(人)', '130(人)', '2', '2'],
  ['≥100.00(%)', '100.00(%)', '2', '2'],
  ['≥100(人)', '130(人)', '2', '2'],
  ['≥85.00(%)', '90.00(%)', '3', '3'],
  ['>80.00(%)', '80.00(%)', '3', '3'],
  ['>95.00(%)', '90.00(%)', '3', '2.84'],
  ['>500.00(人次)', '501.00(人次)', '2', '2'],
  ['≤100.00(%)', '100.00(%)', '2', '2'],
  ['≤5(天)', '8(天)', '2', '1.25'],
  ['<5(天)', '5(天)', '2', '2'],
  ['0.00(次)', '0.00(次)', '2', '2'],
  ['0.00(次)', '1(次)', '2', '0'],
  ['=12(个月)', '12', '1', '1'],
  ['=4.00(个)', '4.00(台)', '1', '1'],
  ['(4场招聘，36场面试)', '40.00(场(4场招聘，36场面试))', '1', '1'],
  ['及时', '达成指标', '2', '2'],
  ['及时', '达成指标', '2', '1.80'],
  ['百分百', '达成指标', '1', '1'],
  ['稳定', '部分达成指标并具有一定效果', '3', '2'],
  ['稳定', '未达成指标且效果较差', '3', '1'],
  ['无', '部分达成指标并具有一定效果', '2', '1.40'],
  ['无 100', '达成指标', '2', '2'],
  ['为 100', '部分达成指标并具有一定效果', '2', '1.40'],
  ['=39.00(项)', '', '1', '0'],
];

/** 全年预算数, 全年执行数: rules.md §3 and S6. */
const BUDGETS: ReadonlyArray<readonly [string, string]> = [
  ['82,368,086.83', '81,774,893.77'], ['5,719,232.22', '5,680,045.73'], ['76,648,854.61', '76,094,848.04'],
  ['263,254,643.42', '263,083,287.96'], ['5,829,955.00', '5,688,467.10'], ['257,424,688.42', '257,394,820.86'],
  ['0.00', '0.00'], ['250,000.00', '215,457.6'], ['20,000', '9,034'],
];

const KIND_NAMES: Record<ParsedValue['type'], string> = {
  quant: '数值', qualTarget: '定性指标值', qualResult: '定性完成', missing: '缺失', description: '文字说明', unreadable: '无法识别',
};
const CLASS_NAMES = { quantitative: '定量', qualitative: '定性', 'not-evaluable': '无法评价' } as const;
const DEVIATION_NAMES = { none: '无偏差', under: '未完成', over: '超额', partial: '部分达成', unknown: '未知' } as const;
const CHECK_NAMES = { ok: '一致', mismatch: '不一致', 'over-weight': '超过分值', negative: '负分' } as const;
const BECAUSE_NAMES: Record<NonNullable<ReasonNeed['because']>, string> = {
  under: '未完成', partial: '部分达成', over: '超过指标值', 'score-below-weight': '得分低于分值',
  'qualitative-below-weight': '定性达成但得分低于分值', 'large-overshoot': '大幅超额完成',
};

const amount = (text: string): Dec => D(text.replace(/,/g, ''));
const cell = (text: string): string => (text === '' ? '（空）' : text.replace(/\|/g, '\\|'));
const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function valueRow(text: string): string[] {
  const v = parseValue(text);
  const quant = v.type === 'quant' ? [`${v.op}${v.opExplicit ? '' : '（默认）'}`, v.amount.toFixed(), v.unit ?? '—'] : ['—', '—', '—'];
  return [text, KIND_NAMES[v.type], formatParsed(v), ...quant];
}

function reasonText(need: ReasonNeed): string {
  return need.required && need.because ? `${need.code} ${need.severity}（${BECAUSE_NAMES[need.because]}）` : '—';
}

function indicatorRow([target, actual, weight, recorded]: readonly [string, string, string, string]): string[] {
  const [t, a, w, s] = [parseValue(target), parseValue(actual), D(weight), D(recorded)];
  const assessment = assessIndicator(t, a);
  const result = expectedScore(t, a, w);
  const flags = [assessment.largeOvershoot ? '大幅超额' : '', assessment.missingTarget ? '缺指标值' : ''].filter(Boolean).join('、');
  return [
    target, actual, weight, recorded, CLASS_NAMES[assessment.class], DEVIATION_NAMES[assessment.deviation] + (flags ? `（${flags}）` : ''),
    result.value?.toFixed(2) ?? (result.band ? '评价人判断' : '—'), result.explanation, CHECK_NAMES[checkRecordedScore(s, result, w)],
    reasonText(needsReason({ assessment, weight: w, score: s })),
  ];
}

function budgetRow([budget, actual]: readonly [string, string]): string[] {
  const [A, B] = [amount(budget), amount(actual)];
  const show = (x: Dec | null): string => x?.toFixed(2) ?? '无（预算为 0）';
  return [budget, actual, show(executionRate(B, A, 'cut')), show(executionRate(B, A, 'round')), show(budgetScore(B, A, D(10)))];
}

function packRows(): string[][] {
  return packs.map((p) => [
    p.id, p.name, p.rounding === 'cut' ? '截断' : '四舍五入', p.overshootRatio.toString(), p.reverseFormula === 'ratio' ? 'w·T/A' : 'w·(1−(A−T)/T)',
    p.gradeBands.map((b) => `${b.grade}≥${b.min.toString()}`).join(' '), p.executionRateCaps.length ? '有' : '无', p.deviationDeduction ? '有' : '无',
  ]);
}

/** 执行率 on and around the band limits of rules.md §8.21. */
const CAP_RATES = ['100', '80', '79.99', '70', '69.99', '60', '59.99', '50', '49.99', '0'];

function capRows(): string[][] {
  const capped = packs.filter((p) => p.executionRateCaps.length > 0);
  return CAP_RATES.map((rate) => [rate, ...capped.map((p) => applicableCap(D(rate), p)?.maxTotal.toString() ?? '不封顶')]);
}

/** 指标值, 完成值, 分值: on both sides of the 30 % deviation of the 一体化 deduction. */
const DEDUCTIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['=10(个)', '12.9(个)', '5'], ['=10(个)', '13(个)', '5'], ['≥100(人)', '150(人)', '5'], ['≥100(人)', '129(人)', '5'], ['=10(个)', '13(个)', '1'],
  ['=10(个)', '7(个)', '5'], ['≤5(天)', '8(天)', '5'], ['及时', '达成指标', '5'],
];

function deductionRow([target, actual, weight]: readonly [string, string, string]): string[] {
  const [t, a, w] = [parseValue(target), parseValue(actual), D(weight)];
  const score = (p: typeof defaultPack) => expectedScore(t, a, w, p).value?.toFixed(2) ?? '评价人判断';
  return [target, actual, weight, score(defaultPack), score(yitihua2022Pack), expectedScore(t, a, w, yitihua2022Pack).explanation];
}

type Row = [name: string, target: string | null, actual?: string | null, deviation?: Deviation];
const indicatorTable = (sheet: string, kind: TableReport['kind'], rows: readonly Row[]): TableReport =>
  tableReport({ sheet, kind, indicators: rows.map(([name, target, actual = null, deviation = 'none'], i) => reportRow(i + 3, { name, target, actual, deviation })) });

/** Case, targets table rows, completion rows (rules.md §8.20; names and values from seed 001). */
const CROSS_TABLE: ReadonlyArray<readonly [string, readonly Row[], readonly Row[]]> = [
  ['同名、指标值等价', [['服装购置清洗计划完成量', '47 套']], [['服装购置清洗计划完成量', '=47.00(套)', '40.00(套)', 'under']]],
  ['全角、空格不影响匹配', [['受理大厅日常受理量', '15万人次']], [['受理大厅 日常受理量', '＝150000.00（人次）', '150000(人次)']]],
  ['“不少于”即“≥”', [['案件调解计划完成情况', '不少于 100 件']], [['案件调解计划完成情况', '≥100.00(件)', '100.00(件)']]],
  ['目标表无单位', [['城乡居民养老保险参保人数', '≥460']], [['城乡居民养老保险参保人数', '≥460.00(人)', '460.00(人)']]],
  ['350 与 350 万不同', [['各类社会保障补贴计划发放数', '350']], [['各类社会保障补贴计划发放数', '=350.00(万)', '350.00(万)']]],
  ['“90%”（=）与“>90%”不同', [['提升敬老院服务水平', '90%']], [['提升敬老院服务水平', '>90.00(%)', '91.00(%)']]],
  ['描述性目标概括为 =100%', [['公共就业服务计划完成情况', '招聘会 5 项：退役军人专场招聘会 1 次…']], [['公共就业服务计划完成情况', '=100.00(%)', '100.00(%)']]],
  ['定性判定的行不比指标值', [['受理大厅日常受理量', '15万人次']], [['受理大厅日常受理量', '百分百', '达成指标']]],
  ['目标无完成行', [['提高老年人养老服务水平', '>90%'], ['提高老年人生活质量', '>90%']], [['提高老年人生活质量', '>90.00(%)', '91.00(%)']]],
  ['完成行无目标', [['提高老年人生活质量', '>90%']], [['提高老年人生活质量', '>90.00(%)', '91.00(%)'], ['受理服务计划完成情况', '=100.00(%)', '100.00(%)']]],
  ['一字之差（错别字）', [['各类困难救助补贴对象应发尽放率', '100%']], [['各类困难救助补贴对象应发尽发率', '=100.00(%)', '100.00(%)']]],
  ['名称为“无”的占位行', [['提高老年人生活质量', '>90%']], [['提高老年人生活质量', '>90.00(%)', '91.00(%)'], ['无', '无', '达成指标']]],
  ['同一指标两次、结论矛盾', [], [['受理大厅日常受理量', '百分百', '达成指标', 'none'], ['受理大厅日常受理量', '=150000.00(人次)', '120000.00(人次)', 'under']]],
  ['同一指标两次、结论一致', [], [['档案管理制度健全性', '无', '达成指标', 'none'], ['档案管理制度健全性', '无', '达成指标', 'none']]],
];

const rowsText = (rows: readonly Row[]): string => (rows.length === 0 ? '（无目标表）' : rows.map(([n, t, a]) => `${n} ${t ?? ''}${a !== undefined ? ` → ${a}` : ''}`).join('；'));

function crossTableRow([label, targets, results]: readonly [string, readonly Row[], readonly Row[]]): string[] {
  const tables = [...(targets.length > 0 ? [indicatorTable('目标表', 'targets', targets)] : []), indicatorTable('完成表', 'plan-actual', results)];
  const found = crossCheckTables(tables).flatMap((t) => t.findings.map((f) => `${f.code}（${t.sheet}!${f.cell}）`));
  return [label, rowsText(targets), rowsText(results), found.join('、') || '—'];
}

/** Check, the row it sees, what it reports. */
const REVIEW_CASES: ReadonlyArray<readonly [string, () => string]> = [
  ['满意度 ≥90% → 105%', () => codeOf(percentOver100(reportRow(5, { name: '服务对象满意度', target: '≥90%', actual: '105%' })))],
  ['验收合格率 =100(%) → 100.00(%)', () => codeOf(percentOver100(reportRow(5, { name: '验收合格率', target: '=100(%)', actual: '100.00(%)' })))],
  ['收入增长率 ≥5% → 120%', () => codeOf(percentOver100(reportRow(5, { name: '收入增长率', target: '≥5%', actual: '120%' })))],
  ['应发尽发率 =679(人次) → 700(人次)', () => codeOf(percentOver100(reportRow(5, { name: '应发尽发率', target: '=679(人次)', actual: '700(人次)' })))],
  ['成本指标 单位造价 ≥500(元)', () => codeOf(costDirection(reportRow(5, { level2: '成本指标', name: '单位造价', target: '≥500(元)' })))],
  ['成本指标 单位造价 ≤500(元)', () => codeOf(costDirection(reportRow(5, { level2: '成本指标', name: '单位造价', target: '≤500(元)' })))],
  ['未完成，原因“该项工作已完成”', () => codeOf(reasonContradicts(reportRow(5, { deviation: 'under', reason: '该项工作已完成' })))],
  ['部分达成，原因“目标基本达成”', () => codeOf(reasonContradicts(reportRow(5, { deviation: 'partial', reason: '目标基本达成' })))],
  ['未完成，原因“已完成 40 套，剩余 7 套明年采购”', () => codeOf(reasonContradicts(reportRow(5, { deviation: 'under', reason: '已完成 40 套，剩余 7 套明年采购' })))],
  ['万元表，全年预算数 82,368,086.83', () => codesOf(amountUnitFindings([fundsRow(5, '年度资金总额', '82368086.83', '81774893.77')], '万元'))],
  ['万元表，全年预算数 8,236.81', () => codesOf(amountUnitFindings([fundsRow(5, '年度资金总额', '8236.81', '8177.49')], '万元'))],
  ['元表，全年预算数 0.35', () => codesOf(amountUnitFindings([fundsRow(5, '年度资金总额', '0.35', '0.30')], '元'))],
  ['元表，其他资金 0.00 与合计 263,254,643.42', () => codesOf(amountUnitFindings([fundsRow(5, '财政拨款', '263254643.42', '263083287.96'), fundsRow(6, '其他资金', '0', '0')], '元'))],
];

function codeOf(f: { code: string; severity: string } | null): string {
  return f === null ? '—' : `${f.code} ${f.severity}`;
}
function codesOf(list: readonly { code: string; severity: string }[]): string {
  return list.map(codeOf).join('、') || '—';
}

function whyRows(codes: readonly string[]): string[][] {
  const registry = findingRegistry as Record<string, { severity: unknown; why: string }>;
  return codes.map((code) => [code, typeof registry[code].severity === 'string' ? String(registry[code].severity) : '按情形', registry[code].why]);
}

/** Return the whole Markdown text of test/snapshots/rules.md. */
export function renderRulesSnapshot(): string {
  return [
    '# 规则快照 (rules snapshot)',
    '',
    '> Generated by `npm run rules:snapshot` (test/tools/write-rules-snapshot.ts) — do not edit by hand.',
    `> 规则包: ${defaultPack.id}; 规则依据见 ../shared/rules.md §6–8。`,
    '',
    '## 1. 数值读取 (value grammar, rules.md §6)',
    '',
    table(['单元格', '类型', '规范写法', '运算符', '数值', '单位'], VALUES.map(valueRow)),
    '',
    '## 2. 指标判定与预期得分 (rules.md §7.5–7.9, §8.11)',
    '',
    table(['指标值', '完成值', '分值', '填报得分', '类别', '偏差', '预期得分', '计算说明', '得分核对', '缺少偏差原因时'], INDICATORS.map(indicatorRow)),
    '',
    '## 3. 预算执行率与执行率得分 (rules.md §3, §7.2, §7.4; 分值 10)',
    '',
    table(['全年预算数', '全年执行数', '执行率（截断）', '执行率（四舍五入）', '得分'], BUDGETS.map(budgetRow)),
    '',
    '## 4. 等级 (rules.md §7.13)',
    '',
    table(['总分', '等级'], ['100', '90', '89.99', '80', '79.99', '60', '59.99'].map((t) => [t, grade(D(t))])),
    '',
    '## 5. 规则包 (rules.md §8.10)',
    '',
    table(['id', '名称', '执行率取舍', '大幅超额倍数', '反向指标公式', '等级', '执行率封顶', '偏差扣分'], packRows()),
    '',
    '## 6. 执行率封顶 (rules.md §8.21; 执行率严格低于 rateBelow 时封顶，区间下限含)',
    '',
    table(['执行率', ...packs.filter((p) => p.executionRateCaps.length > 0).map((p) => `${p.id} 总分上限`)], capRows()),
    '',
    '## 7. 大幅偏离扣分 (rules.md §8.21; 完成值超过指标值 30% 及以上扣 2 分，不低于 0)',
    '',
    table(['指标值', '完成值', '分值', `预期得分（${defaultPack.id}）`, `预期得分（${yitihua2022Pack.id}）`, '计算说明'], DEDUCTIONS.map(deductionRow)),
    '',
    '## 8. 目标表与完成情况表核对 (rules.md §8.20)',
    '',
    table(['情形', '目标表', '完成情况表', '结果'], CROSS_TABLE.map(crossTableRow)),
    '',
    '## 9. 审核常见退回问题 (issue 15)',
    '',
    table(['情形', '结果'], REVIEW_CASES.map(([label, run]) => [label, run()])),
    '',
    '## 10. 新增提示的依据 (warnings / info only, rules.md §8.15)',
    '',
    table(['代码', '级别', '依据'], whyRows([...Object.keys(packFindings), ...Object.keys(crossTableFindings), ...Object.keys(reviewFindings)])),
    '',
  ].join('\n');
}

/** docs/rule-pack.schema.json: the JSON Schema of a pack file, generated from the zod definition. */
export function renderRulePackSchema(): string {
  return `${JSON.stringify(rulePackJsonSchema(), null, 2)}\n`;
}

/** docs/rule-pack.example.json: every key, with the values of the 一体化 2022 pack it extends. */
export function renderRulePackExample(): string {
  const example = {
    $schema: './rule-pack.schema.json',
    extends: yitihua2022Pack.id,
    ...rulePackToFile(yitihua2022Pack),
    id: 'example-region-2024',
    name: '示例：某地区 2024 年自评口径（以一体化 2022 口径为基础）',
    source: '示例文件：请写明文件名、文号或手册章节',
  };
  return `${JSON.stringify(example, null, 2)}\n`;
}

/** Every generated file and its text (the test compares each with what is committed). */
export function generatedFiles(): [string, string][] {
  return [
    [SNAPSHOT_PATH, renderRulesSnapshot()],
    [SCHEMA_PATH, renderRulePackSchema()],
    [EXAMPLE_PATH, renderRulePackExample()],
  ];
}

if (require.main === module) {
  for (const [file, text] of generatedFiles()) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, 'utf8');
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
