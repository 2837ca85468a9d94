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

  it('its sticky header and column stay under a page’s own sticky header of z-index 1 as the page scrolls', async () => {
    // The sticky cells' z-index (1 to 3) was the page's: a CMS page's sticky site header (z-index 1, after which
    // nothing of the page is written) had the matrix's header row painted over it (F87's report).
    const { el } = await matrixIn(
      html`<div>
        <header style="position: sticky; top: 0; z-index: 1; height: 60px; background: canvas">Site</header>
        <div style="height: 100px"></div>
        <dz-task-matrix section="4" style="--dz-matrix-max-height: 300px"></dz-task-matrix>
        <div style="height: 1200px"></div>
      </div>`,
      'table',
    );
    const header = el.shadowRoot!.querySelector('thead th')!;
    // The page scrolled until the matrix's header row is under the site's header.
    window.scrollBy(0, header.getBoundingClientRect().top - 20);
    try {
      const { left, right } = header.getBoundingClientRect();
      const hit = document.elementFromPoint((left + right) / 2, 30);
      expect(hit?.localName, 'what is drawn at the site header’s place').to.equal('header');
    } finally {
      window.scrollTo(0, 0);
    }
  });
});
