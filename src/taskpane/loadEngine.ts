/** The engine chunk; prefetched when the browser is idle, so the first 识别并检查 seldom waits for it. */
export const loadEngine = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ './engine');
