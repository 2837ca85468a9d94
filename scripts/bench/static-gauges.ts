/**
 * The fair second baseline of the gauges (issue 10): a static page showing what `<dz-target-gauge>` shows, the same
 * text and SVG with the same CSS, in light DOM, built by innerHTML. Taken from our gauges as this build draws them
 * (bench-page.js `snapshotGauges`), so it follows every change to the gauge: the ratio against it is the cost of
 * the element (Lit, shadow roots, evaluating the plan in the page), the ratio against the static rings the cost of
 * everything the gauge shows beyond a ring.
 */
import type { Browser } from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { openBenchPage } from './harness.js';

/** What one snapshot found per gauge: elements and text nodes in its shadow root. */
export interface GaugeCounts {
  readonly elements: number;
  readonly texts: number;
}

/** Renders the gauges in the bench page and writes `generated/static-gauges.json` for the `static-gauges` peer. */
export async function writeStaticGauges(browser: Browser, origin: string, generated: string): Promise<GaugeCounts> {
  const page = await openBenchPage(browser, origin, 'dz');
  try {
    await page.evaluate('window.bench.ready');
    const snapshot = (await page.evaluate('window.snapshotGauges()')) as { markup: string; css: string; count: number } & GaugeCounts;
    writeFileSync(`${generated}static-gauges.json`, JSON.stringify({ markup: snapshot.markup, css: snapshot.css, count: snapshot.count }));
    return { elements: snapshot.elements, texts: snapshot.texts };
  } finally {
    await page.close();
  }
}
