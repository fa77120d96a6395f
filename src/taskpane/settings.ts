import type { Rounding } from '../core/report/types';

/**
 * The task pane's settings, kept with the document. A field the user never set takes the
 * default rule pack's value (resolveSettings, loaded with the engine): the first paint
 * does not need the rule packs or decimal.js.
 */
export interface PaneSettings {
  rounding?: Rounding;
  packId?: string;
  /** The text of an imported rule-pack file (docs/rule-pack.md); in force while set, over packId. */
  packFile?: string;
  /** What 识别并检查 reads: the active sheet (unset) or every sheet of the workbook. */
  scope?: CheckScope;
}

export type CheckScope = 'active' | 'all';

export const SETTINGS_KEY = 'perf-selfeval.settings';
