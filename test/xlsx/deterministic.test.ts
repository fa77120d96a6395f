/**
 * A valid workbook is read right every time (issue 17): each fixture read many times gives the
 * same grids, and so does its package zipped with its members in every kind of order.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Grid } from '../../src/core/grid/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { describeIfExists, sharedDir } from '../support/paths';
import { zipParts } from './rawPackage';

const READS = 200;
const dirs = [path.join(sharedDir, 'fixtures'), path.join(sharedDir, 'fixtures', 'real')];
const fixtures = fs.existsSync(dirs[0])
  ? dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.xlsx') && !f.startsWith('not-a-')).map((f) => path.join(d, f)))
  : [];

const digestOf = (grids: Grid[]) => createHash('sha256').update(JSON.stringify(grids)).digest('hex');

/** A deterministic shuffle (xorshift), so that a failing order can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describeIfExists(dirs[0], 'the fixtures are needed to read them repeatedly')('the same grids every time', () => {
  test.each(fixtures.map((f) => [path.basename(f), f]))(`%s read ${READS} times`, async (_name, file) => {
    const bytes = fs.readFileSync(file);
    const first = digestOf((await readWorkbook(bytes, file)).grids);
    const differing: number[] = [];
    for (let i = 1; i < READS; i++) if (digestOf((await readWorkbook(bytes, file)).grids) !== first) differing.push(i);
    expect(differing).toEqual([]);
  });

  test.each(fixtures.map((f) => [path.basename(f), f]))('%s with its zip members in other orders', async (_name, file) => {
    const bytes = fs.readFileSync(file);
    const expected = digestOf((await readWorkbook(bytes, file)).grids);
    const parts = unzipSync(bytes);
    const names = Object.keys(parts);
    const last = (n: string) => [...names.filter((x) => x !== n), n];
    const orders = [
      [...names].reverse(),
      last('xl/workbook.xml'),
      last('[Content_Types].xml'),
      last('xl/_rels/workbook.xml.rels'),
      [...names].sort(),
      ...Array.from({ length: 10 }, (_, i) => shuffled(names, i + 1)),
    ];
    for (const order of orders) expect([order.join(' '), digestOf((await readWorkbook(zipParts(parts, order), file)).grids)]).toEqual([order.join(' '), expected]);
  });
});
