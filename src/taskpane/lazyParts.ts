import { lazy } from 'react';

/**
 * The parts of the pane the first paint does not show, each its own chunk: the results
 * (after a check), the two panels (when opened) and the overwrite question. Prefetched
 * when the browser is idle, so they are usually there before the first click.
 */
export const Results = lazy(async () => ({
  default: (await import(/* webpackChunkName: "results", webpackPrefetch: true */ './components/Results')).Results,
}));

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
