import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';
import { until } from '../../test/support/wait.js';

/** The first box of `element` (an inline one may have a box per line). */
const firstBox = (element: Element) => element.getClientRects()[0]!;

describe('dz-target-gauge layout in a narrow column', () => {
  it('keeps a long error message (a long URL) inside its box, the page not scrolled sideways', async () => {
    const src = `ftp://example.org/${'progress-report-of-the-bureau-'.repeat(8)}.json`;
    const box = await fixture<HTMLElement>(html`<div style="width: 200px"><dz-target-gauge target="t09.1" src=${src} lang="en"></dz-target-gauge></div>`);
    const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
    await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error message');
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(message.textContent).to.contain('ftp://example.org/');
    expect(message.scrollWidth, 'the message box scrolls').to.be.at.most(message.clientWidth);
    expect(box.scrollWidth, 'the container scrolls').to.be.at.most(box.clientWidth);
  });

  for (const variant of ['ring', 'bar']) {
    it(`starts a date or the progress words wrapped onto a line of their own at the left edge, as the lines above (${variant})`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 130px"><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" variant=${variant} lang="en"></dz-target-gauge></div>`);
      const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
      await el.updateComplete;
      const wrapped = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.due, .as-of, .progress')].filter((item) => {
        const line = item.parentElement!;
        return firstBox(item).top >= line.getBoundingClientRect().top + firstBox(item).height / 2;
      });
      expect(wrapped.map((item) => item.className), 'none wraps at 130 px: the test shows nothing').not.to.be.empty;
      for (const item of wrapped) {
        const line = item.parentElement!;
        const contentLeft = line.getBoundingClientRect().left + parseFloat(getComputedStyle(line).paddingInlineStart);
        expect(firstBox(item).left, `.${item.className} starts off the left edge`).to.be.closeTo(contentLeft, 0.5);
      }
    });
  }

  it('keeps each line of words one line of text to copy (the target with its date), not a piece per word', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 480px"><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang="en"></dz-target-gauge></div>`);
    const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
    await el.updateComplete;
    const goal = el.shadowRoot!.querySelector<HTMLElement>('[part="target"]')!;
    expect(goal.innerText.trim()).to.match(/^Target 3,000 .+ due 31 December 2023$/);
  });
});
