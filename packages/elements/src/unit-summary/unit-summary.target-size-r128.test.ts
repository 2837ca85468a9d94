/**
 * Review r128 F4: under a site's smaller root font (`html { font-size: 12px }`) the summary's task links were 18 px
 * tall, 21 px apart: under WCAG 2.2's 24 px target size (2.5.8), which the card's unit links already keep.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../unit-summary.js';
import type { DzUnitSummary } from './unit-summary.js';

describe('dz-unit-summary task links keep a 24 px target (review r128 F4)', () => {
  for (const rootFont of ['', '12px']) {
    it(`each task link is at least 24 px tall, root font ${rootFont || 'default'}`, async () => {
      try {
        document.documentElement.style.fontSize = rootFont;
        const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市水利局" show="tasks" task-href="/task/{id}"></dz-unit-summary>`);
        await el.updateComplete;
        const links = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[part~="task-link"]')];
        expect(links.length, 'task links').to.be.greaterThan(1);
        for (const link of links) expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(24);
        await expect(el).to.be.accessible();
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }
});
