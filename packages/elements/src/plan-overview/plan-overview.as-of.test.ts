/** The overview dated by its report. */
import { formatIsoDate, type ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { until, withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

const $ = (el: DzPlanOverview, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const report: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't18.2', value: 600, asOf: '2023-06-30' }] };

const withFeed = (lang: string) =>
  withHeldFeed<DzPlanOverview>((url) => html`<dz-plan-overview lang=${lang} progress-src=${url}></dz-plan-overview>`, report, (el) => $(el, '[part="loading"]'));

describe('dz-plan-overview: the date of its report', () => {
  it('says the report’s date above the table, in the element’s language', async () => {
    const el = await withFeed('zh-Hant');
    expect(text($(el, '[part="as-of"]'))).to.equal(`進度截至 ${formatIsoDate('2023-09-30', 'zh-Hant')}`);
    await expect(el).to.be.accessible();
    const en = await withFeed('en');
    expect(text($(en, '[part="as-of"]'))).to.equal(`Progress as of ${formatIsoDate('2023-09-30', 'en')}`);
    await expect(en).to.be.accessible();
  });

  it('counts a reading older than its report as not reported this period, never by its old status', async () => {
    const el = await withFeed('zh-Hant');
    const section = dezhouPlan.tasks.find((task) => task.id === 't18')!.sectionId;
    const keys = [...el.shadowRoot!.querySelectorAll(`tr[data-id="${section}"] .key-item`)].map((item) => [item.getAttribute('data-status'), text(item)]);
    expect(keys.map(([status]) => status)).to.include('stale').and.not.include('on-track');
    expect(keys.find(([status]) => status === 'stale')![1]).to.match(/^◌ 本期未報/);
    await expect(el).to.be.accessible();
  });

  it('shows no date without a feed', async () => {
    const el = await fixture<DzPlanOverview>(html`<dz-plan-overview></dz-plan-overview>`);
    await until(() => $(el, 'table') !== null, 'the table shows');
    expect($(el, '[part="as-of"]')).to.equal(null);
  });
});
