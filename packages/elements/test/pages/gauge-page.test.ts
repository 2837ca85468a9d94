/**
 * A page of every target's gauge (157, in English) from the built CDN file, in Chromium and Firefox. Off screen, a
 * ring gauge skips the style and layout of its ring and centre (`content-visibility: auto` on its meter, issue 10),
 * and yet:
 * - every meter is in the accessibility tree with its name and values (Chromium: the browser's own tree over CDP;
 *   Firefox: WebDriver BiDi's accessibility locator does not reach into shadow roots, so there the check is that what
 *   is skipped is only content hidden from screen readers, the meters themselves rendered);
 * - find in page finds the words of a gauge far below the fold;
 * - printing prints every ring's centre and every status line;
 * - scrolling through the page draws each ring in the box it had, so nothing moves.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';
import type { Plan } from '@dz-tasks/data';
import { gaugeFixture } from '../../../../scripts/bench/fixtures.js';
import { printToPdf, readPdf } from '../../../../scripts/lib/print-pdf.js';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { statusGlyphs } from '../../src/shared/glyphs.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const planFile = `${repoRoot}packages/data/dist/plan.json`;
const built = existsSync(planFile) && existsSync(`${repoRoot}packages/elements/dist/cdn/dz-elements.js`);
// The page is generated, not committed: written to test-results/ and served from there.
const pagePath = '/test-results/gauge-page/every-gauge.html';

// Set by the suite's `before` (the built plan, read only when the suite runs: unbuilt, it is skipped, not an error).
let readings: ReturnType<typeof gaugeFixture>;
let metricOf: Map<string, string>;
let server: StaticServer;

async function writePageAndServe(): Promise<void> {
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
  readings = gaugeFixture(plan);
  metricOf = new Map(plan.targets.map((target) => [target.id, target.metric.en]));
  mkdirSync(`${repoRoot}test-results/gauge-page`, { recursive: true });
  const gauges = readings.map((g) => `<dz-target-gauge target="${g.id}" value="${g.value}" as-of="${g.asOf}"></dz-target-gauge>`).join('\n');
  writeFileSync(
    `${repoRoot}${pagePath}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Every gauge</title><link rel="icon" href="data:,">
<script type="module" src="/packages/elements/dist/cdn/dz-elements.js"></script></head>
<body><main>${gauges}</main></body></html>`,
  );
  server = await serveStatic(repoRoot);
}

/** A ceiling for a hung page, not a speed limit. */
const hung = { timeout: 120_000 };

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (count) => {
      const all = [...document.querySelectorAll('dz-target-gauge')];
      return all.length === count && all.every((el) => el.shadowRoot?.querySelector('[role="meter"]'));
    },
    hung,
    readings.length,
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

/** How many gauges show what `selector` selects in their shadow root (`checkVisibility` counts skipped content as not). */
const rendered = (page: Page, selector: string) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll('dz-target-gauge')].filter((el) => el.shadowRoot!.querySelector(selector)!.checkVisibility({ contentVisibilityAuto: true })).length,
    selector,
  );

describe('a page of 157 gauges', { skip: built ? false : 'run `npm run build` first' }, () => {
  before(writePageAndServe);
  after(() => server?.close());

  describeInEachEngine((context, engine) => {
    let page: Page;
    before(async () => {
      page = await open(context());
    });

    it('skips drawing the rings off screen, and only them: every meter and every word is rendered', async () => {
      const rings = await rendered(page, 'svg');
      assert.ok(rings < readings.length / 4, `${rings} of ${readings.length} rings drawn on a page that shows a few`);
      assert.equal(await rendered(page, '[role="meter"]'), readings.length);
      assert.equal(await rendered(page, '[part="status"]'), readings.length);
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('dz-target-gauge')].every((el) => el.shadowRoot!.querySelector('[role="meter"] > [aria-hidden="true"] ~ [aria-hidden="true"]')),
      );
      assert.equal(hidden, true, 'what the meter holds (the ring and its centre) is hidden from screen readers');
    });

    it('keeps every meter in the accessibility tree with its name and values (Chromium: the browser tree)', async (t) => {
      if (engine.name === 'Firefox') return t.skip('no accessibility tree of shadow roots over WebDriver BiDi');
      const cdp = await page.createCDPSession();
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string }[] }[];
      };
      const meters = nodes.filter((n) => !n.ignored && n.role?.value === 'meter');
      assert.deepEqual(meters.map((n) => n.name?.value).sort(), readings.map((g) => metricOf.get(g.id)).sort());
      assert.ok(meters.every((n) => ['valuemin', 'valuemax', 'valuetext'].every((p) => n.properties?.some((q) => q.name === p))), 'a meter without its values');
    });

    it("finds the words of the last gauge with the browser's find in page", async () => {
      const metric = metricOf.get(readings.at(-1)!.id)!;
      const found = await page.evaluate((text) => (window as unknown as { find(text: string): boolean }).find(text), metric);
      assert.equal(found, true, `"${metric}" not found`);
    });

    it("prints every ring's centre and every status line (each with the status glyph)", async () => {
      const printed = (await readPdf(await printToPdf(page))).map((p) => p.text).join('');
      const glyphs = Object.values(statusGlyphs);
      const count = (text: string) => [...text].filter((c) => glyphs.includes(c)).length;
      assert.ok(count(printed) >= 2 * readings.length, `${count(printed)} status glyphs printed for ${readings.length} gauges`);
    });

    it('updates every gauge again with one lookup of its language for the plan and no JSON built (the plan is found by a short key)', async () => {
      const work = await page.evaluate(async () => {
        const gauges = [...document.querySelectorAll('dz-target-gauge')] as (HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> })[];
        // Where one walk up to the nearest lang ends (html, past the gauge, main and body): each walk reads its lang once.
        const end = gauges[0]!.closest('[lang]');
        const counts = { langReads: 0, stringified: 0 };
        const { getAttribute } = Element.prototype;
        const { stringify } = JSON;
        Element.prototype.getAttribute = function (this: Element, name: string) {
          if (name === 'lang' && this === end) counts.langReads++;
          return getAttribute.call(this, name);
        };
        JSON.stringify = ((...args: Parameters<typeof stringify>) => (counts.stringified++, stringify(...args))) as typeof stringify;
        try {
          gauges.forEach((el) => el.requestUpdate());
          await Promise.all(gauges.map((el) => el.updateComplete));
        } finally {
          Element.prototype.getAttribute = getAttribute;
          JSON.stringify = stringify;
        }
        return { walks: counts.langReads / gauges.length, stringified: counts.stringified };
      });
      // Two walks per update: one to wait for the UI strings of its language (scheduleUpdate), one read for the update
      // (willUpdate), which the plan's lookup reuses.
      assert.deepEqual(work, { walks: 2, stringified: 0 });
    });

    it('draws each ring in the box it had: scrolling through the page moves nothing', async () => {
      const boxes = () => page.evaluate(() => [...document.querySelectorAll('dz-target-gauge')].map((el) => el.getBoundingClientRect().height));
      const before = await boxes();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const drawn = new Set<number>();
      for (let y = 0; y < height; y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const now = await page.evaluate(() =>
          [...document.querySelectorAll('dz-target-gauge')].flatMap((el, i) => (el.shadowRoot!.querySelector('svg')!.checkVisibility({ contentVisibilityAuto: true }) ? [i] : [])),
        );
        now.forEach((i) => drawn.add(i));
      }
      assert.equal(drawn.size, readings.length, 'a ring scrolled past was never drawn');
      assert.deepEqual(await boxes(), before);
    });
  });
});
