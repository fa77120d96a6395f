import { D, type Dec } from '../decimal';
import { parseValue } from '../value/parseValue';
import { assessIndicator } from './assessIndicator';
import { checkRecordedScore, expectedScore } from './expectedScore';
import { grade } from './grade';
import { needsReason } from './needsReason';

/**
 * Every target/completion pair of the two seed documents (rules.md §4, §5), one line each, with
 * the verdict the rules give: "<class> <deviation> <expected score> <score check> <reason need>"
 * (plus " missing-target" where the target is missing). The seed files themselves are not read:
 * they may be absent on a clone.
 */
function verdict(target: string, actual: string, weight: Dec | null, score: Dec | null): string {
  const a = assessIndicator(parseValue(target), parseValue(actual));
  const need = needsReason({ assessment: a, weight, score });
  const parts: string[] = [a.class, a.deviation];
  if (weight !== null && score !== null) {
    const result = expectedScore(parseValue(target), parseValue(actual), weight);
    parts.push(result.value?.toFixed(2) ?? '—', checkRecordedScore(score, result, weight));
  }
  parts.push(need.because ?? '-');
  if (a.missingTarget) parts.push('missing-target');
  return parts.join(' ');
}

// Seed 000 (2023 浦锦): 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差原因 given? | verdict.
const seed000: ReadonlyArray<readonly [string, string, string, string, string, boolean, string]> = [
  ['社会救助补贴完成情况', '=39.00(项)', '39.00(项)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['促进就业补贴受益人数完成情况', '=30.00(人)', '30.00(人)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['服务大厅软环境服务升级完成情况', '=4.00(个)', '0.00(个)', '1.00', '0.00', true, 'quantitative under 0.00 ok under'],
  ['促进就业招聘面试会完成情况', '(4场招聘，36场面试)', '40.00(场(4场招聘，36场面试))', '1.00', '1.00', false, 'not-evaluable unknown — ok -'],
  ['重残无业居家养老补贴工作完成情况', '=77.00(人)', '77.00(人)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['万人就业从业人员到岗率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['农保人员补贴完成情况', '=973.00(人)', '927.00(人)', '1.00', '0.90', true, 'quantitative under 0.95 mismatch under'],
  ['社保中心运营保障完成情况', '=12(个月)', '12.00(个月)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['上级交办工作完成率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['远程帮办机购买完成情况', '35.00(个村居)', '35.00(个村居)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['医保补贴完成率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['计划生育补贴完成情况', '=12(项)', '12.00(项)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['征地人员补贴完成情况', '=1751.00(人)', '1575.00(人)', '1.00', '0.90', true, 'quantitative under 0.90 ok under'],
  ['设施设备购置验收合格率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['社保中心运营考核达标率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['万人就业人员考核达标率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['补贴资金发放准确率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['系统升级验收合格率', '=100.00(%)', '100.00(%)', '1.00', '1.00', false, 'quantitative none 1.00 ok -'],
  ['补贴资金发放及时性', '及时', '达成指标', '1.00', '1.00', false, 'qualitative none 1.00 ok -'],
  ['系统升级验收及时性', '及时', '达成指标', '1.00', '1.00', false, 'qualitative none 1.00 ok -'],
  ['设施设备购置验收及时性', '及时', '达成指标', '1.00', '1.00', false, 'qualitative none 1.00 ok -'],
  ['万人就业人员考核及时性', '及时', '达成指标', '2.00', '2.00', false, 'qualitative none 2.00 ok -'],
  ['社保中心运营考核及时性', '及时', '达成指标', '2.00', '2.00', false, 'qualitative none 2.00 ok -'],
  ['新增就业人口指标达标率', '≥100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['社保中心大楼运营保障情况', '有效保障', '达成指标', '2.00', '2.00', false, 'qualitative none 2.00 ok -'],
  ['安全事故发生数', '0.00(次)', '0.00(次)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['投诉处置有效率', '=100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['劳动争议先行调解率', '=100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['失业人口指标控制率', '≤100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['促进就业保障人数', '较上年增长', '达成指标', '2.00', '2.00', false, 'qualitative none 2.00 ok -'],
  ['窗口受理事件有效处置率', '=100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['城乡居民养老保险参保率', '≥100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['设施设备投入使用率', '=100.00(%)', '100.00(%)', '2.00', '2.00', false, 'quantitative none 2.00 ok -'],
  ['系统运行安全稳定性', '稳定', '达成指标', '3.00', '3.00', false, 'qualitative none 3.00 ok -'],
  ['政策知晓率', '=100.00(%)', '100.00(%)', '3.00', '3.00', false, 'quantitative none 3.00 ok -'],
  ['社会救助受益人数', '较上年增长', '达成指标', '3.00', '3.00', false, 'qualitative none 3.00 ok -'],
  ['应补尽补率', '=100.00(%)', '100.00(%)', '3.00', '3.00', false, 'quantitative none 3.00 ok -'],
  ['长效管理机制健全性', '建立健全', '达成指标', '3.00', '3.00', false, 'qualitative none 3.00 ok -'],
  ['部门满意度', '≥85.00(%)', '90.00(%)', '3.00', '3.00', false, 'quantitative none 3.00 ok -'],
  ['工作人员满意度', '≥85.00(%)', '90.00(%)', '3.00', '3.00', false, 'quantitative none 3.00 ok -'],
  ['群众满意度', '≥85.00(%)', '90.00(%)', '4.00', '4.00', false, 'quantitative none 4.00 ok -'],
];

/** Seed 000 投入管理 rows (二级 only): 分值 = 得分. */
const seed000Input: ReadonlyArray<readonly [string, string]> = [
  ['预算编审管理', '7.50'],
  ['预算执行管理', '10.20'],
  ['预算绩效管理', '4.50'],
  ['资产管理', '0.90'],
  ['预算透明度', '3.00'],
  ['内部控制管理', '2.40'],
  ['预算信息化', '1.50'],
];

describe('seed 000 (2023 浦锦 整体支出): every scored row', () => {
  test.each(seed000)('%s: %s → %s (分值 %s, 得分 %s)', (_name, target, actual, weight, score, _reason, expected) => {
    expect(verdict(target, actual, D(weight), D(score))).toBe(expected);
  });

  test.each(seed000)('%s: a required reason is present in the seed', (_name, target, actual, weight, score, reason) => {
    const need = needsReason({ assessment: assessIndicator(parseValue(target), parseValue(actual)), weight: D(weight), score: D(score) });
    expect(!need.required || reason).toBe(true);
  });

  test.each(seed000Input)('投入管理 %s: 得分 = 分值 %s needs no reason', (_name, points) => {
    expect(needsReason({ assessment: null, weight: D(points), score: D(points), inputManagement: true }).required).toBe(false);
  });

  const recordedTotal = [...seed000Input.map(([, p]) => D(p)), ...seed000.map((row) => D(row[4]))].reduce((s, x) => s.plus(x), D(0));
  test('Σ 分值 = 100 and Σ 得分 = recorded 98.8 (grade 优)', () => {
    const weights = [...seed000Input.map(([, p]) => D(p)), ...seed000.map((row) => D(row[3]))].reduce((s, x) => s.plus(x), D(0));
    expect([weights.toFixed(2), recordedTotal.toFixed(2), grade(recordedTotal)]).toEqual(['100.00', '98.80', '优']);
  });

  test('with MOF proportional scores (row 11 at its recorded 1) the unrounded total is 98.8522 (grade 优)', () => {
    const exact = seed000.reduce((sum, [, target, actual, weight, score]) => {
      const result = expectedScore(parseValue(target), parseValue(actual), D(weight));
      return sum.plus(result.exact ?? result.value ?? D(score));
    }, D(0));
    const total = exact.plus(30);
    expect([total.toFixed(4), grade(total)]).toEqual(['98.8522', '优']);
  });
});

// Seed 001 (2024 虹桥 report): plan/actual tables, no 分值/得分, no reasons in the rows.
const seed001: ReadonlyArray<readonly [string, string, string, string]> = [
  ['退役军人服务计划完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['各类社会保障补贴计划发放数', '=350.00(万)', '350.00(万)', 'quantitative none -'],
  ['各类困难救助补贴对象应发尽发率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['集体退休干部、党政退休干部补贴应发尽发率', '=679.00(人次)', '679.00(人次)', 'quantitative none -'],
  ['特困医疗补助应发尽发率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['为老服务计划完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['公共就业服务计划完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['服装购置清洗计划完成量', '=47.00(套)', '40.00(套)', 'quantitative under under'],
  ['受理服务计划完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['案件调解计划完成情况', '≥100.00(件)', '100.00(件)', 'quantitative none -'],
  ['残疾人服务计划完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['岗位补贴计划完成率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['公共队伍福利完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['民政服务计划完成情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['和谐贡献奖应发尽发数', '=7040.00(人次)', '7040.00(人次)', 'quantitative none -'],
  ['各类困难补助补贴发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['龙柏敬老院日常管理质量达标率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['集体退休干部、党政退休干部补贴发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['福利费发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['残疾人服务质量合格情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['服装验收合格率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['为老服务计划完成质量合格情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['受理大厅日常办公评估合格情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['退役军人服务质量合格情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['和谐贡献奖发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['民政服务质量合格情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['各类社会保障补贴发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['各类充分就业补贴发放准确情况', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['特困医疗补助发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['岗位补贴发放准确率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['社区登记失业率 (时效)', '百分百', '达成指标', 'qualitative none -'],
  ['和谐贡献奖发放及时率', '百分百', '达成指标', 'qualitative none -'],
  ['岗位补贴发放及时性', '百分百', '达成指标', 'qualitative none -'],
  ['龙柏敬老院日常管理完成及时情况', '百分百', '达成指标', 'qualitative none -'],
  ['集体退休干部、党政退休干部补贴发放及时率', '百分百', '达成指标', 'qualitative none -'],
  ['为老服务计划完成及时情况', '百分百', '达成指标', 'qualitative none -'],
  ['残疾人服务完成及时情况', '百分百', '达成指标', 'qualitative none -'],
  ['各类社会保障补贴发放及时性', '百分百', '达成指标', 'qualitative none -'],
  ['福利费发放及时性', '百分百', '达成指标', 'qualitative none -'],
  ['受理大厅日常受理量 (时效)', '百分百', '达成指标', 'qualitative none -'],
  ['民政服务完成及时情况', '百分百', '达成指标', 'qualitative none -'],
  ['受理大厅日常办公计划完成及时情况', '百分百', '达成指标', 'qualitative none -'],
  ['退役军人服务完成及时情况', '百分百', '达成指标', 'qualitative none -'],
  ['特困医疗补助发放及时性', '百分百', '达成指标', 'qualitative none -'],
  ['提高老年人生活质量', '>90.00(%)', '91.00(%)', 'quantitative none -'],
  ['政策知晓度', '>80.00(%)', '80.00(%)', 'quantitative under under'],
  ['促进残疾人参与社会生活', '>500.00(人次)', '501.00(人次)', 'quantitative none -'],
  ['提高残疾人工作服务水平', '=90.00(%)', '90.00(%)', 'quantitative none -'],
  ['提升困难人员工作积极性', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['提升国防教育和双拥宣传力度', '≥30.00(%)', '30.00(%)', 'quantitative none -'],
  ['城乡居民养老保险参保人数', '≥460.00(人)', '460.00(人)', 'quantitative none -'],
  ['提升未成年人保护工作站的服务能力', '无', '部分达成指标并具有一定效果', 'qualitative partial partial missing-target'],
  ['促进社区和谐稳定情况', '无 100', '达成指标', 'qualitative none - missing-target'],
  ['困难人员再就业率', '=70.00(%)', '70.00(%)', 'quantitative none -'],
  ['改善补助对象生活水平', '无', '达成指标', 'qualitative none - missing-target'],
  ['保障城乡低保居民的基本生活', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['受理大厅日常受理量', '=150000.00(人次)', '120000.00(人次)', 'quantitative under under'],
  ['提高残疾人生活自理及社会适应能力', '=30.00(%)', '30.00(%)', 'quantitative none -'],
  ['提高退役军人收入水平', '≥40.00(%)', '40.00(%)', 'quantitative none -'],
  ['完善双拥工作模式', '≥30.00(%)', '30.00(%)', 'quantitative none -'],
  ['提升社会组织发展能力', '为 100', '部分达成指标并具有一定效果', 'qualitative partial partial missing-target'],
  ['提升社会化养老服务综合能力', '无', '达成指标', 'qualitative none - missing-target'],
  ['保障受理大厅日常运行', '=100(%)', '100.00(%)', 'quantitative none -'],
  ['提高优抚补助对象收入水平', '≥95.00(%)', '95.00(%)', 'quantitative none -'],
  ['保障龙柏敬老院正常运行', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['提升敬老院服务水平', '>90.00(%)', '91.00(%)', 'quantitative none -'],
  ['提高养老人员生活水平', '≥5.00(%)', '5.00(%)', 'quantitative none -'],
  ['提升集体退休干部、党政退休干部生活水平', '≥5.00(%)', '5.00(%)', 'quantitative none -'],
  ['社区登记失业率', '无', '达成指标', 'qualitative none - missing-target'],
  ['无 (生态效益 placeholder)', '无', '达成指标', 'qualitative none - missing-target'],
  ['档案管理制度健全性', '无', '达成指标', 'qualitative none - missing-target'],
  ['建立健全长效管理机制', '无', '达成指标', 'qualitative none - missing-target'],
  ['人员到位率', '=100.00(%)', '100.00(%)', 'quantitative none -'],
  ['沟通协调有效性', '无', '达成指标', 'qualitative none - missing-target'],
  ['管理者满意度', '≥90.00(%)', '90.00(%)', 'quantitative none -'],
  ['社会组织满意度', '≥90.00(%)', '90.00(%)', 'quantitative none -'],
  ['受益人群满意度', '≥90.00(%)', '90.00(%)', 'quantitative none -'],
  ['职工满意度', '>95.00(%)', '90.00(%)', 'quantitative under under'],
];

describe('seed 001 (2024 虹桥 report): every plan/actual pair', () => {
  test.each(seed001)('%s: %s → %s', (_name, target, actual, expected) => {
    expect(verdict(target, actual, null, null)).toBe(expected);
  });

  test('the rows a careful checker flags for a missing reason (rules.md §5)', () => {
    const flagged = seed001
      .filter(([, target, actual]) => needsReason({ assessment: assessIndicator(parseValue(target), parseValue(actual)), weight: null, score: null }).required)
      .map(([name]) => name);
    expect(flagged).toEqual(['服装购置清洗计划完成量', '政策知晓度', '提升未成年人保护工作站的服务能力', '受理大厅日常受理量', '提升社会组织发展能力', '职工满意度']);
  });
});
