/**
 * An overview on paper names its plan: a printout of one plan's overview is told from another's (a supervision
 * clerk's review: every printed overview said only "計劃總覽").
 */
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { onPaper } from '../../test/support/paper.js';
import { until } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function captionOf(template: ReturnType<typeof html>): Promise<{ el: DzPlanOverview; caption: HTMLElement }> {
  const el = await fixture<DzPlanOverview>(template);
  await until(() => el.shadowRoot!.querySelector('caption'), 'the table renders');
  await el.updateComplete;
  return { el, caption: el.shadowRoot!.querySelector('caption')! };
}

describe('dz-plan-overview: on paper', () => {
  for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    it(`prints a default caption that names the plan (${lang})`, async () => {
      const { el, caption } = await captionOf(html`<dz-plan-overview lang=${lang}></dz-plan-overview>`);
      await onPaper(el, () => {
        expect(caption.checkVisibility(), 'the caption on paper').to.equal(true);
        expect(text(caption)).to.contain(dezhouPlan.title[lang]);
      });
    });
  }

  it('names the plan in the caption by unit and the one of chosen sections too', async () => {
    const { caption: byUnit } = await captionOf(html`<dz-plan-overview rows="units"></dz-plan-overview>`);
    expect(text(byUnit)).to.contain(dezhouPlan.title['zh-Hant']);
    const { caption: sections } = await captionOf(html`<dz-plan-overview section="4"></dz-plan-overview>`);
    expect(text(sections)).to.contain(dezhouPlan.title['zh-Hant']);
  });

  it('keeps an author’s caption as written', async () => {
    const { caption } = await captionOf(html`<dz-plan-overview caption="本市 2023 年進度"></dz-plan-overview>`);
    expect(text(caption)).to.equal('本市 2023 年進度');
  });
});
