/**
 * Pre-rendered elements that a server-rendering review found broken once the CDN script took them over, in Debian
 * Chromium and Firefox ESR: an element with a notice about its inputs (rendered without it, it failed hydration,
 * `Hydration value mismatch`, a `render-failed` dz-error, and showed its content twice), and a task card (its body
 * hidden behind a button that does nothing with scripts off). The pages are rendered by the build (`dist/ssr`, as
 * the other page tests, which `pages-rendered.test.ts` runs in one process); the CDN folder is `DZ_CDN_DIR` (a private build: `npx vite build --config ../../vite.config.ts --outDir DIR`), else
 * the package's `dist/cdn`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { mistakes, mistakesPage } from '../support/ssr-mistakes.js';
import { browserOf, engines, scriptsOff } from '../support/engines.js';
import { pinClock } from '../support/pinned-clock.js';
import { markServerNodes } from '../support/server-nodes.js';

const cdnDir = resolve(process.env.DZ_CDN_DIR ?? fileURLToPath(new URL('../../dist/cdn/', import.meta.url)));
const script = '<script type="module" src="cdn/dz-elements.js"></script>';

/** When the pages were rendered (the clock of the renders and of the pages that open them). */
let renderedAt = 0;

interface Opened {
  readonly page: Page;
  /** Console errors, console warnings that are not an element's notice, and uncaught errors. */
  readonly errors: string[];
}

/** Opens `url`, keeping what goes wrong and every `dz-error` (in `window.dzErrors`, from before the page's scripts). */
async function open(context: Pick<BrowserContext, 'newPage'>, url: string): Promise<Opened> {
  const page = await context.newPage();
  // The moment the pages were rendered: on another day the gauge (its value stands at today) would be drawn afresh.
  await pinClock(page, renderedAt);
  const errors: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // Each notice is told once to the console as a warning (`<dz-…>: message`): that is the notice, not a fault.
    if (message.type() === 'error' || (message.type() === 'warn' && !/^<dz-[a-z-]+>: /.test(text))) errors.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { dzErrors: string[] };
    w.dzErrors = [];
    document.addEventListener('dz-error', (event) => w.dzErrors.push(`${(event.target as Element).localName}: ${(event as CustomEvent<{ code: string }>).detail.code}`));
  });
  await markServerNodes(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Until every dz- element is defined, has hydrated, shows no loading skeleton, and has drawn what it waited on. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('dz-task-card, dz-target-gauge, dz-plan-overview')].every((element) => {
        const e = element as HTMLElement & { hasUpdated?: boolean; hydrating?: boolean };
        return customElements.get(e.localName) && e.hasUpdated && !e.hydrating && !e.shadowRoot!.querySelector('[part="loading"]');
      }),
    { timeout: 60_000 }, // a ceiling for a hung page, not a speed limit
  );
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('dz-task-card, dz-target-gauge, dz-plan-overview')].map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete)),
  );
}

/**
 * The pages of notices: the review's (each element waits for the bundled plan, so the words about its inputs may come
 * first), and one whose first gauge has loaded the plan before the card's and the overview's code arrives (they have
 * their data at once, before the words: they hydrate without notices unless they wait for them).
 */
const noticePages = {
  'notices.html': mistakes,
  // A value without as-of, read past its target's deadline (the plan of 2023), is noticed (F196, r83 M1).
  'data-first.html': [['<dz-target-gauge target="t09.1" value="5"></dz-target-gauge>', /未寫 as-of/u], mistakes[3], mistakes[1]],
} as const satisfies Record<string, readonly (readonly [string, RegExp | undefined])[]>;

/** A page in zh-Hant with `tags` in its body. */
const cardPage = (tags: string) => `<!doctype html><html lang="zh-Hant"><head><title>t</title></head><body>\n${tags}\n</body></html>\n`;

/**
 * Cards a page wants folded (a review, r61: a Vue page's `:expanded="false"` stayed expanded once hydrated on a page
 * through `renderPage`), each one way: `expanded="false"` written (as Vue's server renderer writes a bound `false`,
 * which Vue's hydration then leaves as it is), the property set by the page's script before the element is defined,
 * and right after (before it hydrates); and one left as the server rendered it, which stays expanded.
 */
const foldedCards = [
  '<dz-task-card id="written" task="9" expanded="false"></dz-task-card>',
  '<dz-task-card id="before" task="9"></dz-task-card>',
  '<dz-task-card id="after" task="9"></dz-task-card>',
  '<dz-task-card id="left" task="9"></dz-task-card>',
].join('\n');

/** The page's script: folds `#before` at once (a classic script, which runs before the CDN's module) and `#after` once defined. */
const foldScript = `<script>
  const fold = (id) => { const card = document.getElementById(id); card.expanded = false; return { defined: !!customElements.get('dz-task-card'), hydrating: card.hydrating === true }; };
  window.folded = { before: fold('before') };
  customElements.whenDefined('dz-task-card').then(() => (window.folded.after = fold('after')));
</script>`;

describe('pre-rendered notices and cards, hydrated', { skip: existsSync(join(cdnDir, 'dz-elements.js')) ? false : `no CDN build in ${cdnDir} (set DZ_CDN_DIR)` }, () => {
  let site: string;
  let server: StaticServer;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'dz-ssr-notices-'));
    symlinkSync(cdnDir, join(site, 'cdn'));
    const withScript = (html: string) => html.replace('</head>', `${script}</head>`);
    // One moment for the renders and the pages' clocks (pinClock): midnight between them changes nothing.
    renderedAt = Date.now();
    mock.timers.enable({ apis: ['Date'], now: renderedAt });
    try {
      // The build's, as the other page tests (one process runs them all: one copy of the elements on the server).
      const { renderPage } = await import('../../dist/ssr/index.js');
      for (const [name, elements] of Object.entries(noticePages)) {
        const rendered = await renderPage(mistakesPage(elements.map(([tag]) => tag)), { lenient: true });
        writeFileSync(join(site, name), withScript(rendered.html));
      }
      const card = await renderPage(cardPage('<dz-task-card task="9"></dz-task-card>'));
      writeFileSync(join(site, 'card.html'), card.html);
      writeFileSync(join(site, 'card-hydrated.html'), withScript(card.html));
      const folded = await renderPage(cardPage(foldedCards));
      writeFileSync(join(site, 'cards-folded.html'), withScript(folded.html.replace('</body>', `${foldScript}</body>`)));
    } finally {
      mock.timers.reset();
    }
    server = await serveStatic(site);
  });
  after(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  for (const engine of engines) {
    describe(engine.name, () => {
      let context: BrowserContext;
      before(async () => {
        context = await (await browserOf(engine)).createBrowserContext();
      });
      after(() => context?.close());

      for (const [name, elements] of Object.entries(noticePages)) {
        // An element that has its data before the words about its inputs hydrates without its notices unless it waits for
        // them (`DzElement.update` counting the modules it waits on, as well as its data).
        it(`an element with a notice hydrates the server's content: its notice and content once, no mismatch, no render-failed (${name})`, async () => {
          const { page, errors } = await open(context, `${server.origin}/${name}`);
          await hydrated(page);
          const seen = await page.evaluate(() =>
            [...document.querySelectorAll('section')].map((section) => {
              const root = section.firstElementChild!.shadowRoot!;
              const shown = [...root.children].filter((child) => child.localName !== 'style');
              return {
                notices: [...root.querySelectorAll('[part~="notice"]')].map((notice) => notice.textContent!.trim()),
                // What the element draws beside its notices: one figure, table or article, never two.
                drawn: shown.filter((child) => !child.matches('ul.notices')).map((child) => child.localName),
                kept: shown.every((child) => (child as unknown as { serverNode?: boolean }).serverNode === true),
              };
            }),
          );
          assert.equal(seen.length, elements.length);
          seen.forEach((element, i) => {
            const [tag, notice] = elements[i]!;
            assert.equal(element.notices.length, notice ? 1 : 0, `${tag}: its notice once`);
            if (notice) assert.match(element.notices[0]!, notice);
            assert.equal(element.drawn.length, 1, `${tag}: its content once, not ${element.drawn.join(', ')}`);
            assert.equal(element.kept, true, `${tag}: the server's nodes kept`);
          });
          const dzErrors = (await page.evaluate(() => (window as unknown as { dzErrors: string[] }).dzErrors)) as string[];
          assert.deepEqual(dzErrors.filter((e) => /render-failed/.test(e)), []);
          assert.equal(dzErrors.length, elements.filter(([, notice]) => notice).length, `one dz-error per notice: ${dzErrors.join(', ')}`);
          assert.deepEqual(errors, []);
          await page.close();
        });
      }

      it('a card with scripts off shows its body text; hydrated, it keeps it shown and its button folds it', async () => {
        const off = await scriptsOff(engine);
        try {
          const page = await off.newPage();
          await page.goto(`${server.origin}/card.html`, { waitUntil: 'load' });
          const body = await page.evaluate(() => {
            const root = document.querySelector('dz-task-card')!.shadowRoot!;
            return { text: (root.querySelector('[part="body"]') as HTMLElement).innerText, expanded: root.querySelector('button')!.getAttribute('aria-expanded') };
          });
          assert.ok(body.text.length > 20, `the body text is read: "${body.text}"`);
          assert.equal(body.expanded, 'true');
        } finally {
          await off.close();
        }
        const { page, errors } = await open(context, `${server.origin}/card-hydrated.html`);
        await hydrated(page);
        const state = () =>
          page.evaluate(() => {
            const card = document.querySelector('dz-task-card')!;
            const root = card.shadowRoot!;
            return {
              hidden: root.querySelector('[part="body"]')!.hasAttribute('hidden'),
              kept: (root.querySelector('article') as unknown as { serverNode?: boolean }).serverNode === true,
              bodies: root.querySelectorAll('[part="body"]').length,
            };
          });
        assert.deepEqual(await state(), { hidden: false, kept: true, bodies: 1 });
        await page.evaluate(() => (document.querySelector('dz-task-card')!.shadowRoot!.querySelector('button.toggle') as HTMLButtonElement).click());
        await page.waitForFunction(() => document.querySelector('dz-task-card')!.shadowRoot!.querySelector('[part="body"]')!.hasAttribute('hidden'), { timeout: 30_000 });
        assert.deepEqual(errors, []);
        await page.close();
      });

      it('a card the page folds (expanded="false", or the property before or after it is defined) shows its body with scripts off and is folded once hydrated; one left stays expanded', async () => {
        const off = await scriptsOff(engine);
        try {
          const page = await off.newPage();
          await page.goto(`${server.origin}/cards-folded.html`, { waitUntil: 'load' });
          const shown = await page.evaluate(() =>
            [...document.querySelectorAll('dz-task-card')].map((card) => card.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')),
          );
          assert.deepEqual(shown, ['true', 'true', 'true', 'true'], 'rendered expanded: the body is read with no script');
        } finally {
          await off.close();
        }
        const { page, errors } = await open(context, `${server.origin}/cards-folded.html`);
        await hydrated(page);
        const states = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('dz-task-card')].map((card) => {
              const root = card.shadowRoot!;
              return {
                id: card.id,
                property: (card as unknown as { expanded: boolean }).expanded,
                attribute: card.getAttribute('expanded'),
                button: root.querySelector('button')!.getAttribute('aria-expanded'),
                hidden: root.querySelector('[part="body"]')!.hasAttribute('hidden'),
                kept: (root.querySelector('article') as unknown as { serverNode?: boolean }).serverNode === true,
                bodies: root.querySelectorAll('[part="body"]').length,
              };
            }),
          );
        const folded = { property: false, attribute: null, button: 'false', hidden: true, kept: true, bodies: 1 };
        assert.deepEqual(await states(), [
          { id: 'written', ...folded },
          { id: 'before', ...folded },
          { id: 'after', ...folded },
          { id: 'left', property: true, attribute: '', button: 'true', hidden: false, kept: true, bodies: 1 },
        ]);
        // Set before the element was defined, and once defined while it still kept the server's content.
        assert.deepEqual(await page.evaluate(() => (window as unknown as { folded: unknown }).folded), {
          before: { defined: false, hydrating: false },
          after: { defined: true, hydrating: true },
        });
        // Its button still works: it unfolds the card.
        await page.evaluate(() => (document.getElementById('written')!.shadowRoot!.querySelector('button.toggle') as HTMLButtonElement).click());
        await page.waitForFunction(() => !document.getElementById('written')!.shadowRoot!.querySelector('[part="body"]')!.hasAttribute('hidden'), { timeout: 30_000 });
        assert.deepEqual(errors, []);
        await page.close();
      });
    });
  }
});
