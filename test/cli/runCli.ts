import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { SheetSpec } from '../xlsx/buildWorkbook';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process in `cwd`, capturing what it prints (as into pipes, unless told a stream is a terminal). */
export async function runCli(argv: string[], cwd: string, stderrIsTTY = false, stdoutIsTTY = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, stderrIsTTY, stdoutIsTTY });
  return { code, stdout, stderr };
}

/**
 * The --json report as a pipe receives it: JSON.stringify(report) with a line break before each
 * file entry and before the closing bracket of the files (one line per file, for line tools).
 */
export function lineLayout(report: { schemaVersion: number; rules: unknown; files: unknown[]; skipped: unknown[] }): string {
  const head = `{"schemaVersion":${report.schemaVersion},"rules":${JSON.stringify(report.rules)},"files":[`;
  const files = report.files.map((f) => `\n${JSON.stringify(f)}`).join(',');
  return `${head}${files}${report.files.length ? '\n' : ''}],"skipped":${JSON.stringify(report.skipped)}}\n`;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-cli-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A dept indicator table of one row (培训人次, 分值 100): `actual` persons done, `score` recorded, no reason. */
export function oneRowTable(actual: number, score: number): SheetSpec {
  return {
    name: '自评表',
    rows: [
      ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'],
      ['产出指标', 100, '数量指标', '培训人次', '=100(人次)', `${actual}(人次)`, 100, score, null],
    ],
  };
}
