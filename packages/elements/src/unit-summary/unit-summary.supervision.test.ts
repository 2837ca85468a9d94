/** A supervision office's follow-ups: a falling total for the year is a reading problem (r63); joined tasks' targets marked. */
import { type ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import { withHeldFeed } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzUnitSummary } from './unit-summary.js';

const api = dezhou();
const $ = (el: DzUnitSummary, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: DzUnitSummary, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const withFeed = (unit: string, feed: ProgressReport, lang = 'zh-Hant') =>
  withHeldFeed<DzUnitSummary>((url) => html`<dz-unit-summary unit=${unit} lang=${lang} progress-src=${url}></dz-unit-summary>`, feed, (el) => $(el, '.targets-area [part="loading"]'));

describe('dz-unit-summary after a supervision office’s review', () => {
  // r63: a total that cannot fall read lower contradicts the earlier reading: a reading problem in place of a status
  // (its words are the data package's, `belowEarlier`).
  it('t09.1 2100 then 1800: a reading problem naming the earlier figure, not a status (r63)', async () => {
    const report = { plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2100, asOf: '2023-06-30' }, { target: 't09.1', value: 1800 }] } as ProgressReport;
    const el = await withFeed('市工業和信息化局', report);
    const item = $(el, 'li[data-target-id="t09.1"]')!;
    expect(text(item.querySelector('[part="reading-problem"]'))).to.contain('1800個 少於 2023年6月30日的 2100個:累計數不會減少,請核實');
    expect(item.closest<HTMLElement>('[part="group"]')!.dataset.status).not.to.equal('behind');
    const en = await withFeed('市工業和信息化局', report, 'en');
    expect(text($(en, 'li[data-target-id="t09.1"]'))).to.contain('1,800 base stations, below the 2,100 base stations of 30 June 2023: a running total cannot fall; check both figures');
    await expect(el).to.be.accessible();
    await expect(en).to.be.accessible();
  });

  it('marks each target of a task the unit joins with ○ 參與 (glyph and word), as the tasks list does; a led task’s targets unmarked', async () => {
    const unit = api.getUnit('市發改委')!;
    const joined = new Set((api.tasksOfUnit(unit, { role: 'participating' }) ?? []).flatMap((task) => api.targetsOfTask(task).map((t) => t.id)));
    expect(joined.has('t26.3')).to.be.true;
    const el = await withFeed('市發改委', { plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't26.3', value: 30 }] } as ProgressReport);
    const items = $$(el, 'li[part="target"]');
    expect(items.length).to.be.greaterThan(joined.size);
    for (const item of items) {
      const role = item.querySelector('[part="role"]');
      if (joined.has(item.dataset.targetId!)) {
        expect(text(role), item.dataset.targetId).to.equal('○ 參與');
        expect(role!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('○');
      } else expect(role, item.dataset.targetId).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });
});
