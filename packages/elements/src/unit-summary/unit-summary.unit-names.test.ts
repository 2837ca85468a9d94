/** The summary's unit as CMS editors type it (review of unit names): an unknown name suggests the closest one. */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzErrorDetail } from '../shared/events.js';
import type { DzUnitSummary } from './unit-summary.js';

async function summary(unit: string, lang = 'zh-Hant'): Promise<{ el: DzUnitSummary; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const el = await fixture<DzUnitSummary>(html`<dz-unit-summary lang=${lang} unit=${unit} @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></dz-unit-summary>`);
  await until(() => el.shadowRoot!.querySelector('[part="loading"]') === null, 'the plan is loaded');
  await el.updateComplete;
  return { el, errors };
}
const alertText = (el: DzUnitSummary) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('dz-unit-summary unit names', () => {
  it('an unknown unit suggests the closest name, in the page language', async () => {
    const { el, errors } = await summary('市發改');
    expect(alertText(el)).to.contain('找不到單位 市發改').and.to.contain('「市發改委」');
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-unit']);
    expect(alertText((await summary('市财政', 'zh-Hans')).el)).to.contain('“市财政局”');
  });

  it('no suggestion when nothing is close', async () => {
    expect(alertText((await summary('市不存在局')).el)).to.contain('找不到單位 市不存在局').and.not.to.contain('「');
  });

  it('an English name without the city prefix is found', async () => {
    const { el, errors } = await summary('Science and Technology Bureau', 'en');
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="heading"]')?.textContent).to.contain('Science and Technology Bureau');
  });
});
