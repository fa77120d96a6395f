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

export const SNAPSHOT_PATH = path.resolve(__dirname, '..', 'snapshots', 'rules.md');

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
  ].join('\n');
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(SNAPSHOT_PATH), { recursive: true });
  fs.writeFileSync(SNAPSHOT_PATH, renderRulesSnapshot(), 'utf8');
  console.log(`wrote ${path.relative(process.cwd(), SNAPSHOT_PATH)}`);
}
