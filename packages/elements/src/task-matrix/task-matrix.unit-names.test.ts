/**
 * Unit names as CMS editors type them (review of unit names): a name the plan does not have comes with the closest
 * one it does ("did you mean"), names listed with spaces are read as a list, as `section="4 5"` is, and English
 * names without the city prefix are found.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzErrorDetail } from '../shared/events.js';
import type { DzTaskMatrix } from './task-matrix.js';

async function matrix(unit: string, lang = 'zh-Hant'): Promise<{ el: DzTaskMatrix; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture(html`<div lang=${lang} style="width: 900px" @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}><dz-task-matrix unit=${unit}></dz-task-matrix></div>`);
  const el = wrapper.querySelector('dz-task-matrix')!;
  await until(() => el.shadowRoot!.querySelector('[part="loading"]') === null, 'the plan is loaded');
  await el.updateComplete;
  return { el, errors };
}

const alertText = (el: DzTaskMatrix) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowNames = (el: DzTaskMatrix) => [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());

describe('dz-task-matrix unit names', () => {
  it('an unknown unit suggests the closest name: 市發改 → 市發改委, 市財政 → 市財政局', async () => {
    for (const [unit, meant] of [['市發改', '市發改委'], ['市財政', '市財政局']] as const) {
      const { el, errors } = await matrix(unit);
      expect(alertText(el)).to.contain(`找不到單位 ${unit}`).and.to.contain(`「${meant}」`);
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-unit']);
    }
  });

  it('the suggestion in Simplified Chinese and English', async () => {
    expect(alertText((await matrix('市发改', 'zh-Hans')).el)).to.contain('找不到单位 市发改').and.to.contain('“市发改委”');
    expect(alertText((await matrix('Dezhou Municipal Finance Bureu', 'en')).el)).to.contain('Unit Dezhou Municipal Finance Bureu not found. Did you mean "Dezhou Municipal Finance Bureau"?');
  });

  it('no suggestion when nothing is close', async () => {
    const { el } = await matrix('市不存在局');
    expect(alertText(el)).to.contain('找不到單位 市不存在局').and.not.to.contain('「');
  });

  it('names separated by spaces are a list: 市發改委 市財政局', async () => {
    const { el, errors } = await matrix('市發改委 市財政局');
    expect(errors).to.deep.equal([]);
    expect(rowNames(el)).to.include.members(['市發展改革委', '市財政局']);
    const { el: half } = await matrix('市發改委 市財政');
    expect(alertText(half)).to.contain('找不到單位 市財政').and.to.contain('「市財政局」');
  });

  it('English names without the city prefix', async () => {
    const { el, errors } = await matrix('Development and Reform Commission', 'en');
    expect(errors).to.deep.equal([]);
    expect(rowNames(el)).to.deep.equal(['Dezhou Municipal Development and Reform Commission']);
  });
});
