import type { Rounding } from '../core/report/types';
import { parseRulePackFile } from '../core/rules/packFile';
import { defaultPack, getPack, type RulePack } from '../core/rules/rulePack';
import type { PaneSettings } from './settings';

export interface EngineSettings {
  rounding: Rounding;
  pack: RulePack;
  /** An imported pack file that no longer reads (then the built-in pack is used): its one-line error. */
  packFileError?: string;
}

/** The imported pack, or why it cannot be used. */
function importedPack(text: string): { pack: RulePack } | { error: string } {
  try {
    return { pack: parseRulePackFile(text) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * What a check runs with: an imported pack file when there is one (and it reads), else the chosen
 * built-in pack; unset or unknown fields take the default pack's rounding and the default pack.
 */
export function resolveSettings(settings: PaneSettings): EngineSettings {
  const builtIn = getPack(settings.packId ?? defaultPack.id) ?? defaultPack;
  const imported = settings.packFile ? importedPack(settings.packFile) : null;
  const pack = imported && 'pack' in imported ? imported.pack : builtIn;
  const result: EngineSettings = { rounding: settings.rounding ?? pack.rounding, pack };
  if (imported && 'error' in imported) result.packFileError = imported.error;
  return result;
}

/** Whether two settings make the same check (an unset field equals the default it stands for). */
export function sameCheck(a: PaneSettings, b: PaneSettings): boolean {
  const [x, y] = [resolveSettings(a), resolveSettings(b)];
  return x.rounding === y.rounding && x.pack.id === y.pack.id && (a.packFile ?? '') === (b.packFile ?? '') && (a.scope ?? 'active') === (b.scope ?? 'active');
}
