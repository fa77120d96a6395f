import fs from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/core/checkWorkbook';
import type { CheckReport, FileReport } from '../../src/core/report/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { sharedDir } from '../support/paths';

/** The shared fixtures (../shared/fixtures and fixtures/real), every .xlsx. */
export const FIXTURE_DIRS = [path.join(sharedDir, 'fixtures'), path.join(sharedDir, 'fixtures', 'real')];

/**
 * The report `check` gives on every shared fixture: each read with readWorkbook and checked with
 * checkWorkbook, a file that cannot be read carrying its one-line error (not-a-workbook.xlsx is one).
 */
export async function fixtureReport(): Promise<CheckReport> {
  const files: FileReport[] = [];
  for (const dir of FIXTURE_DIRS) {
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()) {
      const file = path.relative(sharedDir, path.join(dir, name));
      try {
        const { grids } = await readWorkbook(path.join(dir, name));
        files.push({ file, error: null, tables: checkWorkbook(grids) });
      } catch (e) {
        files.push({ file, error: e instanceof Error ? e.message.split('\n')[0] : String(e), tables: [] });
      }
    }
  }
  return { schemaVersion: 1, rules: { pack: 'default', rounding: 'cut' }, files };
}
