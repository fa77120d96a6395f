/** The templates' print area is absolute ($A$1:$I$40), so that LibreOffice applies it (it ignores $A1:$I40). */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { rangeA1 } from '../../src/core/grid/address';
import { buildTemplate, type TemplateKind } from '../../src/core/template';
import { writeTemplateFile } from '../../src/xlsx/writeTemplate';
import { convertFiles, findSoffice } from '../tools/libreoffice';

const soffice = findSoffice();
if (!soffice) console.warn('skipped: LibreOffice (soffice) is not installed — apt-get install libreoffice-calc-nogui');
const describeWithSoffice = soffice ? describe : describe.skip;
const KINDS: TemplateKind[] = ['dept', 'project'];
const YEAR = 2025;

const unescapeXml = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const printArea = (kind: TemplateKind) => buildTemplate(kind, YEAR).print.area;

let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-print-'));
  for (const kind of KINDS) await writeTemplateFile(kind, YEAR, path.join(dir, `${kind}.xlsx`));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test.each(KINDS)('%s: the defined print area has both columns and rows absolute', async (kind) => {
  const xml = strFromU8(unzipSync(await fs.readFile(path.join(dir, `${kind}.xlsx`)))['xl/workbook.xml']);
  const name = /<definedName[^>]*name="_xlnm\.Print_Area"[^>]*>([^<]*)</.exec(xml)?.[1];
  const a = printArea(kind);
  const corners = rangeA1(a.top, a.left, a.bottom, a.right).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  expect(unescapeXml(name ?? '')).toBe(`'${buildTemplate(kind, YEAR).sheetName}'!${corners}`);
});

describeWithSoffice('LibreOffice applies the print area', () => {
  let odsFiles: string[] = [];
  beforeAll(async () => {
    odsFiles = await convertFiles(soffice as string, KINDS.map((k) => path.join(dir, `${k}.xlsx`)), 'ods', path.join(dir, 'ods'));
  });
  test.each(KINDS.map((k, i) => [k, i] as const))('%s: the .ods LibreOffice saves has the print range', async (kind, i) => {
    const content = strFromU8(unzipSync(await fs.readFile(odsFiles[i]))['content.xml']);
    const ranges = unescapeXml(/table:print-ranges="([^"]*)"/.exec(content)?.[1] ?? '');
    const a = printArea(kind);
    const sheet = `'${buildTemplate(kind, YEAR).sheetName}'`;
    expect(ranges).toBe(`${sheet}.${rangeA1(a.top, a.left, a.top, a.left)}:${sheet}.${rangeA1(a.bottom, a.right, a.bottom, a.right)}`);
  });
});
