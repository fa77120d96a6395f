import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const distDir = path.join(repoRoot, 'dist');

/**
 * Makes sure a build output exists: builds with webpack (the given extra arguments) when
 * it is missing, and throws with webpack's first error line when the build fails, so the
 * part is reported as failed with its reason.
 */
export function ensureBuilt(file: string, webpackArgs: string[] = []): string {
  if (fs.existsSync(file)) return file;
  const args = ['webpack', '--mode', 'production', ...webpackArgs];
  process.stderr.write(`bench: ${path.relative(repoRoot, file)} is missing, running npx ${args.join(' ')}\n`);
  const build = spawnSync('npx', args, { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 });
  if (!fs.existsSync(file)) {
    const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`;
    const firstError = output.split('\n').find((l) => /ERROR|Error:/.test(l)) ?? build.error?.message ?? `exit ${build.status}`;
    throw new Error(`build failed (npx ${args.join(' ')}): ${firstError.trim()}`);
  }
  return file;
}
