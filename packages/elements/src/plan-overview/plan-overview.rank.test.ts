/**
 * `sort="behind"`: of as many targets behind, a larger share of targets not reported ranks first (a unit that reported
 * nothing needs the office's attention first, however few targets it leads), and the note under the table says so,
 * whatever the rows.
 */
import { type ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import { withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

const api = dezhou();
const $ = (el: DzPlanOverview, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: DzPlanOverview, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A count, without its column header's words, which a narrow frame shows in the cell (hidden from screen readers). */
const cell = (row: Element, column: string) => {
  const count = row.querySelector(`[data-column="${column}"]`)?.cloneNode(true) as Element | undefined;
  count?.querySelector('.label')?.remove();
  return Number(text(count));
};
const notes = (el: DzPlanOverview) => $$(el, '[part="note"]').map(text);

const ndrc = 'development-reform-commission';
const pboc = 'pboc-dezhou-central-sub-branch';
const ledTargets = (unitId: string) => api.tasksOfUnit(api.getUnit(unitId)!, { role: 'lead' })!.flatMap((task) => api.targetsOfTask(task));

/** The reviewer's report: 52 of 市發展改革委's 55 led targets at their target value by mid-year, nothing else. */
const report = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: ledTargets(ndrc)
    .slice(0, 52)
    .map((target) => ({ target: target.id, value: target.value })),
} as ProgressReport;

const overview = (attributes: { rows?: string; sort?: string; lang?: string }) =>
  withHeldFeed<DzPlanOverview>(
    (url) => html`<dz-plan-overview rows=${attributes.rows ?? 'sections'} sort=${attributes.sort ?? 'order'} lang=${attributes.lang ?? 'zh-Hant'} progress-src=${url}></dz-plan-overview>`,
    report,
    (el) => $(el, '[part="loading"]'),
  );

/** A row as the table shows it: its rank, targets, targets behind and targets not reported (its key's 未報 and 本期未報). */
function shown(row: HTMLElement) {
  const keyCount = (status: string) => Number(text(row.querySelector(`.key-item[data-status="${status}"]`)).match(/(\d+)$/)?.[1] ?? 0);
  return {
    id: row.dataset.id!,
    rank: cell(row, 'rank'),
    targets: cell(row, 'targets'),
    behind: cell(row, 'behind'),
    notReported: keyCount('unreported') + keyCount('stale'),
  };
}

describe('dz-plan-overview sort="behind": of as many behind, the larger share not reported first', () => {
  it('a unit that reported none of its 2 targets ranks above one that reported 52 of its 55', async () => {
    expect(ledTargets(ndrc)).to.have.length(55);
    expect(ledTargets(pboc)).to.have.length(2);
    const el = await overview({ rows: 'units', sort: 'behind' });
    const rows = $$(el, 'tbody tr').map(shown);
    const [silent, busy] = [rows.find((row) => row.id === pboc)!, rows.find((row) => row.id === ndrc)!];
    expect([silent.behind, silent.notReported, busy.behind, busy.notReported]).to.deep.equal([0, 2, 0, 3]);
    expect(silent.rank, 'pboc reported nothing').to.be.lessThan(busy.rank);
    // Every row: more behind first; of as many behind, a share not reported as large or larger (n/t, compared as
    // n·t' against n'·t); a place shared only by rows equal in both.
    const share = (row: (typeof rows)[number]) => [row.notReported, Math.max(row.targets, 1)] as const;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const [[na, ta], [nb, tb]] = [share(a), share(b)];
      expect(a.behind, `${a.id} before ${b.id}`).to.be.at.least(b.behind);
      if (a.behind === b.behind) expect(na * tb, `${a.id} before ${b.id}`).to.be.at.least(nb * ta);
      if (a.behind === b.behind && na * tb > nb * ta) expect(b.rank, `${b.id} does not share ${a.id}’s place`).to.be.greaterThan(a.rank);
    }
    await expect(el).to.be.accessible();
  });

  it('says so under the table in three languages', async () => {
    const words = { 'zh-Hant': '未報目標（沒有進度或本期未報）佔比高的排前', 'zh-Hans': '未报目标（没有进度或本期未报）占比高的排前', en: 'a larger share of their targets not reported' };
    for (const [lang, said] of Object.entries(words)) {
      const el = await overview({ rows: 'units', sort: 'behind', lang });
      expect(notes(el).join(' '), lang).to.contain(said);
    }
  });

  it('rows="sections" ranked the same way carries the same note; unranked, no note', async () => {
    const ranked = await overview({ sort: 'behind' });
    const sections = $$(ranked, 'tbody tr').map(shown);
    expect(sections.every((row) => row.behind === 0), 'every section ordered by its share not reported').to.equal(true);
    expect(notes(ranked)).to.have.length(1);
    expect(notes(ranked)[0]).to.contain('未報目標（沒有進度或本期未報）佔比高的排前');
    await expect(ranked).to.be.accessible();
    const unranked = await overview({});
    expect(notes(unranked)).to.deep.equal([]);
    await expect(unranked).to.be.accessible();
  });
});
