/**
 * Printing, as a reader's "Print → Save as PDF" in Chromium does it (playwright's `page.pdf()`, A4 portrait), on pages
 * that load nothing but the built CDN file, read back with PDF.js:
 * - the whole-plan matrix (69 tasks, wider than any page) prints every role cell, in bands of columns, with its
 *   header row on every page and no row cut between two pages;
 * - a province-scale matrix (240 tasks × 96 units, rendered as a window of rows and columns on screen) prints whole;
 * - a card and two gauges print on one page, their statuses as glyphs and words, the fills of their bars kept;
 * - a unit summary and the plan overview ranked by unit print every task of the unit and every unit's row whole;
 * - nothing sticks, scrolls or offers a button on paper.
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
import { buildBigPlan } from '../../../scripts/bench/big-plan-build.js';
import { asPrinted, countPrinted, printToPdf, readPdf, type PrintedPage } from '../../../scripts/lib/print-pdf.js';
import { chromiumLaunchOptions, serveStatic, type StaticServer } from '../../../scripts/lib/static-server.js';
import { statusGlyphs } from '../src/shared/glyphs.js';
import { zhHant } from '../src/shared/i18n/zh-hant.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = '/packages/elements/test-fixtures';

let server: StaticServer;
let browser: Browser;

before(async () => {
  // The big plan is generated, not committed: the fixture page reads it from test-results/.
  const bigPlan = buildBigPlan(dezhou().plan, { tasks: 240, units: 96 });
  mkdirSync(`${repoRoot}test-results/print`, { recursive: true });
  writeFileSync(`${repoRoot}test-results/print/big-plan.json`, JSON.stringify(bigPlan));
  server = await serveStatic(repoRoot);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page and waits until every element has rendered and loaded its feeds. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.origin}${fixtures}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('dz-'));
      return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    },
    undefined,
    { timeout: 120_000 }, // a ceiling for a hung page, not a speed limit
  );
  await page.evaluate(() => document.fonts.ready);
  assert.deepEqual(errors, [], `errors on ${path}`);
  return page;
}

/** Prints the page and reads the PDF back. */
async function print(page: Page): Promise<PrintedPage[]> {
  return readPdf(await printToPdf(page));
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

/** Elements in the page's shadow roots whose computed style under print media matches `test`, described. */
async function printStyleOffenders(page: Page, test: 'sticky' | 'clipped' | 'button'): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate((test) => {
      const found: string[] = [];
      for (const host of [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('dz-'))) {
        for (const el of host.shadowRoot!.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          if (style.display === 'none') continue;
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

describe('printing (Chromium, A4 portrait)', () => {
  it('the whole-plan matrix: every cell, the header row on every page, no row cut', async () => {
    const page = await open('print-matrix.html');
    try {
      assertPrintedMatrix(await print(page), dezhou());
    } finally {
      await page.close();
    }
  });

  it('the matrix under print media: nothing sticky, nothing scrolls or is cut at a height, no button', async () => {
    const page = await open('print-matrix.html');
    try {
      assert.deepEqual(await printStyleOffenders(page, 'sticky'), []);
      assert.deepEqual(await printStyleOffenders(page, 'clipped'), []);
      assert.deepEqual(await printStyleOffenders(page, 'button'), []);
    } finally {
      await page.close();
    }
  });

  it('a province-scale matrix (a window of rows and columns on screen) prints every row and cell', async () => {
    const page = await open('print-big-matrix.html');
    try {
      const onScreen = await page.evaluate(() => document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('td.cell').length);
      const big = createPlanApi(buildBigPlan(dezhou().plan, { tasks: 240, units: 96 }) as Plan);
      assert.ok(onScreen < big.plan.tasks.length * unitsWithRoles(big).length, 'the big matrix is not windowed on screen');
      assertPrintedMatrix(await print(page), big);
    } finally {
      await page.close();
    }
  });

  it('a card and two gauges: one page, statuses in glyphs and words, no button, the bars filled', async () => {
    const page = await open('print-card.html');
    try {
      const pages = await print(page);
      assert.equal(pages.length, 1, `printed on ${pages.length} pages`);
      const [printed] = pages as [PrintedPage];
      const api = dezhou();
      assert.ok(occurrences(printed.text, api.getTask('9')!.title['zh-Hant']) > 0, 'the card title');
      assert.equal(occurrences(printed.text, zhHant.showBody), 0, 'the disclosure button printed');
      const readings = [
        { target: 't09.1', value: 2100, asOf: '2023-06-30' },
        { target: 't26.3', value: 22, asOf: '2023-06-30' },
      ];
      for (const { target, value, asOf } of readings) {
        const { status } = api.evaluateTarget(api.getTarget(target)!, { value, asOf });
        assert.ok(printed.text.includes(statusGlyphs[status]), `${target}: the glyph of ${status}`);
      }
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
      const pages = await print(page);
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
      assert.deepEqual(await printStyleOffenders(page, 'sticky'), []);
      assert.deepEqual(await printStyleOffenders(page, 'clipped'), []);
    } finally {
      await page.close();
    }
  });
});
