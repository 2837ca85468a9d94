/**
 * Accessibility under bad input (issue 14, finding 6): extreme values keep the meter's ARIA numbers valid, and several
 * elements on one page keep their landmarks apart. axe runs on the whole page part, both elements together.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import '../all.js';
import type { DzElement } from './base-element.js';

async function settled<E extends Element>(template: ReturnType<typeof html>): Promise<E> {
  const wrapper = await fixture<E>(template);
  await Promise.all(Array.from(wrapper.querySelectorAll<DzElement>('dz-task-card, dz-task-matrix, dz-target-gauge'), (el) => el.updateComplete));
  return wrapper;
}

/** The landmarks in a shadow root: named sections, and elements and roles that are landmarks wherever they are. */
const landmarks = (root: ShadowRoot): string[] =>
  Array.from(
    root.querySelectorAll('section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby], aside, nav, main, [role="region"], [role="complementary"], [role="navigation"], [role="main"], [role="search"]'),
    (el) => el.outerHTML.slice(0, 80),
  );

describe('accessible under bad input', () => {
  it('an extreme value on every target: any meter shown has plain decimal ARIA numbers', async () => {
    let meters = 0;
    for (const target of dezhouPlan.targets) {
      for (const value of [1e308, -1e308, 1e-7, 1.5e21]) {
        const el = await settled<DzElement>(html`<dz-target-gauge target=${target.id} .value=${value} as-of="2023-06-30"></dz-target-gauge>`);
        const meter = el.shadowRoot!.querySelector('[role="meter"]');
        if (!meter) continue;
        meters++;
        for (const name of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax']) {
          expect(meter.getAttribute(name), `${target.id} = ${value}: ${name}`).to.match(/^-?\d+(\.\d+)?$/);
        }
        expect(Number(meter.getAttribute('aria-valuenow')), `${target.id} = ${value}`).to.be.closeTo(value, Math.abs(value) * 1e-9);
      }
    }
    expect(meters, 'some targets show such values (rates, levels)').to.be.greaterThan(0);
  });

  it('value = 1e-7 (written 1e-7 by JavaScript) on a target that shows it: axe is clean', async () => {
    for (const target of dezhouPlan.targets) {
      const el = await settled<DzElement>(html`<dz-target-gauge target=${target.id} .value=${1e-7} as-of="2023-06-30"></dz-target-gauge>`);
      if (!el.shadowRoot!.querySelector('[role="meter"]')) continue;
      await expect(el).to.be.accessible();
      return;
    }
    expect.fail('no target shows the value 1e-7 on a meter');
  });

  it('two cards on one page: axe is clean over both, and neither adds a landmark (the page owns them)', async () => {
    const wrapper = await settled<HTMLElement>(html`<main><dz-task-card task="9"></dz-task-card><dz-task-card task="10"></dz-task-card></main>`);
    for (const card of wrapper.querySelectorAll('dz-task-card')) expect(landmarks(card.shadowRoot!), `task ${card.getAttribute('task')}`).to.deep.equal([]);
    await expect(wrapper).to.be.accessible();
  });

  it('two gauges and two matrices of different sections on one page: axe is clean over all of them', async () => {
    const wrapper = await settled<HTMLElement>(
      html`<main>
        <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>
        <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>
        <dz-task-matrix section="4"></dz-task-matrix><dz-task-matrix section="2"></dz-task-matrix>
      </main>`,
    );
    await expect(wrapper).to.be.accessible();
  });

  it('two unit summaries and the same task\'s card twice on one page: no landmark twice, axe clean over all', async () => {
    const wrapper = await settled<HTMLElement>(
      html`<main>
        <dz-unit-summary unit="市發改委"></dz-unit-summary><dz-unit-summary unit="市工業和信息化局"></dz-unit-summary>
        <dz-task-card task="9"></dz-task-card><dz-task-card task="9"></dz-task-card>
      </main>`,
    );
    await Promise.all(Array.from(wrapper.querySelectorAll<DzElement>('dz-unit-summary'), (el) => el.updateComplete));
    for (const el of wrapper.querySelectorAll('dz-unit-summary, dz-task-card')) expect(landmarks(el.shadowRoot!), el.localName).to.deep.equal([]);
    await expect(wrapper).to.be.accessible();
  });

  it('the same section\'s matrix twice and two plan overviews on one page: no landmark twice, axe clean over all', async () => {
    const wrapper = await settled<HTMLElement>(
      html`<main>
        <dz-task-matrix section="4"></dz-task-matrix><dz-task-matrix section="4"></dz-task-matrix>
        <dz-plan-overview></dz-plan-overview><dz-plan-overview></dz-plan-overview>
      </main>`,
    );
    await Promise.all(Array.from(wrapper.querySelectorAll<DzElement>('dz-plan-overview'), (el) => el.updateComplete));
    await expect(wrapper).to.be.accessible();
  });
});
