/** The engine chunk (sheet reader, engine, decimal.js); loaded when the pane is idle in Excel (usePreloadCheck) or on first use. */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ './engine');
