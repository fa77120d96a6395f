import type { CheckReport, Severity } from '../../../core/report/types';
import { SEVERITY_LABEL, SEVERITY_ORDER } from '../../../core/vocabulary';
import { escapeHtml } from './escape';
import type { ReturnRow } from './returns';

function card(term: string, value: number | string, cls = ''): string {
  return `<div${cls ? ` class="${cls}"` : ''}><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(String(value))}</dd></div>`;
}

/** The overview: how many files and tables, which files could not be read and why, the finding and grade counts. */
export function renderOverview(report: CheckReport, rows: readonly ReturnRow[]): string {
  const unreadable = report.files.filter((f) => f.error !== null);
  const tables = rows.filter((r) => r.k !== null);
  const empty = rows.filter((r) => r.st === 'empty').length;
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of tables) for (const s of SEVERITY_ORDER) totals[s] += r.n[s];
  const withErrors = tables.filter((r) => r.st === 'error').length;
  const clean = tables.filter((r) => r.st === 'ok').length;
  const grades = ['优', '良', '中', '差'].map((g) => `${g} ${tables.filter((r) => r.g === g).length}`).join(' · ');
  const cards = [
    card('文件', report.files.length),
    card('自评表', tables.length),
    card('无法读取的文件', unreadable.length, unreadable.length ? 'sev-error' : ''),
    card('未找到自评表的文件', empty),
    card('有错误的表', withErrors),
    card('通过的表', clean),
    ...SEVERITY_ORDER.map((s) => card(`${SEVERITY_LABEL[s]}（处）`, totals[s], totals[s] ? `sev-${s}` : '')),
    `<div><dt>等级</dt><dd class="grades">${escapeHtml(grades)}</dd></div>`,
  ];
  const list = unreadable.length
    ? `<h3>无法读取的文件</h3><ul class="unreadable-list">${unreadable
        .map((f) => `<li><strong>${escapeHtml(f.file)}</strong>：${escapeHtml(f.error ?? '')}</li>`)
        .join('')}</ul>`
    : '';
  return `<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">概览</h2><dl class="cards">${cards.join('')}</dl>${list}</section>`;
}
