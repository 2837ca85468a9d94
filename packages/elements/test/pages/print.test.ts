/**
 * Printing, as a reader's "Print → Save as PDF" does it (A4 portrait; Chromium by playwright's `page.pdf()`, Firefox
 * by puppeteer's over WebDriver BiDi), on pages that load nothing but the built CDN file, read back with PDF.js:
 * - a matrix above the window threshold (130 tasks × 96 units, rendered as a window of rows and columns on screen)
 *   prints every role cell, in bands of columns, with its header row on every page and no row cut between two pages
 *   (the whole plan's matrix, wider than any page, prints with the same table: see the Chromium suite);
 * - a card and two gauges print on one page, their statuses as glyphs and words, the fills of their bars kept;
 * - a unit summary and the plan overview ranked by unit print every task of the unit and every unit's row whole;
 * - nothing sticks, scrolls or offers a button on paper.
 * Firefox gets the PDF checks its PDF allows: PDF.js reads its CJK text back only in part, so there the windowed matrix is
 * checked by band captions, task numbers and role glyphs, the card by glyphs and fills; the styles under print media
 * (sticky, clipped, buttons) and the views' Chinese text are checked in Chromium only.
 * Needs a CJK font (Debian: fonts-noto-cjk; .ci/run installs it): without one the Chinese prints as empty boxes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import type { Plan, PlanApi } from '@dz-tasks/data';
import { createPlanApi } from '@dz-tasks/data';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { asPrinted, countPrinted, printToPdf, readPdf, type PrintedPage } from '../../../../scripts/lib/print-pdf.js';
import { chromiumLaunchOptions, serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { statusGlyphs } from '../../src/shared/glyphs.js';
import { PRINT_BAND_COLUMNS } from '../../src/task-matrix/print-table.js';
import { browserOf, engines } from '../support/engines.js';
import { zhHant } from '../../src/shared/i18n/zh-hant.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = '/packages/elements/test-fixtures';

let server: StaticServer;
let browser: Browser;
let firefox: PuppeteerBrowser;

/**
 * The big plan both engines print: above the matrix's window threshold on screen (10,000 cells; the test checks it is
 * windowed), whole on paper. 130 tasks rather than 240: what is checked is the same, and printing it took about half
 * of the CDN suite's printing time.
 */
const bigPlan = buildBigPlan(dezhou().plan, { tasks: 130, units: 96 }) as Plan;
const bigApi = createPlanApi(bigPlan);

before(async () => {
  // The big plan is generated, not committed: the fixture page reads it from test-results/.
  mkdirSync(`${repoRoot}test-results/print`, { recursive: true });
  writeFileSync(`${repoRoot}test-results/print/big-plan.json`, JSON.stringify(bigPlan));
  server = await serveStatic(repoRoot);
  browser = await chromium.launch(chromiumLaunchOptions);
  // The page suites' Firefox (pages-cdn.test.ts runs this suite in their process): a launch of its own cost about 7
  // CPU-seconds. Its pages are in the browser's default context, the page suites' in contexts of their own.
  firefox = await browserOf(engines.find((engine) => engine.name === 'Firefox')!);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** True once every dz- element of the page has rendered and loaded its feeds (run in the page). */
function rendered(): boolean {
  const all = [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('dz-'));
  return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'));
}

/** A ceiling for a hung page, not a speed limit. */
const hung = { timeout: 120_000 };

/** Collects the page's uncaught errors and console errors (both libraries name the events alike). */
function watchErrors(page: Page | PuppeteerPage): string[] {
  const errors: string[] = [];
  const on = page.on.bind(page) as (event: string, handler: (value: { message?: string; type?(): string; text?(): string }) => void) => void;
  on('pageerror', (error) => errors.push(String(error.message)));
  on('console', (message) => {
    if (message.type!() === 'error') errors.push(message.text!());
  });
  return errors;
}

/** Opens a fixture page in Chromium and waits until every element has rendered and loaded its feeds. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}${fixtures}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(rendered, undefined, hung);
  await page.evaluate(() => document.fonts.ready);
  assert.deepEqual(errors, [], `errors on ${path}`);
  return page;
}

/** The same in Firefox. */
async function openInFirefox(path: string): Promise<PuppeteerPage> {
  const page = await firefox.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}${fixtures}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(rendered, hung);
  await page.evaluate(() => document.fonts.ready);
  assert.deepEqual(errors, [], `errors on ${path}`);
  return page;
}

/** Prints the page and reads the PDF back (with its fill colours when `fills`). */
async function print(page: Page | PuppeteerPage, options: { fills?: boolean } = {}): Promise<PrintedPage[]> {
  return readPdf(await printToPdf(page), options);
}

const occurrences = countPrinted;

/** Role cells of a plan: how many (task, unit) pairs are lead and how many participating. */
function roleCounts(api: PlanApi): { lead: number; participating: number } {
  let lead = 0;
  let participating = 0;
  for (const unit of api.plan.units) {
    lead += api.tasksOfUnit(unit.id, { role: 'lead' })?.length ?? 0;
    participating += api.tasksOfUnit(unit.id, { role: 'participating' })?.length ?? 0;
  }
  return { lead, participating };
}

/** Units that lead or take part in at least one task: the matrix's rows. */
const unitsWithRoles = (api: PlanApi) => api.plan.units.filter((u) => (api.tasksOfUnit(u.id)?.length ?? 0) > 0);

/**
 * The checks every printed matrix must pass: more than one page, the header row (`單位` and the first task number of
 * its band) on every page, every unit's name whole on a page once per band (a row cut between two pages splits its
 * name), and at least one `●` per lead cell and one `○` per participating cell of the plan (columns beyond the paper's
 * edge are lost).
 */
function assertPrintedMatrix(pages: readonly PrintedPage[], api: PlanApi): void {
  assert.ok(pages.length > 1, `the matrix printed on ${pages.length} page(s)`);
  pages.forEach((page, i) => assert.match(page.text, new RegExp(`${asPrinted(zhHant.unit)}\\d`), `page ${i + 1} has no header row`));
  const all = pages.map((p) => p.text).join('\n');
  const bands = occurrences(all, zhHant.matrixCaption);
  assert.ok(bands >= 1, 'no caption printed');
  for (const unit of unitsWithRoles(api)) {
    const name = unit.name['zh-Hant'];
    const whole = pages.reduce((n, page) => n + occurrences(page.text, name), 0);
    assert.ok(whole >= bands, `${name} printed whole ${whole} time(s) for ${bands} band(s): its row was cut or left out`);
  }
  const items = pages.flatMap((p) => p.items);
  const { lead, participating } = roleCounts(api);
  const leadGlyphs = items.filter((s) => s.trim() === '●').length;
  const participatingGlyphs = items.filter((s) => s.trim() === '○').length;
  assert.ok(leadGlyphs >= lead, `${leadGlyphs} ● printed for ${lead} lead cells`);
  assert.ok(participatingGlyphs >= participating, `${participatingGlyphs} ○ printed for ${participating} participating cells`);
}

/**
 * Emulates print media and waits until the page is laid out for it: the query matches and every matrix draws its
 * table in bands (a windowed matrix switches on its query's `change`, delivered in a later rendering update: a state
 * waited for, never a frame counted), its update done.
 */
async function emulatePrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(
    () =>
      matchMedia('print').matches &&
      [...document.querySelectorAll('main > dz-task-matrix')].every((matrix) => matrix.shadowRoot?.querySelector('.print-band')),
    undefined,
    hung,
  );
  await page.evaluate(async () => {
    for (const host of document.querySelectorAll('main > *')) await (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  });
}

/** Elements in the page's shadow roots whose computed style under print media matches `test`, described. */
async function printStyleOffenders(page: Page, test: 'sticky' | 'clipped' | 'button'): Promise<string[]> {
  await emulatePrint(page);
  try {
    return await page.evaluate((test) => {
      const found: string[] = [];
      for (const host of [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('dz-'))) {
        for (const el of host.shadowRoot!.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          // Not drawn (itself or a parent display: none): nothing of it is on paper.
          if (!el.checkVisibility()) continue;
          const bad =
            test === 'sticky'
              ? style.position === 'sticky'
              : test === 'clipped'
                ? /auto|scroll/.test(style.overflowX + style.overflowY) || style.maxHeight !== 'none'
                : el.localName === 'button';
          if (bad) found.push(`<${host.localName}> ${el.localName}.${[...el.classList].join('.')}`);
        }
      }
      return found;
    }, test);
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/** The readings of the gauges on print-card.html. */
const cardReadings = [
  { target: 't09.1', value: 2100, asOf: '2023-06-30' },
  { target: 't26.3', value: 22, asOf: '2023-06-30' },
];

/** Pages printed as one: their text run together, every fill colour of any of them. */
function together(pages: readonly PrintedPage[]): { readonly text: string; readonly fills: ReadonlySet<string> } {
  return { text: pages.map((page) => page.text).join(''), fills: new Set(pages.flatMap((page) => [...(page.fills ?? [])])) };
}

/**
 * A card and two gauges printed: at most two pages (the card's whole text, which a collapsed card prints too, runs
 * onto a second), the card's title and text, no button, each status's glyph, each bar's fill colour.
 */
function assertPrintedCard(pages: readonly PrintedPage[], fills: readonly string[]): void {
  assert.ok(pages.length >= 1 && pages.length <= 2, `printed on ${pages.length} pages`);
  const printed = together(pages);
  const api = dezhou();
  assert.ok(occurrences(printed.text, api.getTask('9')!.title['zh-Hant']) > 0, 'the card title');
  assert.ok(occurrences(printed.text, cardBodyStart(api)) > 0, 'the card’s text, collapsed on screen');
  assert.equal(occurrences(printed.text, zhHant.showBody), 0, 'the disclosure button printed');
  assertGlyphsAndFills(printed, fills);
}

/** The first words of task 9's text, without white space (as the PDF's text is read). */
const cardBodyStart = (api: PlanApi) => api.getTask('9')!.body['zh-Hant'].replace(/\s+/g, '').slice(0, 12);

/** Each reading's status glyph, and each bar fill on screen, somewhere on the printed pages. */
function assertGlyphsAndFills(printed: ReturnType<typeof together>, fills: readonly string[]): void {
  const api = dezhou();
  for (const { target, value, asOf } of cardReadings) {
    const { status } = api.evaluateTarget(api.getTarget(target)!, { value, asOf });
    assert.ok(printed.text.includes(statusGlyphs[status]), `${target}: the glyph of ${status}`);
  }
  assert.ok(fills.length > 0, 'no filled bar found on screen');
  for (const fill of fills) assert.ok(printed.fills.has(fill), `the bar fill ${fill} is not on paper (fills printed: ${[...printed.fills].join(', ')})`);
}

/** The fill colours of the gauges' bars on screen, as `#rrggbb` (what the printed PDF must fill with too). */
async function barFills(page: Page | PuppeteerPage): Promise<string[]> {
  const colours = await (page as Page).evaluate(() =>
    [...document.querySelectorAll('dz-task-card, dz-target-gauge')].flatMap((host) =>
      [...host.shadowRoot!.querySelectorAll('.bar-fill')].map((el) => getComputedStyle(el).backgroundColor),
    ),
  );
  const hex = (colour: string) => `#${(colour.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return [...new Set(colours.filter((c) => c !== 'rgba(0, 0, 0, 0)').map(hex))];
}

/** A unit summary and the overview by unit printed: every task of the unit, every unit's name whole on a page. */
function assertPrintedViews(pages: readonly PrintedPage[]): void {
  const text = pages.map((p) => p.text).join('\n');
  const api = dezhou();
  const unit = api.getUnit('市發改委')!;
  const tasks = api.tasksOfUnit(unit)!;
  assert.equal(tasks.length, 28);
  for (const task of tasks) assert.ok(occurrences(text, task.title['zh-Hant']) > 0, `task ${task.number} printed`);
  // The overview ranks every unit with a task: each name printed whole, on one line of one page (no row cut).
  for (const each of unitsWithRoles(api)) {
    const name = each.name['zh-Hant'];
    assert.ok(pages.some((p) => occurrences(p.text, name) > 0), `${name} printed whole`);
  }
}

/** The province-scale matrix is a window on screen, and prints whole. */
async function assertBigMatrixPrinted(page: Page | PuppeteerPage): Promise<void> {
  const onScreen = await (page as Page).evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('td.cell').length);
  assert.ok(onScreen < bigApi.plan.tasks.length * unitsWithRoles(bigApi).length, 'the big matrix is not windowed on screen');
  assertPrintedMatrix(await print(page), bigApi);
}

describe('printing (Chromium, A4 portrait)', () => {
  // One matrix printed: the one above the window threshold, drawn as a window on screen. The whole plan's (3,312 cells,
  // drawn whole on screen) prints with the same print table (print-table.ts: every matrix wider than a band) and was
  // checked alike; printing both took about 14 s of CI's two cores, for nothing the larger one does not check.
  // One page for both checks: printing leaves the page as it was (emulateMedia is reset after each look at the print
  // styles).
  describe('a matrix above the window threshold (a window of rows and columns on screen)', () => {
    let page: Page;
    before(async () => {
      page = await open('print-big-matrix.html');
    });
    after(() => page?.close());

    it('prints every row and cell, the header row on every page, no row cut', async () => {
      await assertBigMatrixPrinted(page);
    });

    it('under print media: the whole table in bands; nothing sticky, nothing scrolls or is cut at a height, no button', async () => {
      // What the style checks look at is the table on paper, not the window on screen.
      await emulatePrint(page);
      const bands = await page.evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('.print-band').length);
      await page.emulateMedia({ media: null });
      assert.equal(bands, Math.ceil(bigApi.plan.tasks.length / PRINT_BAND_COLUMNS), 'print bands under print media');
      assert.deepEqual(await printStyleOffenders(page, 'sticky'), []);
      assert.deepEqual(await printStyleOffenders(page, 'clipped'), []);
      assert.deepEqual(await printStyleOffenders(page, 'button'), []);
    });
  });

  it('a card and two gauges: its whole text on at most two pages, statuses in glyphs and words, no button, the bars filled', async () => {
    const page = await open('print-card.html');
    try {
      assertPrintedCard(await print(page, { fills: true }), await barFills(page));
      assert.deepEqual(await printStyleOffenders(page, 'button'), []);
      // Browsers leave backgrounds out of print unless told otherwise: a bar drawn as a background would print empty.
      await page.emulateMedia({ media: 'print' });
      const adjust = await page.evaluate(() =>
        [...document.querySelectorAll('dz-task-card, dz-target-gauge')].flatMap((host) =>
          [...host.shadowRoot!.querySelectorAll('.gauge-fill, .gauge-track, .bar-fill, .bar-track')].map(
            (el) => `${el.className}: ${getComputedStyle(el).printColorAdjust}`,
          ),
        ),
      );
      assert.ok(adjust.length > 0, 'no gauge bar found');
      assert.deepEqual(adjust.filter((a) => !a.endsWith('exact')), []);
    } finally {
      await page.close();
    }
  });

  it('a unit summary and the plan overview by unit: every task of the unit, every unit row whole, nothing sticky or cut', async () => {
    const page = await open('print-views.html');
    try {
      assertPrintedViews(await print(page));
      assert.deepEqual(await printStyleOffenders(page, 'sticky'), []);
      assert.deepEqual(await printStyleOffenders(page, 'clipped'), []);
    } finally {
      await page.close();
    }
  });
});

/**
 * Prints in Firefox as its print dialog does: `beforeprint` first (WebDriver BiDi's print does not send it, the dialog
 * does), the elements updated, the PDF at Firefox's default "fit to page width", then `afterprint`.
 */
async function printInFirefox(page: PuppeteerPage, options: { fills?: boolean } = {}): Promise<PrintedPage[]> {
  await page.evaluate(async () => {
    dispatchEvent(new Event('beforeprint'));
    for (const el of document.querySelectorAll('main > *')) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  });
  try {
    return await readPdf(await printToPdf(page), options);
  } finally {
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  }
}

/**
 * The checks of a printed matrix that hold in Firefox's PDF, whose CJK text PDF.js reads back only in part (Firefox
 * embeds the Noto CJK subsets without a full ToUnicode map): several pages, every band's caption number `(k/n)`,
 * every task number in a header, and at least one `●`/`○` per lead/participating cell.
 */
function assertPrintedMatrixGlyphs(pages: readonly PrintedPage[], api: PlanApi): void {
  assert.ok(pages.length > 1, `the matrix printed on ${pages.length} page(s)`);
  const all = pages.map((p) => p.text).join('\n');
  const bands = Math.ceil(api.plan.tasks.length / PRINT_BAND_COLUMNS);
  for (let b = 1; b <= bands; b++) assert.ok(all.includes(`(${b}/${bands})`), `band ${b} of ${bands} not printed`);
  const items = pages.flatMap((p) => p.items.map((i) => i.trim()));
  for (const task of api.plan.tasks) assert.ok(items.includes(String(task.number)), `task ${task.number}'s column header not printed`);
  const { lead, participating } = roleCounts(api);
  const leadGlyphs = items.filter((s) => s === '●').length;
  const participatingGlyphs = items.filter((s) => s === '○').length;
  assert.ok(leadGlyphs >= lead, `${leadGlyphs} ● printed for ${lead} lead cells`);
  assert.ok(participatingGlyphs >= participating, `${participatingGlyphs} ○ printed for ${participating} participating cells`);
}

describe('printing (Firefox, A4 portrait)', () => {
  /** Opens `path` in Firefox, runs `check` on it and closes it. */
  async function inFirefox(path: string, check: (page: PuppeteerPage) => Promise<void>): Promise<void> {
    const page = await openInFirefox(path);
    try {
      await check(page);
    } finally {
      await page.close();
    }
  }

  // The whole plan's matrix (3,312 cells, drawn whole on screen) is printed in Chromium above; here the larger one
  // drawn as a window on screen, which prints with the same print styles and is checked alike: every band, every task
  // column and every role cell (CI time: one Firefox print of a large table, about 11 s, instead of two).
  it('a matrix above the window threshold (a window of rows and columns on screen) prints every band and role cell', () =>
    inFirefox('print-big-matrix.html', async (page) => assertPrintedMatrixGlyphs(await printInFirefox(page), bigApi)));

  it('a card and two gauges: its whole text on at most two pages, statuses in glyphs, the bars filled', () =>
    inFirefox('print-card.html', async (page) => {
      const fills = await barFills(page);
      const pages = await printInFirefox(page, { fills: true });
      assert.ok(pages.length >= 1 && pages.length <= 2, `printed on ${pages.length} pages`);
      // Its Chinese text PDF.js reads back from Firefox's PDF only in part (see below): the page count says the text
      // printed, task-card.print.test.ts what it is.
      assertGlyphsAndFills(together(pages), fills);
    }));
});
