/**
 * Review r128, a designer theming the matrix for a government site through its parts and custom properties:
 * - F1: `::part(cell) { padding: 4px 8px }` (denser cells, as the guide's example part invites) took away the room above
 *   a role's word that holds its glyph (drawn as the cell's background), so the ● or ○ sat on 牽頭 or 參與;
 * - F2: a brand header colour (`--dz-matrix-header-bg: #c00`, white header text through the parts) left the totals'
 *   split (●2 ○1) in the muted grey, 1.08:1 on the red, with no part or property to reach it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

/** A page style sheet, as a site's theme adds one, removed after the test. */
async function withPageStyle<T>(css: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

const cellOf = (el: DzTaskMatrix, role: 'lead' | 'participating') => el.shadowRoot!.querySelector<HTMLElement>(`td.${role}`)!;

describe('dz-task-matrix under a site theme (review r128)', () => {
  it("keeps a role cell's room for its glyph when a page pads the cells through ::part(cell) (F1)", async () => {
    const plain = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4"></dz-task-matrix>`);
    await plain.updateComplete;
    const room = { lead: getComputedStyle(cellOf(plain, 'lead')).paddingTop, participating: getComputedStyle(cellOf(plain, 'participating')).paddingTop };
    expect(parseFloat(room.lead), 'the default room above the word').to.be.greaterThan(12);
    await withPageStyle('dz-task-matrix.dense::part(cell) { padding: 4px 8px }', async () => {
      const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix class="dense" section="4"></dz-task-matrix>`);
      await el.updateComplete;
      for (const role of ['lead', 'participating'] as const) {
        const cell = getComputedStyle(cellOf(el, role));
        expect(cell.paddingTop, `${role}: the glyph's room kept`).to.equal(room[role]);
        expect(cell.paddingLeft, `${role}: the page's other padding applies`).to.equal('8px');
        expect(cell.paddingBottom, `${role}: the page's other padding applies`).to.equal('4px');
      }
      const empty = getComputedStyle(el.shadowRoot!.querySelector<HTMLElement>('td.empty')!);
      expect(empty.paddingTop, 'an empty cell takes the page padding whole').to.equal('4px');
    });
  });

  it("draws the totals' split in the total's own colour, which a brand header colour sets through the parts (F2)", async () => {
    await withPageStyle(
      'dz-task-matrix.brand { --dz-matrix-header-bg: #c00 } dz-task-matrix.brand::part(header), dz-task-matrix.brand::part(total), dz-task-matrix.brand::part(row-header) { color: #fff }',
      async () => {
        const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix class="brand" section="4"></dz-task-matrix>`);
        await el.updateComplete;
        const splits = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.total .split')];
        expect(splits.length, 'totals with a split').to.be.greaterThan(0);
        for (const split of splits) expect(getComputedStyle(split).color).to.equal('rgb(255, 255, 255)');
        await expect(el).to.be.accessible();
      },
    );
  });
});
