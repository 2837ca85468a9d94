/**
 * The matrix in a page that centres its text: Vite's starter templates centre the app's root (`#root { text-align:
 * center }`), and review r61 found the card's and the unit summary's text centred (F88). The matrix's caption and
 * cells set their own alignment, but its legend, its narrow list and its toolbar took the page's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

/** Centred on purpose: the column headers, the role cells and totals, the legend's keys; a button's label by the browser's style. */
const centredOnPurpose = 'thead th, td, .total, .key, button';

for (const [layout, width, shown] of [
  ['table', 800, 'table'],
  ['narrow list', 320, '[part~="list"]'],
] as const) {
  describe(`dz-task-matrix in a page that centres its text (${layout})`, () => {
    it('starts its text at the start edge: the caption, the legend, the list and the export button', async () => {
      const box = await fixture<HTMLElement>(html`<div style="text-align: center; width: ${width}px"><dz-task-matrix section="4" export lang="en"></dz-task-matrix></div>`);
      const el = box.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await until(() => el.shadowRoot!.querySelector(shown), `the ${layout}`);
      await el.updateComplete;
      const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => !['style', 'template'].includes(node.localName));
      const centred = all.filter((node) => !node.closest(centredOnPurpose) && !['start', 'left'].includes(getComputedStyle(node).textAlign));
      expect(centred.map((node) => node.getAttribute('part') || node.className || node.localName)).to.deep.equal([]);
      expect(all.filter((node) => node.matches('[part~="legend"], [part~="caption"], [part~="item"], .legend-note')).length).to.be.at.least(3);
      // The export button at the start of its row, not in its middle.
      const base = el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
      const button = el.shadowRoot!.querySelector('[part~="export-button"]')!.getBoundingClientRect();
      expect(button.left - base.left, 'the export button at the start').to.be.below(8);
    });
  });
}
