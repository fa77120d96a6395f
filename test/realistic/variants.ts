/**
 * Realistic workbooks as accountants send them (rules.md §1 S5–S8, §2): each variant is a
 * few blocks of texts and numbers; the expectations live in realistic.test.ts.
 */
import type { CellSpec, SheetSpec } from '../xlsx/buildWorkbook';
import { type Block, grid, merge, sheet, stackSheets, title } from './layout';

type Row = CellSpec[];

/** MOF 附件2 indicator header (rules.md §2.1), with the leading merged 绩效指标 column. */
const MOF_HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const MOF_FUNDS_HEADER = ['项目资金(万元)', null, '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'];

/** Project facts under the title: 项目名称, 主管部门 | 实施单位. */
function projectFacts(name: string, dept = '某区民政局', unit = '某街道社区服务中心'): Block {
  return {
    rows: [
      ['项目名称', name],
      ['主管部门', dept, null, null, '实施单位', unit],
    ],
    merges: [merge(0, 1, 0, 8), merge(1, 1, 1, 3), merge(1, 5, 1, 8)],
  };
}

/** The MOF funds block: 项目资金(万元) merged down its rows; rows are label | 年初 | A | B | 分值 | 执行率 | 得分. */
function mofFunds(rows: Row[], header: Row = MOF_FUNDS_HEADER): Block {
  return { rows: [header, ...rows.map((r) => [null, ...r])], merges: [merge(0, 0, rows.length)] };
}

/** 年度总体目标 | 预期目标 | 实际完成情况, then the two text blocks. */
function goals(expected: string, achieved: string): Block {
  return {
    rows: [
      ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
      [null, expected, null, null, null, achieved],
    ],
    merges: [merge(0, 0, 1), merge(0, 1, 0, 4), merge(0, 5, 0, 8), merge(1, 1, 1, 4), merge(1, 5, 1, 8)],
  };
}

/** An MOF grid: rows are 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 原因 (null 一级/二级 = merged from above). */
function mofGrid(rows: Row[], header: Row = MOF_HEADER): Block {
  const withSection = rows.map((r) => [null, ...r]);
  return grid([header], withSection, [1, 2], [merge(0, 0, rows.length)]);
}

function totalRow(weight: CellSpec, score: CellSpec, label = '总分', labelCols = 6): Block {
  return { rows: [[label, ...Array<null>(labelCols - 1).fill(null), weight, score]], merges: [merge(0, 0, 0, labelCols - 1)] };
}

/** (a) MOF 项目支出绩效自评表 exactly as rules.md §2.1. */
const A_INDICATORS: Row[] = [
  ['产出指标(50分)', '数量指标', '补贴发放人数', '≥1000人', '1020人', 20, 20],
  [null, null, '助老培训场次', '=10场', '8场', 10, 8, '两场培训因场地维修顺延至次年'],
  [null, '质量指标', '补贴发放准确率', '=100%', '100%', 10, 10],
  [null, '时效指标', '补贴发放及时率', '≥95%', '98%', 10, 10],
  ['效益指标(30分)', '社会效益指标', '老年人生活改善', '有效改善', '达成预期指标', 15, 15],
  [null, '可持续影响指标', '长效管理机制健全性', '建立健全', '部分达成预期指标', 15, 10, '管理办法尚在征求意见'],
  ['满意度指标(10分)', '服务对象满意度指标', '老年人满意度', '≥90%', '92%', 10, 10],
];
interface MofOptions {
  name?: string;
  indicators?: Row[];
  header?: Row;
  /** Extra merges of the grid block (row 0 = the header row). */
  gridMerges?: string[];
  total?: Block;
  facts?: Block;
  /** The funds rows (label | 年初 | A | B | 分值 | 执行率 | 得分). */
  funds?: Row[];
}
export function mofProjectSheet(o: MofOptions = {}): SheetSpec {
  const indicators = o.indicators ?? A_INDICATORS;
  const g = mofGrid(indicators, o.header ?? MOF_HEADER);
  return sheet(
    o.name ?? '自评表',
    [
      title(9, '项目支出绩效自评表', '（2023年度）'),
      o.facts ?? projectFacts('社区养老服务补贴'),
      mofFunds(
        o.funds ?? [
          ['年度资金总额', 100, 100, 95, 10, '95.00%', 9.5],
          ['其中：当年财政拨款', 80, 80, 76, '—', '95.00%', '—'],
          ['上年结转资金', 20, 20, 19, '—', '95.00%', '—'],
          ['其他资金', 0, 0, 0, '—', null, '—'],
        ],
      ),
      goals('为辖区80周岁以上老人按月发放养老服务补贴，开展助老培训10场。', '全年发放补贴1020人，开展培训8场，两场顺延。'),
      { ...g, merges: [...g.merges!, ...(o.gridMerges ?? [])] },
      o.total ?? totalRow(100, 92.5),
    ]);
}

/** (b) 普陀 (S6): amounts as PDF text, ">=90%", 一级 repeated on every row, no 绩效指标 column. */
export function putuoSheet(o: { budget?: string; executed?: string; fundsScore?: CellSpec; firstScore?: CellSpec; total?: CellSpec } = {}): SheetSpec {
  return sheet('Sheet1', [
    title(8, '2022年度项目支出绩效自评表'),
    { rows: [['项目名称', '绿化养护'], ['主管部门', '某区绿化和市容管理局', null, null, '实施单位', '某区绿化管理所']] },
    {
      rows: [
        ['项目资金(元)', '年初预算数', o.budget ?? '全年预算数', o.executed ?? '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', '250000.00', '250000.00', '215,457.6', '10', '86.19%', o.fundsScore ?? '8.62'],
      ],
    },
    {
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '绿化养护面积', '>=10000平方米', '10500平方米', '25', o.firstScore ?? '25', null],
        ['产出指标', '质量指标', '养护合格率', '>=90%', '95%', '25', '25', null],
        ['效益指标', '社会效益指标', '市容环境改善', '明显改善', '达成预期指标', '30', '30', null],
        ['满意度指标', '服务对象满意度指标', '居民满意度', '>=90%', '92%', '10', '10', null],
        ['总分', null, null, null, null, '100', o.total ?? '98.62', null],
      ],
    },
  ]);
}

/** (c) 池州 (S7): "其中:本年财政拨款 / 上年结转资金 / 其他资金", qualitative actual "达成预期指标". */
export function chizhouSheet(): SheetSpec {
  return sheet('项目自评表', [
    title(9, '项目支出绩效自评表', '(2022年度)'),
    projectFacts('农村公路建设'),
    mofFunds(
      [
        ['年度资金总额', 500, 500, 480, 10, '96.00%', 9.6],
        ['其中:本年财政拨款', 300, 300, 290, '—', '96.66%', '—'],
        ['上年结转资金', 150, 150, 140, '—', '93.33%', '—'],
        ['其他资金', 50, 50, 50, '—', '100.00%', '—'],
      ],
      ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ),
    mofGrid([
      ['产出指标(50分)', '数量指标', '新建村级道路里程', '≥5公里', '5.2公里', 20, 20],
      [null, '质量指标', '工程验收合格率', '100%', '100%', 15, 15],
      [null, '时效指标', '完工及时性', '按期完工', '达成预期指标', 15, 14],
      ['效益指标(30分)', '社会效益指标', '群众出行条件改善', '明显改善', '达成预期指标', 15, 15],
      [null, '可持续影响指标', '道路设计使用年限', '≥10年', '10年', 15, 15],
      ['满意度指标(10分)', '服务对象满意度指标', '沿线群众满意度', '≥90%', '93%', 10, 10],
    ], ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']),
    totalRow(100, 98.6),
  ]);
}

/** (d) 青神 (S8): two-row header, target split over 指标性质 | 指标值 | 度量单位, 调整后预算数 / 预算执行数. */
export function qingshenSheet(): SheetSpec {
  const header: Row[] = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', null, null, '全年实际值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, null, null, '指标性质', '指标值', '度量单位', null, null, null, null],
  ];
  const rows: Row[] = [
    ['产出指标', '数量指标', '培训人数', '≥', 200, '人', 180, 20, 18, '部分学员因病缺席'],
    [null, '质量指标', '培训合格率', '≥', 95, '%', 96, 20, 20],
    [null, '时效指标', '培训完成时限', '≤', 12, '月', 11, 10, 10],
    ['效益指标', '社会效益指标', '学员就业转化率', '＞', 60, '%', 60, 30, 30],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥', 90, '%', 95, 10, 10],
  ];
  const headerMerges = [merge(0, 0, 1), merge(0, 1, 1), merge(0, 2, 1), merge(0, 3, 0, 5), merge(0, 6, 1), merge(0, 7, 1), merge(0, 8, 1), merge(0, 9, 1)];
  return sheet('Sheet1', [
    title(10, '青神县2023年度项目支出绩效自评表'),
    { rows: [['项目名称', '职业技能培训', null, null, '实施单位', '县人力资源和社会保障局']], merges: [merge(0, 1, 0, 3), merge(0, 5, 0, 9)] },
    {
      rows: [
        ['项目资金(万元)', '年初预算数', '调整后预算数', '预算执行数', '分值', '预算执行率', '得分'],
        ['年度资金总额', 100, 100, 92.5, 10, '92.50%', 9.25],
      ],
    },
    grid(header, rows, [0, 1], headerMerges),
    totalRow(100, 97.25, '总分', 7),
  ]);
}

/** (e) 天长 (S5): "全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分" without 年初预算数, a 注 row under the total. */
export function tianchangSheet(): SheetSpec {
  return sheet('自评表', [
    title(8, '天长市水利局2022年度项目支出绩效自评表'),
    { rows: [['项目名称', '小型水利设施维修养护']] },
    {
      rows: [
        ['项目资金(万元)', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
        ['年度资金总额', 120.5, 120.5, 10, '100%', 10],
      ],
    },
    grid(
      [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']],
      [
        ['产出指标', '数量指标', '水利设施维修处数', '≥30处', '32处', 20, 20],
        [null, '质量指标', '维修验收合格率', '100%', '100%', 15, 15],
        [null, '时效指标', '维修完成及时率', '≥95%', '90%', 15, 14.21, '汛期影响施工'],
        ['效益指标', '社会效益指标', '受益群众人数', '≥5000人', '5200人', 15, 15],
        [null, '生态效益指标', '水土流失治理面积', '≥2平方公里', '1.5平方公里', 15, 11.25, '部分地块征地未完成'],
        ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '96%', 10, 10],
      ],
      [0],
    ),
    totalRow(100, 95.46, '总分', 5),
    {
      rows: [['注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。']],
      merges: [merge(0, 0, 0, 7)],
    },
  ]);
}

/** (f) A Shanghai dept table (seed 000 style) with a wrong 得分 total, a wrong 权重, a score over its weight, a missing reason. */
export function deptSheet(): SheetSpec {
  const im = (l2: string, w: number): Row => [null, null, l2, null, null, null, w, w];
  const inputRows: Row[] = [
    ['投入管理指标', 30, '预算编审管理', '按沪财绩【2022】13号设置', null, null, 7.5, 7.5],
    im('预算执行管理', 10.2),
    im('预算绩效管理', 4.5),
    im('资产管理', 0.9),
    im('预算透明度', 3),
    im('内部控制管理', 2.4),
    im('预算信息化', 1.5),
  ];
  const rows: Row[] = [
    ...inputRows,
    ['产出指标', 20, '数量指标', '社会救助补贴完成情况', '=39.00(项)', '39.00(项)', 5, 5],
    [null, null, null, '农保人员补贴完成情况', '=973.00(人)', '927.00(人)', 5, 4.76],
    [null, null, null, '远程帮办机购买完成情况', '35.00(个村居)', '35.00(个村居)', 5, 5],
    [null, null, '质量指标', '补贴资金发放准确率', '=100.00(%)', '100.00(%)', 5, 5],
    [null, null, '时效指标', '补贴资金发放及时性', '及时', '达成指标', 5, 5],
    ['效益指标', 35, '社会效益指标', '投诉处置有效率', '=100.00(%)', '100.00(%)', 10, 10],
    [null, null, null, '安全事故发生数', '0.00(次)', '0.00(次)', 10, 10],
    [null, null, null, '政策知晓率', '=100.00(%)', '100.00(%)', 5, 6],
    [null, null, '可持续影响指标', '长效管理机制健全性', '建立健全', '达成指标', 10, 10],
    ['满意度指标', 10, '服务对象满意度指标', '群众满意度', '≥85.00(%)', '90.00(%)', 10, 10],
  ];
  return sheet('自评表', [
    title(9, '《部门(单位)整体支出绩效自评表》', '(2023年度)'),
    { rows: [['部门(单位)名称', '某街道社区事务受理服务中心', null, null, null, null, '下属单位个数', 0]], merges: [merge(0, 1, 0, 5)] },
    {
      rows: [
        ['整体支出规模(元)', null, '全年预算数', '全年执行数', '执行率'],
        [null, '资金来源:(1)财政拨款', '1,000,000.00', '990,000.00', '99.00'],
        [null, '(2)其他资金', '0.00', '0.00', '0.00'],
        [null, '资金结构:(1)基本支出', '400,000.00', '400,000.00', '100.00'],
        [null, '(2)项目支出', '600,000.00', '590,000.00', '98.33'],
      ],
      merges: [merge(0, 0, 4)],
    },
    { rows: [['年度总体目标', '年初设定目标', null, null, '全年完成情况'], [null, '保障各项补贴按时足额发放', null, null, '已按时足额发放']], merges: [merge(0, 0, 1)] },
    { rows: [['分解目标自评']], merges: [merge(0, 0, 0, 8)] },
    grid([['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差及原因分析']], rows, [0, 1, 2], [merge(1, 3, 7, 5)]),
    { rows: [[null, null, null, null, null, null, 100, 98.8]], merges: [merge(0, 0, 0, 5)] },
  ]);
}

/**
 * (ai) The Shanghai dept table with its 一级 column headed "绩效指标" and no 一级指标 or 权重 column
 * ("绩效指标 | 二级指标 | 三级指标 | …"): the 绩效指标 cells hold the 一级 labels, merged per block.
 * 预算执行管理 lost a point with no reason.
 */
export function level1AsSectionSheet(): SheetSpec {
  const im = (l2: string, w: number, s = w): Row => [null, l2, null, null, null, w, s, null];
  const rows: Row[] = [
    ['投入管理指标', '预算编审管理', '按沪财绩【2022】13号设置', null, null, 7.5, 7.5, null],
    im('预算执行管理', 10.2, 9.2),
    im('预算绩效管理', 4.5),
    im('资产管理', 0.9),
    im('预算透明度', 3),
    im('内部控制管理', 2.4),
    im('预算信息化', 1.5),
    ['产出指标', '数量指标', '社会救助补贴完成情况', '=39.00(项)', '39.00(项)', 10, 10, null],
    [null, null, '农保人员补贴完成情况', '=973.00(人)', '927.00(人)', 10, 9.53, '部分人员不再符合补贴条件'],
    [null, '质量指标', '补贴资金发放准确率', '=100.00(%)', '100.00(%)', 5, 5, null],
    ['效益指标', '社会效益指标', '投诉处置有效率', '=100.00(%)', '100.00(%)', 20, 20, null],
    [null, '可持续影响指标', '长效管理机制健全性', '建立健全', '达成指标', 15, 15, null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85.00(%)', '90.00(%)', 10, 10, null],
  ];
  return sheet('自评表', [
    title(8, '《部门(单位)整体支出绩效自评表》', '(2023年度)'),
    { rows: [['部门(单位)名称', '某街道社区事务受理服务中心']], merges: [merge(0, 1, 0, 5)] },
    {
      rows: [
        ['整体支出规模(元)', null, '全年预算数', '全年执行数', '执行率'],
        [null, '资金来源:(1)财政拨款', '1,000,000.00', '990,000.00', '99.00'],
        [null, '资金结构:(1)基本支出', '400,000.00', '400,000.00', '100.00'],
        [null, '(2)项目支出', '600,000.00', '590,000.00', '98.33'],
      ],
      merges: [merge(0, 0, 3)],
    },
    grid([['绩效指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析']], rows, [0], [merge(1, 2, 7, 2)]),
    { rows: [['总分', null, null, null, null, 100, 98.53, null]], merges: [merge(0, 0, 0, 4)] },
  ]);
}

/** (g) Numbers stored as numbers with formats: #,##0.00 amounts in 元 (82 million 万元 would be AMOUNT_UNIT_SUSPECT), 0.00% rates (0.9927), percent completions. */
export function formattedSheet(): SheetSpec {
  const pct = (v: number, fmt = '0.00%'): CellSpec => ({ v, fmt });
  const num = (v: number, fmt = '0.00'): CellSpec => ({ v, fmt });
  const money = (v: number): CellSpec => ({ v, fmt: '#,##0.00' });
  return sheet('绩效自评', [
    title(9, '项目支出绩效自评表', '（2023年度）'),
    projectFacts('社区事务受理中心设备更新'),
    mofFunds([
      ['年度资金总额', money(82368086.83), money(82368086.83), money(81774893.77), num(10, '0'), pct(0.9927), num(9.93)],
      ['其中：当年财政拨款', money(82368086.83), money(82368086.83), money(81774893.77), '—', pct(0.9927), '—'],
    ], ['项目资金(元)', ...MOF_FUNDS_HEADER.slice(1)]),
    mofGrid([
      ['产出指标(50分)', '数量指标', '设备采购数量', num(120, '0'), num(120, '0'), num(20), num(20)],
      [null, '质量指标', '设备验收合格率', '≥95%', pct(0.98), num(15), num(15)],
      [null, '时效指标', '采购计划完成率', pct(1, '0%'), pct(0.9, '0%'), num(15), num(13.5), '两批设备延期到货'],
      ['效益指标(30分)', '社会效益指标', '窗口办事效率提升率', '≥10%', pct(0.12), num(30), num(30)],
      ['满意度指标(10分)', '服务对象满意度指标', '办事群众满意度', '≥90%', pct(0.95, '0%'), num(10), num(10)],
    ]),
    totalRow(num(100, '0'), { f: 'SUM(H7,H15:H19)', v: 98.43, fmt: '0.00' }),
  ]);
}

/** (h) A dept table placed at C5: a title merged across, a 注 and a signature block under the total row. */
export function offsetSheet(): SheetSpec {
  return sheet(
    '2023',
    [
      title(9, '2023年度部门整体支出绩效自评表'),
      { rows: [['部门(单位)名称', '某区文化馆']], merges: [merge(0, 1, 0, 8)] },
      grid(
        [['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析']],
        [
          ['产出指标', 60, '数量指标', '文化活动场次', '≥120场', '126场', 30, 30],
          [null, null, '质量指标', '活动质量达标率', '≥95%', '97%', 30, 30],
          ['效益指标', 30, '社会效益指标', '活动参与人次', '≥50000人次', '4.5万人次', 30, 27],
          ['满意度指标', 10, '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
        ],
        [0, 1],
      ),
      totalRow(100, 97, '合计'),
      { rows: [[]] },
      { rows: [['注：偏差原因分析须说明未完成原因及改进措施。']], merges: [merge(0, 0, 0, 8)] },
      { rows: [['单位负责人：王五', null, null, '填表人：赵六', null, null, '联系电话：', 13812345678]] },
      { rows: [['填报日期：2024年3月1日']] },
    ],
    'C5',
  );
}

/** (i) A cover sheet, a 绩效目标表 (targets only) and the 自评表. */
export function threeSheets(): SheetSpec[] {
  const cover = sheet('说明', [
    { rows: [['填表说明'], ['1. 一级指标分值：产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。'], ['2. 未完成年度指标值的须填写偏差原因。'], ['3. 金额单位：万元。']] },
  ]);
  const targets = sheet('目标表', [
    title(6, '项目支出绩效目标表', '（2023年度）'),
    { rows: [['项目名称', '社区养老服务补贴'], ['年度资金总额', 100, null, '其中：财政拨款', 80]] },
    {
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明'],
        ['产出指标', '数量指标', '补贴发放人数', '≥1000人', '80周岁以上老人'],
        [null, '质量指标', '补贴发放准确率', '=100%', null],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%', null],
      ],
    },
  ]);
  return [cover, targets, mofProjectSheet()];
}

/**
 * (ah) The 目标表 of (i) as a 绩效目标申报表 that gives each indicator its planned 分值 (20 + 30 + 10:
 * the other points are not declared here), with no completion and no 得分 column.
 */
export function declarationWithWeights(): SheetSpec[] {
  const declaration = sheet('申报表', [
    title(6, '项目支出绩效目标申报表', '（2023年度）'),
    { rows: [['项目名称', '社区养老服务补贴'], ['年度资金总额', 100, null, '其中：财政拨款', 80]] },
    {
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值', '分值', '指标值说明'],
        ['产出指标', '数量指标', '补贴发放人数', '≥1000人', 20, '80周岁以上老人'],
        [null, '质量指标', '补贴发放准确率', '=100%', 30, null],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%', 10, null],
      ],
    },
  ]);
  return [declaration, mofProjectSheet()];
}

/**
 * (ag) Seed 001's shape (rules.md §8.20): a 部门年度分目标 sheet declaring the MOF table's indicators
 * (一级目标 | 二级目标 | 三级目标 | 指标目标值, 一级 / 二级 written once per block), one of them in other words
 * ("不少于1000人" for ≥1000人), one that no completion row reports, one of the MOF rows not declared.
 */
export function deptTargetsSheets(): SheetSpec[] {
  const targets = sheet('部门年度分目标', [
    title(4, '部门年度分目标'),
    {
      rows: [
        ['一级目标', '二级目标', '三级目标', '指标目标值'],
        ['产出指标', '数量指标', '补贴发放人数', '不少于1000人'],
        [null, null, '助老培训场次', '=10场'],
        [null, '质量指标', '补贴发放准确率', '=100%'],
        [null, '时效指标', '补贴发放及时率', '≥95%'],
        ['效益指标', '社会效益指标', '老年人生活改善', '有效改善'],
        [null, null, '助老志愿者招募人数', '≥50人'],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ],
    },
  ]);
  return [targets, mofProjectSheet()];
}

/** (j) 原因 / 完成值 header variants: the MOF table with those two header words replaced. */
export function headerVariantSheet(actual: string, reason: string, levels?: [string, string, string]): SheetSpec {
  const header = [...MOF_HEADER];
  header[5] = actual;
  header[8] = reason;
  if (levels) header.splice(1, 3, ...levels);
  const rows = A_INDICATORS.map((r) => (r[2] === '助老培训场次' ? r.slice(0, 7) : r));
  return mofProjectSheet({ indicators: rows, header });
}

/**
 * (aj) The MOF table with the reason split in two columns, 偏差原因分析 | 改进措施: the 培训 row gives
 * a measure and no reason; the 长效机制 row both.
 */
export function splitReasonSheet(): SheetSpec {
  const header: Row = [...MOF_HEADER.slice(0, 8), '偏差原因分析', '改进措施'];
  const measures: Record<string, [CellSpec, CellSpec]> = {
    助老培训场次: [null, '下年度提前落实培训场地'],
    长效管理机制健全性: ['管理办法尚在征求意见', '年内出台管理办法'],
  };
  const rows = A_INDICATORS.map((r) => [...r.slice(0, 7), ...(measures[String(r[2])] ?? [null, null])]);
  return mofProjectSheet({ indicators: rows, header });
}

/**
 * (ak) A 部门整体支出 completion table whose name header is a bare "指标" merged over 一级 | 二级 | 三级
 * (年度目标值 | 实际完成值 | 分值 | 得分 | 偏差原因); 一级 and 二级 merged per block.
 */
export function bareIndicatorHeaderSheet(): SheetSpec {
  const rows: Row[] = [
    ['产出指标', '数量指标', '培训人次', '≥100(人次)', '90(人次)', 30, 27, '培训场地不足，两期合并'],
    [null, null, '补贴发放人数', '=500(人)', '500(人)', 20, 20, null],
    [null, '质量指标', '补贴发放准确率', '≥95%', '96%', 20, 20, null],
    ['效益指标', '社会效益指标', '帮扶对象就业率', '≥80%', '75%', 20, 18.75, null],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '95%', 10, 10, null],
  ];
  return sheet('自评表', [
    title(8, '部门(单位)整体支出绩效目标完成情况表', '（2023年度）'),
    { rows: [['部门(单位)名称', '某区就业促进中心']], merges: [merge(0, 1, 0, 4)] },
    grid([['指标', null, null, '年度目标值', '实际完成值', '分值', '得分', '偏差原因']], rows, [0, 1], [merge(0, 0, 0, 2)]),
    { rows: [['合计', null, null, null, null, 100, 95.75, null]], merges: [merge(0, 0, 0, 4)] },
  ]);
}

/** (al) The MOF table with the funds total typed with its unit ("100万元") in a 万元 block. */
export function fundsWithUnitsSheet(): SheetSpec {
  return mofProjectSheet({
    funds: [
      ['年度资金总额', '100万元', '100万元', '95万元', 10, '95.00%', 9.5],
      ['其中：当年财政拨款', 80, 80, 76, '—', '95.00%', '—'],
      ['上年结转资金', 20, 20, 19, '—', '95.00%', '—'],
      ['其他资金', 0, 0, 0, '—', null, '—'],
    ],
  });
}

/** (k) The blank MOF form: headers, 一级/二级 labels and printed points only. */
export function emptyTemplateSheet(): SheetSpec {
  return sheet('自评表', [
    title(9, '项目支出绩效自评表', '（    年度）'),
    projectFacts('', '', ''),
    mofFunds([
      ['年度资金总额', null, null, null, 10, null, null],
      ['其中：当年财政拨款', null, null, null, '—', null, '—'],
      ['上年结转资金', null, null, null, '—', null, '—'],
      ['其他资金', null, null, null, '—', null, '—'],
    ]),
    goals('', ''),
    mofGrid([
      ['产出指标', '数量指标', '指标1：', null, null, null, null],
      [null, null, '指标2：', null, null, null, null],
      [null, '质量指标', '指标1：', null, null, null, null],
      [null, '时效指标', '指标1：', null, null, null, null],
      [null, '成本指标', '指标1：', null, null, null, null],
      ['效益指标', '经济效益指标', '指标1：', null, null, null, null],
      [null, '社会效益指标', '指标1：', null, null, null, null],
      [null, '生态效益指标', '指标1：', null, null, null, null],
      [null, '可持续影响指标', '指标1：', null, null, null, null],
      ['满意度指标', '服务对象满意度指标', '指标1：', null, null, null, null],
    ]),
    totalRow(100, null),
  ]);
}

/** (l) Reverse indicators (≤, 不超过) with 分值 standing before 年度指标值. */
export function reverseSheet(): SheetSpec {
  return sheet('自评表', [
    title(8, '项目支出绩效自评表', '（2024年度）'),
    { rows: [['项目名称', '12345热线服务外包']] },
    {
      rows: [
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 50, 50, 50, 10, '100.00%', 10],
      ],
    },
    grid(
      [['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因分析及改进措施']],
      [
        ['产出指标(50分)', '数量指标', '处理投诉件数', 20, '≥200件', '230件', 20],
        [null, '成本指标', '单件处理成本', 20, '≤500元', '480元', 20],
        [null, '质量指标', '投诉率', 10, '≤5%', '8%', 6.25, '新业务上线初期投诉集中'],
        ['效益指标(30分)', '社会效益指标', '重复投诉率', 30, '不超过3%', '4%', 22.5],
        ['满意度指标(10分)', '服务对象满意度指标', '市民满意度', 10, '≥90%', '91%', 10],
      ],
      [0],
    ),
    { rows: [['总分', null, null, 100, null, null, 88.75]], merges: [merge(0, 0, 0, 2)] },
  ]);
}

/**
 * (m) Jiangsu/Zhejiang style: a two-row header whose first row has 绩效指标 merged over 一级..三级,
 * a 序号 column, the funds 分值 / 得分 merged down the funds rows, the total labelled in the 三级 column.
 */
export function twoRowSectionSheet(): SheetSpec {
  const header: Row[] = [
    ['序号', '绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, '一级指标', '二级指标', '三级指标', null, null, null, null, null],
  ];
  const rows: Row[] = [
    [1, '产出指标', '数量指标', '道路保洁面积', '≥120万平方米', '125万平方米', 25, 25],
    [2, null, '质量指标', '保洁质量达标率', '≥95%', '96%', 25, 25],
    [3, '效益指标', '社会效益指标', '市容环境投诉件数', '≤20件', '25件', 30, 24, '雨季垃圾清运压力大'],
    [4, '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '88%', 10, 9.78],
  ];
  const headerMerges = [merge(0, 0, 1), merge(0, 1, 0, 3), merge(0, 4, 1), merge(0, 5, 1), merge(0, 6, 1), merge(0, 7, 1), merge(0, 8, 1)];
  return sheet('项目', [
    title(9, '2023年度项目支出绩效自评表'),
    { rows: [['项目名称', null, '城区道路保洁']], merges: [merge(0, 0, 0, 1), merge(0, 2, 0, 8)] },
    {
      rows: [
        ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', 300, 310, 305.2, 10, '98.45%', 9.85],
        [null, '其中：财政拨款', 300, 310, 305.2, null, '98.45%', null],
      ],
      merges: [merge(0, 0, 2), merge(1, 5, 2), merge(1, 7, 2)],
    },
    grid(header, rows, [1], headerMerges),
    { rows: [[null, null, null, '合计', null, null, 100, 93.63]] },
  ]);
}

/** (n) 青神 with 定性 rows: 指标性质 "定性" and the wording in 指标值, the operator cell "≥" for numbers. */
export function qualitativeSplitSheet(): SheetSpec {
  const rows: Row[] = [
    ['产出指标', '数量指标', '改造农户数', '≥', 50, '户', 52, 30, 30],
    [null, '时效指标', '改造完成及时性', '定性', '及时', null, '达成预期指标', 20, 18],
    ['效益指标', '社会效益指标', '农户居住条件改善', '定性', '明显改善', null, '部分达成预期指标', 30, 20],
    ['满意度指标', '服务对象满意度指标', '改造农户满意度', '≥', 95, '%', 97, 10, 10],
  ];
  return sheet('自评表', [
    title(10, '项目支出绩效自评表', '（2023年度）'),
    { rows: [['项目名称', '农村危房改造']] },
    {
      rows: [
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 60, 60, 60, 10, '100%', 10],
      ],
    },
    grid([['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '全年实际值', '分值', '得分', '偏差原因分析及改进措施']], rows, [0]),
    totalRow(100, 88, '总分', 7),
  ]);
}

/** (o) A dept table without 权重 column or total row: points in the 一级 label, a signature row with a phone number. */
export function noTotalSheet(): SheetSpec {
  return sheet('Sheet1', [
    title(8, '部门整体支出绩效自评表', '（2024年度）'),
    { rows: [['单位名称', '某镇文化服务中心']] },
    grid(
      [['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析']],
      [
        ['产出指标（60分）', '数量指标', '送戏下乡场次', '≥24场', '24场', 30, 30],
        [null, '时效指标', '活动按时完成率', '=100%', '100%', 30, 30],
        ['效益指标（30分）', '社会效益指标', '惠及群众人次', '≥10000人次', '12000人次', 30, 30],
        ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '85%', 10, 9.44],
      ],
      [0],
    ),
    { rows: [[]] },
    { rows: [['填表人：', '李四', null, '联系电话：', 13812345678, null, '填报日期：', '2025年1月10日']] },
  ]);
}

/** (p) A dept table whose only statement of the unit is its title ("某区图书馆2023年度部门整体支出绩效自评表"). */
export function titleOnlySheet(): SheetSpec {
  return sheet('Sheet1', [
    title(8, '某区图书馆2023年度部门整体支出绩效自评表'),
    grid(
      [['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析']],
      [
        ['产出指标', '数量指标', '图书外借册次', '≥30万册次', '32万册次', 50, 50],
        ['效益指标', '社会效益指标', '读者到馆人次', '≥20万人次', '21万人次', 40, 40],
        ['满意度指标', '服务对象满意度指标', '读者满意度', '≥90%', '93%', 10, 10],
      ],
      [0],
    ),
    totalRow(100, 100, '总分', 5),
  ]);
}

/** (s) Two project tables, one under the other, on one sheet. */
export function twoProjectsSheet(): SheetSpec {
  return stackSheets('项目自评', [tianchangSheet(), reverseSheet()]);
}

/** (t) The MOF table with a placeholder written in the 偏差原因 cell of a deviating row. */
export function placeholderReasonSheet(reason: string): SheetSpec {
  const rows = A_INDICATORS.map((r) => (r[2] === '助老培训场次' ? [...r.slice(0, 7), reason] : r));
  return mofProjectSheet({ indicators: rows });
}

/** (u) 三级指标 merged over two columns in the header; the data rows' names merged (or not) alike. */
export function wideNameSheet(mergedRows: boolean): SheetSpec {
  const header = ['绩效指标', '一级指标', '二级指标', '三级指标', null, '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const rows = A_INDICATORS.map((r) => [...r.slice(0, 3), null, ...r.slice(3)]);
  const nameMerges = mergedRows ? rows.map((_, i) => merge(i + 1, 3, i + 1, 4)) : [];
  return mofProjectSheet({ indicators: rows, header, gridMerges: [merge(0, 3, 0, 4), ...nameMerges], total: totalRow(100, 92.5, '总分', 7) });
}

/** (v) Labels and values in one cell: "项目名称：社区养老服务补贴", "主管部门：…  实施单位：…". */
export function inlineFactsSheet(): SheetSpec {
  const facts: Block = {
    rows: [['项目名称：社区养老服务补贴'], ['主管部门：某区民政局', null, null, null, '实施单位：某街道社区服务中心']],
    merges: [merge(0, 0, 0, 8), merge(1, 0, 1, 3), merge(1, 4, 1, 8)],
  };
  return mofProjectSheet({ facts });
}

/** (v) A dept table with "部门（单位）名称：某镇文化服务中心" in one cell. */
export function inlineDeptSheet(): SheetSpec {
  const s = noTotalSheet();
  return { ...s, rows: s.rows.map((r) => (r[0] === '单位名称' ? ['部门（单位）名称：某镇文化服务中心'] : r)) };
}

/** (w) The Shanghai dept table with "/" written in the 三级 / 指标值 / 完成值 cells of its 投入管理 rows. */
export function slashedInputSheet(): SheetSpec {
  const s = deptSheet();
  const at = s.rows.findIndex((r) => r[0] === '投入管理指标');
  const rows = s.rows.map((r, i) => (i >= at && i < at + 7 ? [r[0], r[1], r[2], '/', '/', '/', r[6], r[7]] : r));
  const noteMerge = `D${at + 1}:F${at + 7}`;
  return { ...s, rows, merges: s.merges!.filter((m) => m !== noteMerge) };
}

/** (x) 小计 rows closing each 一级 block (label merged over 一级..完成值), then the 总分 row. */
export function subtotalSheet(label: (level1: string) => string = () => '小计', totalLabel = '总分'): SheetSpec {
  const sub = (w: number, sc: number, l1: string): Row => [label(l1), null, null, null, null, w, sc];
  const rows: Row[] = [
    ['产出指标', '数量指标', '水利设施维修处数', '≥30处', '32处', 20, 20],
    [null, '质量指标', '维修验收合格率', '100%', '100%', 15, 15],
    [null, '时效指标', '维修完成及时率', '≥95%', '90%', 15, 14.21, '汛期影响施工'],
    sub(50, 49.21, '产出指标'),
    ['效益指标', '社会效益指标', '受益群众人数', '≥5000人', '5200人', 15, 15],
    [null, '生态效益指标', '水土流失治理面积', '≥2平方公里', '1.5平方公里', 15, 11.25, '部分地块征地未完成'],
    sub(30, 26.25, '效益指标'),
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '96%', 10, 10],
    sub(10, 10, '满意度指标'),
  ];
  const s = tianchangSheet();
  const top = s.rows.findIndex((r) => r[0] === '一级指标');
  const subMerges = [3, 6, 8].map((i) => merge(top + 1 + i, 0, top + 1 + i, 4));
  const labelMerges = [merge(top + 1, 0, top + 3), merge(top + 5, 0, top + 6)];
  const before = s.rows.slice(0, top + 1);
  const after = s.rows.slice(top + 7).map((r) => (r[0] === '总分' ? [totalLabel, ...r.slice(1)] : r));
  const keep = s.merges!.filter((m) => Number(/\d+/.exec(m)![0]) <= top);
  return { ...s, rows: [...before, ...rows, ...after], merges: [...keep, ...labelMerges, ...subMerges, merge(top + 1 + rows.length, 0, top + 1 + rows.length, 4), merge(top + 2 + rows.length, 0, top + 2 + rows.length, 7)] };
}

/** (y) MOF 附件3 部门整体支出绩效自评表: a dept table whose funds block is scored like a project's. */
export function mofDeptSheet(): SheetSpec {
  return sheet('部门自评', [
    title(9, '部门整体支出绩效自评表', '（2023年度）'),
    { rows: [['部门（单位）名称', '某区民政局']], merges: [merge(0, 1, 0, 8)] },
    mofFunds(
      [
        ['年度资金总额', 1000, 1000, 950, 10, '95.00%', 9.5],
        ['其中：基本支出', 400, 400, 400, '—', '100.00%', '—'],
        ['项目支出', 600, 600, 550, '—', '91.66%', '—'],
      ],
      ['年度预算资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ),
    goals('保障全区困难群众基本生活。', '全年发放救助资金550万元。'),
    mofGrid([
      ['产出指标(50分)', '数量指标', '低保对象保障人数', '≥3000人', '3100人', 30, 30],
      [null, '质量指标', '救助资金发放准确率', '=100%', '100%', 20, 20],
      ['效益指标(30分)', '社会效益指标', '困难群众基本生活保障', '有效保障', '达成预期指标', 30, 30],
      ['满意度指标(10分)', '服务对象满意度指标', '救助对象满意度', '≥90%', '95%', 10, 10],
    ]),
    totalRow(100, 99.5),
  ]);
}

/** (z) 天长 with column markers on a second header line: "A | B | | B/A" under the funds header, "(A) | (B)" under the grid's. */
export function markerRowsSheet(): SheetSpec {
  const s = tianchangSheet();
  const rows: Row[] = [];
  for (const r of s.rows) {
    rows.push(r);
    if (r[0] === '项目资金(万元)') rows.push([null, 'A', 'B', null, 'B/A', null]);
    if (r[0] === '一级指标') rows.push([null, null, null, '(A)', '(B)', null, null, null]);
  }
  const shift = (m: string) => m.replace(/\d+/g, (n) => String(Number(n) > 3 ? Number(n) + (Number(n) > 5 ? 2 : 1) : Number(n)));
  return { ...s, rows, merges: s.merges!.map(shift) };
}

/** (aa) A plan-actual report table (no 分值 / 得分) under other header words: 绩效指标 | 年度目标 | 完成情况 …. */
export function planActualSheet(header: CellSpec[]): SheetSpec {
  return sheet('履职情况', [
    title(4, '某单位2024年度部门整体支出绩效自评报告'),
    {
      rows: [header, ['产出指标', '培训人次', '≥500人次', '520人次'], [null, '培训合格率', '≥95%', '90%'], ['满意度指标', '学员满意度', '≥90%', '92%']],
      merges: [merge(1, 0, 2)],
    },
  ]);
}

/** (ab) The MOF form whose section label down column A is "年度绩效指标完成情况" (it ends in 完成情况, a completion word). */
export function mofSectionLabelSheet(): SheetSpec {
  return mofProjectSheet({ header: ['年度绩效指标完成情况', ...MOF_HEADER.slice(1)] });
}

/** (ac) The 预算管理一体化 export: 指标名称 | 计算符号 | 指标值 | 实际完成值 | 计量单位 | 权重 | 实际得分 | 偏差原因及改进措施. */
export function integratedExportSheet(): SheetSpec {
  return sheet('绩效自评', [
    title(8, '项目支出绩效自评表', '（2024年度）'),
    { rows: [['项目名称', '社区食堂运营补助'], ['主管部门', '某区民政局', null, null, '实施单位', '某街道办事处']] },
    {
      rows: [
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 200, 200, 180, 10, '90.00%', 9],
      ],
    },
    {
      rows: [
        ['指标名称', '计算符号', '指标值', '实际完成值', '计量单位', '权重', '实际得分', '偏差原因及改进措施'],
        ['食堂运营数量', '≥', 12, 12, '个', 30, 30, null],
        ['就餐老人人次', '≥', 50000, 45000, '人次', 20, 18, null],
        ['食品安全事故', '≤', 0, 0, '起', 20, 20, null],
        ['补贴发放及时性', '定性', '及时', '达成预期指标', null, 10, 10, null],
        ['老年人满意度', '≥', 90, 95, '%', 10, 10, null],
        ['合计', null, null, null, null, 100, 97, null],
      ],
    },
  ]);
}

/** (ad) A project table whose 其中 sub-row repeats 分值 10 and a 得分 (rules.md §8.16); its 产出指标 分值 add up to 40 of 50. */
export function scoredSubRowSheet(): SheetSpec {
  return mofProjectSheet({
    name: '子行计分',
    indicators: [
      ['产出指标(50分)', '数量指标', '补贴发放人数', '≥1000人', '1020人', 20, 20],
      [null, null, '助老培训场次', '=10场', '10场', 10, 10],
      [null, '质量指标', '补贴发放准确率', '=100%', '100%', 10, 10],
      ['效益指标(30分)', '社会效益指标', '老年人生活改善', '有效改善', '达成预期指标', 30, 30],
      ['满意度指标(10分)', '服务对象满意度指标', '老年人满意度', '≥90%', '92%', 10, 10],
    ],
    total: totalRow(90, 89.5),
    funds: [
      ['年度资金总额', 100, 100, 95, 10, '95.00%', 9.5],
      ['其中：当年财政拨款', 100, 100, 95, 10, '95.00%', 9.5],
    ],
  });
}

/** (ae) 分值 / 得分 typed as text ("0.9分", "1 分", "98.8（分）", "１０") and a "—" 得分 where a number belongs. */
export function numbersAsTextSheet(): SheetSpec {
  return mofProjectSheet({
    name: '文本数字',
    indicators: [
      ['产出指标(50分)', '数量指标', '补贴发放人数', '≥1000人', '900人', '20分', '18 分', '部分老人迁出辖区'],
      [null, null, '助老培训场次', '=10场', '9场', '1 分', '0.8分', '场地维修'],
      [null, '质量指标', '补贴发放准确率', '=100%', '100%', '１９', '１９'],
      [null, '时效指标', '补贴发放及时率', '≥95%', '98%', '10（分）', '—'],
      ['效益指标(30分)', '社会效益指标', '老年人生活改善', '有效改善', '达成预期指标', 30, 30],
      ['满意度指标(10分)', '服务对象满意度指标', '老年人满意度', '≥90%', '92%', 10, 10],
    ],
    total: totalRow(100, '87.3（分）'),
  });
}

/** (af) A blank MOF form: targets and 分值 printed, no completion and no 得分. */
/** (af) Targets and 分值 printed, nothing completed or scored; the funds 得分 blank too unless `fundsScore` (§8.24). */
export function unfilledSheet(fundsScore: number | null = null): SheetSpec {
  return mofProjectSheet({
    name: '未填写',
    indicators: A_INDICATORS.map((r) => [r[0], r[1], r[2], r[3], null, r[5], null]),
    funds: [
      ['年度资金总额', 100, 100, 95, 10, '95.00%', fundsScore],
      ['其中：当年财政拨款', 80, 80, 76, '—', '95.00%', '—'],
      ['上年结转资金', 20, 20, 19, '—', '95.00%', '—'],
      ['其他资金', 0, 0, 0, '—', null, '—'],
    ],
    total: totalRow(100, null),
  });
}

/**
 * (am) A 2016 Beijing-style form: the funds header states its formula over 年初预算数(A) (§8.22), an amount typed
 * "200万元" in a 万元 block (§8.25), marked indicator headers and a 得分计算方法 column (§8.27), a
 * "其他需要说明事项 | 无" remark (§8.28) and an "=" exceeded nine times (§8.29).
 */
export function markedBeijingSheet(): SheetSpec {
  return {
    name: '自评表',
    rows: [
      ['项目支出绩效自评表'],
      ['（2016年度）'],
      ['项目名称', '某区职业培训补贴'],
      ['项目资金（万元）', null, '年初预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
      ['年度资金总额', null, '200万元', 150, 10, '75%', 7.5],
      ['其中：财政拨款', null, 200, 150, null, '75%', null],
      ['一级指标', '二级指标', '三级指标', '预期指标值(A)', '实际完成指标值(B)', '分值', '得分计算方法', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人次', '=100人次', '900人次', 50, '按完成比例计分', 50, null],
      ['效益指标', '社会效益指标', '就业率', '≥80%', '70%', 30, '按完成比例计分', 26.25, '部分学员升学，未就业'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, null, 10, null],
      ['其他需要说明事项', '无'],
      ['总分', null, null, null, null, 100, null, 93.75, null],
    ],
    merges: ['A1:I1', 'A2:I2', 'B3:I3', 'A4:B4', 'A5:B5', 'A6:B6', 'B11:I11', 'A12:E12'],
  };
}
