import { defaultPack, getPack, packs, type RulePack } from '../core/rules/rulePack';
import type { Rounding } from '../core/report/types';
import { optionText } from './args';
import { quoted } from './cellValue';
import { perfError } from './errors';

/** The optional 规则包 argument: blank → the default pack; otherwise a pack id (rules.md §8.10). */
export function packArg(arg: unknown): RulePack | CustomFunctions.Error {
  const id = optionText(arg, '规则包');
  if (id === null) return defaultPack;
  if (typeof id !== 'string') return id;
  return getPack(id.toLowerCase()) ?? getPack(id) ?? perfError(`规则包应为 ${packs.map((p) => p.id).join('、')} 之一，而不是“${quoted(id)}”`);
}

const ROUNDING_WORDS: Record<string, Rounding> = { 截位: 'cut', 截断: 'cut', cut: 'cut', 四舍五入: 'round', round: 'round' };

/** PERF.RATE's 取数方式: blank → the pack's rounding (截位 in the default pack, rules.md §8.1). */
export function roundingArg(arg: unknown, pack: RulePack): Rounding | CustomFunctions.Error {
  const word = optionText(arg, '取数方式');
  if (word === null) return pack.rounding;
  if (typeof word !== 'string') return word;
  return ROUNDING_WORDS[word.toLowerCase()] ?? perfError(`取数方式应为“截位”或“四舍五入”，而不是“${quoted(word)}”`);
}
