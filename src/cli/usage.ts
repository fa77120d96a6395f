/** The command line's usage, in Chinese and English. */
export const USAGE = `绩效自评助手 命令行 / perf-selfeval command line

用法 / Usage:
  perf-selfeval check PATH... [--json] [--annotate DIR] [--summary OUT.xlsx|OUT.csv]
                      [--rounding cut|round] [--rules PACK]
  perf-selfeval template dept|project [--year YYYY] [-o OUT.xlsx]

check     检查工作簿中的每一张自评表（文件夹会递归查找 .xlsx）
          check every self-evaluation table in the workbooks (folders: every .xlsx below)
  --json              只在标准输出打印 JSON 报告 / print only the JSON report on stdout
  --annotate DIR      在 DIR 写出标注副本 NAME.checked.xlsx，原文件不变
                      write marked copies DIR/NAME.checked.xlsx, inputs untouched
  --summary OUT       每张表一行的汇总（.xlsx 或 .csv）/ one row per table (.xlsx or .csv)
  --rounding cut|round  执行率截位（默认）或四舍五入 / 执行率 cut (default) or rounded
  --rules PACK        规则包（默认 default）/ rule pack (default: default)
template  生成空白自评表模板 / write a blank, formatted table template

退出码 / Exit status: 2 有文件无法读取 / an input could not be read;
  1 发现错误 / error findings; 0 其他 / otherwise.
`;
