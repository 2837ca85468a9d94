/**
 * The overview's narrow layout follows its own width, not the window's: in a narrow column of a wide page (a sidebar,
 * a 320 px container) it took the wide layout, and its table was wider than its frame (a designer's review at 320 px).
 * At 320 px a table with statuses is wider than the frame in either layout (it scrolls there, with a shadow at the
 * edge): 360 px is where the narrow layout fits it and the wide one does not.
 */
import { type ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

/** A reading for every second target (0 to 120 % of it by mid-year), so the table shows its status columns. */
const report = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: dezhou()
    .plan.targets.filter((_, i) => i % 2 === 0)
    .map((target, i) => ({ target: target.id, value: target.value * [0, 0.3, 0.6, 1, 1.2][(i * 7) % 5]! })),
} as ProgressReport;

/** The overview, with its feed, `width` px wide (a sidebar, a narrow column) on a 1280 px wide page. */
const inBox = (width: number) =>
  withHeldFeed<DzPlanOverview>(
    (url) => html`<dz-plan-overview style="width: ${width}px" progress-src=${url}></dz-plan-overview>`,
    report,
    (shown) => !shown.shadowRoot!.querySelector('table'),
  );

/** Whether `node` is no wider inside than it shows (nothing to scroll sideways, nothing past its edge). */
const fits = (node: Element) => node.scrollWidth <= node.clientWidth;

describe('dz-plan-overview in a narrow column of a wide page', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('takes the narrow layout by its own width at 320 px: a narrower bar and cells, nothing past its box', async () => {
    const el = await inBox(320);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.shadowRoot!.querySelector('.bar')!.getBoundingClientRect().width, 'the bar').to.equal(4.5 * rem);
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

  it('fits its table with statuses at a width the narrow layout fits (360 px): no sideways scroll', async () => {
    const el = await inBox(360);
    const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(fits(el), 'the element in its box').to.be.true;
    expect(frame.scrollWidth, 'the table in its frame').to.be.at.most(frame.clientWidth);
  });
});
