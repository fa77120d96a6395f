import { SEVERITY_FILL } from '../../../core/vocabulary';

/**
 * The page's stylesheet: system fonts only (the page never loads one), the severity fills of the
 * annotated copies, and a print layout with one return per page and no controls.
 */
export function pageStyles(): string {
  const fill = SEVERITY_FILL;
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px 48px; font: 14px/1.5 "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif; color: #1f1f1f; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 2px solid #4472C4; padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 8px; }
h4 { font-size: 14px; margin: 12px 0 4px; padding: 2px 8px; display: inline-block; border-radius: 3px; }
.meta { color: #555; margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; padding: 0; }
.cards div { border: 1px solid #d0d7e2; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.cards dt { color: #555; font-size: 12px; }
.cards dd { margin: 0; font-size: 22px; font-weight: 600; }
.cards dd.grades { font-size: 16px; line-height: 33px; }
.unreadable-list li { margin: 2px 0; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.charts figure { margin: 0; border: 1px solid #d0d7e2; border-radius: 6px; padding: 10px; }
.unreadable-list { margin: 4px 0; }
#overview h3 { margin-top: 14px; }
.chart { font-size: 12px; max-width: 100%; height: auto; }
.chart .chart-title { font-size: 14px; font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin-bottom: 8px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: #444; }
.filters select, .filters input { font: inherit; padding: 4px 6px; min-width: 160px; }
#shown { color: #444; }
.pager { display: flex; gap: 12px; align-items: center; margin: 8px 0; }
.pager button { font: inherit; padding: 3px 12px; }
.table-wrap { max-height: 70vh; overflow: auto; border: 1px solid #d0d7e2; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; min-width: 1100px; }
th, td { padding: 4px 8px; border-bottom: 1px solid #e4e8ef; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #eef2f9; z-index: 1; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " ↕"; color: #999; }
th[aria-sort="ascending"] button::after { content: " ▲"; color: #1f1f1f; }
th[aria-sort="descending"] button::after { content: " ▼"; color: #1f1f1f; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td { overflow-wrap: anywhere; }
td.sev-error, .sev-error { background: ${fill.error}; }
td.sev-warning, .sev-warning { background: ${fill.warning}; }
.sev-info { background: ${fill.info}; }
tr.st-unreadable td.status, tr.st-error td.status { font-weight: 600; color: #a80000; }
tr.st-ok td.status { color: #107c10; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.return { border: 1px solid #d0d7e2; border-radius: 6px; padding: 12px 16px; margin: 12px 0; content-visibility: auto; contain-intrinsic-size: auto 240px; }
.return.st-error, .return.st-unreadable { border-left: 6px solid ${fill.error}; }
.return.st-warning { border-left: 6px solid ${fill.warning}; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.facts dt { color: #555; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.findings { margin: 4px 0; padding-left: 20px; }
.findings li { margin: 3px 0; }
.findings .cell { font-family: Consolas, "DejaVu Sans Mono", monospace; font-weight: 600; margin-right: 8px; }
.findings .code { font-family: Consolas, "DejaVu Sans Mono", monospace; color: #666; font-size: 12px; margin-right: 8px; }
.back { margin: 8px 0 0; font-size: 12px; }
[hidden] { display: none !important; }
@media print {
  body { padding: 0; font-size: 11pt; }
  .filters, .pager, .back, th button::after { display: none; }
  .table-wrap { max-height: none; overflow: visible; border: 0; }
  thead th { position: static; }
  .charts figure { break-inside: avoid; }
  .return { content-visibility: visible; break-before: page; border: 0; padding: 0; margin: 0; }
  h4, td.sev-error, td.sev-warning { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
}
