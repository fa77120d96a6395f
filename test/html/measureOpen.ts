import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium, as the task pane's tests use it. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Where the page is served from in the tests: one made-up origin, fulfilled from memory. */
export const PAGE_URL = 'http://review.invalid/report.html';

/** Why Chromium cannot run here, or null. */
export function chromiumMissing(): string | null {
  return fs.existsSync(CHROMIUM) ? null : `${CHROMIUM} not found (apt-get install chromium)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** A page opened on `html`, with every request other than the page itself recorded and aborted. */
export interface OpenedPage {
  page: Page;
  /** URLs the page asked for beyond itself (must stay empty) */
  requests: string[];
  /** uncaught errors and CSP violations reported on the console */
  errors: string[];
  /** ms from the start of navigation to the first frame with the table painted (the page's 'review-usable' mark) */
  openMs: number;
  /** the same as seen from the test: goto until the mark exists (includes the browser round trips) */
  wallMs: number;
}

/**
 * Opens the review page in a fresh context (no cache) and waits until its script has built the
 * table (html[data-ready]). Every request is routed: the page URL gets `html`, anything else is
 * recorded and aborted.
 */
export async function openReviewPage(browser: Browser, html: string, viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    requests.push(url);
    return route.abort();
  });
  const start = Date.now();
  await page.goto(PAGE_URL);
  await page.waitForFunction(() => performance.getEntriesByName('review-usable').length > 0, undefined, { polling: 20 });
  const wallMs = Date.now() - start;
  const openMs = await page.evaluate(() => performance.getEntriesByName('review-usable')[0].startTime);
  return { page, requests, errors, openMs: Math.round(openMs), wallMs };
}

/**
 * The time the review page takes to open and become usable in headless Chromium, in ms: the
 * median of `runs` fresh opens (for the bench; launches its own browser unless given one).
 */
export async function measureReviewPageOpen(html: string, options: { browser?: Browser; runs?: number } = {}): Promise<number> {
  const browser = options.browser ?? (await launchChromium());
  try {
    const times: number[] = [];
    for (let i = 0; i < (options.runs ?? 3); i++) {
      const opened = await openReviewPage(browser, html);
      times.push(opened.openMs);
      await opened.page.context().close();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    if (!options.browser) await browser.close();
  }
}
