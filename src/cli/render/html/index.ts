import { createHash } from 'node:crypto';
import type { CheckReport } from '../../../core/report/types';
import { KIND_LABEL, SEVERITY_LABEL } from '../../../core/vocabulary';
import { renderCharts } from './charts';
import { escapeHtml, jsonForScript } from './escape';
import { renderOverview } from './overview';
import { returnRows, STATUS_LABEL, STATUS_ORDER, type ReturnRow } from './returns';
import { PAGE_SCRIPT } from './script';
import { COLUMNS, sortKeys } from './sortKeys';
import { pageStyles } from './styles';

export interface ReviewPageOptions {
  /** input file (as in report.files[].file) → its annotated copy, as a path relative to the page */
  copies: Record<string, string>;
  /** when the check ran, shown in the heading (e.g. an ISO timestamp) */
  generatedAt: string;
}

/** What the page embeds once, as JSON: the rows, their sort ranks and the words the script shows. */
export interface PageData {
  rows: ReturnRow[];
  keys: number[][];
  labels: { kind: typeof KIND_LABEL; severity: typeof SEVERITY_LABEL; status: typeof STATUS_LABEL };
}

/** The Content-Security-Policy of the page: nothing may load; only its own inline script (by hash) runs. */
export function contentSecurityPolicy(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

function renderFilters(): string {
  const statuses = [option('', '全部'), option('attention', '需关注（非通过）'), ...STATUS_ORDER.map((s) => option(s, STATUS_LABEL[s]))];
  const kinds = [option('', '全部'), ...Object.entries(KIND_LABEL).map(([k, label]) => option(k, label))];
  return (
    `<div class="filters" role="search">` +
    `<label>状态<select id="f-status">${statuses.join('')}</select></label>` +
    `<label>类型<select id="f-kind">${kinds.join('')}</select></label>` +
    `<label>查找（文件、工作表、单位）<input id="f-text" type="search" autocomplete="off"></label>` +
    `<label>每页<select id="f-size">${[option('100', '100 行'), option('50', '50 行'), option('200', '200 行'), option('all', '全部')].join('')}</select></label>` +
    `<span id="shown" role="status" aria-live="polite"></span></div>`
  );
}

function renderReturnsTable(): string {
  const head = COLUMNS.map((c) => `<th scope="col" aria-sort="none"><button type="button" data-col="${c.id}">${escapeHtml(c.heading)}</button></th>`).join('');
  const cols = COLUMNS.map((c) => `<col style="width:${c.width}%">`).join('');
  return (
    `<section id="returns" aria-labelledby="returns-h"><h2 id="returns-h">各单位自评表</h2>${renderFilters()}` +
    `<div class="table-wrap"><table><caption class="meta">点击表头排序；点击单位查看问题明细。</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead>` +
    `<tbody id="return-rows"></tbody></table></div>` +
    `<nav class="pager" aria-label="翻页"><button type="button" id="p-prev">上一页</button><span id="p-info"></span><button type="button" id="p-next">下一页</button></nav></section>`
  );
}

/**
 * The review page for a reviewer of many returns: one self-contained HTML file (no request
 * of any kind: styles and script inline under a strict CSP, charts as SVG, system fonts),
 * the data embedded once as JSON and the rows built from it by the page's script.
 */
export function renderReviewPage(report: CheckReport, options: ReviewPageOptions): string {
  const rows = returnRows(report, options.copies);
  const data: PageData = { rows, keys: sortKeys(rows), labels: { kind: KIND_LABEL, severity: SEVERITY_LABEL, status: STATUS_LABEL } };
  const rules = `规则包 ${report.rules.pack}，执行率${report.rules.rounding === 'cut' ? '截位' : '四舍五入'}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(PAGE_SCRIPT))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>绩效自评审核汇总</title>',
    `<style>${pageStyles()}</style></head><body>`,
    '<header><h1>绩效自评审核汇总</h1>',
    `<p class="meta">生成于 ${escapeHtml(options.generatedAt)}；${escapeHtml(rules)}；绩效自评助手 perf-selfeval</p></header>`,
    '<noscript><p>本页的表格与明细需要启用脚本（页面不访问网络）。</p></noscript>',
    '<main>',
    renderOverview(report, rows),
    `<section id="charts" aria-labelledby="charts-h"><h2 id="charts-h">分布</h2><div class="charts">${renderCharts(rows)}</div></section>`,
    renderReturnsTable(),
    '<section aria-labelledby="details-h"><h2 id="details-h">问题明细</h2><div id="details"></div></section>',
    '</main>',
    `<script type="application/json" id="review-data">${jsonForScript(data)}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
