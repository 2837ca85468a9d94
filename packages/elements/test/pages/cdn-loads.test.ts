/**
 * What the CDN loader and the bundled plan's chunks do when a chunk fails once (a network blip, a CDN folder
 * updated under a cached loader), and elements inside shadow roots, in Debian Chromium and Firefox ESR:
 * - a failed load of Lit's hydration support or of the plan's first part fails the elements waiting on it, each
 *   saying so in its own language, and is not kept: a later element loads it again. (Chromium fetches the file
 *   again; Firefox keeps a module that failed until the page is reloaded, so there the later element says so too.)
 * - elements in a shadow root the page's loader cannot see load once the app hands the root to the loader
 *   (the guide's line, `handOver` below), before or after the loader has run;
 * - markup whose `id` or `name` is `dzElements` (a CMS comment's anchor), which the browser exposes as
 *   `window.dzElements`, is not taken for roots handed over: the page's elements load and show;
 * - a report set as the `progress` property by a page's script: the validators and the trend's templates load for it
 *   (chunks no page without a feed loads), and `updateComplete` waits for them;
 * - feeds whose URL redirects (served through `redirecting` below): within the page's origin the feed shows; to
 *   another origin that refuses the page (no CORS headers) it is an error that says so (a review, r77 L1, found it said
 *   as a network error); to one that lets the page read it (CORS headers), the feed shows, as the browser allowed.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const elementsDir = `${repoRoot}packages/elements/`;
const pagesDir = `${elementsDir}dist/cdn-loads/`;
const pagesPath = '/packages/elements/dist/cdn-loads/';
const built = existsSync(`${elementsDir}dist/cdn/dz-elements.js`) && existsSync(`${elementsDir}dist/ssr/index.js`);
const loader = '<script type="module" src="../cdn/dz-elements.js"></script>';

/**
 * The guide's line that hands `root` to the loader (docs/guide-developers.md): an array until the loader runs, and
 * not markup the browser named `dzElements` on `window`.
 */
const handOver = (root: string) =>
  `(typeof window.dzElements?.push === 'function' ? window.dzElements : (window.dzElements = [])).push(${root});`;

const page = (body: string, head = loader) =>
  `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>loads</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`;

/**
 * `static` behind a server of its own on 127.0.0.1 that redirects `/moved/same.json` within its origin,
 * `/moved/away.json` to another origin (the same server as `localhost`) that sends no CORS headers, and
 * `/moved/readable.json` to one that does (`/readable.json`, with `Access-Control-Allow-Origin: *`); any other
 * request is passed on to `static`.
 */
async function redirecting(staticOrigin: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const feed = '/examples/data/progress-2023q3.json';
  const server = createServer((request, response) => {
    const { port } = server.address() as AddressInfo;
    const moved = { '/moved/same.json': feed, '/moved/away.json': `http://localhost:${port}${feed}`, '/moved/readable.json': `http://localhost:${port}/readable.json` }[request.url!];
    if (moved) return void response.writeHead(302, { location: moved, 'cache-control': 'no-store' }).end();
    const path = request.url === '/readable.json' ? feed : request.url;
    const passed = forward(`${staticOrigin}${path}`, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode!, { ...answer.headers, ...(request.url === '/readable.json' && { 'access-control-allow-origin': '*' }) });
      answer.pipe(response);
    });
    request.pipe(passed);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

/** A ceiling for a hung page, not a speed limit. */
const ceiling = { timeout: 60_000 };

describe('CDN loads', { skip: built ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  let redirects: Awaited<ReturnType<typeof redirecting>>;
  before(async () => {
    rmSync(pagesDir, { recursive: true, force: true });
    mkdirSync(pagesDir, { recursive: true });
    const { renderPage } = await import('../../dist/ssr/index.js');
    const rendered = await renderPage(page('<dz-task-card task="1"></dz-task-card><dz-task-matrix section="1"></dz-task-matrix>', ''), { base: pagesDir, root: repoRoot });
    writeFileSync(`${pagesDir}rendered.html`, rendered.html.replace('</head>', `${loader}</head>`));
    writeFileSync(`${pagesDir}progress.html`, page('<dz-target-gauge target="t09.1"></dz-target-gauge><dz-task-card task="9"></dz-task-card>'));
    writeFileSync(`${pagesDir}plan.html`, page('<dz-task-matrix section="4" lang="en" id="a"></dz-task-matrix><dz-task-matrix section="4" id="b"></dz-task-matrix>'));
    // The app hands its shadow root over before the loader has run (a classic script before a module).
    const early = `<script src="early.js"></script>${loader}`;
    writeFileSync(
      `${pagesDir}early.js`,
      `const host = document.createElement('div'); host.id = 'early'; document.documentElement.append(host);
       host.attachShadow({ mode: 'open' }).innerHTML = '<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>';
       ${handOver('host.shadowRoot')}`,
    );
    writeFileSync(`${pagesDir}shadow.html`, page('<p>an app</p>', early));
    // An app whose module runs after the page is parsed, on a page with markup named dzElements.
    writeFileSync(
      `${pagesDir}app.js`,
      `const host = document.createElement('div'); host.id = 'early'; document.body.append(host);
       host.attachShadow({ mode: 'open' }).innerHTML = '<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>';
       ${handOver('host.shadowRoot')}`,
    );
    writeFileSync(`${pagesDir}shadow-clobbered.html`, page('<p>a comment <a id="dzElements" href="#">link</a></p>', `<script type="module" src="app.js"></script>${loader}`));
    // Named elements the browser exposes on `window` before the module runs: one (an element), two (a collection).
    const gauge = '<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>';
    writeFileSync(`${pagesDir}clobbered-one.html`, page(`<p>a comment <a id="dzElements" href="#">link</a></p>${gauge}`));
    writeFileSync(`${pagesDir}clobbered-two.html`, page(`<p><a id="dzElements" href="#">one</a> <img name="dzElements" alt="two"></p>${gauge}`));
    // A CMS editor's misspelt tags beside a real card, and dz- tags of the site's own (not ours, never defined here).
    writeFileSync(
      `${pagesDir}misspelt.html`,
      page(
        '<dz-task-cards task="9" id="cards"></dz-task-cards><dz-target-guage target="t09.1" id="guage"></dz-target-guage><dz-task-card task="9" id="card"></dz-task-card>' +
          '<dz-gauge target="t09.1" id="short"></dz-gauge><dz-task.card task="9" id="dot"></dz-task.card><dz-task-cards task="26" id="cards2"></dz-task-cards>' +
          // A review's (r42) site elements near our names: a stem, a wrapper of a real card, a near word, one defined later.
          '<dz-site-nav id="nav"></dz-site-nav><dz-news-card id="news"></dz-news-card><dz-target id="stem"></dz-target>' +
          '<dz-task-card-grid id="grid"><dz-task-card task="26"></dz-task-card></dz-task-card-grid><dz-target-badge id="badge"></dz-target-badge><dz-data-card id="data"></dz-data-card>' +
          // And a second review's (r44): a suffix, and a name that is an Object property.
          '<dz-unit-summary-v2 id="v2"></dz-unit-summary-v2><dz-target-gauge-xl id="xl"></dz-target-gauge-xl><dz-constructor id="ctor"></dz-constructor>',
        `<script>window.dzErrors = []; document.addEventListener('dz-error', (event) => dzErrors.push([event.target.id, event.detail]));</script>${loader}`,
      ),
    );
    // The same misspelt tag on a Simplified page, on one that says no language, and in a Simplified container of a
    // Traditional page (r102 L6).
    const misspelt = '<dz-task-cards task="9" id="cards"></dz-task-cards>';
    writeFileSync(`${pagesDir}misspelt-hans.html`, page(misspelt).replace('lang="zh-Hant"', 'lang="zh-CN"'));
    writeFileSync(`${pagesDir}misspelt-unsaid.html`, page(misspelt).replace(' lang="zh-Hant"', ''));
    writeFileSync(`${pagesDir}misspelt-inner.html`, page(`<div lang="zh-Hans">${misspelt}</div>`));
    // Three gauges on feeds that redirect, their errors in English.
    writeFileSync(
      `${pagesDir}redirects.html`,
      page(['same', 'away', 'readable'].map((name) => `<dz-target-gauge id="${name}" target="t09.1" src="/moved/${name}.json" lang="en"></dz-target-gauge>`).join('')),
    );
    server = await serveStatic(repoRoot);
    redirects = await redirecting(server.origin);
  });
  after(async () => {
    await redirects?.close();
    await server?.close();
    rmSync(pagesDir, { recursive: true, force: true });
  });

  describeInEachEngine((context, engine) => {
    /**
     * Opens `name` with the first request for a file matching `lost` held until `fail()` makes it fail (a network
     * error); `asked()` counts the requests for it.
     */
    async function openLosingOnce(name: string, lost: RegExp): Promise<{ page: Page; asked: () => number; fail: () => Promise<void> }> {
      const opened = await context().newPage();
      let asked = 0;
      let held!: (request: HTTPRequest) => void;
      const first = new Promise<HTTPRequest>((resolve) => (held = resolve));
      await opened.setRequestInterception(true);
      opened.on('request', (request: HTTPRequest) => {
        if (!lost.test(request.url())) return void request.continue();
        asked += 1;
        if (asked === 1) held(request);
        else void request.continue();
      });
      await opened.goto(`${server.origin}${pagesPath}${name}`, { waitUntil: 'domcontentloaded' });
      return { page: opened, asked: () => asked, fail: async () => (await first).abort('failed') };
    }

    it("Lit's hydration support failing once: the elements say so, and a later element loads it again (it stayed failed for good)", async () => {
      const { page, asked, fail } = await openLosingOnce('rendered.html', /\/dz-hydrate-[\w-]+\.js$/);
      await fail();
      await page.waitForFunction(() => document.querySelectorAll('[slot="dz-load-error"]').length === 2, ceiling);
      await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>'));
      if (engine.name === 'Firefox') {
        await page.waitForFunction(() => document.querySelector('dz-target-gauge > [slot="dz-load-error"]'), ceiling);
      } else {
        await page.waitForFunction(() => document.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), ceiling);
        assert.equal(asked(), 2, 'the hydration support asked for again');
        assert.equal(await page.evaluate(() => document.querySelectorAll('dz-target-gauge > [slot="dz-load-error"]').length), 0);
      }
      await page.close();
    });

    it("the plan's first part failing once: each element says so in its own language, and a later element loads it again (in zh-Hant for all, for good)", async () => {
      const { page, asked, fail } = await openLosingOnce('plan.html', /\/dz-base-[\w-]+\.js$/);
      // Both wait on it (the English one once its UI strings are there) when it fails.
      await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id)!.shadowRoot?.querySelector('[part="loading"]')), ceiling);
      await fail();
      const alert = (id: string) => page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '', id);
      await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id)!.shadowRoot?.querySelector('[role="alert"]')), ceiling);
      assert.match(await alert('a'), /Could not load @dz-tasks\/data\/dezhou-2023: /);
      assert.match(await alert('b'), /無法載入 @dz-tasks\/data\/dezhou-2023:/);
      await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<dz-task-matrix section="4" id="c"></dz-task-matrix>'));
      if (engine.name === 'Firefox') {
        // The same words as b's, which announced them: c shows them without a second alert.
        await page.waitForFunction(() => document.getElementById('c')!.shadowRoot?.querySelector('[part="error"]'), ceiling);
        assert.equal(await page.evaluate(() => document.getElementById('c')!.shadowRoot!.querySelector('[part="error"]')!.role), null);
      } else {
        await page.waitForFunction(() => document.getElementById('c')!.shadowRoot?.querySelector('table'), ceiling);
        assert.equal(asked(), 2, "the plan's first part asked for again");
      }
      // The elements told of the failure keep saying so, each in its language.
      assert.match(await alert('a'), /Could not load /);
      assert.match(await alert('b'), /無法載入 /);
      await page.close();
    });

    it("a misspelt tag says in its place that there is no such element and names the one meant, with a dz-error event (it was a blank); a site's own dz- tags are left alone, also near our names", async () => {
      const opened = await context().newPage();
      const consoleErrors: string[] = [];
      const errors: string[] = [];
      opened.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
      opened.on('pageerror', (error) => errors.push(String(error)));
      await opened.goto(`${server.origin}${pagesPath}misspelt.html`, { waitUntil: 'domcontentloaded' });
      await opened.waitForFunction(() => document.getElementById('card')!.shadowRoot?.querySelector('[part="title"]'), ceiling);
      await opened.waitForFunction(() => document.querySelectorAll('[slot="dz-load-error"]').length === 5, ceiling);
      const shown = await opened.evaluate(() => ({
        notes: ['cards', 'cards2', 'guage', 'short', 'dot', 'nav', 'news', 'stem', 'grid', 'badge', 'data', 'v2', 'xl', 'ctor'].map((id) => {
          const note = document.getElementById(id)!.querySelector(':scope > [slot="dz-load-error"]');
          // Each half in its language (WCAG 3.1.2): a screen reader reads the Chinese as Chinese, the English as English.
          const halves = note && [note, ...note.querySelectorAll('[lang]')].map((half) => `${half.getAttribute('lang')}: ${half.textContent}`);
          return note && { text: note.textContent, visible: note.checkVisibility(), role: note.getAttribute('role'), halves };
        }),
        errors: (window as unknown as { dzErrors: [string, { code: string; message: string }][] }).dzErrors,
      }));
      const note = (tag: string, meant: string, role: string | null = 'alert') => ({
        text: `⚠ ${tag}: 沒有這個元素,是 ${meant} 嗎? · no such element: did you mean ${meant}?`,
        visible: true,
        role,
        halves: [`zh-Hant: ⚠ ${tag}: 沒有這個元素,是 ${meant} 嗎? · no such element: did you mean ${meant}?`, `en: no such element: did you mean ${meant}?`],
      });
      assert.deepEqual(shown.notes, [
        note('dz-task-cards', 'dz-task-card'),
        note('dz-task-cards', 'dz-task-card', null),
        note('dz-target-guage', 'dz-target-gauge'),
        note('dz-gauge', 'dz-target-gauge'),
        note('dz-task.card', 'dz-task-card'),
        ...Array<null>(9).fill(null),
      ]);
      // One event from each element told (in the order of their tags' tellings, which differs between engines).
      assert.deepEqual(
        shown.errors.map(([id, { code, message }]) => [id, code, message]).sort(),
        [0, 1, 2, 3, 4].map((i) => [['cards', 'cards2', 'guage', 'short', 'dot'][i], 'unknown-element', shown.notes[i]!.text.slice(2)]).sort(),
      );
      // One line per tag in the console, not one per element.
      assert.deepEqual(consoleErrors.filter((text) => text.includes('no such element')).length, 4);
      // One added later says so too, without a second alert for the same tag.
      await opened.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<dz-task-cards task="26" id="later"></dz-task-cards>'));
      await opened.waitForFunction(() => document.querySelector('#later > [slot="dz-load-error"]'), ceiling);
      assert.equal(await opened.evaluate(() => document.querySelectorAll('dz-task-cards > [role="alert"]').length), 1);
      // A tag the site defines after all (its own element) loses its notes.
      await opened.evaluate(() => customElements.define('dz-task-cards', class extends HTMLElement {}));
      await opened.waitForFunction(() => !document.querySelector('dz-task-cards > [slot="dz-load-error"]'), ceiling);
      // In a shadow root handed to the loader, the note is in that root.
      await opened.evaluate(() => {
        const host = document.createElement('div');
        document.querySelector('main')!.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML = '<dz-target-guage target="t09.1" id="inside"></dz-target-guage>';
        (window as unknown as { dzElements: { push(root: ShadowRoot): void } }).dzElements.push(host.shadowRoot!);
        (window as unknown as { host: Element }).host = host;
      });
      await opened.waitForFunction(() => (window as unknown as { host: Element }).host.shadowRoot!.querySelector('#inside > [slot="dz-load-error"][role="alert"]'), ceiling);
      assert.deepEqual(errors, []);
      await opened.close();
    });

    for (const [name, lang, zh] of [
      ['misspelt-hans.html', 'zh-Hans', '没有这个元素,是 dz-task-card 吗?'],
      ['misspelt-inner.html', 'zh-Hans', '没有这个元素,是 dz-task-card 吗?'],
      ['misspelt-unsaid.html', 'zh-Hant', '沒有這個元素,是 dz-task-card 嗎?'],
    ] as const) {
      it(`a misspelt tag says so in the language the elements read there (${name}: ${lang}, with the English half), not always in Traditional`, async () => {
        const opened = await context().newPage();
        const errors: string[] = [];
        opened.on('pageerror', (error) => errors.push(String(error)));
        await opened.evaluateOnNewDocument(() => {
          (window as unknown as { dzErrors: string[] }).dzErrors = [];
          document.addEventListener('dz-error', (event) => (window as unknown as { dzErrors: string[] }).dzErrors.push((event as CustomEvent<{ message: string }>).detail.message));
        });
        await opened.goto(`${server.origin}${pagesPath}${name}`, { waitUntil: 'domcontentloaded' });
        await opened.waitForFunction(() => document.querySelector('#cards > [slot="dz-load-error"]'), ceiling);
        const halves = await opened.evaluate(() => [...document.querySelectorAll('#cards > [slot="dz-load-error"], #cards > [slot="dz-load-error"] [lang]')].map((half) => `${half.getAttribute('lang')}: ${half.textContent}`));
        const en = 'no such element: did you mean dz-task-card?';
        assert.deepEqual(halves, [`${lang}: ⚠ dz-task-cards: ${zh} · ${en}`, `en: ${en}`]);
        assert.deepEqual(await opened.evaluate(() => (window as unknown as { dzErrors: string[] }).dzErrors), [`dz-task-cards: ${zh} · ${en}`]);
        assert.deepEqual(errors, []);
        await opened.close();
      });
    }

    it("an element in a shadow root handed to the loader whose code fails says so in its place, with a dz-error event (only the console said so)", async () => {
      const { page, fail } = await openLosingOnce('shadow.html', /\/dz-target-gauge-[\w-]+\.js$/);
      await page.evaluate(() => {
        (window as unknown as { dzErrors: string[] }).dzErrors = [];
        document.addEventListener('dz-error', (event) => (window as unknown as { dzErrors: string[] }).dzErrors.push((event as CustomEvent<{ code: string }>).detail.code));
      });
      await fail();
      await page.waitForFunction(() => document.getElementById('early')!.shadowRoot!.querySelector('dz-target-gauge > [slot="dz-load-error"][role="alert"]'), ceiling);
      const note = await page.evaluate(() => document.getElementById('early')!.shadowRoot!.querySelector('dz-target-gauge > [slot="dz-load-error"]')!.textContent);
      assert.match(note!, /^⚠ dz-target-gauge: 無法載入 · could not load \(.*dz-target-gauge-[\w-]+\.js/);
      // Each half in its language (WCAG 3.1.2).
      const halves = await page.evaluate(() => [...document.getElementById('early')!.shadowRoot!.querySelectorAll('dz-target-gauge > [slot="dz-load-error"], dz-target-gauge > [slot="dz-load-error"] [lang]')].map((half) => [half.getAttribute('lang'), half.textContent]));
      assert.deepEqual(halves.map(([lang]) => lang), ['zh-Hant', 'en']);
      assert.match(halves[1]![1]!, /^could not load \(/);
      assert.equal(halves[0]![1], `⚠ dz-target-gauge: 無法載入 · ${halves[1]![1]}`);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { dzErrors: string[] }).dzErrors), ['code-fetch-failed']);
      await page.close();
    });

    for (const name of ['clobbered-one.html', 'clobbered-two.html']) {
      it(`a page whose markup names an element dzElements (${name}): the elements load and show, and nothing throws`, async () => {
        const opened = await context().newPage();
        const errors: string[] = [];
        opened.on('pageerror', (error) => errors.push(String(error)));
        await opened.goto(`${server.origin}${pagesPath}${name}`, { waitUntil: 'domcontentloaded' });
        await opened.waitForFunction(() => document.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), ceiling);
        assert.deepEqual(errors, []);
        await opened.close();
      });
    }

    it("an app's shadow root handed over by the guide's line on a page with markup named dzElements: its elements load, nothing throws", async () => {
      const opened = await context().newPage();
      const errors: string[] = [];
      opened.on('pageerror', (error) => errors.push(String(error)));
      await opened.goto(`${server.origin}${pagesPath}shadow-clobbered.html`, { waitUntil: 'domcontentloaded' });
      await opened.waitForFunction(() => document.getElementById('early')?.shadowRoot!.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), ceiling);
      assert.deepEqual(errors, []);
      await opened.close();
    });

    it("a report set as `progress` by the page's script: the validators and the trend's templates load for it, `updateComplete` waits for them, no feed is requested", async () => {
      const opened = await context().newPage();
      const requested: string[] = [];
      const errors: string[] = [];
      opened.on('request', (request) => void requested.push(new URL(request.url()).pathname.replace(/^.*\//, '')));
      opened.on('pageerror', (error) => errors.push(String(error)));
      await opened.goto(`${server.origin}${pagesPath}progress.html`, { waitUntil: 'domcontentloaded' });
      await opened.waitForFunction(() => document.querySelector('dz-task-card')!.shadowRoot?.querySelector('[part="title"]'), ceiling);
      const before = requested.filter((name) => /^dz-(validators|trend|fetch-json)-/.test(name));
      const shown = await opened.evaluate(async () => {
        // A report the page holds (test-fixtures/target-gauge/progress-history.json): t09.1 read three times.
        const report = {
          plan: 'dezhou-2023-green-low-carbon',
          asOf: '2023-06-30',
          entries: [
            { target: 't09.1', value: 900, asOf: '2023-02-28' },
            { target: 't09.1', value: 1500, asOf: '2023-03-31' },
            { target: 't09.1', value: 2100 },
          ],
        };
        const elements = ['dz-target-gauge', 'dz-task-card'].map((tag) => document.querySelector(tag) as HTMLElement & { progress?: unknown; updateComplete: Promise<unknown> });
        for (const element of elements) element.progress = report;
        await Promise.all(elements.map((element) => element.updateComplete));
        // Read at once: no wait beyond updateComplete.
        return elements.map((element) => {
          const root = element.shadowRoot!;
          const trend = root.querySelector('[part="trend"], [part="gauge-trend"]');
          return `${element.localName}: ${root.querySelector('[part="loading"]') ? 'loading' : `${root.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')}, ${trend?.querySelectorAll('li').length ?? 'no'} readings`}`;
        });
      });
      assert.deepEqual(shown, ['dz-target-gauge: 2100, 3 readings', 'dz-task-card: 2100, 3 readings']);
      assert.deepEqual(before, [], 'neither chunk before a report');
      assert.deepEqual(
        requested.filter((name) => /^dz-(validators|trend)-|\.json$/.test(name)).map((name) => name.replace(/-[\w-]{8}\.js$/, '')).sort(),
        ['dz-trend', 'dz-validators'],
        'the validators and the trend, no feed',
      );
      assert.deepEqual(errors, []);
      await opened.close();
    });

    it('a feed redirected within the page\'s origin or to one that lets the page read it shows; one redirected to an origin that refuses the page is an error saying so', async () => {
      const opened = await context().newPage();
      const errors: string[] = [];
      // Firefox reports the refused read itself (CORS header missing) as a page error: the browser's, not ours.
      opened.on('pageerror', (error) => void (/Cross-Origin Request Blocked/.test(String(error)) || errors.push(String(error))));
      await opened.goto(`${redirects.origin}${pagesPath}redirects.html`, { waitUntil: 'domcontentloaded' });
      await opened.waitForFunction(() => [...document.querySelectorAll('dz-target-gauge')].every((gauge) => gauge.shadowRoot?.querySelector('[role="meter"], [part="error"]')), ceiling);
      const shown = await opened.evaluate(() =>
        [...document.querySelectorAll('dz-target-gauge')].map((gauge) => {
          const root = gauge.shadowRoot!;
          return `${gauge.id}: ${root.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') ?? root.querySelector('[part="error"]')!.textContent!.trim()}`;
        }),
      );
      const resolved = (name: string) => `/moved/${name}.json (${redirects.origin}/moved/${name}.json)`;
      assert.deepEqual(shown, [
        'same: 2480',
        `away: ⚠Could not load ${resolved('away')}: the server redirected it, and the new address could not be read (another origin may not allow this page)`,
        'readable: 2480',
      ]);
      assert.deepEqual(errors, []);
      await opened.close();
    });

    it('elements in a shadow root the app hands to the loader, before or after it has run, load and show', async () => {
      const opened = await context().newPage();
      await opened.goto(`${server.origin}${pagesPath}shadow.html`, { waitUntil: 'domcontentloaded' });
      await opened.waitForFunction(() => document.getElementById('early')!.shadowRoot!.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), ceiling);
      // The loader has run: a root handed over now loads too.
      await opened.evaluate(() => {
        const host = document.createElement('div');
        host.id = 'late';
        document.querySelector('main')!.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML = '<dz-task-card task="9"></dz-task-card>';
        const w = window as unknown as { dzElements?: { push(root: ShadowRoot): void } };
        // The guide's line (docs/guide-developers.md).
        (typeof w.dzElements?.push === 'function' ? w.dzElements : (w.dzElements = [] as ShadowRoot[])).push(host.shadowRoot!);
      });
      await opened.waitForFunction(() => document.getElementById('late')!.shadowRoot!.querySelector('dz-task-card')!.shadowRoot?.querySelector('[part="title"]'), ceiling);
      // An element added to a handed root later loads as well.
      await opened.evaluate(() => document.getElementById('late')!.shadowRoot!.append(Object.assign(document.createElement('dz-unit-summary'), { id: 'added' })));
      await opened.waitForFunction(() => customElements.get('dz-unit-summary'), ceiling);
      await opened.close();
    });
  });
});
