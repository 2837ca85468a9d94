/**
 * In a layout that sizes its items to their content (a float, a flex row, an inline-block, a grid's `auto` column, a
 * table cell beside text) the matrix takes the room there is, up to its own width of 48em, and shows its table: it
 * followed its own width (container queries) by inline-size containment, which left it no width of its own there, 0 px
 * wide (11 px, a character a line, in a table cell), with nothing to see or say why (a CMS editor's review, r49). In a
 * plain block it is its container's width, as before; where the room is narrower, it takes that room and its list.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectTakesTheRoom, shrinkToFit } from '../../test/support/shrink-to-fit.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import { NARROW_BELOW } from './layout.js';
import type { DzTaskMatrix } from './task-matrix.js';

const matrix = html`<dz-task-matrix section="4"></dz-task-matrix>`;

/** The matrix in `layout`, in a container `width` px wide, once its table or list is drawn at the width it has. */
async function matrixIn(width: number, layout: TemplateResult): Promise<{ box: HTMLElement; el: DzTaskMatrix }> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${layout}</div>`);
  const el = box.querySelector<DzTaskMatrix>('dz-task-matrix')!;
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('table, [part="list"]'), 'the table or list');
  // A matrix of no width keeps the layout it has; one with a width switches to the layout of that width.
  const own = el.getBoundingClientRect().width;
  if (own > 0) await until(() => el.shadowRoot!.querySelector(own < NARROW_BELOW ? '[part="list"]' : 'table'), 'the layout of its width');
  await el.updateComplete;
  return { box, el };
}

describe('dz-task-matrix in layouts that size it to its content', () => {
  for (const [name, layout] of Object.entries(shrinkToFit)) {
    it(`takes the room of a 900 px container, at least the width of its table layout, in ${name}`, async () => {
      const { box, el } = await matrixIn(900, layout(matrix));
      const width = el.getBoundingClientRect().width;
      expect(width, 'the width of the table layout').to.be.at.least(NARROW_BELOW);
      expect(width, 'no wider than the container').to.be.at.most(900);
      expect(el.shadowRoot!.querySelector('table'), 'the table').to.exist;
      expect(box.scrollWidth, 'the container does not scroll').to.be.at.most(box.clientWidth);
      if (name === 'a float') await expect(el).to.be.accessible();
    });
  }

  for (const [name, layout] of Object.entries(shrinkToFit)) {
    it(`takes no more than the room of a 320 px container, and shows its list there, in ${name}`, async () => {
      const { box, el } = await matrixIn(320, layout(matrix));
      expectTakesTheRoom(box, el, name, 320);
      expect(el.shadowRoot!.querySelector('[part="list"]'), 'the list').to.exist;
    });
  }

  it('is as wide as its container in a plain block, as before', async () => {
    const { el } = await matrixIn(900, matrix);
    expect(el.getBoundingClientRect().width).to.be.closeTo(900, 0.5);
    const narrow = await matrixIn(320, matrix);
    expect(narrow.el.getBoundingClientRect().width).to.be.closeTo(320, 0.5);
    expect(narrow.el.shadowRoot!.querySelector('[part="list"]'), 'the list').to.exist;
    const wide = await matrixIn(1400, matrix);
    expect(wide.el.getBoundingClientRect().width).to.be.closeTo(1400, 0.5);
    await expect(el).to.be.accessible();
  });
});
