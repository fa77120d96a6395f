/**
 * Every workbook with an expected answer — ../shared/fixtures, its real/ and real2/ (published tables
 * and the seeds' variants) and the transcribed corpus of test/corpus (built from its data first) —
 * through the real, built command line (`node dist/cli/perf-selfeval.js check NAME.xlsx --json`),
 * judged by the project's own referee ../shared/tools/compare-report.mjs against NAME.expected.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus, corpusNames, tablesDir } from './corpus/build';
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
const cases = [...casesIn(fixturesDir), ...casesIn(path.join(fixturesDir, 'real')), ...casesIn(path.join(fixturesDir, 'real2'))];
const corpus = corpusNames();
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

  /** Runs the command line on `workbook` and judges its report against `expected`. */
  function judged(workbook: string, expected: string): void {
    const run = spawnSync(process.execPath, [cli, 'check', workbook, '--json'], { encoding: 'utf8', env });
    const actual = path.join(tmp, path.basename(workbook).replace(/\.xlsx$/, '.json'));
    fs.writeFileSync(actual, run.stdout);
    const verdict = spawnSync(process.execPath, [judge, expected, actual, String(run.status)], { encoding: 'utf8' });
    if (verdict.status !== 0) console.log(`${path.basename(workbook)}:\n${verdict.stdout}${verdict.stderr}\n(stderr of the command line: ${run.stderr})`);
    expect(verdict.stdout).toMatch(/(\d+)\/\1 checks passed/);
    expect(verdict.status).toBe(0);
  }

  test.each(cases)('%s passes every check of compare-report.mjs', (name) => {
    if (!built) return;
    judged(path.join(fixturesDir, name), path.join(fixturesDir, name.replace(/\.xlsx$/, '.expected.json')));
  });


  // jest refuses a describe with a beforeAll and no test: an empty corpus is skipped, and says so.
  if (corpus.length === 0) process.stderr.write('skipped: test/corpus has no transcribed table yet\n');
  else describe('test/corpus', () => {
    let corpusDir = '';
    beforeAll(async () => {
      corpusDir = path.join(tmp, 'corpus');
      await buildCorpus(corpusDir);
    }, 120_000);

    // Tables the checker still gets wrong, each with the mechanism at fault (test/corpus/open.json): they run,
    // print why they are open, and fail once they pass, so the list only shrinks.
    const open: Record<string, string> = JSON.parse(fs.readFileSync(path.join(tablesDir, '..', 'open.json'), 'utf8'));
    test.each(corpus)('%s passes every check of compare-report.mjs', (name) => {
      if (!built) return;
      const workbook = path.join(corpusDir, `${name}.xlsx`);
      const expected = path.join(tablesDir, `${name}.expected.json`);
      if (!(name in open)) return judged(workbook, expected);
      const run = spawnSync(process.execPath, [cli, 'check', workbook, '--json'], { encoding: 'utf8', env });
      const actual = path.join(tmp, `${name}.open.json`);
      fs.writeFileSync(actual, run.stdout);
      const verdict = spawnSync(process.execPath, [judge, expected, actual, String(run.status)], { encoding: 'utf8' });
      console.warn(`open (not yet right): ${name}: ${open[name]}\n${verdict.stdout}`);
      expect(verdict.status).not.toBe(0);
    });
  });
});
