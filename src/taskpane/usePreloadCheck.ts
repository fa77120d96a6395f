import { useEffect } from 'react';
import { preloadResults } from './lazyParts';
import type { TaskPaneServices } from './services';
import { whenIdle } from './whenIdle';

/**
 * Once the pane is open in Excel and the browser idle, loads what 识别并检查 needs (the engine
 * and the results' chunk), so the click waits for Excel only, not for scripts to download and
 * start. A load that fails here is retried by the click itself, which then says what failed.
 */
export function usePreloadCheck(inExcel: boolean, services: TaskPaneServices): void {
  useEffect(() => {
    if (!inExcel) return;
    return whenIdle(() => {
      services.preloadCheck();
      preloadResults();
    });
  }, [inExcel, services]);
}
