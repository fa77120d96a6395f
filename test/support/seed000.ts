/**
 * Seed 000 (2023 浦锦街道社区事务受理服务中心, 部门(单位)整体支出绩效自评表) as facts, written
 * once: the rows of the seed text, put back in their columns as rules.md §4 reconstructs them,
 * so that tests need no ../shared. test/support/seed000Grid lays them out as Excel holds the
 * seed; test/template fills a dept template with them. The answers come from the engine, not
 * from here: these are what the document records.
 */

/** 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差及原因分析 (omitted when blank). */
export type SeedRow = [name: string, target: string, actual: string, weight: number, score: number, reason?: string];

export interface DeptSeed {
  year: number;
  unit: string;
  /** 财政拨款, 其他资金, 基本支出, 项目支出: [全年预算数, 全年执行数, 执行率 as recorded]. */
  funds: [budget: number, actual: number, rate: number][];
  goals: [planned: string, done: string];
  /** 投入管理指标's 权重 and the note merged over its 三级…完成值 cells. */
  inputManagementWeight: number;
  inputManagementNote: string;
  /** 投入管理指标 二级 rows: [二级, 分值, 得分]. */
  inputManagement: [string, number, number][];
  /** 一级 → 二级 → rows, in sheet order (after 投入管理). */
  blocks: { level1: string; weight: number; level2: { label: string; rows: SeedRow[] }[] }[];
  /** The total row as recorded: [Σ 分值, Σ 得分]. */
  total: [weight: number, score: number];
}

const met = (name: string, target: string, actual: string, weight: number): SeedRow => [name, target, actual, weight, weight];
const pct100 = (name: string, weight: number): SeedRow => met(name, '=100.00(%)', '100.00(%)', weight);

export const SEED_000: DeptSeed = {
  year: 2023,
  unit: '上海市闵行区浦锦街道社区事务受理服务中心',
  funds: [
    [82368086.83, 81774893.77, 99.27],
    [0, 0, 0],
    [5719232.22, 5680045.73, 99.31],
    [76648854.61, 76094848.04, 99.27],
  ],
  goals: [
    '进一步优化社区政务服务“一网通办”，推进社区事务受理服务中心标准化建设，编制新标准指标体系，完善“不见面办理”流程和增加社区事务受理服务自助终端办理事项，推行窗口服务“全岗通”。积极推进充分就业社区、创业型城区建设，维护辖区劳动关系和谐稳定。加强托底帮扶，加强救助顾问队伍建设，打造精准化、多元化的救助模式。',
    '全方位推进“一网通办”，保障中心标准化建设要求的软硬件设备，并保证日常工作的开展；开展应届毕业生调查摸底工作进行求职登记，开展大型宣讲活动，推进人才成长手册及企业人才建档立册工作，为人才落户、居住证等需求提供精准服务；发放各类救助帮困资金；积极落实社会保障，提高困难群体参保率；努力做好退役军人各项服务工作',
  ],
  inputManagementWeight: 30,
  inputManagementNote: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值',
  inputManagement: [
    ['预算编审管理', 7.5, 7.5],
    ['预算执行管理', 10.2, 10.2],
    ['预算绩效管理', 4.5, 4.5],
    ['资产管理', 0.9, 0.9],
    ['预算透明度', 3, 3],
    ['内部控制管理', 2.4, 2.4],
    ['预算信息化', 1.5, 1.5],
  ],
  blocks: [
    {
      level1: '产出指标',
      weight: 25,
      level2: [
        {
          label: '数量指标',
          rows: [
            met('社会救助补贴完成情况', '=39.00(项)', '39.00(项)', 1),
            met('促进就业补贴受益人数完成情况', '=30.00(人)', '30.00(人)', 1),
            ['服务大厅软环境服务升级完成情况', '=4.00(个)', '0.00(个)', 1, 0, '根据工作计划调整，项目未实施，预算调减'],
            met('促进就业招聘面试会完成情况', '(4场招聘，36场面试)', '40.00(场(4场招聘，36场面试))', 1),
            met('重残无业居家养老补贴工作完成情况', '=77.00(人)', '77.00(人)', 1),
            pct100('万人就业从业人员到岗率', 1),
            ['农保人员补贴完成情况', '=973.00(人)', '927.00(人)', 1, 0.9, '年初预估人数较多，实际符合标准人数927人'],
            met('社保中心运营保障完成情况', '=12(个月)', '12.00(个月)', 1),
            pct100('上级交办工作完成率', 1),
            met('远程帮办机购买完成情况', '35.00(个村居)', '35.00(个村居)', 1),
            pct100('医保补贴完成率', 1),
            met('计划生育补贴完成情况', '=12(项)', '12.00(项)', 1),
            ['征地人员补贴完成情况', '=1751.00(人)', '1575.00(人)', 1, 0.9, '年初预估人数较多，实际符合标准人数1575人'],
          ],
        },
        {
          label: '质量指标',
          rows: ['设施设备购置验收合格率', '社保中心运营考核达标率', '万人就业人员考核达标率', '补贴资金发放准确率', '系统升级验收合格率'].map((n) => pct100(n, 1)),
        },
        {
          label: '时效指标',
          rows: [
            met('补贴资金发放及时性', '及时', '达成指标', 1),
            met('系统升级验收及时性', '及时', '达成指标', 1),
            met('设施设备购置验收及时性', '及时', '达成指标', 1),
            met('万人就业人员考核及时性', '及时', '达成指标', 2),
            met('社保中心运营考核及时性', '及时', '达成指标', 2),
          ],
        },
      ],
    },
    {
      level1: '效益指标',
      weight: 35,
      level2: [
        {
          label: '社会效益指标',
          rows: [
            met('新增就业人口指标达标率', '≥100.00(%)', '100.00(%)', 2),
            met('社保中心大楼运营保障情况', '有效保障', '达成指标', 2),
            met('安全事故发生数', '0.00(次)', '0.00(次)', 2),
            pct100('投诉处置有效率', 2),
            pct100('劳动争议先行调解率', 2),
            met('失业人口指标控制率', '≤100.00(%)', '100.00(%)', 2),
            met('促进就业保障人数', '较上年增长', '达成指标', 2),
            pct100('窗口受理事件有效处置率', 2),
            met('城乡居民养老保险参保率', '≥100.00(%)', '100.00(%)', 2),
            pct100('设施设备投入使用率', 2),
            met('系统运行安全稳定性', '稳定', '达成指标', 3),
            pct100('政策知晓率', 3),
            met('社会救助受益人数', '较上年增长', '达成指标', 3),
            pct100('应补尽补率', 3),
          ],
        },
        { label: '可持续影响指标', rows: [met('长效管理机制健全性', '建立健全', '达成指标', 3)] },
      ],
    },
    {
      level1: '满意度指标',
      weight: 10,
      level2: [
        {
          label: '服务对象满意度指标',
          rows: [met('部门满意度', '≥85.00(%)', '90.00(%)', 3), met('工作人员满意度', '≥85.00(%)', '90.00(%)', 3), met('群众满意度', '≥85.00(%)', '90.00(%)', 4)],
        },
      ],
    },
  ],
  total: [100, 98.8],
};

/** Rows per 二级 the seed needs, for buildTemplate's `rows` option. */
export function seedRowCounts(seed: DeptSeed): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of seed.blocks) for (const l2 of b.level2) out[l2.label] = l2.rows.length;
  return out;
}
