/**
 * Names that turn on the reviewer (issue 23 point 1), generated here and run through the built
 * command line: a file name that would link to another host, control characters that would
 * steer the terminal, and workbook strings that would break the XML of a copy or the summary.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describeIfExists } from '../support/paths';
import { row, sheetXml, xlsxOf } from './package';
import { cli, runBuilt, type BuiltRun } from './runBuilt';

jest.setTimeout(120_000);

interface Names {
  sheet?: string;
  unit?: string;
  indicator?: string;
}

/**
 * A one-indicator dept return. 得分 90 of 100 for a met target gives a finding whose message
 * quotes the indicator's name.
 */
function returnRows({ unit = '培训中心', indicator = '培训人次' }: Names = {}): (string | number | null)[][] {
  return [
    ['部门(单位)整体支出绩效自评表'],
    ['(2024年度)'],
    [`部门(单位)名称：${unit}`],
    [null, '全年预算数', '全年执行数', '执行率'],
    ['资金来源：(1)财政拨款', 82368086.83, 81774893.77, 99.27],
    ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'],
    ['产出指标', 100, '数量指标', indicator, '=100(人次)', '100(人次)', 100, 90],
  ];
}

/** The return as an .xlsx, its strings written as given into the sheet's XML (inline strings: `_x001B_` is an OOXML escape every reader decodes). */
function returnXlsx(names: Names = {}): Buffer {
  return xlsxOf([{ name: names.sheet ?? '自评表', xml: sheetXml(returnRows(names).map((r, i) => row(i + 1, r)).join('')) }]);
}

/** The return as a .xls (BIFF8, written by SheetJS): its strings are stored as they are. */
function xlsOf(names: Required<Names>): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(returnRows(names)), names.sheet);
  return Buffer.from(XLSX.write(wb, { bookType: 'xls', type: 'buffer' }) as Buffer);
}

let dir = '';
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-names-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, Buffer | string>): string {
  const d = path.join(dir, name);
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    fs.writeFileSync(path.join(d, f), content);
  }
  return d;
}

/** The annotated-copy links of a review page, in its rows' order. */
function pageLinks(page: string): (string | null)[] {
  const json = /<script type="application\/json" id="review-data">(.*?)<\/script>/s.exec(fs.readFileSync(page, 'utf8'))![1];
  return JSON.parse(json).rows.map((r: { c: string | null }) => r.c);
}

/** The hyperlink targets of the summary workbook's 标注副本 column, row by row (as the package stores them). */
function summaryLinks(file: string): string[] {
  const parts = unzipSync(fs.readFileSync(file));
  const rels = strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels']);
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const links = [...strFromU8(parts['xl/worksheets/sheet1.xml']).matchAll(/<hyperlink\b[^>]*?ref="M(\d+)"[^>]*?r:id="([^"]+)"/g)];
  return links.sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => target.get(m[2])!.replace(/&amp;/g, '&'));
}

/** Where a link on a page (or in a workbook) at `from` leads, as a browser resolves it: a local path, or throws for a host. */
const followed = (from: string, href: string) => fileURLToPath(new URL(href, pathToFileURL(from)));

/** Control characters a terminal acts on: C0 but the line feed our own lines end with, DEL, C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const printed = (run: BuiltRun) => run.stdout + run.stderr;

describeIfExists(cli, 'the hostile suite runs the built command line: build it first (npm test does)')('names that turn on the reviewer', () => {
  describe('links to the annotated copies (page and summary)', () => {
    const NAMES = ['\\\\host\\share\\r.xlsx', 'C:x.xlsx', 'http:x.xlsx', '单位 #1%.xlsx'];
    const copyOf = (name: string) => name.replace(/\.xlsx$/, '.checked.xlsx');

    test('beside the page: every segment percent-encoded, never a host, a drive or a scheme', async () => {
      const d = folder('links-beside', Object.fromEntries(NAMES.map((n) => [n, returnXlsx()])));
      const run = await runBuilt(['check', ...NAMES, '--annotate', '.', '--html', 'page.html', '--summary', 'sum.xlsx'], { cwd: d });
      expect(run.code).not.toBe(2);
      const expected = ['./%5C%5Chost%5Cshare%5Cr.checked.xlsx', './C%3Ax.checked.xlsx', './http%3Ax.checked.xlsx', './%E5%8D%95%E4%BD%8D%20%231%25.checked.xlsx'];
      expect(pageLinks(path.join(d, 'page.html'))).toEqual(expected);
      // The summary writes the same links (a plain name needs no ./: it cannot be read as a host or a drive).
      expect(summaryLinks(path.join(d, 'sum.xlsx'))).toEqual([...expected.slice(0, 3), expected[3].slice(2)]);
      for (const [i, href] of expected.entries()) {
        expect(followed(path.join(d, 'page.html'), href)).toBe(path.join(d, copyOf(NAMES[i])));
        expect(fs.existsSync(path.join(d, copyOf(NAMES[i])))).toBe(true);
      }
    });

    test('in another folder: the same encoding after ../', async () => {
      const d = folder('links-apart', { [NAMES[0]]: returnXlsx(), 'pages/.keep': '' });
      const run = await runBuilt(['check', NAMES[0], '--annotate', 'out', '--html', 'pages/page.html', '--summary', 'pages/sum.xlsx'], { cwd: d });
      expect(run.code).not.toBe(2);
      const href = '../out/%5C%5Chost%5Cshare%5Cr.checked.xlsx';
      expect(pageLinks(path.join(d, 'pages', 'page.html'))).toEqual([href]);
      expect(summaryLinks(path.join(d, 'pages', 'sum.xlsx'))).toEqual([href]);
      expect(followed(path.join(d, 'pages', 'page.html'), href)).toBe(path.join(d, 'out', copyOf(NAMES[0])));
    });
  });

  describe('the terminal: control characters from workbooks and file names are shown, not obeyed', () => {
    const sheet = '自评_x001B_[5m表';
    const unit = '培训_x001B_]8;;http://x.invalid_x0007_中心_x001B_[2J';
    const indicator = '培训\t人\n次\u009b2J\u007f';
    const files = {
      'a\x1b[2Jb.xlsx': returnXlsx({ sheet, unit, indicator }),
      'bad\x1b[31m.xlsx': 'not a workbook',
      'sub/~$lock\x1b[1m.xlsx': 'lock',
      'sub/c\r\t\nd.xlsx': returnXlsx(),
    };

    test('the human report, progress, notes and skips: every control character made visible', async () => {
      const d = folder('terminal', files);
      const run = await runBuilt(['check', 'a\x1b[2Jb.xlsx', 'bad\x1b[31m.xlsx', 'sub', '--annotate', 'out'], { cwd: d });
      expect(run.code).toBe(2);
      expect(printed(run)).not.toMatch(CONTROL);
      expect(run.stdout).toContain('■ a␛[2Jb.xlsx');
      expect(run.stdout).toContain('[自评␛[5m表!');
      expect(run.stdout).toContain('培训␛]8;;http://x.invalid␇中心␛[2J');
      // The recogniser folds a name's tab and newline into spaces; a file name keeps them.
      expect(run.stdout).toContain('「培训 人 次\ufffd2J\ufffd」');
      expect(run.stdout).toContain(`■ ${path.join('sub', 'c␍␉␊d.xlsx')}`);
      expect(run.stderr).toContain('checking 1/3: a␛[2Jb.xlsx');
      expect(run.stderr).toContain(`skipped: ${path.join('sub', '~$lock␛[1m.xlsx')}`);
      expect(run.stderr).toContain('bad␛[31m.xlsx: ');
      expect(run.stderr).toContain(`annotated copy written: ${path.join(d, 'out', 'a␛[2Jb.checked.xlsx')}`);
    });

    test('errors naming a file: made visible too', async () => {
      const d = folder('terminal-errors', { 'in.xlsx': returnXlsx(), 'f\x1b[2J': 'a file' });
      for (const [args, shown] of [
        [['--rules', 'r\x1b[2J.json'], 'r␛[2J.json'],
        [['--summary', 'no\x1b[2Jpe/s.csv'], 'no␛[2Jpe'],
        [['--annotate', 'f\x1b[2J'], 'f␛[2J'],
      ] as const) {
        const run = await runBuilt(['check', 'in.xlsx', ...args], { cwd: d });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(shown);
        expect(printed(run)).not.toMatch(CONTROL);
      }
    });

    test('--json stays exact: JSON escapes C0 itself, and the names parse back unchanged', async () => {
      const d = folder('terminal-json', files);
      const run = await runBuilt(['check', 'a\x1b[2Jb.xlsx', '--json'], { cwd: d });
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(run.stdout).toContain('a\\u001b[2Jb.xlsx');
      const [file] = JSON.parse(run.stdout).files;
      expect(file.file).toBe('a\x1b[2Jb.xlsx');
      expect(file.tables[0].sheet).toBe('自评\x1b[5m表');
      expect(file.tables[0].unit).toContain('培训\x1b]8;;http://x.invalid\x07中心');
      // DEL and C1 are legal in JSON strings and stay as they are (a terminal is --json's reader only by accident).
      expect(file.tables[0].indicators[0].name).toBe('培训 人 次\u009b2J\u007f');
    });
  });

  describe('the XML of annotated copies and of the summary', () => {
    /** The names as the report has them (the recogniser folds a name's spaces). */
    const exact = { sheet: '自评\x07表 _x0043_', unit: '单位\b甲 _x0041_ 乙', indicator: '指标\x01\x02 _x0042_' };
    /** The same names in an .xlsx, as OOXML escapes (what Excel writes for them). */
    const escaped = { sheet: '自评_x0007_表 _x005F_x0043_', unit: '单位_x0008_甲 _x005F_x0041_ 乙', indicator: '指标_x0001__x0002_ _x005F_x0042_' };
    const INPUTS: [string, () => Buffer][] = [
      ['in.xlsx', () => returnXlsx(escaped)],
      // BIFF holds control characters raw, and `_x0041_` is plain text there.
      ['in.xls', () => xlsOf(exact)],
    ];

    /** Every XML part of a package, each judged by xmllint; the parts it refused. */
    function refusedParts(file: string): string[] {
      const tmp = fs.mkdtempSync(path.join(dir, 'parts-'));
      const refused: string[] = [];
      for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(file)))) {
        if (!/\.(xml|rels|vml)$/.test(name)) continue;
        const part = path.join(tmp, name.replace(/[/[\]]/g, '_'));
        fs.writeFileSync(part, bytes);
        const lint = spawnSync('xmllint', ['--noout', part], { encoding: 'utf8' });
        if (lint.error) throw new Error(`xmllint is needed (apt-get install -y libxml2-utils): ${lint.error.message}`);
        if (lint.status !== 0) refused.push(`${name}: ${lint.stderr.split('\n')[0]}`);
      }
      return refused;
    }

    test.each(INPUTS)('%s: control characters and literal _xHHHH_ in a sheet, unit and indicator name give well-formed XML that reads back the same', async (input, bytes) => {
      const d = folder(`xml-${input}`, { [input]: bytes() });
      const json = await runBuilt(['check', input, '--json'], { cwd: d });
      const [table] = JSON.parse(json.stdout).files[0].tables;
      expect(table.sheet).toBe(exact.sheet);
      expect(table.unit).toContain(exact.unit);
      const finding = table.findings.find((f: { cell: string }) => f.cell === 'H7');
      expect(finding.message).toContain(exact.indicator);

      const run = await runBuilt(['check', input, '--annotate', 'out', '--summary', 'sum.xlsx'], { cwd: d });
      expect(run.code).not.toBe(2);
      const copy = path.join(d, 'out', 'in.checked.xlsx');
      expect(refusedParts(copy)).toEqual([]);
      expect(refusedParts(path.join(d, 'sum.xlsx'))).toEqual([]);

      const annotated = XLSX.read(fs.readFileSync(copy), { type: 'buffer' });
      expect(annotated.SheetNames).toEqual([exact.sheet]);
      const note = (annotated.Sheets[exact.sheet].H7?.c ?? []).map((c: { t: string }) => c.t).join('\n');
      expect(note).toContain(finding.message);

      const summary = XLSX.read(fs.readFileSync(path.join(d, 'sum.xlsx')), { type: 'buffer' });
      const [, line] = XLSX.utils.sheet_to_json<string[]>(summary.Sheets['汇总'], { header: 1 });
      expect([line[0], line[1], line[3]]).toEqual([input, exact.sheet, table.unit]);
    });
  });
});
