/**
 * Pre-rendered HTML (`renderPage`) in Debian Chromium and Firefox ESR. One page with every element (a matrix, a card
 * with a feed, an English gauge with a feed, a unit summary with the feed and the plan overview ranked by it), three
 * ways: live (the CDN script draws the elements), rendered and opened with scripts off (its CDN script not even
 * fetched), and rendered with the CDN script (the elements hydrate). The rendered page must read as the live one (each element's
 * visible text, its rows, headings and meters); hydrated, it must keep the server's nodes (no second drawing), work
 * (the card's button) and log no error, under a strict CSP with Trusted Types.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it, mock } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { browserOf, engines, scriptsOff } from '../support/engines.js';
import { pinClock } from '../support/pinned-clock.js';
import { markServerNodes } from '../support/server-nodes.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const elementsDir = `${repoRoot}packages/elements/`;
const pagesDir = `${elementsDir}dist/ssr-pages/`;
const pagesPath = '/packages/elements/dist/ssr-pages/';
const built = existsSync(`${elementsDir}dist/cdn/dz-elements.js`) && existsSync(`${elementsDir}dist/ssr/index.js`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const tags = ['dz-task-matrix', 'dz-task-card', 'dz-target-gauge', 'dz-unit-summary', 'dz-plan-overview'] as const;

/** What a reader gets of each element: its visible text (styles left out, white space as described in `read`) and the counts of what it shows. */
interface Seen {
  readonly text: string;
  readonly rows: number;
  readonly headings: number;
  readonly meters: number;
  readonly roots: number;
}

/** Read in the page; runs even with the page's own scripts off (it is the driver's script). */
function read(page: Page): Promise<Record<string, Seen>> {
  return page.evaluate((names: readonly string[]) => {
    const out: Record<string, Seen> = {};
    for (const name of names) {
      const root = document.querySelector(name)?.shadowRoot;
      if (!root) continue;
      const shown = [...root.children].filter((child) => child.localName !== 'style');
      out[name] = {
        // White space collapsed, and left out beside any character that is not ASCII: innerText follows layout and
        // drops a space where a line happens to wrap (under load, Firefox read `○參與` on one page and `○ 參與` on the
        // other, the fonts or the width not yet settled); a space between English words still counts (`On track`).
        text: shown
          .map((child) => (child as HTMLElement).innerText)
          .join(' ')
          .replace(/\s+/g, ' ')
          .replace(/ ?([^\x00-\x7f]) ?/g, '$1')
          .trim(),
        rows: root.querySelectorAll('tr').length,
        headings: root.querySelectorAll('h1, h2, h3, h4, h5, h6, th').length,
        meters: root.querySelectorAll('[role="meter"]').length,
        roots: shown.length,
      };
    }
    return out;
  }, tags);
}

interface Opened {
  page: Page;
  errors: string[];
  /** The URLs the page requested after itself. */
  requested: string[];
}

/**
 * Opens `url`, `prepare`d first (its server nodes marked), its clock standing at `clock` when given (the moment the
 * pages were rendered: on another day the elements that read the date would be drawn afresh, not hydrated).
 */
async function open(browser: Pick<Browser, 'newPage'>, url: string, prepare?: (page: Page) => Promise<unknown>, clock?: number): Promise<Opened> {
  const page = await browser.newPage();
  if (clock !== undefined) await pinClock(page, clock);
  const opened: Opened = { page, errors: [], requested: [] };
  page.on('request', (request) => request.url() !== url && opened.requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') opened.errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => opened.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  await prepare?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

/** Until every element is defined, has drawn (or hydrated) and shows no loading skeleton. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (names: readonly string[]) =>
      names.every((name) => {
        const element = document.querySelector(name) as (HTMLElement & { hasUpdated?: boolean; hydrating?: boolean }) | null;
        return (
          element &&
          customElements.get(name) &&
          element.hasUpdated &&
          !element.hydrating &&
          element.shadowRoot &&
          !element.shadowRoot.querySelector('[part="loading"]') &&
          (name !== 'dz-target-gauge' || element.shadowRoot.querySelector('[role="meter"]'))
        );
      }),
    { timeout: 60_000 }, // a ceiling for a hung page, not a speed limit
    tags,
  );
}

describe('pre-rendered pages', { skip: built ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  let styleHashes: readonly string[];
  let renderedAt = 0;
  before(async () => {
    const { renderPage } = await import('../../dist/ssr/index.js');
    const source = readFileSync(`${elementsDir}test-fixtures/ssr/page.html`, 'utf8');
    rmSync(pagesDir, { recursive: true, force: true });
    mkdirSync(pagesDir, { recursive: true });
    // One moment for the render and the pages' clocks (pinClock): midnight between them changes nothing.
    renderedAt = Date.now();
    mock.timers.enable({ apis: ['Date'], now: renderedAt });
    const rendered = await renderPage(source, { base: pagesDir, root: repoRoot }).finally(() => mock.timers.reset()); // the site is the repo, as served below
    assert.equal(rendered.elements, tags.length);
    styleHashes = rendered.styleHashes;
    const script = '<script type="module" src="../cdn/dz-elements.js"></script>';
    const csp = (styles: string) =>
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' ${styles}; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html dz-tasks" />`;
    const withHead = (html: string, head: string) => html.replace('</head>', `${head}\n  </head>`);
    writeFileSync(`${pagesDir}live.html`, withHead(source, `${csp('')}${script}`));
    writeFileSync(`${pagesDir}rendered.html`, rendered.html);
    writeFileSync(`${pagesDir}hydrated.html`, withHead(rendered.html, `${csp(styleHashes.join(' '))}${script}`));
    server = await serveStatic(repoRoot);
  });
  after(async () => {
    await server?.close();
    rmSync(pagesDir, { recursive: true, force: true });
  });

  for (const engine of engines) {
    describe(engine.name, () => {
      let withScripts: BrowserContext;
      let withoutScripts: Awaited<ReturnType<typeof scriptsOff>>;
      let live: Record<string, Seen>;
      before(async () => {
        [withScripts, withoutScripts] = await Promise.all([browserOf(engine).then((browser) => browser.createBrowserContext()), scriptsOff(engine)]);
        const { page, errors } = await open(withScripts, `${server.origin}${pagesPath}live.html`, undefined, renderedAt);
        await settled(page);
        // A card is rendered expanded (with no script its button does nothing): the live one to compare, expanded too.
        await page.evaluate(() => {
          const card = document.querySelector('dz-task-card') as HTMLElement & { expanded: boolean; updateComplete: Promise<unknown> };
          card.expanded = true;
          return card.updateComplete;
        });
        live = await read(page);
        assert.deepEqual(errors, []);
        await page.close();
      });
      after(async () => {
        await Promise.all([withScripts?.close(), withoutScripts?.close()]);
      });

      it('with scripts off, every rendered element reads as the live one', async () => {
        // The hydrated page loads the CDN script: with scripts off nothing defines the elements, the content is the HTML's own.
        const { page, errors, requested } = await open(withoutScripts, `${server.origin}${pagesPath}hydrated.html`);
        assert.deepEqual(requested.filter((url) => url.includes('/cdn/')), [], 'the CDN script is not even fetched');
        assert.equal(await page.evaluate(() => customElements.get('dz-task-card') === undefined), true);
        const rendered = await read(page);
        for (const tag of tags) {
          assert.ok(rendered[tag], `${tag} has its shadow root`);
          assert.equal(rendered[tag].text, live[tag]!.text, `${tag}: the same text`);
          assert.equal(rendered[tag].rows, live[tag]!.rows, `${tag}: the same rows`);
          assert.equal(rendered[tag].headings, live[tag]!.headings, `${tag}: the same headings`);
          assert.equal(rendered[tag].meters, live[tag]!.meters, `${tag}: the same meters`);
        }
        // What the live page shows: the matrix's 8 units of section 4, the card's task and its feed, the gauge in English.
        assert.ok(live['dz-task-matrix']!.rows > 3);
        assert.match(live['dz-task-card']!.text, /任務9大力發展數字經濟/);
        assert.match(live['dz-task-card']!.text, /新開通5G基站3000個完成83%/);
        assert.ok(live['dz-task-card']!.meters > 0, 'the card shows the feed as meters');
        assert.match(live['dz-target-gauge']!.text, /83%/);
        assert.match(live['dz-target-gauge']!.text, /On track/i);
        // The unit summary groups its targets by the feed's statuses; the overview ranks sections by targets behind.
        assert.match(live['dz-unit-summary']!.text, /市發展改革委共28項任務/);
        // t26.3 used faster than the pace; t26.4's September figure is no annual one, not paced (review r63 §9).
        assert.match(live['dz-unit-summary']!.text, /用量快於序時1/);
        assert.match(live['dz-unit-summary']!.text, /尚未達到目標1/);
        assert.match(live['dz-plan-overview']!.text, /按異常目標數排序/);
        // The light DOM stays.
        assert.equal(await page.evaluate(() => document.querySelector('dz-task-card > p')?.textContent), 'light DOM');
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('the rendered page, with no element script, passes axe', async () => {
        // Opened where scripts run (axe needs timers), but the page has no script of its own: what axe sees is the HTML.
        const { page, errors } = await open(withScripts, `${server.origin}${pagesPath}rendered.html`, undefined, renderedAt);
        assert.equal(await page.evaluate(() => customElements.get('dz-task-card') === undefined), true);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(() =>
          (window as unknown as { axe: { run(c: string, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe
            .run('main', { resultTypes: ['violations'] })
            .then((result) => result.violations.map((v) => `${v.id}: ${v.nodes.length}`)),
        );
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('with the CDN script, the rendered elements hydrate: same content once, the server nodes kept, working, no error', async () => {
        // The server's nodes marked once the HTML is parsed, before any script of the page runs.
        const { page, errors } = await open(withScripts, `${server.origin}${pagesPath}hydrated.html`, markServerNodes, renderedAt);
        await settled(page);
        const hydrated = await read(page);
        for (const tag of tags) {
          assert.equal(hydrated[tag]!.text, live[tag]!.text, `${tag}: the same text`);
          assert.equal(hydrated[tag]!.rows, live[tag]!.rows, `${tag}: rows once`);
          assert.equal(hydrated[tag]!.headings, live[tag]!.headings, `${tag}: headings once`);
          assert.equal(hydrated[tag]!.meters, live[tag]!.meters, `${tag}: meters once`);
        }
        const kept = await page.evaluate((names: readonly string[]) =>
          names.map((name) => {
            const root = document.querySelector(name)!.shadowRoot!;
            const first = [...root.children].find((child) => child.localName !== 'style') as unknown as { serverNode?: boolean } | undefined;
            return `${name}: ${first?.serverNode === true ? 'server node' : 'redrawn'}`;
          }),
        tags);
        assert.deepEqual(kept, tags.map((name) => `${name}: server node`));
        // Hydrated means working: the card's button folds the body (rendered expanded)…
        await page.evaluate(() => (document.querySelector('dz-task-card')!.shadowRoot!.querySelector('button.toggle') as HTMLButtonElement).click());
        await page.waitForFunction(() => document.querySelector('dz-task-card')!.shadowRoot!.querySelector('.body')!.hasAttribute('hidden'), { timeout: 30_000 });
        // …the hydrated summary's task links fire dz-select (cancelled here, as a single-page app does)…
        const selected = await page.evaluate(() => {
          const summary = document.querySelector('dz-unit-summary')!;
          let detail: unknown;
          summary.addEventListener('dz-select', (event) => {
            event.preventDefault();
            detail = (event as CustomEvent).detail;
          }, { once: true });
          summary.shadowRoot!.querySelector<HTMLAnchorElement>('a.task-link')!.click();
          return detail;
        });
        assert.deepEqual(selected, { taskId: 't02', unitId: 'development-reform-commission', role: 'participating' });
        // …and the hydrated matrix's cells (Lit templates there, clones in a live page) move the tab stop and the tint.
        await page.evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelector<HTMLElement>('td.cell')!.focus());
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          () => {
            const root = document.querySelector('dz-task-matrix')!.shadowRoot!;
            const second = root.querySelector('tbody tr')!.querySelectorAll('td.cell')[1] as HTMLTableCellElement;
            const stops = [...root.querySelectorAll<HTMLTableCellElement>('td.cell')].filter((cell) => cell.tabIndex === 0);
            return root.activeElement === second && stops.length === 1 && stops[0] === second && second.classList.contains('col-hl');
          },
          { timeout: 30_000 },
        );
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('in a narrow window the hydrated matrix takes over the server table, then switches to its list, with no error', async () => {
        const page = await withScripts.newPage();
        await page.setViewport({ width: 420, height: 800 });
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warn') errors.push(`console ${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
        await page.goto(`${server.origin}${pagesPath}hydrated.html`, { waitUntil: 'load' });
        await settled(page);
        await page.waitForFunction(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelector('[part~="list"]'), { timeout: 30_000 });
        assert.equal(await page.evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('table').length), 0, 'the table is gone, not doubled');
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('`progress`, which HTML cannot carry (as `plan`), set on the hydrated elements: each draws the report given over its URL\'s, no error', async () => {
        const { page, errors, requested } = await open(withScripts, `${server.origin}${pagesPath}hydrated.html`, undefined, renderedAt);
        await settled(page);
        const before = requested.length;
        const shown = await page.evaluate(async (names: readonly string[]) => {
          // A report the page's script holds, a month after the rendered feed's (examples/data/progress-2023q3.json).
          const report = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-10-31', entries: [{ target: 't09.1', value: 2700 }] };
          const elements = names.map((name) => document.querySelector(name) as HTMLElement & { progress?: unknown; updateComplete: Promise<unknown> });
          for (const element of elements) element.progress = report;
          await Promise.all(elements.map((element) => element.updateComplete));
          return elements.map((element) => {
            const root = element.shadowRoot!;
            // The gauge by its meter (it says the date of its reading elsewhere), the others by the report's date.
            if (element.localName === 'dz-target-gauge') return `dz-target-gauge: ${root.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')}`;
            return `${element.localName}: ${root.textContent!.includes('進度截至 2023年10月31日') ? 'the report given' : root.textContent!.replace(/\s+/g, ' ').slice(0, 80)}`;
          });
        }, tags.filter((tag) => tag !== 'dz-task-matrix'));
        assert.deepEqual(shown, ['dz-task-card: the report given', 'dz-target-gauge: 2700', 'dz-unit-summary: the report given', 'dz-plan-overview: the report given']);
        // Their URLs, now ignored, are said to be (a warning each: the words about inputs load for it) and not requested.
        assert.deepEqual(requested.slice(before).filter((url) => !/\/dz-[\w.-]+\.js$/.test(url)), [], 'no feed requested');
        assert.deepEqual(errors.map((error) => error.replace(/^console warn: (<[\w-]+>): .*(?:已忽略「|")([\w-]+)(?:」。|" is ignored\.).*$/, '$1 $2')), [
          '<dz-task-card> progress-src',
          '<dz-target-gauge> src',
          '<dz-unit-summary> progress-src',
          '<dz-plan-overview> progress-src',
        ]);
        await page.close();
      });
    });
  }
});
