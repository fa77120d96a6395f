/** `check`'s usage, in Chinese and English. */
export const CHECK_USAGE = `用法 / Usage:
  perf-selfeval check PATH... [--json] [--annotate DIR] [--summary OUT.xlsx|OUT.csv]
                      [--html OUT.html] [--rounding cut|round] [--rules PACK|FILE.json]
                      [--jobs N] [--force]

check     检查工作簿中的每一张自评表（按内容识别 .xlsx .xlsm .xltx .xltm .xls .et 与 SpreadsheetML；
          文件夹会递归查找这些扩展名及 SpreadsheetML 的 .xml，跳过的文件逐一说明）
          check every self-evaluation table in the workbooks (read by content; folders: every
          .xlsx .xlsm .xltx .xltm .xls .et, and .xml holding SpreadsheetML, below them — every file left out is listed)
  --json              只在标准输出打印 JSON 报告 / print only the JSON report on stdout
  --annotate DIR      在 DIR 写出标注副本 NAME.checked.xlsx，原文件不变，从不覆盖
                      write marked copies DIR/NAME.checked.xlsx, inputs untouched, never over a file
  --summary OUT       每张表一行的汇总（.xlsx 或 .csv）/ one row per table (.xlsx or .csv)
  --html OUT.html     供审核人使用的单页报告 / one self-contained review page
  --force             允许替换已存在的 --summary / --html 文件（从不替换输入文件）
                      allow replacing an existing --summary / --html file (never an input)
  --rounding cut|round  执行率截位（默认）或四舍五入 / 执行率 cut (default) or rounded
  --rules PACK|FILE.json  规则包（默认 default）或规则文件 / rule pack (default: default) or a pack file
  --jobs N            同时检查的文件数，默认为 CPU 核数 / files checked at once, default: all cores

每个文件在独立的线程中检查，超出内存或时间（60 秒）即为该文件的错误，其余文件照常检查。
Each file is checked in its own worker: running out of memory or time (60 s) is that file's error.
退出码 / Exit status: 2 有文件无法读取或输出无法写出 / an input could not be read or an output written;
  1 发现错误 / error findings; 0 其他 / otherwise.
`;

/** The command line's usage, in Chinese and English. */
export const USAGE = `绩效自评助手 命令行 / perf-selfeval command line

${CHECK_USAGE}
  perf-selfeval template dept|project [--year YYYY] [-o OUT.xlsx] [--force]
template  生成空白自评表模板（默认上一年度）/ write a blank, formatted table template (default: last year)
  perf-selfeval rules [PACK|FILE.json]
rules     列出内置规则包 / 显示并校验一个规则包 / list the built-in packs, or show one, validated
`;
