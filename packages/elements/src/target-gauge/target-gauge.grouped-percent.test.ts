/**
 * A share done above 999% is written as the page's language writes its other figures (review r110 F6): grouped in
 * English (`21,000%`, beside `21,000 base stations`), plain in Chinese (`21000%`), in the ring's centre, the reading's
 * words and the meter's spoken value alike.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function gauge(lang: string): Promise<DzTargetGauge> {
  // t09.2: 100 enterprises; 21000 of them is 21000% done.
  const el = (await fixture<HTMLElement>(html`<div lang=${lang}><dz-target-gauge target="t09.2" value="21000" as-of="2023-06-30"></dz-target-gauge></div>`)).querySelector<DzTargetGauge>('dz-target-gauge')!;
  await el.updateComplete;
  return el;
}

describe('dz-target-gauge: a share above 999% (review r110 F6)', () => {
  it('is grouped in English, in the centre, the reading and the meter', async () => {
    const el = await gauge('en');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('.ring-center'))).to.contain('21,000%');
    expect(text(root.querySelector('[part="value"]'))).to.contain('21,000% done');
    expect(root.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '').to.contain('21,000%');
  });

  it('stays plain in Chinese', async () => {
    const el = await gauge('zh-Hant');
    expect(text(el.shadowRoot!.querySelector('[part="value"]'))).to.contain('21000%');
  });
});
