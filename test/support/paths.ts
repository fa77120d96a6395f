import fs from 'node:fs';
import path from 'node:path';

/** The repository's root folder. */
export const repoRoot = path.resolve(__dirname, '..', '..');
/** The build output that `npm test` produces before jest runs (PERF_SELFEVAL_DIST when set, as in webpack.config.js). */
export const distDir = path.resolve(repoRoot, process.env.PERF_SELFEVAL_DIST || 'dist');
/** ../shared beside the checkout: fixtures, schemas, the report judge. CI always has it. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

/**
 * Returns jest's `describe` when `what` exists, else `describe.skip` after printing why,
 * so a clone without ../shared (or without a build) still passes and says what it skipped.
 */
export function describeIfExists(what: string, why: string): jest.Describe {
  if (fs.existsSync(what)) return describe;
  // Straight to stderr: jest drops console output of a suite whose tests are all skipped.
  process.stderr.write(`skipped: ${why} (${what} not found)\n`);
  return describe.skip;
}
