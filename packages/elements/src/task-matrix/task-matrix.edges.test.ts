/**
 * A table longer or wider than its frame shows a shadow at each edge beyond which rows or columns are hidden: with
 * overlay scroll bars nothing else says so (review r83: section 4's last unit was a sliver under the sticky total row
 * at 1280 × 900). The shadows are drawn by the frame's `.edges`, over the rows and columns that scroll, never over
 * the sticky header, first column or total row; where nothing is hidden there is none.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

interface Drawn {
  el: DzTaskMatrix;
  scroller: HTMLElement;
  edges: HTMLElement;
}

/** The matrix of `matrix`, once its table is drawn and its frame measured (its scroll padding set). */
async function drawn(matrix: TemplateResult): Promise<Drawn> {
  const el = await fixture<DzTaskMatrix>(matrix);
  await el.updateComplete;
  const scroller = () => el.shadowRoot!.querySelector<HTMLElement>('.scroller');
  await until(() => scroller()?.style.scrollPadding, 'the table drawn and its frame measured');
  return { el, scroller: scroller()!, edges: el.shadowRoot!.querySelector<HTMLElement>('.edges')! };
}

/** The edges with a shadow, in the order top, right, bottom, left. */
const shadowed = (edges: HTMLElement) => ['top', 'right', 'bottom', 'left'].filter((edge) => edges.classList.contains(edge));

/** Scrolls the frame to `top` and `left` and waits for its scroll event and the element's update. */
async function scrollTo({ el, scroller }: Drawn, top: number, left: number): Promise<void> {
  const scrolled = oneEvent(scroller, 'scroll');
  scroller.scrollTo({ top, left, behavior: 'instant' });
  await scrolled;
  await el.updateComplete;
}

describe('dz-task-matrix shows where rows and columns are hidden beyond its frame', () => {
  it('a shadow below while rows are under the total row, above once scrolled, and none at the end', async () => {
    const matrix = await drawn(html`<dz-task-matrix section="4" style="width: 1000px; --dz-matrix-max-height: 240px"></dz-task-matrix>`);
    const { scroller, edges } = matrix;
    expect(scroller.scrollHeight, 'the table is taller than its frame').to.be.above(scroller.clientHeight);
    await until(() => shadowed(edges).includes('bottom'), 'a shadow below');
    expect(shadowed(edges), 'at the start').to.deep.equal(['bottom']);
    expect(getComputedStyle(edges).boxShadow, 'the shadow is drawn').to.include('inset');
    // The shadow sits on the total row's top edge, not over it: its words are not covered.
    const total = scroller.querySelector('tfoot th')!.getBoundingClientRect();
    expect(Math.abs(edges.getBoundingClientRect().bottom - total.top), 'the shadow’s edge at the total row').to.be.at.most(1.5);

    // Past the caption, which scrolls away, a row is under the header row.
    await scrollTo(matrix, scroller.querySelector('caption')!.offsetHeight + 40, 0);
    expect(shadowed(edges), 'half way').to.deep.equal(['top', 'bottom']);
    // The box stays put as the table scrolls: its top at the sticky header row's bottom edge.
    const head = scroller.querySelector('thead th')!.getBoundingClientRect();
    expect(Math.abs(edges.getBoundingClientRect().top - head.bottom), 'the shadow’s edge at the header row').to.be.at.most(1.5);
    await scrollTo(matrix, scroller.scrollHeight, 0);
    expect(shadowed(edges), 'at the end').to.deep.equal(['top']);
  });

  it('a shadow right while columns are hidden there, left once scrolled sideways', async () => {
    const matrix = await drawn(html`<dz-task-matrix section="1,4" lang="en" style="width: 700px; --dz-matrix-max-height: 90vh"></dz-task-matrix>`);
    const { scroller, edges } = matrix;
    expect(scroller.scrollWidth, 'the table is wider than its frame').to.be.above(scroller.clientWidth);
    await until(() => shadowed(edges).includes('right'), 'a shadow right');
    expect(shadowed(edges)).to.not.include('left');
    await scrollTo(matrix, 0, scroller.scrollWidth);
    expect(shadowed(edges)).to.include('left');
    expect(shadowed(edges)).to.not.include('right');
    // Beside the sticky first column, up to the frame's edge (inside its scroll bar) however far it scrolled.
    const first = scroller.querySelector('tbody th')!.getBoundingClientRect();
    const box = edges.getBoundingClientRect();
    expect(Math.abs(box.left - first.right), 'the shadow’s edge at the first column').to.be.at.most(1.5);
    expect(Math.abs(box.right - (scroller.getBoundingClientRect().left + scroller.clientLeft + scroller.clientWidth)), 'at the frame’s right').to.be.at.most(1.5);
  });

  it('no shadow where the whole table shows', async () => {
    const { scroller, edges } = await drawn(html`<dz-task-matrix unit="市發改委" section="4" style="width: 1000px"></dz-task-matrix>`);
    expect(scroller.scrollHeight, 'nothing to scroll down').to.be.at.most(scroller.clientHeight);
    expect(scroller.scrollWidth, 'nothing to scroll across').to.be.at.most(scroller.clientWidth);
    expect(shadowed(edges)).to.deep.equal([]);
    expect(getComputedStyle(edges).boxShadow, 'no shadow drawn').to.not.include('inset');
  });

  it('a dashed line instead in forced colours, which drop shadows, and nothing on paper', async function () {
    const { el, edges } = await drawn(html`<dz-task-matrix section="4" style="width: 1000px; --dz-matrix-max-height: 240px"></dz-task-matrix>`);
    await until(() => shadowed(edges).includes('bottom'), 'a shadow below');
    const line = (side: string) => { const style = getComputedStyle(edges); return `${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-width`)}`; };
    expect(line('bottom'), 'no line on screen').to.equal('none 0px');
    try {
      await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    } catch (error) {
      if (/not support/i.test(String(error))) this.skip(); // the Puppeteer Firefox here emulates no media
      throw error;
    }
    try {
      expect(line('bottom'), 'below, where rows are hidden').to.equal('dashed 2px');
      expect(line('top'), 'above, where none are').to.equal('dashed 0px');
      expect(getComputedStyle(edges).borderBottomColor, 'in the text colour').to.equal(getComputedStyle(edges.parentElement!).color);
      await emulateMedia({ forcedColors: 'none', media: 'print' } as Parameters<typeof emulateMedia>[0]);
      // Printing renders the table again (every row): the edges read once it has, as they are then (under load the
      // first read could come while the old ones were being replaced: '' for a node no longer styled).
      await el.updateComplete;
      const printed = el.shadowRoot!.querySelector<HTMLElement>('.edges');
      expect(printed && getComputedStyle(printed).display, 'on paper').to.be.oneOf([null, 'none']);
    } finally {
      await emulateMedia({ forcedColors: 'none', media: 'screen' } as Parameters<typeof emulateMedia>[0]);
    }
  });
});
