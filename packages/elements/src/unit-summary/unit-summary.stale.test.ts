/** A reading older than its report: not reported this period, shown with its date; the summary dated by its report. */
import { formatIsoDate, statusLabels, type ProgressReport } from '@dz-tasks/data';
import { expect, fixture, html } from '@open-wc/testing';
import { withHeldFeed } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzUnitSummary } from './unit-summary.js';
import { staleSummaryReport } from '../../test/support/stale-summary-report.js';

const $ = (el: DzUnitSummary, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: DzUnitSummary, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Two groups: t18.1 judged, t18.2 not reported this period. */
const report = staleSummaryReport;

const withFeed = (feed: ProgressReport, lang = 'zh-Hant') =>
  withHeldFeed<DzUnitSummary>((url) => html`<dz-unit-summary unit="市發改委" lang=${lang} progress-src=${url}></dz-unit-summary>`, feed, (el) => $(el, '.targets-area [part="loading"]'));

describe('dz-unit-summary: readings older than the report', () => {
  it('groups t18.2 as not reported this period, with its reading’s date and no pace status', async () => {
    const el = await withFeed(report);
    const item = $(el, 'li[data-target-id="t18.2"]')!;
    const group = item.closest<HTMLElement>('[part="group"]')!;
    expect(group.dataset.status).to.equal('stale');
    expect(text(group.querySelector('[part="group-label"]'))).to.match(/^\S+ 本期未報 1$/);
    expect(text(item)).to.contain(`截至 ${formatIsoDate('2023-06-30', 'zh-Hant')}`);
    expect(text(item)).to.contain('完成 60%');
    expect(text(item)).to.contain('本期未報');
    expect(text(item)).not.to.contain(statusLabels['zh-Hant'].onTrack);
    // A reading of the report's own date is judged as before, and its date is the summary's.
    const current = $(el, 'li[data-target-id="t18.1"]')!;
    expect(current.closest<HTMLElement>('[part="group"]')!.dataset.status).not.to.equal('stale');
    expect(text(current)).not.to.contain('截至');
    await expect(el).to.be.accessible();
  });

  it('says the report’s date once, in the element’s language', async () => {
    const el = await withFeed(report);
    expect(text($(el, '[part="as-of"]'))).to.equal(`進度截至 ${formatIsoDate('2023-09-30', 'zh-Hant')}`);
    const en = await withFeed(report, 'en');
    expect(text($(en, '[part="as-of"]'))).to.equal(`Progress as of ${formatIsoDate('2023-09-30', 'en')}`);
    expect(text($(en, 'li[data-target-id="t18.2"]'))).to.contain('not reported this period');
    await expect(en).to.be.accessible();
  });

  it('past the deadline, an old reading is not reported this period rather than a pace status', async () => {
    // Both readings as they stood before the deadline; the report is of 31 January.
    const el = await withFeed({ ...report, asOf: '2024-01-31', entries: report.entries.map((entry) => ({ asOf: '2023-09-30', ...entry })) });
    expect($$(el, '[part="group"][data-status="stale"] li[part="target"]').map((li) => li.dataset.targetId)).to.deep.equal(['t18.1', 't18.2']);
    expect(text($(el, '[part="as-of"]'))).to.equal(`進度截至 ${formatIsoDate('2024-01-31', 'zh-Hant')}`);
  });

  it('shows no date without a feed', async () => {
    const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委"></dz-unit-summary>`);
    expect($(el, '[part="as-of"]')).to.equal(null);
  });
});
