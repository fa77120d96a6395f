/**
 * The built command as its users' shell runs it: executed itself, through its #! line, not as
 * `node perf-selfeval.js`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHECK_NODE_FLAGS } from '../../src/cli/relaunch';
import { cli } from '../hostile/runBuilt';
import { tempDir } from './runCli';
import { describeIfExists, sharedDir } from '../support/paths';
import { shebangNodeFlags } from '../support/shebang';

const fixture = path.join(sharedDir, 'fixtures');

describeIfExists(cli, 'the command is built by `npm test` before jest')('the built command as an executable', () => {
  it('is executable through a #! line every env runs (no `env -S`: BusyBox refuses it)', () => {
    expect(fs.statSync(cli).mode & 0o111).toBe(0o111);
    expect(fs.readFileSync(cli, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect(shebangNodeFlags(cli)).toEqual([]);
    const run = spawnSync(cli, ['--help'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('perf-selfeval check PATH...');
  });

  it('a check starts itself again in a node with the flags it runs with; other commands do not', () => {
    const { dir, cleanup } = tempDir();
    const log = path.join(dir, 'flags.log');
    // Preloaded into every node the command starts: each main thread notes its V8 flags.
    const preload = path.join(dir, 'note-flags.cjs');
    fs.writeFileSync(preload, `if (require('node:worker_threads').isMainThread) require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.execArgv.filter((a) => !a.startsWith('--require') && !a.endsWith('.cjs'))) + '\\n');`);
    const env = { ...process.env, NODE_OPTIONS: `--require ${preload}` };
    const notes = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []);
    try {
      spawnSync(cli, ['--help'], { env });
      expect(notes()).toEqual(['[]']);
      fs.rmSync(log);
      const run = spawnSync(cli, ['check', path.join(fixture, 'pujin-2023-dept.xlsx'), '--json'], { env, encoding: 'utf8' });
      expect(JSON.parse(run.stdout).files[0].error).toBeNull();
      expect(notes()).toEqual(['[]', JSON.stringify(CHECK_NODE_FLAGS)]);
    } finally {
      cleanup();
    }
  });

  it('checks workbooks on two workers the same way', () => {
    const workbooks = fs.readdirSync(fixture).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(fixture, f));
    if (workbooks.length === 0) return console.warn(`skipped: no workbook in ${fixture}`);
    const run = spawnSync(cli, ['check', ...workbooks, '--json', '--jobs', '2'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout) as { files: { file: string; error: string | null; tables: unknown[] }[] };
    expect(report.files.map((f) => f.file)).toEqual(workbooks);
    for (const f of report.files) {
      expect(f.error).toBeNull();
      expect(f.tables.length).toBeGreaterThan(0);
    }
  });
});
