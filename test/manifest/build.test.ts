import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../support/paths';

/**
 * The build's origin rules, through webpack.config.js itself: a production build refuses the
 * placeholder origin and a missing one (it would ship a manifest that loads nothing), accepts a
 * real https origin, and the test build (--env test) needs none. Only the configuration is
 * evaluated here (no compilation), so this stays quick.
 */
const configFile = path.join(repoRoot, 'webpack.config.js');

/** Runs the FinishAddin plugin's origin check of the web config in a child process with this environment. */
function originCheck(env: Record<string, string | undefined>, webpackEnv: Record<string, boolean> = {}): string {
  const script = `
    const config = require(${JSON.stringify(configFile)});
    config(${JSON.stringify(webpackEnv)}, { mode: 'production' }).then((configs) => {
      const web = configs.find((c) => c.name === 'web');
      const plugin = web.plugins.find((p) => p.constructor.name === 'FinishAddinPlugin');
      const errors = [];
      const hooks = { thisCompilation: { tap: (_n, f) => f({ errors, hooks: { processAssets: { tap: () => undefined } } }) } };
      plugin.apply({ hooks });
      process.stdout.write(errors.map((e) => e.message).join('\\n') || 'ok ' + plugin.origin);
    });`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PERF_SELFEVAL_ORIGIN: '', ...env } });
  return result.stdout + result.stderr;
}

describe('build origin', () => {
  test.each([
    ['the placeholder of package.json', {}, {}, /占位地址.*placeholder/],
    ['a real https origin', { PERF_SELFEVAL_ORIGIN: 'https://addins.example.gov.cn/perf' }, {}, /^ok https:\/\/addins\.example\.gov\.cn\/perf\/$/],
    ['plain http', { PERF_SELFEVAL_ORIGIN: 'http://addins.example.gov.cn/' }, {}, /https/],
    ['the test build, without any origin', {}, { test: true }, /^ok https:\/\/perf-selfeval\.test\.invalid\/$/],
  ])('%s', (_case, env, webpackEnv, expected) => {
    expect(originCheck(env, webpackEnv)).toMatch(expected);
  });
});
