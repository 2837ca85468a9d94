/** The overview by unit ranks by the targets of the tasks a unit leads; those behind in tasks it joins are shown apart. */
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

/** t26.3–5 seriously behind at mid-year (task 26: 市發改委 joins it). */
const report = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: [
    { target: 't26.3', value: 30 },
    { target: 't26.4', value: -1 },
    { target: 't26.5', value: -1 },
  ],
} as ProgressReport;

const withFeed = (lang = 'zh-Hant') =>
  withHeldFeed<DzPlanOverview>((url) => html`<dz-plan-overview rows="units" sort="behind" lang=${lang} progress-src=${url}></dz-plan-overview>`, report, (el) => $(el, '[part="loading"]'));

describe('dz-plan-overview rows="units": counted and ranked by the tasks a unit leads', () => {
  it('each row counts the tasks it leads and their targets; a joined task’s targets behind are a column apart, not ranked by', async () => {
    const el = await withFeed();
    const rows = $$(el, 'tbody tr');
    for (const row of rows) {
      const unit = api.getUnit(row.dataset.id!)!;
      const led = api.tasksOfUnit(unit, { role: 'lead' }) ?? [];
      expect(cell(row, 'tasks'), unit.id).to.equal(led.length);
      expect(cell(row, 'targets'), unit.id).to.equal(led.flatMap((task) => api.targetsOfTask(task)).length);
    }
    const ndrc = rows.find((tr) => tr.dataset.id === 'development-reform-commission')!;
    expect(cell(ndrc, 'behind'), 'task 26 is not 市發改委’s to answer for').to.equal(0);
    expect(cell(ndrc, 'joined-behind')).to.be.greaterThan(0);
    const water = rows.find((tr) => tr.dataset.id === 'water-resources-bureau')!;
    expect(cell(water, 'behind')).to.be.greaterThan(0);
    expect(cell(water, 'joined-behind')).to.equal(0);
    // Ranked by the led targets behind: the lead units of task 26 first (of as many behind, those with more targets
    // not reported before), 市發改委 among those with none.
    const rank = (row: Element) => cell(row, 'rank');
    expect(rows.filter((tr) => rank(tr) <= rank(water)).every((tr) => cell(tr, 'behind') === cell(water, 'behind'))).to.equal(true);
    expect(rank(ndrc)).to.be.greaterThan(rank(water));
    const headers = $$(el, 'thead th').map(text);
    expect(headers).to.include('參與任務異常');
    expect(text($(el, '[part="note"]'))).to.contain('按牽頭的任務計數和排名');
    await expect(el).to.be.accessible();
  });

  it('a unit listed twice among a task’s lead or participating units counts the task once there, as the matrix does', async () => {
    // A plan the schema accepts (the parser only warns: duplicateUnitInTask): t01's first lead unit and task 26's
    // first participating unit (市發改委, whose joined targets are behind in the feed) each written twice.
    const twice = structuredClone(dezhouPlan) as unknown as { tasks: { id: string; lead: string[]; participating: string[] }[] };
    const t01 = twice.tasks.find((task) => task.id === 't01')!;
    const t26 = twice.tasks.find((task) => task.id === 't26')!;
    t01.lead.push(t01.lead[0]!);
    t26.participating.push(t26.participating[0]!);
    const counts = (el: DzPlanOverview) =>
      $$(el, 'tbody tr').map((row) => [row.dataset.id, cell(row, 'tasks'), cell(row, 'targets'), cell(row, 'behind'), cell(row, 'joined-behind')]);
    const doubled = await withHeldFeed<DzPlanOverview>(
      (url) => html`<dz-plan-overview rows="units" sort="behind" progress-src=${url} .plan=${twice}></dz-plan-overview>`,
      report,
      (el) => $(el, '[part="loading"]'),
    );
    expect(counts(doubled)).to.deep.equal(counts(await withFeed()));
  });

  it('labels the column in English', async () => {
    const el = await withFeed('en');
    expect($$(el, 'thead th').map(text)).to.include.members(['Off track in joined tasks', 'Tasks led']);
    await expect(el).to.be.accessible();
  });

  it('heads the count "tasks led", and its total counts each task a unit leads once: not those no unit leads', async () => {
    const el = await withFeed();
    const headers = $$(el, 'thead th').map(text);
    expect(headers).to.include('牽頭任務數');
    expect(headers).not.to.include('任務數');
    const led = new Set(api.plan.units.flatMap((unit) => (api.tasksOfUnit(unit, { role: 'lead' }) ?? []).map((task) => task.id)));
    expect(led.size, 'tasks 67–69 (加強組織領導…) name no unit').to.equal(api.plan.tasks.length - 3);
    expect(cell($(el, 'tfoot tr')!, 'tasks')).to.equal(led.size);
    const ledTargets = [...led].flatMap((id) => api.targetsOfTask(id));
    expect(cell($(el, 'tfoot tr')!, 'targets')).to.equal(ledTargets.length);
  });

  it('by section, the count is of all tasks, headed "任務數", and the total is the plan’s', async () => {
    const el = await withHeldFeed<DzPlanOverview>((url) => html`<dz-plan-overview progress-src=${url}></dz-plan-overview>`, report, (el) => $(el, '[part="loading"]'));
    expect($$(el, 'thead th').map(text)).to.include('任務數');
    expect(cell($(el, 'tfoot tr')!, 'tasks')).to.equal(api.plan.tasks.length);
  });
});
