import { atMost, measured, type Figure } from './figures';

/**
 * Figure review: the reviewer's page (REVIEW's renderReviewPage) for a generated report of 1,000
 * returns (test/html/generatedReport.ts), opened in headless Chromium until usable — REVIEW's
 * measureReviewPageOpen (test/html/measureOpen.ts), median of fresh opens. Issue 16: under 2 s.
 */
const RETURNS = 1000;
const MAX_MS = 2000;

export async function reviewBench(): Promise<Figure[]> {
  const { renderReviewPage } = await import('../../src/cli/render/html/index');
  const { generatedReport } = await import('../html/generatedReport');
  const { chromiumMissing, measureReviewPageOpen } = await import('../html/measureOpen');
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const html = renderReviewPage(generatedReport(RETURNS), { copies: {}, generatedAt: '2026-12-01T00:00:00Z' });
  const ms = await measureReviewPageOpen(html, { runs: 3 });
  return [measured('review.openMs', `review page: open until usable, ${RETURNS} returns (${Math.round(html.length / 1024)} KB page)`, ms, 'ms', atMost(MAX_MS))];
}
