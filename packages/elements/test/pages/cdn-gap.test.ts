/**
 * The CDN build's words of how far a target missed (review r100 M2: `差50個`, `超出上限0.13億立方米`, F256), in Debian
 * Chromium and Firefox ESR: they come with the words on demand (`problem-words.lazy.ts`), fetched by the first gauge
 * whose reading is missed at its deadline or over its ceiling, so a page whose gauges are all on track never fetches
 * them; a page with a missed gauge shows the gap beside its status and in its meter's spoken value.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const elementsDir = `${repoRoot}packages/elements/`;
const pagesDir = `${elementsDir}dist/cdn-gap/`;
const pagesPath = '/packages/elements/dist/cdn-gap/';
const built = existsSync(`${elementsDir}dist/cdn/dz-elements.js`);
const ceiling = { timeout: 60_000 };

/** Each page's gauges: all on track (as the one-gauge budget page, with a met one), and missed or over at the deadline. */
const pages = {
  'on-track': [
    ['t09.1', 2100, '2023-06-30'],
    ['t09.1', 3100, '2023-12-31'],
    ['t26.3', 20, '2023-12-31'],
  ],
  missed: [
    ['t09.1', 2950, '2023-12-31'],
    ['t26.3', 21.3, '2023-12-31'],
  ],
} as const;

/** Words only the gap's code and words carry, in each language (the table of gaps in `problem-words.lazy.ts`). */
const gapMarkers = ['超出上限', 'over the limit'];

interface Shown {
  readonly status: string;
  readonly spoken: string;
}

/** The page opened and each gauge drawn; what it fetched from the server (paths) and each gauge's status and meter. */
async function open(page: Page, origin: string, name: string): Promise<{ fetched: string[]; shown: Shown[]; errors: string[] }> {
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => fetched.push(new URL(response.url()).pathname));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}${pagesPath}${name}.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('dz-target-gauge')].every((el) => el.shadowRoot?.querySelector('[role="meter"]') && !el.shadowRoot.querySelector('[part="loading"]')),
    ceiling,
  );
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('dz-target-gauge')].map((el) => ({
      status: el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      spoken: el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')!,
    })),
  );
  return { fetched, shown, errors };
}

describe('CDN: how far a gauge missed, loaded only where shown', { skip: built ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  before(async () => {
    mkdirSync(pagesDir, { recursive: true });
    for (const [name, gauges] of Object.entries(pages)) {
      const body = gauges.map(([id, value, asOf]) => `<dz-target-gauge target="${id}" value="${value}" as-of="${asOf}"></dz-target-gauge>`).join('');
      writeFileSync(
        `${pagesDir}${name}.html`,
        `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="../cdn/dz-elements.js"></script></head><body><main>${body}</main></body></html>`,
      );
    }
    server = await serveStatic(repoRoot);
  });
  after(async () => {
    await server?.close();
    rmSync(pagesDir, { recursive: true, force: true });
  });

  /** The fetched chunks of the CDN folder that carry a word of the gap's. */
  const carryingGapWords = (fetched: readonly string[]) =>
    [...new Set(fetched)].filter((path) => path.endsWith('.js') && gapMarkers.some((marker) => readFileSync(`${repoRoot}${path.slice(1)}`, 'utf8').includes(marker)));

  describeInEachEngine((context) => {
    it('gauges all on track (or met, or under their ceiling): no chunk the page fetches carries the gap\'s words or code', async () => {
      const page = await context().newPage();
      const { fetched, shown, errors } = await open(page, server.origin, 'on-track');
      assert.deepEqual(errors, []);
      assert.equal(shown.length, 3);
      for (const { status, spoken } of shown) assert.doesNotMatch(`${status} ${spoken}`, /差|超出上限/);
      assert.deepEqual(carryingGapWords(fetched), []);
      assert.deepEqual(fetched.filter((path) => /\/dz-(problem-words|target-gap)/.test(path)), []);
      await page.close();
    });

    it('a gauge missed at its deadline and one over its ceiling: the status and the meter say how far', async () => {
      const page = await context().newPage();
      const { fetched, shown, errors } = await open(page, server.origin, 'missed');
      assert.deepEqual(errors, []);
      assert.match(shown[0]!.status, /未達成\(差50個\)$/);
      assert.match(shown[1]!.status, /已超上限\(超出上限0\.13億立方米\)$/);
      assert.match(shown[0]!.spoken, /未達成\(差50個\)。$/);
      assert.match(shown[1]!.spoken, /\(超出上限0\.13億立方米\)。$/);
      assert.equal(carryingGapWords(fetched).length, 1, 'the gap\'s words, in the chunk of words on demand');
      await page.close();
    });
  });
});
