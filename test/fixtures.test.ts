/**
 * Every ../shared/fixtures/NAME.xlsx and ../shared/fixtures/real/NAME.xlsx (issue 11: published
 * tables and the seeds' variants) through the real, built command line
 * (`node dist/cli/perf-selfeval.js check NAME.xlsx --json`), judged by the project's
 * own referee ../shared/tools/compare-report.mjs against NAME.expected.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeIfExists, distDir, repoRoot, sharedDir } from './support/paths';

const fixturesDir = path.join(sharedDir, 'fixtures');
const judge = path.join(sharedDir, 'tools', 'compare-report.mjs');
const cli = path.join(distDir, 'cli', 'perf-selfeval.js');

/** The workbooks of a folder that have an expected answer beside them, as paths relative to ../shared/fixtures. */
function casesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx') && fs.existsSync(path.join(dir, f.replace(/\.xlsx$/, '.expected.json'))))
    .map((f) => path.relative(fixturesDir, path.join(dir, f)));
}
const cases = [...casesIn(fixturesDir), ...casesIn(path.join(fixturesDir, 'real'))];
/** A build outside the checkout (PERF_SELFEVAL_DIST) finds its external packages in the checkout's node_modules. */
const env = { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') };

/** The newest modification time of the sources the command line is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the command line when dist is missing or older than its sources; false (with the reason printed) when it cannot. */
function ensureBuilt(): boolean {
  const stale = !fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestSource(path.join(repoRoot, 'src'));
  if (!stale) return true;
  if (!fs.existsSync(path.join(repoRoot, 'webpack.config.js'))) {
    console.warn('skipped: no webpack.config.js to build dist/cli/perf-selfeval.js');
    return false;
  }
  execFileSync('npx', ['webpack', '--mode', 'production', '--config-name', 'cli'], { cwd: repoRoot, stdio: 'pipe' });
  return true;
}

describeIfExists(fixturesDir, 'the shared fixtures are needed to judge the command line')('fixtures through the built command line', () => {
  let built = false;
  let tmp = '';
  beforeAll(() => {
    built = ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-fixtures-'));
  }, 240_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('there are fixtures of both folders', () => expect(cases.filter((c) => c.startsWith('real')).length * cases.filter((c) => !c.startsWith('real')).length).toBeGreaterThan(0));

  test.each(cases)('%s passes every check of compare-report.mjs', (name) => {
    if (!built) return;
    const run = spawnSync(process.execPath, [cli, 'check', path.join(fixturesDir, name), '--json'], { encoding: 'utf8', env });
    const actual = path.join(tmp, path.basename(name).replace(/\.xlsx$/, '.json'));
    fs.writeFileSync(actual, run.stdout);
    const expected = path.join(fixturesDir, name.replace(/\.xlsx$/, '.expected.json'));
    const verdict = spawnSync(process.execPath, [judge, expected, actual, String(run.status)], { encoding: 'utf8' });
    if (verdict.status !== 0) console.log(`${name}:\n${verdict.stdout}${verdict.stderr}\n(stderr of the command line: ${run.stderr})`);
    expect(verdict.stdout).toMatch(/(\d+)\/\1 checks passed/);
    expect(verdict.status).toBe(0);
  });
});
