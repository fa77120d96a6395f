import { createHash } from 'node:crypto';
import type { CheckReport, Finding, TableKind, TableReport } from '../../../core/report/types';
import { bandCounts, RATE_BANDS, SCORE_BANDS, topCodes } from './charts';
import { renderReviewPage, type PageData } from './index';

const HOSTILE = '<img src=x onerror="alert(1)"></script><script>alert(2)</script>';

function table(kind: TableKind, unit: string, score: string | null, findings: Finding[] = []): TableReport {
  const grade = score === null ? null : '优';
  return {
    sheet: 'S', kind, range: 'A1:I9', unit, year: 2024, columns: {}, indicators: [], findings,
    budget: [{ label: '年度资金总额', budget: '100', actual: '86.18', recordedRate: '86.18', rate: '86.18', weight: null, score: null, expectedScore: null, cell: 'G5', cells: {} }],
    total: { weight: score && '100', score, recordedScore: score, grade, cappedScore: score, cappedGrade: grade },
  };
}
const finding = (code: Finding['code'], severity: Finding['severity'], cell: string): Finding => ({ code, severity, cell, message: `第 9 行 0.9 ≠ 0.95 <b>${code}</b>` });

const report = (tables: TableReport[]): CheckReport => ({
  schemaVersion: 1,
  rules: { pack: 'default', rounding: 'cut' },
  files: [{ file: 'a.xlsx', error: null, tables }, { file: 'bad.xlsx', error: '无法读取：<不是工作簿>', tables: [] }],
});
const page = (r: CheckReport, copies: Record<string, string> = {}) => renderReviewPage(r, { copies, generatedAt: '2026-12-01T18:00:00Z' });

function embedded(html: string): PageData {
  const m = /<script type="application\/json" id="review-data">([^<]*)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]) as PageData;
}

describe('renderReviewPage', () => {
  const tables = [table('dept', HOSTILE, '98.8', [finding('MISSING_REASON', 'error', 'I40'), finding('RATE_CONVENTION', 'info', 'G5')]), table('targets', '目标表', null), table('plan-actual', '对照表', null)];
  const html = page(report(tables), { 'a.xlsx': 'checked/a.checked.xlsx' });

  test('the CSP allows exactly the one inline script, by its sha256', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1].replace(/&#39;/g, "'");
    expect(csp).toContain(`default-src 'none'`);
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });
  test('nothing refers to the network: no src, no http(s) URL, no @import or url() outside the data', () => {
    expect(html.replace(/<script type="application\/json"[^]*?<\/script>/, '')).not.toMatch(/\ssrc=|https?:\/\/|@import|url\(/);
  });
  test('untrusted text is never markup: the hostile unit and messages appear only escaped', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('无法读取：&#60;不是工作簿&#62;');
  });
  test('the data is embedded once and parses back to the rows, findings grouped by severity', () => {
    const data = embedded(html);
    expect(data.rows.map((r) => [r.u, r.k, r.t, r.g, r.r, r.st])).toEqual([
      [HOSTILE, 'dept', '98.8', '优', '86.18', 'error'],
      ['目标表', 'targets', null, null, '86.18', 'ok'],
      ['对照表', 'plan-actual', null, null, '86.18', 'ok'],
      [null, null, null, null, null, 'unreadable'],
    ]);
    expect(data.rows[0].d).toEqual([[['I40', 'MISSING_REASON', '第 9 行 0.9 ≠ 0.95 <b>MISSING_REASON</b>']], [], [['G5', 'RATE_CONVENTION', '第 9 行 0.9 ≠ 0.95 <b>RATE_CONVENTION</b>']]]);
    expect(data.rows[0].c).toBe('./checked/a.checked.xlsx');
    expect(data.keys).toHaveLength(4);
    expect(data.labels.kind.targets).toBe('绩效目标表');
  });
  test('the overview names the unreadable file and counts the tables', () => {
    expect(html).toContain('<strong>bad.xlsx</strong>');
    expect(html).toMatch(/<dt>自评表<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/<dt>无法读取的文件<\/dt><dd>1<\/dd>/);
  });
  test('the table heading has a sort button in every column, and the page is Chinese', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<th scope="col" aria-sort="none"><button type="button"/g)).toHaveLength(11);
  });
  test('charts are SVG with a title and a description', () => {
    expect(html.match(/<svg class="chart" id="[^"]+" role="img" aria-labelledby="/g)).toHaveLength(4);
    expect(html).toMatch(/<title id="chart-score-t">总分分布<\/title>/);
  });
  test('the size grows linearly with the returns', () => {
    const many = (n: number) => page(report(Array.from({ length: n }, (_, i) => table('project', `单位${i}`, '90', [finding('SCORE_MISMATCH', 'warning', 'H9')])))).length;
    const [small, large] = [many(100), many(400)];
    const perReturn = (large - small) / 300;
    expect(large - many(0)).toBeLessThan(perReturn * 400 * 1.1);
    expect(perReturn).toBeLessThan(1200);
  });
});

describe('chart data', () => {
  test.each([
    [SCORE_BANDS, ['59.99', '60', '89.99', '90', '100', '100.01', null, '—'], [1, 1, 0, 1, 1, 0, 1, 1]],
    [RATE_BANDS, ['45.17', '50', '99.99', '100', '120'], [1, 1, 0, 0, 0, 0, 1, 1, 1]],
  ])('bandCounts %#', (bands, values, counts) => {
    const expected = counts.length === bands.length ? counts : [...counts, ...Array(bands.length - counts.length).fill(0)];
    expect(bandCounts(values, bands)).toEqual(expected);
  });
  test('topCodes counts returns, not findings, most frequent first', () => {
    const html = page(report([
      table('dept', 'a', '90', [finding('MISSING_REASON', 'error', 'I1'), finding('MISSING_REASON', 'error', 'I2')]),
      table('dept', 'b', '90', [finding('SCORE_MISMATCH', 'warning', 'H1')]),
      table('dept', 'c', '90', [finding('SCORE_MISMATCH', 'warning', 'H1')]),
    ]));
    expect(topCodes(embedded(html).rows)).toEqual([
      { code: 'SCORE_MISMATCH', returns: 2, findings: 2, severity: 'warning' },
      { code: 'MISSING_REASON', returns: 1, findings: 2, severity: 'error' },
    ]);
  });
});
