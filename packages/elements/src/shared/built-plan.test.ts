/**
 * Every element accepts a plan made by `dz-plan build` from another city's document: Simplified source, English
 * not yet written (shown as the document's own text), targets found automatically.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzTaskCard } from '../task-card/task-card.js';
import type { DzTaskMatrix } from '../task-matrix/task-matrix.js';
import { until } from '../../test/support/wait.js';

const PLAN = '/packages/elements/test-fixtures/built-plan.json';
const settled = (el: Element) => until(() => el.shadowRoot && !el.shadowRoot.querySelector('[part="loading"]') && el.shadowRoot.childElementCount > 0, `${el.localName} loaded the plan`);

describe('a plan built by dz-plan build', () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    it(`shows in the matrix, the card and the gauge (${lang}), with no error`, async () => {
      const errors: string[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} @dz-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}>
        <dz-task-matrix plan-src=${PLAN} section="1" style="width: 900px"></dz-task-matrix>
        <dz-task-card task="1" plan-src=${PLAN}></dz-task-card>
        <dz-target-gauge target="t01.1" value="30" as-of="2024-06-30" plan-src=${PLAN}></dz-target-gauge>
      </div>`);
      const matrix = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      const card = wrapper.querySelector<DzTaskCard>('dz-task-card')!;
      const gauge = wrapper.querySelector<DzTargetGauge>('dz-target-gauge')!;
      for (const el of [matrix, card, gauge]) await settled(el);
      await Promise.all([matrix.updateComplete, card.updateComplete, gauge.updateComplete]);
      expect(errors).to.deep.equal([]);
      const title = card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
      expect(title).to.equal(lang === 'zh-Hant' ? '推動成果轉化' : '推动成果转化');
      expect(matrix.shadowRoot!.querySelector('table')).to.not.equal(null);
      expect(gauge.status).to.equal('onTrack');
      await expect(wrapper).to.be.accessible();
    });
  }

  it('says the Simplified document’s units in the page’s script (項, 萬噸 in zh-Hant; 项, 万吨 in zh-Hans)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dz-target-gauge lang="zh-Hant" target="t01.1" value="30" as-of="2024-06-30" plan-src=${PLAN}></dz-target-gauge>
      <dz-target-gauge lang="zh-Hans" target="t01.1" value="30" as-of="2024-06-30" plan-src=${PLAN}></dz-target-gauge>
      <dz-task-card lang="zh-Hant" task="3" plan-src=${PLAN}></dz-task-card>
    </div>`);
    const [hant, hans] = wrapper.querySelectorAll<DzTargetGauge>('dz-target-gauge');
    const card = wrapper.querySelector<DzTaskCard>('dz-task-card')!;
    for (const el of [hant!, hans!, card]) await settled(el);
    await Promise.all([hant!.updateComplete, hans!.updateComplete, card.updateComplete]);
    const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text(hant!)).to.contain('30項').and.contain('50項').and.not.contain('项');
    expect(text(hans!)).to.contain('30项').and.contain('50项');
    expect(text(card)).to.contain('4.5萬噸').and.not.contain('万吨');
  });
});
