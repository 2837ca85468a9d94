/**
 * The page's --dz-color-met reaches a gauge under scheme="rag5" as under the default scheme (review r110: rag5 drew its
 * own blue whatever the page set); rag5's blue is only the fallback, and --dz-gauge-met-color still wins over both.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import type { DzTargetGauge } from './target-gauge.js';

const PAGE_MET = 'rgb(106, 27, 154)';
const GAUGE_MET = 'rgb(1, 2, 3)';

/** The met gauge's status colour and its ring's fill. */
function metColours(el: DzTargetGauge): string[] {
  const root = el.shadowRoot!;
  return [getComputedStyle(root.querySelector('[part~="status"]')!).color, getComputedStyle(root.querySelector('.ring-svg .fill')!).stroke];
}

describe('dz-target-gauge: the page’s met colour under every scheme (review r110)', () => {
  it('a rag5 gauge takes the page’s --dz-color-met, as a default one does; --dz-gauge-met-color wins over both', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <dz-target-gauge target="t09.1" value="3000" as-of="2023-10-31"></dz-target-gauge>
      <dz-target-gauge target="t09.1" value="3000" as-of="2023-10-31" scheme="rag5"></dz-target-gauge>
    </div>`);
    const [traffic, rag5] = [...page.querySelectorAll<DzTargetGauge>('dz-target-gauge')] as [DzTargetGauge, DzTargetGauge];
    for (const el of [traffic, rag5]) await el.updateComplete;
    expect([traffic.status, rag5.status]).to.deep.equal(['met', 'met']);
    const [trafficDefault] = metColours(traffic);
    const [rag5Default] = metColours(rag5);
    expect(rag5Default, 'without a page colour, rag5 tells met from on track by its own colour').to.not.equal(trafficDefault);

    page.style.setProperty('--dz-color-met', PAGE_MET);
    expect(metColours(traffic), 'the default scheme').to.deep.equal([PAGE_MET, PAGE_MET]);
    expect(metColours(rag5), 'rag5').to.deep.equal([PAGE_MET, PAGE_MET]);

    page.style.setProperty('--dz-gauge-met-color', GAUGE_MET);
    expect(metColours(traffic), 'the default scheme, the gauge’s own colour').to.deep.equal([GAUGE_MET, GAUGE_MET]);
    expect(metColours(rag5), 'rag5, the gauge’s own colour').to.deep.equal([GAUGE_MET, GAUGE_MET]);

    page.style.removeProperty('--dz-color-met');
    page.style.removeProperty('--dz-gauge-met-color');
    expect(metColours(rag5), 'rag5’s own colour again').to.deep.equal([rag5Default, rag5Default]);
  });
});
