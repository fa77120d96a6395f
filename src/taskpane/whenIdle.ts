/** How long a busy page may put the task off before it runs anyway. */
const AT_LATEST_MS = 3000;

/**
 * Runs `task` once the browser has nothing else to do (requestIdleCallback; a short timeout
 * where a webview lacks it), for work the user has not asked for yet. Returns a cancel.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: AT_LATEST_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
