import { rulePackToFile } from '../../core/rules/packFile';
import { packs, type RulePack } from '../../core/rules/rulePack';
import { UsageError } from '../args';
import { loadPack, packSourceOf } from '../check/rulePackSource';
import type { CliIo } from '../io';
import { visible } from '../render/visible';

export const RULES_USAGE = `用法 / Usage:
  perf-selfeval rules               列出内置规则包及其依据 / list the built-in rule packs with their sources
  perf-selfeval rules PACK          显示内置规则包（规则包文件格式）/ show a built-in pack (as a pack file)
  perf-selfeval rules FILE.json     校验规则包文件并显示合并后的规则包 / validate a pack file and show the pack it makes

规则包文件格式见 docs/rule-pack.md / the file format: docs/rule-pack.md
退出码 / Exit status: 0 有效 / valid; 2 文件无效或无法读取、未知规则包 / bad or unreadable file, unknown pack.
`;

/** What a pack adds to the Ministry's rules, in one line each: caps and the fixed deduction. */
function extras(p: RulePack): string[] {
  const caps = p.executionRateCaps.map((c) => `<${c.rateBelow.toString()}% ≤${c.maxTotal.toString()}`).join('，');
  const deduction = p.deviationDeduction;
  return [
    ...(caps ? [`    执行率封顶 / caps: ${caps}`] : []),
    ...(deduction ? [`    偏离扣分 / deduction: 偏离 ≥${deduction.ratio.times(100).toString()}% 扣 ${deduction.points.toString()} 分`] : []),
  ];
}

function listing(): string {
  const lines = packs.flatMap((p) => [`${p.id}  ${p.name}`, `    依据 / source: ${p.source}`, ...extras(p)]);
  return `内置规则包 / built-in rule packs:\n${lines.join('\n')}\n\n查看：perf-selfeval rules PACK；用于检查：perf-selfeval check … --rules PACK|FILE.json\n`;
}

const asJson = (pack: RulePack): string => `${JSON.stringify(rulePackToFile(pack), null, 2)}\n`;

/**
 * `perf-selfeval rules [PACK|FILE.json]`: no argument lists the built-in packs with their
 * sources; a pack id prints that pack as a pack file (JSON, on stdout); a FILE.json is validated
 * and the pack it makes (its keys over its base) printed. A bad or unreadable file, or an unknown
 * id, is one zh/en line on stderr and exit 2.
 * @returns the exit status
 */
export async function runRules(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  const option = argv.find((a) => a.startsWith('-'));
  if (option !== undefined) throw new UsageError(`未知选项 / unknown option: ${option}`);
  if (argv.length > 1) throw new UsageError(`只能指定一个规则包 / one pack at a time: ${argv.join(' ')}`);
  if (argv.length === 0) {
    io.stdout(listing());
    return 0;
  }
  try {
    const source = await packSourceOf(argv[0], io.cwd);
    const pack = loadPack(source);
    if ('file' in source) io.stderr(`${visible(`规则包文件有效 / valid rule pack file: ${source.file}（${pack.id} ${pack.name}）`)}\n`);
    io.stdout(asJson(pack));
    return 0;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${visible(e.message)}\n`);
    return 2;
  }
}
