/**
 * The matrix's layout stays inside its own box: what its table or list lays out beyond what it shows is clipped by
 * its scrolling frame, or by a scrolling box of the page around it, and never stretches the page. The visually hidden
 * words of its cells (an English "Part." cell's "Participating", position: absolute) had their containing block
 * outside the frame, so the frame did not clip them: an English page with the whole plan's matrix at 1200 px grew to
 * 2877 × 4847 px, blank beyond the matrix's 1152 × 700 px frame (review r62). A table larger than the viewport in
 * both directions, in a frame that is not, shows it here at a fraction of the whole plan's cells.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

/** The page's scrollable size, and the viewport's. */
function pageSize(): { scroll: [number, number]; viewport: [number, number] } {
  const doc = document.documentElement;
  return { scroll: [doc.scrollWidth, doc.scrollHeight], viewport: [doc.clientWidth, doc.clientHeight] };
}

/** The matrix in `layout`, once its `selector` (the table or the list) is drawn. */
async function matrixIn(layout: TemplateResult, selector: string): Promise<{ el: DzTaskMatrix; content: HTMLElement }> {
  const box = await fixture<HTMLElement>(layout);
  const el = box.matches('dz-task-matrix') ? (box as DzTaskMatrix) : box.querySelector<DzTaskMatrix>('dz-task-matrix')!;
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector(selector), selector);
  await el.updateComplete;
  return { el, content: el.shadowRoot!.querySelector<HTMLElement>(selector)! };
}

describe('dz-task-matrix keeps its layout inside its box', () => {
  it('an English table larger than the viewport, in a frame that is not, leaves the page the viewport’s size', async () => {
    // Sections 3 and 7: 17 tasks and 30-odd units, with many "Part." cells.
    const { el, content } = await matrixIn(
      html`<dz-task-matrix lang="en" section="3,7" style="width: 620px; --dz-matrix-max-height: 160px"></dz-task-matrix>`,
      'table',
    );
    const { viewport } = pageSize();
    expect(content.offsetWidth, 'the table is wider than the viewport').to.be.above(viewport[0]);
    expect(content.offsetHeight, 'the table is taller than the viewport').to.be.above(viewport[1]);
    expect(el.shadowRoot!.querySelector('td.participating .visually-hidden'), 'a participating cell’s hidden word').to.exist;
    const box = el.getBoundingClientRect();
    expect(box.right, 'the element fits across the viewport').to.be.at.most(viewport[0]);
    expect(box.bottom, 'the element fits down the viewport').to.be.at.most(viewport[1]);
    expect(pageSize().scroll, 'the page scrolls no further than the viewport').to.deep.equal(viewport);
  });

  it('its list in a scrolling box of the page leaves the page the viewport’s size', async () => {
    // Section 7's 19 units, one entry each with its totals in hidden words, in a box 200 px tall.
    const { el, content } = await matrixIn(
      html`<div style="width: 400px; height: 200px; overflow: auto"><dz-task-matrix lang="en" section="7"></dz-task-matrix></div>`,
      '[part="list"]',
    );
    const { viewport } = pageSize();
    expect(content.offsetHeight, 'the list is taller than the viewport').to.be.above(viewport[1]);
    expect(el.shadowRoot!.querySelector('.entry-count .visually-hidden'), 'an entry’s hidden totals').to.exist;
    expect(pageSize().scroll, 'the page scrolls no further than the viewport').to.deep.equal(viewport);
  });
});
