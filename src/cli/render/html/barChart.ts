import { escapeHtml } from './escape';

export interface Bar {
  label: string;
  value: number;
  /** the bar's tooltip; defaults to "label：value" */
  title?: string;
  fill?: string;
}

const VALUE_WIDTH = 40;
const BAR_HEIGHT = 18;
const GAP = 6;
const TOP = 28;

/**
 * A horizontal bar chart as inline SVG, drawn here so the page needs no script library:
 * role="img" named by its <title>, each bar with its own <title> and its value written beside it.
 */
export function barChart(id: string, title: string, bars: readonly Bar[], size: { width: number; labelWidth: number } = { width: 290, labelWidth: 96 }, unit = '份'): string {
  const { width: WIDTH, labelWidth: LABEL_WIDTH } = size;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = TOP + bars.length * (BAR_HEIGHT + GAP) + GAP;
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const summary = bars.map((b) => `${b.label} ${b.value}${unit}`).join('，');
  const rows = bars.map((b, i) => {
    const y = TOP + i * (BAR_HEIGHT + GAP);
    const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * span));
    const tip = escapeHtml(b.title ?? `${b.label}：${b.value}${unit}`);
    return (
      `<g><title>${tip}</title>` +
      `<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="${escapeHtml(b.fill ?? '#4472C4')}"/>` +
      `<text x="${LABEL_WIDTH + w + 4}" y="${y + 13}">${b.value}</text></g>`
    );
  });
  return (
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(summary || '无数据')}</desc>` +
    `<text class="chart-title" x="0" y="16">${escapeHtml(title)}</text>${rows.join('')}` +
    (bars.length === 0 ? `<text x="${LABEL_WIDTH}" y="${TOP + 13}">无数据</text>` : '') +
    `</svg>`
  );
}
