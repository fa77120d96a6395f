import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/paths';

export { distDir } from '../support/paths';

/**
 * Makes sure a build output exists: when it is missing, builds with webpack (the given extra
 * arguments) — a production build on the test origin (`--env test`), which needs no
 * configuration — and throws with webpack's first error line (else its last line) when the
 * build fails, so that the part is reported as failed with its reason.
 */
export function ensureBuilt(file: string, webpackArgs: string[] = []): string {
  if (fs.existsSync(file)) return file;
  const args = ['webpack', '--mode', 'production', '--env', 'test', ...webpackArgs];
  process.stderr.write(`bench: ${path.relative(repoRoot, file)} is missing, running npx ${args.join(' ')}\n`);
  const build = spawnSync('npx', args, { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 });
  if (!fs.existsSync(file)) {
    const lines = `${build.stdout ?? ''}\n${build.stderr ?? ''}`.split('\n').filter((l) => l.trim() && !/^npm warn/i.test(l));
    const why = lines.find((l) => /ERROR|Error:/.test(l)) ?? lines.pop() ?? build.error?.message ?? `exit ${build.status}`;
    throw new Error(`build failed (npx ${args.join(' ')}): ${why.trim()}`);
  }
  return file;
}
