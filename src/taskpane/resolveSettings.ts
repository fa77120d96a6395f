import type { Rounding } from '../core/report/types';
import { defaultPack, getPack, type RulePack } from '../core/rules/rulePack';
import type { PaneSettings } from './settings';

export interface EngineSettings {
  rounding: Rounding;
  pack: RulePack;
}

/** What a check runs with: unset or unknown fields take the default pack's rounding and the default pack. */
export function resolveSettings(settings: PaneSettings): EngineSettings {
  return { rounding: settings.rounding ?? defaultPack.rounding, pack: getPack(settings.packId ?? defaultPack.id) ?? defaultPack };
}

/** Whether two settings make the same check (an unset field equals the default it stands for). */
export function sameCheck(a: PaneSettings, b: PaneSettings): boolean {
  const [x, y] = [resolveSettings(a), resolveSettings(b)];
  return x.rounding === y.rounding && x.pack.id === y.pack.id && (a.scope ?? 'active') === (b.scope ?? 'active');
}
