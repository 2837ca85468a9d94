/**
 * What every bench script shares: the bench page (packages/elements/bench/bench.html) opened the same way, so a case
 * runs at one viewport whichever script measures it, and the median the reports give.
 */
import type { Browser, Page } from 'puppeteer-core';

/** The viewport of every bench page. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * Opens the bench page of `peer` and waits for it to load; `cdn` (a path on the same server) loads that build of
 * the CDN folder instead of this one. `prepare` runs before the page loads, to listen to what it fetches. The page's
 * own setup (`window.bench.ready`) is for the caller to await.
 */
export async function openBenchPage(
  browser: Browser,
  origin: string,
  peer: string,
  { cdn, prepare }: { cdn?: string; prepare?: (page: Page) => void } = {},
): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  prepare?.(page);
  await page.goto(`${origin}/packages/elements/bench/bench.html?peer=${peer}${cdn ? `&cdn=${encodeURIComponent(cdn)}` : ''}`, { waitUntil: 'load' });
  return page;
}

/** {@link openBenchPage}, then the page's own setup (`window.bench.ready`) awaited: ready to run its cases. */
export async function openReadyBenchPage(browser: Browser, origin: string, peer: string, cdn?: string): Promise<Page> {
  const page = await openBenchPage(browser, origin, peer, { cdn });
  await page.evaluate('window.bench.ready');
  return page;
}

/** Round `round`'s order of the cases: each round starts one case later, so no case always follows the same one. */
export function rotated<T>(cases: readonly T[], round: number): T[] {
  return cases.map((_, i) => cases[(i + round) % cases.length]!);
}

/** The median of the samples (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[middle - 0.5]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs one case of an open bench page (`window.bench.run`): its time in ms, or why it could not run. */
export function runBenchCase(page: Page, name: string): Promise<number | { error: string }> {
  return page.evaluate((n) => (window as unknown as { bench: { run(n: string): Promise<number | { error: string }> } }).bench.run(n), name);
}
