/**
 * The indicator rows the benchmark grids cycle through: every value form of rules.md §6
 * that a dept table carries, met and deviating, with and without a 偏差原因, so that
 * every branch of the engine (quantitative, qualitative, partial, not evaluable,
 * missing reason, score mismatch) is exercised in proportion.
 * As in the seeds, percentages and qualitative words repeat from row to row while counts
 * differ: forms with `counts` get their numbers from the row, so that an engine which
 * memoises repeated values is not measured on a table of two dozen distinct values.
 */
export interface ValueForm {
  name: string;
  target: string;
  actual: string;
  /** The recorded 得分 as a share of 分值 (1 = full marks). */
  scoreShare: number;
  reason?: string;
  /** Target and completion for a row's own number n (n ≥ 10); the fixed texts above show the form. */
  counts?: (n: number) => [string, string];
}

/** The 年度指标值 and 全年完成值 of a form on the row with serial number `serial`. */
export function valuesOf(form: ValueForm, serial: number): [string, string] {
  return form.counts ? form.counts(10 + ((serial * 7919) % 9990)) : [form.target, form.actual];
}

const q = (n: number) => `${n}.00`;

const SHORTFALL = '年初预估数量较多，实际符合标准的数量较少';

export const VALUE_FORMS: ValueForm[] = [
  { name: '社会救助补贴完成情况', target: '=39.00(项)', actual: '39.00(项)', scoreShare: 1, counts: (n) => [`=${q(n)}(项)`, `${q(n)}(项)`] },
  { name: '部门满意度', target: '≥85.00(%)', actual: '90.00(%)', scoreShare: 1 },
  { name: '补贴资金发放及时性', target: '及时', actual: '达成指标', scoreShare: 1 },
  { name: '安全事故发生数', target: '0.00(次)', actual: '0.00(次)', scoreShare: 1 },
  { name: '政策知晓度', target: '>80.00(%)', actual: '80.00(%)', scoreShare: 1, reason: '宣传覆盖面不足，下年度加强宣传' },
  { name: '提升社会组织发展能力', target: '为 100', actual: '部分达成指标并具有一定效果', scoreShare: 0.7, reason: SHORTFALL },
  { name: '农保人员补贴完成情况', target: '=973.00(人)', actual: '927.00(人)', scoreShare: 0.9, reason: SHORTFALL, counts: (n) => [`=${q(n)}(人)`, `${q(Math.floor(n * 0.95))}(人)`] },
  { name: '投诉处置有效率', target: '=100.00(%)', actual: '100.00(%)', scoreShare: 1 },
  { name: '失业人口指标控制率', target: '≤100.00(%)', actual: '100.00(%)', scoreShare: 1 },
  { name: '社会保障补贴计划发放数', target: '=350.00(万)', actual: '350.00(万)', scoreShare: 1, counts: (n) => [`=${q(n)}(万)`, `${q(n)}(万)`] },
  { name: '促进就业招聘面试会完成情况', target: '(4场招聘，36场面试)', actual: '40.00(场(4场招聘，36场面试))', scoreShare: 1 },
  { name: '服装购置清洗计划完成量', target: '=47.00(套)', actual: '40.00(套)', scoreShare: 0.85, counts: (n) => [`=${q(n)}(套)`, `${q(Math.floor(n * 0.85))}(套)`] },
  { name: '社保中心运营保障完成情况', target: '=12(个月)', actual: '12.00(个月)', scoreShare: 1 },
  { name: '社保中心大楼运营保障情况', target: '有效保障', actual: '达成指标', scoreShare: 1 },
  { name: '职工满意度', target: '>95.00(%)', actual: '90.00(%)', scoreShare: 0.95, reason: '部分职工对办公环境不满意' },
  { name: '远程帮办机购买完成情况', target: '35.00(个村居)', actual: '35.00(个村居)', scoreShare: 1, counts: (n) => [`${q(n)}(个村居)`, `${q(n)}(个村居)`] },
  { name: '案件调解计划完成情况', target: '≥100.00(件)', actual: '100.00(件)', scoreShare: 1, counts: (n) => [`≥${q(n)}(件)`, `${q(n + (n % 3))}(件)`] },
  { name: '促进就业保障人数', target: '较上年增长', actual: '达成指标', scoreShare: 1 },
  { name: '受理大厅日常受理量', target: '=150000.00(人次)', actual: '120000.00(人次)', scoreShare: 0.8, reason: '线上办理分流', counts: (n) => [`=${q(n * 15)}(人次)`, `${q(n * 12)}(人次)`] },
  { name: '特困医疗补助发放及时性', target: '百分百', actual: '达成指标', scoreShare: 1 },
  { name: '服务大厅软环境服务升级完成情况', target: '=4.00(个)', actual: '0.00(个)', scoreShare: 0, reason: '根据工作计划调整，项目未实施', counts: (n) => [`=${q(n % 50)}(个)`, '0.00(个)'] },
  { name: '提高残疾人参与社会生活人次', target: '>500.00(人次)', actual: '501.00(人次)', scoreShare: 1, counts: (n) => [`>${q(n)}(人次)`, `${q(n + 1)}(人次)`] },
  { name: '和谐贡献奖应发尽发数', target: '=7040.00(人次)', actual: '9500.00(人次)', scoreShare: 1, counts: (n) => [`=${q(n)}(人次)`, `${q(Math.round(n * 1.35))}(人次)`] },
  { name: '提升未成年人保护工作站的服务能力', target: '无', actual: '部分达成指标并具有一定效果', scoreShare: 0.7 },
];

