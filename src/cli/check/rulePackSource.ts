import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseRulePackFile, RulePackError } from '../../core/rules/packFile';
import { defaultPack, getPack, packs, type RulePack } from '../../core/rules/rulePack';
import { UsageError } from '../args';

/**
 * Where the rule pack comes from, in a form a worker thread can be sent (plain data): a
 * built-in pack's id, or the text of a pack file (parsed again in each worker).
 */
export type PackSource = { builtin: string } | { file: string; text: string };

/** `--rules PACK|FILE.json`: a name ending in .json is a file; anything else a built-in pack. */
export async function packSourceOf(option: string | null, cwd: string): Promise<PackSource> {
  if (option === null) return { builtin: defaultPack.id };
  if (!/\.json$/i.test(option)) return { builtin: option };
  const file = path.resolve(cwd, option);
  const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`规则文件无法读取 / cannot read the rule file: ${option}（${e.code ?? e.message}）`);
  });
  return { file: option, text };
}

/** The pack of a source; a bad pack is a UsageError of one line, Chinese / English. */
export function loadPack(source: PackSource): RulePack {
  if ('builtin' in source) {
    const pack = getPack(source.builtin);
    if (!pack) throw new UsageError(`未知规则包 / unknown rule pack: ${source.builtin}（可用 / available: ${packs.map((p) => p.id).join(', ')}）`);
    return pack;
  }
  return parsePackFile(source);
}

/** A pack file, validated by the core: its one-line zh/en message (naming the key) becomes the usage error. */
function parsePackFile(source: { file: string; text: string }): RulePack {
  try {
    return parseRulePackFile(source.text);
  } catch (e) {
    if (e instanceof RulePackError) throw new UsageError(`${source.file}: ${e.message}`);
    throw e;
  }
}
