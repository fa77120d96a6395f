import { lazy } from 'react';
import { preloadable } from './preloadable';

/**
 * The parts of the pane the first paint does not show, each its own chunk: the results
 * (after a check), the two panels (when opened) and the overwrite question. The results are
 * loaded when the pane is idle in Excel (usePreloadCheck), so the first 识别并检查 neither
 * fetches them after reading the sheet nor waits on a Suspense fallback; the others are
 * prefetched when the browser is idle.
 */
export const { Part: Results, preload: preloadResults } = preloadable(async () => (await import(/* webpackChunkName: "results" */ './components/Results')).Results);

export const TemplatePanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "template-panel", webpackPrefetch: true */ './components/TemplatePanel')).TemplatePanel,
}));

export const SettingsPanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "settings-panel", webpackPrefetch: true */ './components/SettingsPanel')).SettingsPanel,
}));

export const DiagnosticsPanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "diagnostics-panel" */ './components/DiagnosticsPanel')).DiagnosticsPanel,
}));

export const ConfirmColumnsDialog = lazy(async () => ({
  default: (await import(/* webpackChunkName: "confirm-dialog", webpackPrefetch: true */ './components/ConfirmColumnsDialog')).ConfirmColumnsDialog,
}));
