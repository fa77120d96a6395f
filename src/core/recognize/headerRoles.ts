/**
 * Header vocabulary (rules.md §2, end): which column a header text names.
 * Texts are compared after `headerKey` (NFKC, no white space, no parentheses),
 * so "全年预算数(A)", "执行率（B/A）" and "年度指标值\n" match their plain forms.
 */

export type IndicatorRole =
  | 'section' // "绩效指标": a vertical label over the whole grid, not data
  | 'level1'
  | 'weight1' // 权重 beside the 一级 (a row-level 分值 when the table has no 分值 column)
  | 'level2'
  | 'name'
  | 'target'
  | 'targetOp'
  | 'targetUnit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason';

export type FundsRole = 'initial' | 'budget' | 'executed' | 'rate' | 'weight' | 'score';

/** Text that headerKey returns as it is: CJK ideographs only. */
const PLAIN_HEADER = /^[\u4e00-\u9fff]*$/;

/** Circled column markers (①, ⑴, ❶): NFKC would turn them into digits of the header word. */
const CIRCLED_MARKER = /[\u2460-\u24ff\u2776-\u2793]/g;

/** NFKC, no white space, no parenthesised parts: "全年预算数（A）" → "全年预算数". */
export function headerKey(text: string): string {
  // Most header texts are CJK ideographs only: nothing to fold, strip or cut.
  if (PLAIN_HEADER.test(text)) return text;
  return text
    .replace(CIRCLED_MARKER, '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[:：*＊]+$/, '');
}

const SCORING_METHOD = /(得分|评分|计分|分值).*(方法|标准|办法|依据|规则|说明)$/;

const INDICATOR_WORDS: [IndicatorRole, string[]][] = [
  ['section', ['绩效指标', '分解目标']],
  ['level1', ['一级指标', '一级目标', '一级', '一级指标名称']],
  ['weight1', ['权重', '一级指标权重', '指标权重', '权重分']],
  ['level2', ['二级指标', '二级目标', '二级', '二级指标名称']],
  ['name', ['三级指标', '三级目标', '三级', '三级指标名称', '指标名称', '绩效指标名称', '具体指标', '指标内容', '指标']],
  ['target', ['年度指标值', '指标值', '指标目标值', '计划', '目标值', '年度目标值', '计划值', '计划数', '预期指标值', '年度计划值', '绩效目标值', '指标值(目标值)', '年度目标', '全年目标', '年度计划', '全年计划', '计划目标', '目标', '预期目标']],
  ['targetOp', ['指标性质', '运算符', '运算符号', '符号', '比较符', '计算符号', '指标方向', '计算方向', '比较符号']],
  ['targetUnit', ['度量单位', '计量单位', '单位']],
  ['actual', ['全年完成值', '实际完成值', '全年实际值', '完成值', '完成', '实际值', '实际完成', '全年完成', '年度完成值', '实际完成情况', '完成情况', '全年实际完成值', '实际达成值', '实际']],
  ['weight', ['分值', '指标分值', '标准分值', '权重分值', '分数', '满分']],
  ['score', ['得分', '自评得分', '评分', '实际得分', '评价得分', '自评分', '指标得分']],
  ['reason', ['偏差原因分析及改进措施', '偏差及原因分析', '未完成原因分析', '未完成原因及拟采取的改进措施', '原因', '偏差原因', '原因分析']],
];

const FUNDS_WORDS: [FundsRole, string[]][] = [
  ['initial', ['年初预算数', '年初预算']],
  ['budget', ['全年预算数', '预算数', '调整后预算数', '全年预算', '调整后预算', '全年预算金额']],
  ['executed', ['全年执行数', '执行数', '实际执行数', '全年执行', '全年实际执行数', '决算数', '实际支出数']],
  ['rate', ['执行率', '预算执行率', '全年执行率']],
  // A funds 权重 column is the funds row's 分值 (rules.md §8.22).
  ['weight', ['分值', '权重']],
  ['score', ['得分']],
];

function table<R>(words: [R, string[]][]): Map<string, R> {
  const m = new Map<string, R>();
  for (const [role, list] of words) for (const w of list) m.set(headerKey(w), role);
  return m;
}

const INDICATOR_TABLE = table(INDICATOR_WORDS);
const FUNDS_TABLE = table(FUNDS_WORDS);

/** Whether `key` (a headerKey) is one of the role's own words, not only recognised by its ending. */
export function isListedWord(role: IndicatorRole, key: string): boolean {
  return INDICATOR_TABLE.get(key) === role;
}

/** Whether `key` (a headerKey) is one of the funds role's own words, not only recognised by its ending. */
export function isListedFundsWord(role: FundsRole, key: string): boolean {
  return FUNDS_TABLE.get(key) === role;
}

/** The indicator-grid role a header text names, or null. */
export function indicatorRole(text: string): IndicatorRole | null {
  if (!text) return null;
  const key = headerKey(text);
  if (!key || key.length > 24) return null;
  const exact = INDICATOR_TABLE.get(key);
  if (exact) return exact;
  // How points are given (得分计算方法, 评分标准) is no column the rules read (rules.md §8.27).
  if (SCORING_METHOD.test(key)) return null;
  if (/原因|偏差|改进措施|整改措施/.test(key) && !/^\d/.test(key)) return 'reason';
  // 实际完成指标值 is the completion of a 指标值, not the 指标值: completion words before the target's ending.
  if (/(完成值|实际值|完成情况|完成数)$/.test(key) || (/实际|完成/.test(key) && /(指标值|值|数)$/.test(key))) return 'actual';
  if (/(指标值|目标值)$/.test(key)) return 'target';
  // 参考分值, 标准分值, 指标分值(分): the points a row is worth.
  if (/分值$/.test(key)) return 'weight';
  // 得分系数 / 得分率 are the share of the points earned, not the points.
  if (/^(自评)?得分(?!系数|率)/.test(key)) return 'score';
  return null;
}

/** The funds-block role a header text names, or null. */
export function fundsRole(text: string): FundsRole | null {
  if (!text) return null;
  const key = headerKey(text);
  return FUNDS_TABLE.get(key) ?? fundsRoleOfWording(key);
}

/**
 * The spellings beyond the list, by their last words: "年度预算数", "调整后预算数" (全年预算数);
 * "预算执行数", "年度执行数", "全年实际支出" (全年执行数); "…执行率". Checked after the list, so
 * 年初预算数 stays the initial budget.
 */
function fundsRoleOfWording(key: string): FundsRole | null {
  if (key.length > 10) return null;
  if (/执行率$/.test(key)) return 'rate';
  if (/^年初/.test(key)) return /预算/.test(key) ? 'initial' : null;
  if (/(执行数|执行金额|实际支出数?|支出数|决算数)$/.test(key)) return 'executed';
  if (/预算(数|金额)?$/.test(key)) return 'budget';
  // "执行率权重", "执行率得分": the funds row's 分值 and 得分 named after what they score.
  if (/^执行率?(权重|分值)$/.test(key)) return 'weight';
  if (/^执行率?得分$/.test(key)) return 'score';
  return null;
}
