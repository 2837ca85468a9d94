import { expect, fixture, html } from '@open-wc/testing';
import '../unit-summary.js';
import type { DzUnitSummary } from './unit-summary.js';

describe('dz-unit-summary layout', () => {
  for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
    it(`starts every task's name at one edge, after a lead's role label as after a participant's (${lang})`, async () => {
      // 市發改委 leads 23 tasks and joins 5: both labels, "Lead" and "Participating" in English.
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks" lang=${lang}></dz-unit-summary>`);
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="task"]')];
      const roles = new Set(rows.map((row) => row.querySelector('[part~="role"]')!.textContent!.trim()));
      expect(roles.size, 'both roles shown').to.equal(2);
      const starts = new Set(rows.map((row) => Math.round(row.querySelector('[part~="task-name"], [part~="task-link"]')!.getBoundingClientRect().left)));
      expect([...starts]).to.have.length(1);
    });
  }

  // Vite's starter templates centre the app's root (`#root { text-align: center }`): review r61 found the summary's
  // heading, counts, tasks and targets centred. Its own text starts at the start edge, whatever the direction.
  it('starts its text at the start edge in a page that centres its text', async () => {
    const box = await fixture<HTMLElement>(html`<div style="text-align: center"><dz-unit-summary unit="市發改委" lang="en"></dz-unit-summary></div>`);
    const el = box.querySelector('dz-unit-summary')!;
    await el.updateComplete;
    const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')];
    // The status glyph of a compact gauge is centred in its 1em box on purpose. Firefox gives the task list's items
    // (a subgrid) `left`, `start` resolved in this left-to-right page.
    const centred = all.filter((node) => !node.closest('.gauge-glyph') && !['start', 'left'].includes(getComputedStyle(node).textAlign));
    expect(centred.map((node) => node.getAttribute('part') ?? node.className)).to.deep.equal([]);
    expect(all.filter((node) => node.matches('[part~="heading"], [part~="task"], [part~="target"]')).length).to.be.greaterThan(3);
  });
});
