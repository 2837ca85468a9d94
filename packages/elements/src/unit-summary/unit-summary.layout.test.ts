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
});
