/**
 * Seed 001 (虹桥镇社区事务受理服务中心 2024 自评报告) as one workbook: the completion tables of
 * ../shared/fixtures/hongqiao-2024-report.xlsx (one plan-actual table per sheet) plus its
 * 部门年度分目标 targets table, read from the seed text (../shared/seeds/001_*.txt) into a sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Grid } from '../../src/core/grid/types';
import { gridFromRows } from '../../src/core/grid/fromRows';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { sharedDir } from '../support/paths';

export const FIXTURE = path.join(sharedDir, 'fixtures', 'hongqiao-2024-report.xlsx');
export const SEEDS = path.join(sharedDir, 'seeds');
export const TARGETS_SHEET = '部门年度分目标';

export function seedText(): string {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith('001_'));
  if (!name) throw new Error(`no seed 001 in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

const HEADER = '一级目标\t二级目标\t三级目标\t指标目标值';

/**
 * The rows of the 部门年度分目标 table as the seed prints them (tab-separated, 4 columns), the
 * header once: it is repeated on every page of the extract.
 */
export function targetRows(text: string): string[][] {
  const start = text.indexOf('2. 部门年度分目标');
  const end = text.indexOf('（四）', start);
  const lines = text.slice(start, end).split('\n').filter((l) => l.includes('\t'));
  const body = lines.filter((l) => l.trim() !== HEADER.trim());
  return [HEADER.split('\t'), ...body.map((l) => l.split('\t'))];
}

/** The targets table as a sheet: title, header, rows from A1 on. */
export function targetsGrid(text: string): Grid {
  return gridFromRows(TARGETS_SHEET, [['部门年度分目标'], ...targetRows(text)]);
}

/** The whole workbook: the targets sheet first (as in the report), then the fixture's sheets. */
export async function seed001Grids(): Promise<Grid[]> {
  const { grids } = await readWorkbook(FIXTURE);
  return [targetsGrid(seedText()), ...grids];
}
