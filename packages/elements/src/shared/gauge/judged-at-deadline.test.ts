/**
 * A supervision office's review (督查室): a target is judged at its deadline, in every view. A reading dated after
 * the deadline stays in the history only; a figure dated at the deadline is this period's in a report dated after
 * it; a unit that reported nothing ranks first among its ties.
 */
import { formatIsoDate, judgedReading, progressHistory, staleReading, statusLabels, type ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { withHeldFeed } from '../../../test/support/wait.js';
import '../../target-gauge.js';
import '../../task-card.js';
import '../../unit-summary.js';
import '../../plan-overview.js';
import { judgeTarget } from './judged-target.js';
import { q4Entries, supervisionFeeds } from '../../../../data/test/fixtures/supervision-feeds.js';

const api = dezhou();
const $ = (el: LitElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: LitElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const zh = statusLabels['zh-Hant'];

const { q3, final }: Record<'q3' | 'final', ProgressReport> = supervisionFeeds(dezhouPlan.id);
const reported = ['t09.1', 't38.3', 't03.3', 't26.4', 't26.3', 't02.2', 't03.2'];

const gauge = (id: string, feed: ProgressReport) =>
  withHeldFeed<LitElement>((url) => html`<dz-target-gauge target=${id} src=${url}></dz-target-gauge>`, feed, (el) => !$(el, '[part="base"]') || $(el, '[part="loading"]'));

describe('judged at the deadline (a supervision office’s review)', () => {
  it('judgeTarget: t09.1 is judged by 2950 at 31 December, not 3010 at 15 January, which stays in the history', () => {
    const judged = judgeTarget(api, api.getTarget('t09.1')!, final, 'zh-Hant');
    expect([judged.evaluation!.value, judged.evaluation!.asOf, judged.evaluation!.status]).to.deep.equal([2950, '2023-12-31', 'missed']);
    expect(judged.history!.at(-1)!.value).to.equal(3010);
    expect(judged.stale).to.equal(undefined);
  });

  it('judgeTarget: a figure dated at the deadline is not stale in a report dated after it', () => {
    for (const id of reported) expect(judgeTarget(api, api.getTarget(id)!, final, 'zh-Hant').stale, id).to.equal(undefined);
    expect(judgeTarget(api, api.getTarget('t02.2')!, q3, 'zh-Hant').stale).to.equal(true);
  });

  it('the gauge shows t09.1 missed at its deadline, as of 31 December', async () => {
    const el = await gauge('t09.1', final);
    expect($(el, '[part="base"]')!.dataset.status).to.equal('missed');
    expect(text($(el, '[part="status"]'))).to.contain(zh.missed);
    expect(text($(el, '.as-of'))).to.equal(`截至 ${formatIsoDate('2023-12-31', 'zh-Hant')}`);
    // The January figure stays in the history, after the judged one.
    expect(text($(el, '[part="trend"]'))).to.contain(formatIsoDate('2024-01-15', 'zh-Hant'));
  });

  it('the gauge says a reading older than the report “not reported this period”, as the card does', async () => {
    for (const id of ['t02.2', 't03.2']) {
      const el = await gauge(id, q3);
      const base = $(el, '[part="base"]')!;
      expect(base.dataset.status, id).to.equal('stale');
      expect(base.dataset.tone, id).to.equal('neutral');
      const status = text($(el, '[part="status"]'));
      expect(status, id).to.equal('◌ 本期未報');
      expect(text(el.shadowRoot!), id).to.contain(`截至 ${formatIsoDate('2023-06-30', 'zh-Hant')}`);
      await expect(el).to.be.accessible();
    }
    // A reading of the report's own date keeps its status.
    const current = await gauge('t09.1', q3);
    expect($(current, '[part="base"]')!.dataset.status).not.to.equal('stale');
  });

  it('the card and the unit summary: t09.1 missed, none of the final figures “not reported this period”', async () => {
    const card = await withHeldFeed<LitElement>((url) => html`<dz-task-card task="9" progress-src=${url}></dz-task-card>`, final, (el) => $(el, '[part="loading"]'));
    const item = $(card, 'li[data-target-id="t09.1"] [part="gauge"]')!;
    expect(item.dataset.status).to.equal('missed');
    expect(text(item)).not.to.contain('本期未報');
    const summary = await withHeldFeed<LitElement>(
      (url) => html`<dz-unit-summary unit="industry-information-technology-bureau" show="targets" progress-src=${url}></dz-unit-summary>`,
      final,
      (el) => $(el, '.targets-area [part="loading"]'),
    );
    expect($$(summary, '[part="group"][data-status="stale"]')).to.have.length(0);
    expect($(summary, 'li[data-target-id="t09.1"]')!.closest<HTMLElement>('[part="group"]')!.dataset.status).to.equal('missed');
  });

  it('the overview by section: the final report counts as the report of 31 December does, nothing “not reported this period”', async () => {
    const overview = (feed: ProgressReport) =>
      withHeldFeed<LitElement>((url) => html`<dz-plan-overview section="1,2,4,6" progress-src=${url}></dz-plan-overview>`, feed, (e) => $(e, '[part="loading"]'));
    const keys = (el: LitElement) => $$(el, '.key-item').map((li) => `${li.dataset.status} ${text(li)}`);
    const [december, january] = [await overview({ ...final, asOf: '2023-12-31', entries: q4Entries }), await overview(final)];
    expect(keys(january)).to.deep.equal(keys(december));
    expect(keys(january).filter((key) => key.startsWith('stale'))).to.deep.equal([]);
    expect(keys(january).some((key) => key.startsWith('missed'))).to.equal(true);
  });

  describe('<dz-plan-overview rows="units" sort="behind">', () => {
    /** How many targets of the tasks a unit leads have no reading, or a stale one, in `report`. */
    const notReported = (unitId: string, report: ProgressReport) =>
      api
        .tasksOfUnit(api.getUnit(unitId)!, { role: 'lead' })!
        .flatMap((task) => api.targetsOfTask(task))
        .filter((target) => {
          const reading = judgedReading(progressHistory(report, target.id), target, report);
          return !reading || staleReading(reading, target, report);
        }).length;

    it('among units with as many targets behind, those with a larger share not reported come first, and the note says so', async () => {
      const el = await withHeldFeed<LitElement>((url) => html`<dz-plan-overview rows="units" sort="behind" progress-src=${url}></dz-plan-overview>`, final, (e) => $(e, '[part="loading"]'));
      // A count without its column header's words, which a narrow frame shows in the cell (hidden from screen readers).
      const number = (tr: HTMLElement, selector: string) => {
        const count = tr.querySelector(selector)?.cloneNode(true) as Element | undefined;
        count?.querySelector('.label')?.remove();
        return Number(text(count ?? null));
      };
      const rows = $$(el, 'tbody tr').map((tr) => ({ id: tr.dataset.id!, behind: number(tr, '[data-column="behind"]'), targets: number(tr, '[data-column="targets"]'), rank: number(tr, '.rank') }));
      const keyed = rows.map((row) => ({ ...row, unreported: notReported(row.id, final) }));
      for (let i = 1; i < keyed.length; i++) {
        const [a, b] = [keyed[i - 1]!, keyed[i]!];
        // Shares compared as n·t′ against n′·t (a row without targets: 0).
        const [shareA, shareB] = [a.unreported * Math.max(b.targets, 1), b.unreported * Math.max(a.targets, 1)];
        expect(a.behind > b.behind || (a.behind === b.behind && shareA >= shareB), `${a.id} before ${b.id}`).to.equal(true);
        if (a.behind === b.behind && shareA > shareB) expect(b.rank, `${b.id} does not share ${a.id}’s place`).to.be.greaterThan(a.rank);
      }
      // A unit that leads targets and reported none of them is above a unit with none behind that reported all.
      const silent = keyed.find((row) => row.behind === 0 && row.unreported > 0)!;
      const last = keyed.filter((row) => row.behind === 0).at(-1)!;
      expect(silent.rank).to.be.lessThan(last.rank);
      expect($$(el, '[part="note"]').map(text).join(' ')).to.contain('未報目標（沒有進度或本期未報）佔比高的排前');
    });

    it('says the tie-break in English', async () => {
      const el = await withHeldFeed<LitElement>((url) => html`<dz-plan-overview rows="units" sort="behind" lang="en" progress-src=${url}></dz-plan-overview>`, final, (e) => $(e, '[part="loading"]'));
      expect($$(el, '[part="note"]').map(text).join(' ')).to.contain('a larger share of their targets not reported');
      await expect(el).to.be.accessible();
    });
  });
});
