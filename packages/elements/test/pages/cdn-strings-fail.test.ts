/**
 * A CDN folder whose English UI strings are missing (a partial CMS upload), in Debian Chromium and Firefox ESR: an
 * element in English says so in its place, in the words it has (zh-Hant's), naming the chunk, with a `dz-error`
 * (`code-fetch-failed`) and no unhandled rejection; once the file is back, its next update loads them again
 * (Chromium fetches the file again; Firefox keeps a module that failed until the page is reloaded, so there the note
 * stays). `DZ_CDN_DIR` names another CDN build to test (default: dist/cdn).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';
import { zhHant } from '../../src/shared/i18n/zh-hant.js';

const cdnDir = process.env.DZ_CDN_DIR ?? fileURLToPath(new URL('../../dist/cdn', import.meta.url));
const built = existsSync(`${cdnDir}/dz-elements.js`);

/** A ceiling for a hung page, not a speed limit. */
const ceiling = { timeout: 60_000 };

describe('CDN: a UI strings chunk missing', { skip: built ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  let root: string;
  let english: string;
  let simplified: string;
  before(async () => {
    root = mkdtempSync(`${tmpdir()}/dz-strings-fail-`);
    cpSync(cdnDir, `${root}/cdn`, { recursive: true });
    english = readdirSync(`${root}/cdn`).find((name) => /^dz-strings-en-[\w-]+\.js$/.test(name))!;
    assert.ok(english, 'the CDN folder has an English strings chunk');
    simplified = readdirSync(`${root}/cdn`).find((name) => /^dz-strings-zh-hans-[\w-]+\.js$/.test(name))!;
    assert.ok(simplified, 'the CDN folder has a zh-Hans strings chunk');
    writeFileSync(
      `${root}/card.html`,
      '<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>strings</title><link rel="icon" href="data:,">' +
        '<script type="module" src="cdn/dz-elements.js"></script></head><body><main><dz-task-card task="14" lang="en"></dz-task-card></main></body></html>',
    );
    server = await serveStatic(root);
  });
  after(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  describeInEachEngine((context, engine) => {
    it('an element in English whose strings do not load: a note in zh-Hant naming the chunk, one dz-error, no uncaught error; its next update tries again', async () => {
      renameSync(`${root}/cdn/${english}`, `${root}/${english}`);
      const page = await context().newPage();
      const uncaught: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error instanceof Error ? error.message : String(error)));
      await page.evaluateOnNewDocument(() => {
        (window as unknown as { dzErrors: unknown[] }).dzErrors = [];
        document.addEventListener('dz-error', (event) => (window as unknown as { dzErrors: unknown[] }).dzErrors.push([(event.target as Element).localName, (event as CustomEvent).detail]));
      });
      try {
        await page.goto(`${server.origin}/card.html`, { waitUntil: 'domcontentloaded' });
        // The note, and the card drawn whole with it (its plan's parts loaded): no update of its own is left to come, which
        // would ask for the strings while they are still missing and take the test's update below into it (under load,
        // the mended folder was then never asked again).
        await page.waitForFunction(() => {
          const root = document.querySelector('dz-task-card')!.shadowRoot;
          return root?.querySelector('[part="notice"]') && root.querySelector('[part="title"]') && !root.querySelector('[part="loading"]');
        }, ceiling);
        const shown = await page.evaluate(async () => {
          const card = document.querySelector('dz-task-card') as HTMLElement & { updateComplete: Promise<boolean> };
          await card.updateComplete;
          const notice = card.shadowRoot!.querySelector('[part="notice"]') as HTMLElement;
          return {
            notice: notice.textContent!.replace(/\s+/g, ' ').trim(),
            visible: notice.checkVisibility(),
            lang: notice.closest('[lang]')?.getAttribute('lang'),
            errors: (window as unknown as { dzErrors: [string, { code: string; message: string }][] }).dzErrors,
          };
        });
        assert.ok(shown.visible, 'the note is drawn');
        assert.equal(shown.lang, 'zh-Hant', 'the note says the language of its words');
        assert.match(shown.notice, new RegExp(`${english.replace(/\./g, '\\.')}`), shown.notice);
        assert.ok(shown.notice.includes(zhHant.fetchFailed('en', '')), shown.notice);
        assert.deepEqual(shown.errors.map(([tag, detail]) => [tag, detail.code]), [['dz-task-card', 'code-fetch-failed']]);
        assert.ok(shown.notice.endsWith(shown.errors[0]![1].message), `${shown.notice} / ${shown.errors[0]![1].message}`);
        // The folder mended: the card's next update loads the strings again.
        renameSync(`${root}/${english}`, `${root}/cdn/${english}`);
        await page.evaluate(() => (document.querySelector('dz-task-card') as HTMLElement & { requestUpdate(): void }).requestUpdate());
        if (engine.name === 'Firefox') {
          // Firefox keeps a module that failed until the page is reloaded: the update meets the same failure, the note
          // stays, and it is not told again.
          await page.evaluate(() => (document.querySelector('dz-task-card') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
          assert.equal(await page.evaluate(() => !!document.querySelector('dz-task-card')!.shadowRoot!.querySelector('[part="notice"]')), true, 'the note stays');
        } else {
          await page.waitForFunction(() => document.querySelector('dz-task-card')!.shadowRoot!.textContent!.includes('Lead units'), ceiling);
          assert.equal(await page.evaluate(() => !!document.querySelector('dz-task-card')!.shadowRoot!.querySelector('[part="notice"]')), false, 'the note is gone');
        }
        const errors = await page.evaluate(() => (window as unknown as { dzErrors: unknown[] }).dzErrors.length);
        assert.equal(errors, 1, 'one dz-error');
        // No rejection of the import left unhandled (Firefox also reports the missing file's load as a page error).
        assert.deepEqual(uncaught.filter((message) => /imported module/.test(message)), []);
      } finally {
        if (existsSync(`${root}/${english}`)) renameSync(`${root}/${english}`, `${root}/cdn/${english}`);
        await page.close();
      }
    });

    it('an element whose language changes to another whose strings do not load either: the note names the new chunk, a second dz-error', async () => {
      for (const chunk of [english, simplified]) renameSync(`${root}/cdn/${chunk}`, `${root}/${chunk}`);
      const page = await context().newPage();
      await page.evaluateOnNewDocument(() => {
        (window as unknown as { dzErrors: unknown[] }).dzErrors = [];
        document.addEventListener('dz-error', (event) => (window as unknown as { dzErrors: unknown[] }).dzErrors.push([(event.target as Element).localName, (event as CustomEvent).detail]));
      });
      const seen = () =>
        page.evaluate(async () => {
          const card = document.querySelector('dz-task-card') as HTMLElement & { updateComplete: Promise<boolean> };
          await card.updateComplete;
          return {
            notice: card.shadowRoot!.querySelector('[part="notice"]')!.textContent!.replace(/\s+/g, ' ').trim(),
            errors: (window as unknown as { dzErrors: [string, { code: string; message: string }][] }).dzErrors.map(([tag, detail]) => [tag, detail.code, detail.message]),
          };
        });
      try {
        await page.goto(`${server.origin}/card.html`, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(() => document.querySelector('dz-task-card')!.shadowRoot?.querySelector('[part="notice"]'), ceiling);
        const first = await seen();
        assert.ok(first.notice.includes(english), first.notice);
        assert.equal(first.errors.length, 1, 'one dz-error');
        await page.evaluate(() => document.querySelector('dz-task-card')!.setAttribute('lang', 'zh-Hans'));
        await page.waitForFunction((name) => document.querySelector('dz-task-card')!.shadowRoot!.querySelector('[part="notice"]')?.textContent!.includes(name), ceiling, simplified);
        const second = await seen();
        assert.ok(second.notice.includes(zhHant.fetchFailed('zh-Hans', '')), second.notice);
        assert.ok(!second.notice.includes(english), second.notice);
        assert.equal(second.errors.length, 2, 'a dz-error for each language');
        const [tag, code, message] = second.errors[1]!;
        assert.deepEqual([tag, code], ['dz-task-card', 'code-fetch-failed']);
        assert.ok(second.notice.endsWith(message!), `${second.notice} / ${message}`);
      } finally {
        for (const chunk of [english, simplified]) if (existsSync(`${root}/${chunk}`)) renameSync(`${root}/${chunk}`, `${root}/cdn/${chunk}`);
        await page.close();
      }
    });
  });
});
