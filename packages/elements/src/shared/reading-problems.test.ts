import type { ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { holdFetch, until } from '../../test/support/wait.js';
import '../plan-overview.js';
import '../task-card.js';
import '../unit-summary.js';
import type { DzErrorDetail } from './events.js';

const api = dezhou();

/** Two readings that cannot be judged: 21000 for 3.3萬人 (the wrong scale) and a negative count of base stations. */
const report = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: [
    { target: 't04.3', value: 21000 },
    { target: 't09.1', value: -3 },
  ],
} as ProgressReport;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let feedNumber = 0;

/**
 * `template` (an element with `progress-src` of the URL given) answered with the report; the `dz-error`s it
 * dispatched once what `shown` waits for is drawn.
 */
async function withProblems(template: (url: string) => ReturnType<typeof html>, shown: (root: ShadowRoot) => boolean) {
  const fetches = holdFetch();
  const errors: (DzErrorDetail & { target?: string })[] = [];
  try {
    const url = `/reading-problems-${++feedNumber}.json`;
    const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template(url)}</div>`);
    const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };
    await (await fetches.request(url)).release(report);
    await until(() => shown(el.shadowRoot!), 'the problems are shown');
    await el.updateComplete;
    return { el, errors };
  } finally {
    fetches.restore();
  }
}

/** What each element shows as the problem of `target`. */
const problemText = (root: ShadowRoot, target: string) => text(root.querySelector(`[data-target-id="${target}"] .reading-problem, .reading-problem[data-target-id="${target}"]`));

describe('readings that cannot be judged raise dz-error, once per problem shown, naming the target', () => {
  it('<dz-task-card>: invalid-value with the target id and the message shown; not again on a render', async () => {
    const { el, errors } = await withProblems((url) => html`<dz-task-card task="4" progress-src=${url}></dz-task-card>`, (root) => !!root.querySelector('.reading-problem'));
    expect(errors).to.deep.equal([{ code: 'invalid-value', message: problemText(el.shadowRoot!, 't04.3'), target: 't04.3' }]);
    expect(errors[0]!.message).to.contain('2.1');
    el.requestUpdate();
    await elementUpdated(el);
    expect(errors).to.have.length(1);
  });

  it('<dz-unit-summary>: one event per target whose reading cannot be judged', async () => {
    const unit = api.getTask(4)!.lead[0]!;
    const { el, errors } = await withProblems((url) => html`<dz-unit-summary unit=${unit} progress-src=${url}></dz-unit-summary>`, (root) => !!root.querySelector('.reading-problem'));
    const shown = [...el.shadowRoot!.querySelectorAll('.reading-problem')].map((node) => node.closest<HTMLElement>('[data-target-id]')!.dataset.targetId!);
    expect(shown).to.include('t04.3');
    expect(errors.map((e) => e.target)).to.deep.equal(shown);
    expect(errors.every((e) => e.code === 'invalid-value')).to.be.true;
    el.requestUpdate();
    await elementUpdated(el);
    expect(errors).to.have.length(shown.length);
  });

  it('<dz-plan-overview>: names the targets behind its "無法判斷" count under the table, and raises dz-error for each', async () => {
    const { el, errors } = await withProblems((url) => html`<dz-plan-overview progress-src=${url}></dz-plan-overview>`, (root) => !!root.querySelector('tbody'));
    const root = el.shadowRoot!;
    const list = root.querySelector('[part="unjudged"]');
    expect(list, 'a list of the targets that cannot be judged').to.exist;
    const items = [...list!.querySelectorAll<HTMLElement>('li')];
    expect(items.map((li) => li.dataset.targetId)).to.deep.equal(['t04.3', 't09.1']);
    expect(text(items[0])).to.contain(api.plan.targets.find((t) => t.id === 't04.3')!.metric['zh-Hant']).and.to.contain('無法判斷');
    // Visible, not only a tooltip.
    expect(items[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(errors.map((e) => [e.code, e.target])).to.deep.equal([
      ['invalid-value', 't04.3'],
      ['invalid-value', 't09.1'],
    ]);
    expect(errors[0]!.message).to.equal(text(items[0]));
    el.requestUpdate();
    await elementUpdated(el);
    expect(errors).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
