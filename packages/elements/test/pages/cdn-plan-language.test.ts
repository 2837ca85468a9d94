/**
 * The CDN build on a page that does not say its language (review r102 H1), in Debian Chromium and Firefox ESR: an
 * element given a plan built from a Simplified document shows it in Simplified once it is loaded, waiting for the
 * Simplified UI strings (a chunk of their own in this build) rather than drawing the plan's words beside Traditional ones.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const elementsDir = `${repoRoot}packages/elements/`;
const pagesDir = `${elementsDir}dist/cdn-plan-language/`;
const pagesPath = '/packages/elements/dist/cdn-plan-language/';
const built = existsSync(`${elementsDir}dist/cdn/dz-elements.js`);
const plan = '/packages/elements/test-fixtures/built-plan.json';
const ceiling = { timeout: 60_000 };

describe('CDN: the language of a page that does not say it', { skip: built ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  before(async () => {
    mkdirSync(pagesDir, { recursive: true });
    const body = `<dz-task-card id="card" task="1" plan-src="${plan}"></dz-task-card><dz-target-gauge id="gauge" target="t01.1" value="30" as-of="2024-06-30" plan-src="${plan}"></dz-target-gauge>`;
    for (const [name, attributes] of [
      ['unsaid', ''],
      ['zh', ' lang="zh"'],
    ]) {
      writeFileSync(
        `${pagesDir}${name}.html`,
        `<!doctype html><html${attributes}><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="../cdn/dz-elements.js"></script></head><body><main>${body}</main></body></html>`,
      );
    }
    server = await serveStatic(repoRoot);
  });
  after(async () => {
    await server?.close();
    rmSync(pagesDir, { recursive: true, force: true });
  });

  describeInEachEngine((context) => {
    for (const name of ['unsaid', 'zh']) {
      it(`${name === 'zh' ? '<html lang="zh">' : '<html> with no lang'}: a plan built from a Simplified document is shown in Simplified, with no Traditional UI words`, async () => {
        const page = await context().newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        // Every render the elements make, recorded as it is committed: none may mix the plan's Simplified with Traditional.
        // A script as text: the page runs it as written (the test's compiler would name its functions with a helper).
        await page.evaluateOnNewDocument(`
          window.seen = [];
          document.addEventListener('DOMContentLoaded', () => {
            for (const id of ['card', 'gauge']) {
              const el = document.getElementById(id);
              customElements.whenDefined(el.localName).then(() =>
                new MutationObserver(() => seen.push(id + ': ' + el.shadowRoot.textContent.replace(/\\s+/g, ' '))).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true }),
              );
            }
          });
        `);
        await page.goto(`${server.origin}${pagesPath}${name}.html`, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(() => document.getElementById('card')!.shadowRoot?.querySelector('[part="title"]'), ceiling);
        await page.waitForFunction(() => document.getElementById('gauge')!.shadowRoot?.querySelector('[part="base"]') && !document.getElementById('gauge')!.shadowRoot!.querySelector('[part="loading"]'), ceiling);
        const shown = await page.evaluate(() =>
          ['card', 'gauge'].map((id) => {
            const root = document.getElementById(id)!.shadowRoot!;
            return { langs: [...new Set([...root.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang')))], text: root.textContent!.replace(/\s+/g, ' ') };
          }),
        );
        assert.deepEqual(shown.map((s) => s.langs), [['zh-Hans'], ['zh-Hans']]);
        assert.match(shown[0]!.text, /推动成果转化/);
        assert.match(shown[0]!.text, /牵头单位/);
        for (const s of shown) assert.doesNotMatch(s.text, /推動成果轉化|牽頭單位|任務/);
        // No render drew the plan's Simplified words beside Traditional UI words (a loading state alone may be Traditional).
        const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
        assert.ok(seen.some((text) => /推动成果转化/.test(text)), 'the renders were recorded');
        for (const text of seen) if (/推动成果转化/.test(text)) assert.doesNotMatch(text, /牽頭單位|任務/, text);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  });
});
