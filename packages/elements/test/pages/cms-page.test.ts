/**
 * examples/cms.html, as a CMS editor would publish it: only the built CDN file, under a strict CSP with Trusted
 * Types. Opened in Debian Chromium and Firefox ESR; every element must render real data, with no console error,
 * no uncaught exception and no CSP violation. Its policy is the one docs/security.md promises (read in Node).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

const cdnFile = `${repoRoot}packages/elements/dist/cdn/dz-elements.js`;


interface PageReport {
  errors: string[];
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; report: PageReport }> {
  const page = await context.newPage();
  const report: PageReport = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'load' });
  // Every element has rendered something into its shadow root and no loading skeleton remains.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('dz-task-matrix, dz-task-card, dz-target-gauge')].every(
        (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'),
      ),
    { timeout: 60_000 }, // a ceiling for a hung page, not a speed limit
  );
  return { page, report };
}

// A reviewer copies the example's policy: it must be the one the security page promises, word for word (r77 L3).
it("examples/cms.html sends exactly the CSP docs/security.md gives", () => {
  const documented = /The elements run under `([^`]+)`/.exec(readFileSync(`${repoRoot}docs/security.md`, 'utf8'))?.[1];
  const example = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(`${repoRoot}examples/cms.html`, 'utf8'))?.[1];
  assert.ok(documented, "docs/security.md's policy");
  assert.equal(example, documented);
});

describe('examples/cms.html with the CDN file', { skip: existsSync(cdnFile) ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  let base: string;
  before(async () => {
    server = await serveStatic(repoRoot);
    base = server.origin;
  });
  after(() => server.close());

  describeInEachEngine((context) => {

    it('renders the matrix, the card and the gauges from real data, with no console error or CSP violation', async () => {
      const { page, report } = await open(context(), `${base}/examples/cms.html`);
      const seen = await page.evaluate(() => {
        const matrix = document.querySelector('dz-task-matrix')!.shadowRoot!;
        const card = document.querySelector('dz-task-card[task="9"]')!.shadowRoot!;
        const gauge = document.querySelector('dz-target-gauge[target="t09.1"]')!.shadowRoot!;
        const english = document.querySelector('dz-task-card[task="14"]')!.shadowRoot!;
        return {
          matrixRows: matrix.querySelectorAll('tbody tr').length,
          matrixText: matrix.textContent ?? '',
          cardText: card.textContent ?? '',
          meter: gauge.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') ?? null,
          // t09.1 as the card and as the gauge show it: one target, one reading on the page.
          readings: [card.querySelector('[data-target-id="t09.1"]'), gauge].map((shown) => {
            const text = shown?.textContent ?? '';
            return { now: shown?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'), progress: /完成\s?\d+%/.exec(text)?.[0].replace(/\s/, ' ') };
          }),
          cardAsOf: card.querySelector('[part="as-of"]')?.textContent ?? '',
          gaugeText: gauge.textContent ?? '',
          englishText: english.textContent ?? '',
        };
      });
      assert.ok(seen.matrixRows > 0, 'the matrix has unit rows');
      assert.match(seen.matrixText, /市水利局/);
      assert.match(seen.cardText, /大力發展數字經濟/);
      assert.equal(seen.meter, '2480', "the feed's reading (examples/data/progress-2023q3.json)");
      assert.deepEqual(seen.readings[0], { now: '2480', progress: '完成 83%' }, "the card's");
      assert.deepEqual(seen.readings[1], seen.readings[0], 'the gauge shows the reading the card shows');
      assert.match(seen.cardAsOf, /9月30日/);
      assert.doesNotMatch(seen.gaugeText, /6月30日/, 'no older reading of the same target beside it');
      assert.match(seen.englishText, /energy/i, 'the card inside lang="en" is in English');
      assert.deepEqual(report.errors, []);
      await page.close();
    });

    it('survives the bundle loaded twice on one page', async () => {
      const { page, report } = await open(context(), `${base}/packages/elements/test-fixtures/cdn-twice.html`);
      const text = await page.evaluate(() => document.querySelector('dz-task-card')!.shadowRoot!.textContent ?? '');
      assert.match(text, /推動科技成果轉化/);
      assert.deepEqual(report.errors, []);
      await page.close();
    });
  });
});
