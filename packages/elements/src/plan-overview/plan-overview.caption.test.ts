/**
 * A long caption wraps within what its scrolling frame shows, and stays in view while the table scrolls sideways (a
 * CMS editor's review: on a 375 px phone the English caption, which names the plan, was 548 px wide in a 359 px frame
 * and cut off). A frame narrower than 30em stacks the table's rows, which fit it (plan-overview.narrow.test.ts): the
 * caption is tested in a 500 px element, by unit, whose table is wider than the frame.
 */
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import { withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';
import { expectWithin } from '../../test/support/visible-box.js';

/** A report with a reading for every target, so the table shows its status columns. */
const report = { plan: dezhouPlan.id, asOf: '2023-06-30', entries: dezhou().plan.targets.map((target) => ({ target: target.id, value: target.value })) };


describe('dz-plan-overview: a long caption in a narrow frame', () => {
  for (const lang of ['en', 'zh-Hant'] as const) {
    it(`wraps within the frame and stays in view as the table scrolls (${lang})`, async () => {
      const el = await withHeldFeed<DzPlanOverview>(
        (url) => html`<dz-plan-overview style="width: 500px" rows="units" lang=${lang} progress-src=${url}></dz-plan-overview>`,
        report,
        (shown) => !shown.shadowRoot!.querySelector('caption'),
      );
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      const caption = el.shadowRoot!.querySelector<HTMLElement>('caption')!;
      const text = (caption.firstElementChild as HTMLElement | null) ?? caption;
      expect(frame.scrollWidth, 'the table is wider than its frame').to.be.above(frame.clientWidth);
      expect(text.textContent!.length, 'a caption longer than one line of the frame').to.be.above(30);
      expectWithin(text, frame, 'at the start');
      frame.scrollLeft = frame.scrollWidth;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expectWithin(text, frame, 'scrolled to the end');
    });
  }
});
