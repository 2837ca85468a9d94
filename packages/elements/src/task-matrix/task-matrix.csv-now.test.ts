/**
 * `toCsv()` right after a property changed, before the update: from the inputs as the element takes them (checked,
 * a refused value refused), not as last checked nor as set.
 */
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import '../task-matrix.js';
import type { DzErrorDetail } from '../shared/events.js';
import type { DzTaskMatrix } from './task-matrix.js';

/** A matrix of section 4, drawn, and the `dz-error`s it dispatches. */
async function matrix(): Promise<{ el: DzTaskMatrix; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture(
    html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}><dz-task-matrix section="4"></dz-task-matrix></div>`,
  );
  const el = wrapper.querySelector('dz-task-matrix')!;
  await el.updateComplete;
  return { el, errors };
}

const errorShown = (el: DzTaskMatrix) => el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';

describe('dz-task-matrix toCsv() at once', () => {
  it('a unit refused (an object): no throw, no CSV, then the invalid-attribute error', async () => {
    const { el, errors } = await matrix();
    expect(el.toCsv()).to.not.equal('');
    el.unit = { id: 'x' } as unknown as string;
    let csv: unknown;
    expect(() => (csv = el.toCsv()), 'at once').to.not.throw();
    expect(csv).to.equal('');
    await el.updateComplete;
    expect(errorShown(el)).to.contain('unit');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    expect(el.toCsv(), 'after the update').to.equal('');
  });

  it('a good unit after a refused one shown: its CSV at once', async () => {
    const unit = dezhou().responsibilityMatrix({ sections: [4] }).rows[0]!.id;
    const good = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" unit=${unit}></dz-task-matrix>`);
    await good.updateComplete;
    const expected = good.toCsv();
    expect(expected).to.match(/^單位,/);
    const { el, errors } = await matrix();
    el.unit = { id: 'x' } as unknown as string;
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    el.unit = unit;
    expect(el.toCsv(), 'at once').to.equal(expected);
    expect(await el.updateComplete, 'updateComplete, after the update done at once').to.equal(true);
    expect(errorShown(el)).to.equal('');
    expect(el.toCsv(), 'after the update').to.equal(expected);
  });
});
