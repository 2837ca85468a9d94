/**
 * The overview by unit, ranked, reads its feed once and judges each target once, whatever the size of the plan (a
 * province's 10,000 tasks and 22,765 entries took a minute when every target scanned the entries, several times
 * over). Held by counts, not by timed tests.
 */
import type { Plan, ProgressEntry, ProgressReport, Target } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import type { LoadState } from '../shared/base-element.view.js';
import '../plan-overview.js';
import { DzPlanOverview } from './plan-overview.js';

const seed = dezhou().plan;

/** What the feed was read for: passes over its entries, and reads of an entry's value (one per target judged). */
interface Reads {
  passes: number;
  values: number;
}

/**
 * A report of one entry per target of `plan` (every other one far behind), behind Proxies that count: each read of a
 * method or the iterator of `entries` (`filter`, `for … of`; not `constructor`, read for the array `filter` makes)
 * starts a pass, and each read of an entry's `value` is a reading taken to judge its target.
 */
function countedReport(plan: Plan): { report: ProgressReport; reads: Reads } {
  const reads: Reads = { passes: 0, values: 0 };
  const entry = (target: Target, i: number): ProgressEntry =>
    new Proxy<ProgressEntry>({ target: target.id, value: i % 2 ? target.value : 0 }, {
      get(object, key, receiver) {
        if (key === 'value') reads.values++;
        return Reflect.get(object, key, receiver);
      },
    });
  const entries = new Proxy<ProgressEntry[]>(plan.targets.map(entry), {
    get(array, key, receiver) {
      const value: unknown = Reflect.get(array, key, receiver);
      if (typeof value === 'function' && key !== 'constructor') reads.passes++;
      return value;
    },
  });
  return { report: { plan: plan.id, asOf: '2023-06-30', entries }, reads };
}

let feed: ProgressReport | undefined;

/** The overview with its feed given as loaded (the report as its feed URL would give it, read through the Proxies). */
class CountedOverview extends DzPlanOverview {
  protected override createFeedTask(): LoadState<ProgressReport> {
    return { current: feed ? { state: 'ready', value: feed } : { state: 'loading' } };
  }
}
customElements.define('dz-plan-overview-counted', CountedOverview);

/** The ranked overview by unit of `plan`, and what it read of its feed. */
async function overviewOf(plan: Plan): Promise<{ reads: Reads; el: CountedOverview }> {
  const counted = countedReport(plan);
  feed = counted.report;
  const el = await fixture<CountedOverview>(
    html`<dz-plan-overview-counted rows="units" sort="behind" progress-src="feed.json" .plan=${plan}></dz-plan-overview-counted>`,
  );
  await el.updateComplete;
  expect(el.shadowRoot!.querySelectorAll('tbody tr').length, 'rows drawn').to.be.greaterThan(0);
  return { reads: { ...counted.reads }, el };
}

describe('dz-plan-overview rows="units" sort="behind" at scale', () => {
  it('reads the feed’s entries as often for 300 tasks as for the seed’s, and judges each target once', async () => {
    const big = buildBigPlan(seed, { tasks: 300, units: 100 });
    expect(big.targets.length).to.be.greaterThan(seed.targets.length * 2);
    const small = await overviewOf(seed);
    const large = await overviewOf(big);
    expect(large.reads.passes, 'passes over the entries').to.equal(small.reads.passes);
    expect(small.reads.passes).to.be.at.most(2);
    expect(small.reads.values, 'readings taken (seed)').to.equal(seed.targets.length);
    expect(large.reads.values, 'readings taken (300 tasks)').to.equal(big.targets.length);
  });
});
