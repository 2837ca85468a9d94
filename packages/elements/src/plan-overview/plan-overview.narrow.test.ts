/**
 * The overview's narrow layout follows its own width, not the window's: in a narrow column of a wide page (a sidebar,
 * a 320 px container) it took the wide layout, and its table was wider than its frame (a designer's review at 320 px).
 * Its narrow layout stacks each row (r67 H1: at 375 px the status column was out of sight, behind a sideways scroll):
 * nothing scrolls sideways at 320 px, in English or with the units' widest columns.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expectWithin, visibleBox } from '../../test/support/visible-box.js';
import { halfReadReport } from '../../test/support/half-read-report.js';
import { withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

const report = halfReadReport;

/** What the overview shows besides its feed: its language and, by unit, ranked. */
interface Shown {
  readonly lang?: string;
  readonly rows?: string;
  readonly sort?: string;
}

/** The overview, with its feed, `width` px wide (a sidebar, a narrow column) on a 1280 px wide page. */
const inBox = (width: number, { lang, rows, sort }: Shown = {}) =>
  withHeldFeed<DzPlanOverview>(
    (url) =>
      html`<dz-plan-overview style="width: ${width}px" lang=${ifDefined(lang)} rows=${ifDefined(rows)} sort=${ifDefined(sort)} progress-src=${url}></dz-plan-overview>`,
    report,
    (shown) => !shown.shadowRoot!.querySelector('table'),
  );

/** Whether `node` is no wider inside than it shows (nothing to scroll sideways, nothing past its edge). */
const fits = (node: Element) => node.scrollWidth <= node.clientWidth;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Checks the stacked rows of `el` (a designer's review, r67 H1: at 375 px the status column was wholly off-screen):
 * every cell inside the frame's visible box, with nothing to scroll sideways; each row's status words in view; and each
 * count shown with its column header's words, so a row reads without the header row.
 */
function expectStacked(el: DzPlanOverview): void {
  const root = el.shadowRoot!;
  const frame = root.querySelector<HTMLElement>('[part="scroller"]')!;
  const { left, right } = visibleBox(frame);
  const heads = [...root.querySelectorAll('thead th')].map(text);
  expectWithin(root.querySelector<HTMLElement>('.caption-text')!, frame, 'above the stacked rows');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr, tfoot tr')];
  const within = (node: Element, what: string) => {
    const box = node.getBoundingClientRect();
    expect(box.left, `${what}, its left edge`).to.be.at.least(left - 0.5);
    expect(box.right, `${what}, its right edge`).to.be.at.most(right + 0.5);
  };
  const cells = rows.flatMap((row) => [...row.cells].map((cell, i) => ({ cell, what: `${row.dataset.id ?? 'total'}: ${heads[i]}`, head: heads[i] })));
  for (const { cell, what } of cells) within(cell, what);
  const statuses = [...root.querySelectorAll('.key-item')];
  expect(statuses.length, 'status words shown').to.be.above(rows.length / 2);
  for (const item of statuses) within(item, text(item));
  // Still a table to assistive tech, whatever the display of its parts: each part's role said.
  expect(root.querySelector('table')!.getAttribute('role')).to.equal('table');
  expect(rows.map((row) => row.getAttribute('role'))).to.deep.equal(rows.map(() => 'row'));
  for (const { cell, what, head } of cells) {
    expect(cell.getAttribute('role'), what).to.equal(cell.matches('th') ? 'rowheader' : 'cell');
    if (!cell.matches('.count, .rank') || text(cell) === '') continue;
    const label = cell.querySelector<HTMLElement>('.label');
    expect(label?.checkVisibility(), `${what}, labelled`).to.be.true;
    expect(text(label), `${what}, labelled by its header's words`).to.equal(head);
  }
  expect(frame.scrollWidth, 'nothing to scroll sideways').to.be.at.most(frame.clientWidth);
}

describe('dz-plan-overview in a narrow column of a wide page', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('takes the narrow layout by its own width at 320 px: a bar as wide as its row, narrower cells, nothing past its box', async () => {
    const el = await inBox(320);
    const statuses = el.shadowRoot!.querySelector('tbody .statuses')!;
    const bar = el.shadowRoot!.querySelector('.bar')!.getBoundingClientRect().width;
    expect(bar, 'the bar, as wide as its row').to.equal(statuses.getBoundingClientRect().width);
    expect(bar, 'the bar, most of the element').to.be.above(250);
    const name = el.shadowRoot!.querySelector('tbody th')!;
    expect(parseFloat(getComputedStyle(name).paddingInlineStart), 'half the inline padding').to.be.below(parseFloat(getComputedStyle(name).paddingBlockStart) * 2);
    expect(fits(el), 'the element in its box').to.be.true;
  });

  it('keeps the narrow layout on a site whose root is 10px (html 62.5%, body 1.6rem): its threshold is in its own em', async () => {
    // A code review: in a container query rem is the page's root, so 30rem was 300px there and a 375 px phone got the
    // wide layout.
    const root = document.documentElement.style;
    root.fontSize = '62.5%';
    document.body.style.fontSize = '1.6rem';
    try {
      const el = await inBox(375);
      const name = el.shadowRoot!.querySelector('tbody th')!;
      expect(parseFloat(getComputedStyle(name).paddingInlineStart), 'half the inline padding').to.be.below(parseFloat(getComputedStyle(name).paddingBlockStart) * 2);
    } finally {
      root.fontSize = '';
      document.body.style.fontSize = '';
    }
  });

  // The widest words: the sections in English, the units ranked with their joined tasks' column in Traditional Chinese.
  const shown: Record<string, Shown> = {
    'its sections in English': { lang: 'en' },
    'its units ranked, in Traditional Chinese': { lang: 'zh-Hant', rows: 'units', sort: 'behind' },
  };
  for (const width of [320, 375]) {
    for (const [what, attributes] of Object.entries(shown)) {
      it(`stacks each row at ${width} px, ${what}: name, labelled counts, statuses, all in the frame; axe finds nothing`, async () => {
        const el = await inBox(width, attributes);
        expectStacked(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('keeps the table as it was from 30em up: the header row shown, the counts bare', async () => {
    const el = await inBox(600);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLElement>('thead th')!.getBoundingClientRect().height, 'the header row').to.be.above(10);
    expect(getComputedStyle(root.querySelector('tbody tr')!).display).to.equal('table-row');
    expect([...root.querySelectorAll<HTMLElement>('.label')].filter((label) => label.checkVisibility()), 'no label shown').to.deep.equal([]);
  });

  it('wraps its status words inside the frame on a 320 px page with text spacing (1.4.12), in English, ranked', async () => {
    // Review r120 F1: with a reader's text spacing, "» 1 used faster than the pace" kept to one line past the frame's edge.
    await setViewport({ width: 320, height: 640 });
    try {
      const published = (await (await fetch('/examples/data/progress-2023q3.json')).json()) as typeof report;
      const el = await withHeldFeed<DzPlanOverview>(
        (url) => html`<dz-plan-overview lang="en" sort="behind" progress-src=${url}></dz-plan-overview>`,
        published,
        (shown) => !shown.shadowRoot!.querySelector('table'),
      );
      const style = document.createElement('style');
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }';
      el.shadowRoot!.append(style);
      await el.updateComplete;
      const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
      const { right } = visibleBox(frame);
      const items = [...el.shadowRoot!.querySelectorAll('.key-item')];
      expect(items.length, 'status words shown').to.be.above(0);
      for (const item of items) expect(item.getBoundingClientRect().right, text(item)).to.be.at.most(right + 0.5);
      expect(frame.scrollWidth, 'nothing to scroll sideways').to.be.at.most(frame.clientWidth);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('fits its table with statuses at a width the narrow layout fits (360 px): no sideways scroll', async () => {
    const el = await inBox(360);
    const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(fits(el), 'the element in its box').to.be.true;
    expect(frame.scrollWidth, 'the table in its frame').to.be.at.most(frame.clientWidth);
  });
});
