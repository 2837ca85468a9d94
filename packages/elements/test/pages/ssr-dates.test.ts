/**
 * Pre-rendered elements read on another day than the server rendered them, in Debian Chromium and Firefox ESR (a
 * server-rendering review, r27): a gauge with no `as-of` rendered on 30 June said on track, 50% as of 30 June, and
 * hydrated on 30 September it kept those words (hydration adopts the server's text), while a client render says
 * behind, 75% as of 30 September; the card, the unit summary and the overview judge their feed against today too. And
 * with scripts off, the gauge's `status` on its tag for page CSS. The server's clock is faked with node:test's mock
 * timers (`renderPage` runs in this process), the page's with a `Date` of its own. The pages are rendered by the
 * build (`dist/ssr`, as the other page tests: `pages-rendered.test.ts` runs them in one process, where two copies of the
 * elements would not share the data preloaded for a render); the CDN folder is `DZ_CDN_DIR` (a private build: `npx vite build --config ../../vite.config.ts
 * --outDir DIR`), else the package's `dist/cdn`.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { browserOf, engines, scriptsOff } from '../support/engines.js';
import { pinClock } from '../support/pinned-clock.js';
import { markServerNodes } from '../support/server-nodes.js';

const cdnDir = resolve(process.env.DZ_CDN_DIR ?? fileURLToPath(new URL('../../dist/cdn/', import.meta.url)));
const feed = fileURLToPath(new URL('../../../../examples/data/progress-2023q3.json', import.meta.url));

/** The server's day, and the reader's (midday UTC: the same date in the time zones of the machines that run this). */
const rendered = '2023-06-30T12:00:00Z';
const read = '2023-09-30T12:00:00Z';

/** Page CSS keyed on the gauge's status, as its JSDoc documents (`status`, "for styling"). */
const statusStyle = '<style>dz-target-gauge[status=behind] { outline: 3px solid rgb(1, 2, 3); }</style>';
const script = '<script type="module" src="cdn/dz-elements.js"></script>';

const source = `<!doctype html>
<html lang="zh-Hant">
  <head><meta charset="utf-8" /><title>dates</title>${statusStyle}</head>
  <body>
    <dz-target-gauge target="t09.1" value="1500"></dz-target-gauge>
    <dz-target-gauge target="t09.1" value="1500" variant="bar" lang="en"></dz-target-gauge>
    <dz-task-card task="9" progress-src="feed.json"></dz-task-card>
    <dz-unit-summary unit="市發改委" progress-src="feed.json"></dz-unit-summary>
    <dz-plan-overview progress-src="feed.json"></dz-plan-overview>
  </body>
</html>
`;

const selector = 'dz-target-gauge, dz-task-card, dz-unit-summary, dz-plan-overview';

/** What a reader gets of an element: its words (white space collapsed), its meters' aria-valuetext and its status. */
interface Seen {
  readonly tag: string;
  readonly text: string;
  readonly meters: readonly (string | null)[];
  readonly status: string | null;
  /** Whether its first node is the server's (marked once the HTML is parsed). */
  readonly kept: boolean;
}

/** Every element of the page as read now. */
function readAll(page: Page): Promise<Seen[]> {
  return page.evaluate(
    (all: string) =>
      [...document.querySelectorAll(all)].map((element) => {
        const root = element.shadowRoot!;
        const shown = [...root.children].filter((child) => child.localName !== 'style');
        return {
          tag: element.localName,
          text: shown.map((child) => (child as HTMLElement).innerText).join(' ').replace(/\s+/g, ' ').replace(/ ?([^\x00-\x7f]) ?/g, '$1').trim(),
          meters: [...root.querySelectorAll('[role="meter"]')].map((meter) => meter.getAttribute('aria-valuetext')),
          status: element.getAttribute('status'),
          kept: (shown[0] as unknown as { serverNode?: boolean } | undefined)?.serverNode === true,
        };
      }),
    selector,
  );
}

interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

/**
 * Opens `url` on the reader's day: the page's `Date` says `now` (from before its scripts), and the server's nodes are
 * marked once the HTML is parsed (their text kept in `window.serverText`).
 */
async function open(context: BrowserContext, url: string, now: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  await pinClock(page, Date.parse(now));
  await markServerNodes(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Until every element is defined, has drawn (or hydrated) what it waited on, and shows no loading skeleton. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (all: string) =>
      [...document.querySelectorAll(all)].every((element) => {
        const e = element as HTMLElement & { hasUpdated?: boolean; hydrating?: boolean };
        return customElements.get(e.localName) && e.hasUpdated && !e.hydrating && !e.shadowRoot!.querySelector('[part="loading"]') && (e.localName !== 'dz-target-gauge' || e.shadowRoot!.querySelector('[role="meter"]'));
      }),
    { timeout: 60_000 }, // a ceiling for a hung page, not a speed limit
    selector,
  );
  await page.evaluate((all: string) => Promise.all([...document.querySelectorAll(all)].map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete)), selector);
}

/** `seen` without whether its nodes are the server's: what the reader gets. */
const shown = (seen: readonly Seen[]) => seen.map(({ kept: _, ...rest }) => rest);

describe('pre-rendered elements read on another day', { skip: existsSync(join(cdnDir, 'dz-elements.js')) ? false : `no CDN build in ${cdnDir} (set DZ_CDN_DIR)` }, () => {
  let site: string;
  let server: StaticServer;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'dz-ssr-dates-'));
    symlinkSync(cdnDir, join(site, 'cdn'));
    copyFileSync(feed, join(site, 'feed.json'));
    const withScript = (html: string) => html.replace('</head>', `${script}</head>`);
    mock.timers.enable({ apis: ['Date'], now: Date.parse(rendered) });
    try {
      // The build's, as the other page tests (one process runs them all: one copy of the elements on the server).
      const { renderPage } = await import('../../dist/ssr/index.js');
      const earlier = await renderPage(source, { base: site });
      mock.timers.setTime(Date.parse(read));
      const sameDay = await renderPage(source, { base: site });
      writeFileSync(join(site, 'earlier.html'), withScript(earlier.html));
      writeFileSync(join(site, 'same-day.html'), withScript(sameDay.html));
      writeFileSync(join(site, 'same-day-no-script.html'), sameDay.html);
    } finally {
      mock.timers.reset();
    }
    writeFileSync(join(site, 'live.html'), withScript(source));
    server = await serveStatic(site);
  });
  after(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  for (const engine of engines) {
    describe(engine.name, () => {
      let context: BrowserContext;
      let live: Seen[];
      before(async () => {
        context = await (await browserOf(engine)).createBrowserContext();
        const { page, errors } = await open(context, `${server.origin}/live.html`, read);
        await settled(page);
        // A card is rendered expanded: the live one to compare, expanded too.
        await page.evaluate(() => {
          const card = document.querySelector('dz-task-card') as HTMLElement & { expanded: boolean; updateComplete: Promise<unknown> };
          card.expanded = true;
          return card.updateComplete;
        });
        live = await readAll(page);
        assert.deepEqual(errors, []);
        await page.close();
      });
      after(() => context?.close());

      it('rendered on an earlier day, each element shows what a client render shows on the reader’s day', async () => {
        const { page, errors } = await open(context, `${server.origin}/earlier.html`, read);
        await settled(page);
        const seen = await readAll(page);
        assert.deepEqual(shown(seen), shown(live));
        // What the client render says on the reader's day: behind, as of 30 September (not the server's 30 June).
        assert.deepEqual(live.slice(0, 2).map((gauge) => gauge.status), ['behind', 'behind']);
        assert.match(live[0]!.text, /9月30日/);
        assert.match(live[1]!.meters.join(), /30 September/);
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('rendered on the reader’s day, each element hydrates: the same words, the server’s nodes kept', async () => {
        const { page, errors } = await open(context, `${server.origin}/same-day.html`, read);
        await settled(page);
        const seen = await readAll(page);
        assert.deepEqual(shown(seen), shown(live));
        assert.deepEqual(
          seen.map((element) => `${element.tag}: ${element.kept ? 'server node' : 'redrawn'}`),
          seen.map((element) => `${element.tag}: server node`),
        );
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('with scripts off, each gauge carries its status and the page’s [status] rule styles it', async () => {
        const off = await scriptsOff(engine);
        try {
          const page = await off.newPage();
          await page.goto(`${server.origin}/same-day-no-script.html`, { waitUntil: 'load' });
          const gauges = await page.evaluate(() =>
            [...document.querySelectorAll('dz-target-gauge')].map((gauge) => `${gauge.getAttribute('status')} ${getComputedStyle(gauge).outlineColor}`),
          );
          assert.deepEqual(gauges, ['behind rgb(1, 2, 3)', 'behind rgb(1, 2, 3)']);
        } finally {
          await off.close();
        }
      });
    });
  }
});
