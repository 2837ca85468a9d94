/**
 * `npm run bench` (elements): rendering cost in Debian Chromium, from the built CDN file, against baselines measured
 * in the same page and run — a plain DOM table of the same 48 × 69 cells built with createElement, and a bare
 * re-render. Prints medians and ratios; nothing here is asserted, speed is judged by the ratios.
 */
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, serveStatic } from '../../../scripts/lib/static-server.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

if (!existsSync(`${repoRoot}packages/elements/dist/cdn/dz-elements.js`)) {
  console.error('Run `npm run build` first: the benchmark loads dist/cdn/dz-elements.js.');
  process.exit(1);
}

const server = await serveStatic(repoRoot);
const url = server.origin;
const browser = await puppeteer.launch(chromiumLaunchOptions);

try {
  const page = await browser.newPage();
  await page.goto(`${url}/packages/elements/bench/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction('customElements.get("dz-task-matrix") !== undefined && typeof window.runBench === "function"');

  /** Milliseconds per measurement, as bench.html's runBench() returns them. */
  interface BenchResults {
    baselineTable: number;
    matrixFull: number;
    matrixSection: number;
    focusMove: number;
    sortSwitch: number;
    cardRender: number;
    gauges: number;
  }
  const results = (await page.evaluate('window.runBench()')) as BenchResults;

  const base = results.baselineTable;
  const row = (name: string, ms: number) => console.log(`  ${name.padEnd(62)} ${ms.toFixed(2).padStart(8)} ms  ${(ms / base).toFixed(2)}× baseline`);
  console.log('\nElements in Chromium (median of 15, after 2 warm-ups; layout included)');
  console.log(`  ${'baseline: plain <table> of 48 × 69 cells via createElement'.padEnd(62)} ${base.toFixed(2).padStart(8)} ms  (baseline)`);
  row('<dz-task-matrix> whole plan, first render (48 × 69)', results.matrixFull);
  row('<dz-task-matrix section="4"> first render', results.matrixSection);
  row('<dz-task-matrix> focus move (row/column highlight re-render)', results.focusMove);
  row('<dz-task-matrix> sort order ↔ load', results.sortSwitch);
  row('<dz-task-card task="26"> first render (7 targets)', results.cardRender);
  row('20 × <dz-target-gauge> with values, first render', results.gauges);
} finally {
  await browser.close();
  await server.close();
}
