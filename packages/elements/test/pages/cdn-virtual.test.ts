/**
 * The matrix's windowed table (`task-matrix/virtual-table.ts`, drawn only above 10,000 role cells) is a chunk loaded on
 * demand, in Debian Chromium and Firefox ESR: a page of matrices within the threshold never fetches it, a page with a
 * bigger one fetches it once and draws the window; and when it cannot be loaded (a CDN folder updated under a cached
 * loader) the matrix says so in its place, in the page's words, with `dz-error`, and a later update loads it again.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import type { Page } from 'puppeteer-core';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const cdnDir = `${repoRoot}packages/elements/dist/cdn`;
const fixtures = '/packages/elements/test-fixtures';

/** A string only the windowed table's template writes (the class of its frame). */
const windowMarker = 'scroller virtual';

/** Paths (from the server's root) of the files a page fetched that carry the windowed table. */
const carryingWindow = (fetched: readonly string[]) => [...new Set(fetched)].filter((path) => readFileSync(`${repoRoot}${path.slice(1)}`, 'utf8').includes(windowMarker));

/** Opens `path`, every file fetched after the page itself collected, and the chunks matching `lost` failing while `losing()`. */
async function open(page: Page, origin: string, path: string, lost?: RegExp, losing = () => true): Promise<{ fetched: string[]; errors: string[] }> {
  const seen = { fetched: [] as string[], errors: [] as string[] };
  page.on('console', (message) => void (message.type() === 'error' && seen.errors.push(message.text())));
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname !== path) seen.fetched.push(url.pathname);
  });
  if (lost) {
    await page.setRequestInterception(true);
    page.on('request', (request) => void (losing() && lost.test(request.url()) ? request.abort('failed') : request.continue()));
  }
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { dzErrors: unknown[] }).dzErrors = [];
    document.addEventListener('dz-error', (event) => (window as unknown as { dzErrors: unknown[] }).dzErrors.push((event as CustomEvent).detail));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return seen;
}

/** Waits until every element of the page has drawn something other than its loading skeleton. */
const drawn = (page: Page) =>
  page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('dz-task-matrix, dz-task-card, dz-target-gauge')];
      return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'));
    },
    { timeout: 60_000 }, // a ceiling for a hung page, not a speed limit
  );

/** The number of body rows the big matrix draws. */
const bodyRows = (page: Page) => page.evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('table tbody tr[aria-rowindex]').length);

describe('CDN: the windowed table on demand', { skip: existsSync(`${cdnDir}/dz-elements.js`) ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  before(async () => {
    server = await serveStatic(repoRoot);
    // The big plan print-big-matrix.html reads (print.test.ts writes the same): 130 tasks × 96 units, 12,480 role cells.
    mkdirSync(`${repoRoot}test-results/print`, { recursive: true });
    writeFileSync(`${repoRoot}test-results/print/big-plan.json`, JSON.stringify(buildBigPlan(dezhou().plan, { tasks: 130, units: 96 }) as Plan));
  });
  after(() => server.close());

  describeInEachEngine((context, engine) => {
    for (const page of ['cdn-all.html', 'cdn-matrix.html']) {
      it(`${page}: no chunk fetched carries the windowed table`, async () => {
        const tab = await context().newPage();
        const { fetched, errors } = await open(tab, server.origin, `${fixtures}/${page}`);
        await drawn(tab);
        await tab.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
        assert.deepEqual(errors, []);
        assert.ok(fetched.some((path) => /\/dz-task-matrix-[\w-]+\.js$/.test(path)), `the matrix's chunk: ${fetched.join(', ')}`);
        assert.deepEqual(carryingWindow(fetched), []);
        await tab.close();
      });
    }

    it('a matrix above the threshold fetches the windowed table once and draws a window of rows', async () => {
      const tab = await context().newPage();
      const { fetched, errors } = await open(tab, server.origin, `${fixtures}/print-big-matrix.html`);
      await drawn(tab);
      await tab.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
      assert.deepEqual(errors, []);
      const carrying = carryingWindow(fetched);
      assert.equal(carrying.length, 1, `one chunk: ${carrying.join(', ')}`);
      assert.equal(fetched.filter((path) => path === carrying[0]).length, 1, 'fetched once');
      assert.ok(!/\/dz-task-matrix-/.test(carrying[0]!), `a chunk of its own, not the matrix's: ${carrying[0]}`);
      const rows = await bodyRows(tab);
      assert.ok(rows > 5 && rows < 96, `a window of rows: ${rows}`);
      await tab.close();
    });

    it('the windowed table failing to load: an error in its place in the page\'s words, with dz-error; a later update loads it', async () => {
      const tab = await context().newPage();
      let losing = true;
      // The chunk that carries the table, by its name (vite.config.ts names chunks after their module).
      await open(tab, server.origin, `${fixtures}/print-big-matrix.html`, /\/dz-virtual-table-[\w-]+\.js$/, () => losing);
      await tab.waitForFunction(() => document.querySelector('dz-task-matrix')!.shadowRoot?.querySelector('[part="error"]'), { timeout: 60_000 });
      const shown = await tab.evaluate(() => ({
        text: document.querySelector('dz-task-matrix')!.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim(),
        loading: document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('[part="loading"]').length,
        errors: (window as unknown as { dzErrors: { code: string; message: string }[] }).dzErrors,
      }));
      assert.match(shown.text, /無法載入 dz-task-matrix:.*dz-virtual-table-[\w-]+\.js/, shown.text);
      assert.equal(shown.loading, 0);
      assert.deepEqual(shown.errors.map((detail) => detail.code), ['code-fetch-failed']);
      assert.ok(shown.text.endsWith(shown.errors[0]!.message), `${shown.text} / ${shown.errors[0]!.message}`);
      // The folder mended, the next update loads it again. Chromium fetches it and draws the window; Firefox keeps a
      // module that failed for the page's life (until a reload), and says so again.
      losing = false;
      await tab.evaluate(() => ((document.querySelector('dz-task-matrix') as HTMLElement & { sort: string }).sort = 'load'));
      if (engine.name === 'Firefox') {
        // Tried again (loading, then the error again): a second dz-error.
        await tab.waitForFunction(() => (window as unknown as { dzErrors: unknown[] }).dzErrors.length === 2, { timeout: 60_000 });
      } else {
        await tab.waitForFunction(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('table tbody tr[aria-rowindex]').length > 5, { timeout: 60_000 });
        assert.equal(await tab.evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('[part="error"]').length), 0);
      }
      await tab.close();
    });
  });
});
