import fs from 'node:fs';
import path from 'node:path';

/** The built task pane page: npm test builds it into build/test (PERF_SELFEVAL_DIST), or `npx webpack --mode production --env test --config-name web`. */
export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.resolve(ROOT, process.env.PERF_SELFEVAL_DIST || 'dist');
export const PAGE = path.join(DIST, 'taskpane.html');

/** Why the built page is not there, or null. */
export function notBuilt(): string | null {
  return fs.existsSync(PAGE) ? null : `${PAGE} not built (PERF_SELFEVAL_DIST=${path.relative(ROOT, DIST) || '.'} npx webpack --mode production --env test --config-name web)`;
}

/**
 * `describe`, or `describe.skip` with the reason printed when a prerequisite is missing.
 * On CI a missing prerequisite is a failure, not a skip.
 */
export function suiteUnless(reason: string | null, what: string): jest.Describe {
  if (reason && process.env.CI) throw new Error(`${what} prerequisite missing on CI: ${reason}`);
  if (reason) console.warn(`SKIPPED ${what}: ${reason}`);
  return reason ? describe.skip : describe;
}
