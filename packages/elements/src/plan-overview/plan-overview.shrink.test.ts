/**
 * In a layout that sizes its items to their content (a float, a flex row, an inline-block, a grid's `auto` column, a
 * table cell beside text) the overview takes the room there is, up to its own width of 48em: its frame followed its
 * own width (container queries) by inline-size containment, which left the overview 2 px wide there, its borders,
 * with nothing to see or say why (a CMS editor's review, r49). In a plain block it is its container's width, as before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectTakesTheRoom, shrinkToFit } from '../../test/support/shrink-to-fit.js';
import { until } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

const overview = html`<dz-plan-overview section="4"></dz-plan-overview>`;

/** Where the overview takes its wide layout: a frame of 30em or narrower takes the narrow one (plan-overview.styles.ts). */
const wideFrom = () => 30 * parseFloat(getComputedStyle(document.body).fontSize);

/** The overview in `layout`, in a container `width` px wide, its table drawn. */
async function overviewIn(width: number, layout: TemplateResult): Promise<{ box: HTMLElement; el: DzPlanOverview }> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${layout}</div>`);
  const el = box.querySelector<DzPlanOverview>('dz-plan-overview')!;
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('table'), 'the table');
  return { box, el };
}

describe('dz-plan-overview in layouts that size it to its content', () => {
  for (const [name, layout] of Object.entries(shrinkToFit)) {
    it(`takes the room of a 900 px container, at least the width of its wide layout, in ${name}`, async () => {
      const { box, el } = await overviewIn(900, layout(overview));
      const width = el.getBoundingClientRect().width;
      expect(width, 'the width of the wide layout').to.be.above(wideFrom());
      expect(width, 'no wider than the container').to.be.at.most(900);
      const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
      expect(frame.scrollWidth, 'the table fits its frame').to.be.at.most(frame.clientWidth);
      expect(box.scrollWidth, 'the container does not scroll').to.be.at.most(box.clientWidth);
      if (name === 'a float') await expect(el).to.be.accessible();
    });
  }

  for (const [name, layout] of Object.entries(shrinkToFit)) {
    it(`takes no more than the room of a 320 px container in ${name}`, async () => {
      const { box, el } = await overviewIn(320, layout(overview));
      expectTakesTheRoom(box, el, name, 320);
    });
  }

  it('is as wide as its container in a plain block, as before', async () => {
    const { el } = await overviewIn(900, overview);
    expect(el.getBoundingClientRect().width).to.be.closeTo(900, 0.5);
    const wide = await overviewIn(1400, overview);
    expect(wide.el.getBoundingClientRect().width).to.be.closeTo(1400, 0.5);
    await expect(el).to.be.accessible();
  });
});
