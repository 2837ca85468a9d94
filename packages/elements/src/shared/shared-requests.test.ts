/**
 * One request per URL per page: elements on the same plan-src or feed share one fetch, one parse and, per plan, one
 * validation; each element still words its own error, and lets go of a request when its URL changes or it leaves.
 * Every URL is used by one test only: a fresh answer is kept for the rest of the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import '../task-card.js';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzTaskCard } from '../task-card/task-card.js';
import type { DzErrorDetail } from './events.js';
import { freshnessOf } from './shared-requests.js';
import { holdFetch, nextTask, until } from '../../test/support/wait.js';

const PLAN_ID = 'dezhou-2023-green-low-carbon';
const BUILT_PLAN = '/packages/elements/test-fixtures/built-plan.json';

const report = (value: number, plan = PLAN_ID, target = 't09.1', asOf = '2023-09-30') => ({ plan, asOf, entries: [{ target, value }] });
const meter = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
const reading = (el: Element) => meter(el)?.getAttribute('aria-valuenow');
const alert = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
/** The error an element shows, an alert or not (a page announces an error once: page-alerts.ts). */
const shown = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

/** Renders `template` in a wrapper that collects every dz-error with the element that dispatched it. */
async function page(template: ReturnType<typeof html>) {
  const errors: { from: EventTarget; detail: DzErrorDetail }[] = [];
  const wrapper = await fixture<HTMLElement>(
    html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push({ from: e.target!, detail: e.detail })}>${template}</div>`,
  );
  const gauges = [...wrapper.querySelectorAll<DzTargetGauge>('dz-target-gauge')];
  const cards = [...wrapper.querySelectorAll<DzTaskCard>('dz-task-card')];
  return { wrapper, gauges, cards, errors };
}

describe('one request per URL per page', () => {
  let fetches: ReturnType<typeof holdFetch>;
  afterEach(() => fetches.restore());

  it('20 gauges on one feed make one request, and all 20 show the reading', async () => {
    fetches = holdFetch();
    const { gauges, errors } = await page(html`${times(20, () => html`<dz-target-gauge target="t09.1" src="/twenty.json"></dz-target-gauge>`)}`);
    await fetches.request('/twenty.json');
    await nextTask();
    expect(fetches.count('/twenty.json'), 'requests made while loading').to.equal(1);
    await (await fetches.request('/twenty.json')).release(report(2400));
    await until(() => gauges.every(meter), 'every gauge shows the reading');
    expect(gauges.map(reading)).to.deep.equal(times(20, () => '2400'));
    expect(fetches.count('/twenty.json')).to.equal(1);
    expect(errors).to.deep.equal([]);
  });

  it('20 gauges on a failing feed make one request, and each shows the error in its own language', async () => {
    fetches = holdFetch();
    const { gauges, errors } = await page(
      html`${times(20, (i) => html`<dz-target-gauge target="t09.1" src="/failing.json" lang=${i % 2 ? 'en' : 'zh-Hant'}></dz-target-gauge>`)}`,
    );
    await fetches.request('/failing.json');
    await nextTask();
    expect(fetches.count('/failing.json'), 'requests made while loading').to.equal(1);
    await (await fetches.request('/failing.json')).release({ error: 'not found' }, { status: 404 });
    await until(() => errors.length === 20, 'every gauge dispatched dz-error');
    expect(fetches.count('/failing.json')).to.equal(1);
    expect(new Set(errors.map((e) => e.from)).size).to.equal(20);
    expect(errors.every((e) => e.detail.code === 'feed-fetch-failed')).to.equal(true);
    expect(alert(gauges[0]!)!.textContent).to.contain('無法載入 /failing.json').and.to.contain('HTTP 404');
    expect(alert(gauges[1]!)!.textContent).to.contain(`Could not load /failing.json (${new URL('/failing.json', document.baseURI).href}): HTTP 404`);
    await expect(gauges[1]).to.be.accessible();
  });

  it('a card and gauges share a feed', async () => {
    fetches = holdFetch();
    const { gauges, cards } = await page(html`<dz-task-card task="9" progress-src="/card-and-gauges.json"></dz-task-card>
      ${times(3, () => html`<dz-target-gauge target="t09.1" src="/card-and-gauges.json"></dz-target-gauge>`)}`);
    await (await fetches.request('/card-and-gauges.json')).release(report(2400));
    const row = () => cards[0]!.shadowRoot!.querySelector('li[data-target-id="t09.1"] [part="gauge-meter"]');
    await until(() => row() && gauges.every(meter), 'the card and every gauge show the reading');
    expect(row()!.getAttribute('aria-valuenow')).to.equal('2400');
    expect(gauges.map(reading)).to.deep.equal(['2400', '2400', '2400']);
    expect(fetches.count('/card-and-gauges.json')).to.equal(1);
  });

  it('a changed src withdraws only that element from the shared request, and its last URL wins', async () => {
    fetches = holdFetch();
    const { gauges } = await page(html`${times(3, () => html`<dz-target-gauge target="t09.1" src="/before.json"></dz-target-gauge>`)}`);
    const before = await fetches.request('/before.json');
    gauges[0]!.src = '/after.json';
    const after = await fetches.request('/after.json');
    await nextTask();
    expect(before.aborted, 'the others still wait on it').to.equal(false);
    // The older answer comes first: the two that still want it show it; the changed gauge waits for its own.
    await before.release(report(1000));
    await until(() => meter(gauges[1]!) && meter(gauges[2]!), 'the others show the shared answer');
    expect([reading(gauges[1]!), reading(gauges[2]!)]).to.deep.equal(['1000', '1000']);
    expect(meter(gauges[0]!)).to.equal(null);
    expect(gauges[0]!.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
    await after.release(report(2900));
    await until(() => meter(gauges[0]!), 'the changed gauge shows its own feed');
    expect(gauges.map(reading)).to.deep.equal(['2900', '1000', '1000']);
    expect([fetches.count('/before.json'), fetches.count('/after.json')]).to.deep.equal([1, 1]);
  });

  it('aborts a hanging shared request once every element on it has left the page, and not before', async () => {
    fetches = holdFetch();
    const { wrapper, gauges } = await page(html`${times(5, () => html`<dz-target-gauge target="t09.1" src="/hanging.json"></dz-target-gauge>`)}`);
    const hanging = await fetches.request('/hanging.json');
    for (const gauge of gauges.slice(1)) gauge.remove();
    await nextTask();
    expect(hanging.aborted, 'one gauge still waits').to.equal(false);
    gauges[0]!.remove();
    await until(() => hanging.aborted, 'the request is aborted when nobody waits');
    // The aborted request is forgotten: a gauge added now asks again, and gets the answer.
    wrapper.append(gauges[0]!);
    const again = await fetches.request('/hanging.json');
    expect(again).to.not.equal(hanging);
    await again.release(report(2400));
    await until(() => meter(gauges[0]!), 'the gauge put back shows the reading');
    expect(fetches.count('/hanging.json')).to.equal(2);
  });

  it('loads nothing for an element off the page until it is back', async () => {
    fetches = holdFetch();
    const { wrapper, gauges } = await page(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
    const gauge = gauges[0]!;
    gauge.remove();
    gauge.src = '/off-the-page.json';
    await gauge.updateComplete;
    await nextTask();
    expect(fetches.count('/off-the-page.json')).to.equal(0);
    wrapper.append(gauge);
    await (await fetches.request('/off-the-page.json')).release(report(2400));
    await until(() => meter(gauge), 'the gauge put back shows the reading');
    expect(fetches.count('/off-the-page.json')).to.equal(1);
  });

  it('keeps the request of an element that is moved, not removed', async () => {
    fetches = holdFetch();
    const { wrapper, gauges } = await page(html`<dz-target-gauge target="t09.1" src="/moved.json"></dz-target-gauge><section></section>`);
    const held = await fetches.request('/moved.json');
    wrapper.querySelector('section')!.append(gauges[0]!);
    await nextTask();
    expect(held.aborted).to.equal(false);
    await held.release(report(2400));
    await until(() => meter(gauges[0]!), 'the moved gauge shows the reading');
    expect(fetches.count('/moved.json')).to.equal(1);
  });

  it('validates one feed separately for each plan (plan-src A and B on the same feed URL)', async () => {
    const builtPlan = (await (await fetch(BUILT_PLAN)).json()) as { id: string };
    fetches = holdFetch();
    const gauge = (plan: string) => html`<dz-target-gauge target="t01.1" plan-src=${plan} src="/one-feed-two-plans.json"></dz-target-gauge>`;
    const { gauges, errors } = await page(html`${gauge('/plan-a.json')}${gauge('/plan-b.json')}${gauge('/plan-a.json')}${gauge('/plan-b.json')}`);
    await (await fetches.request('/plan-a.json')).release(builtPlan);
    await (await fetches.request('/plan-b.json')).release({ ...builtPlan, id: 'another-city-2024' });
    await (await fetches.request('/one-feed-two-plans.json')).release(report(30, builtPlan.id, 't01.1', '2024-06-30'));
    await until(() => meter(gauges[0]!) && meter(gauges[2]!) && shown(gauges[1]!) && shown(gauges[3]!), 'each gauge judged the feed by its plan');
    expect([reading(gauges[0]!), reading(gauges[2]!)]).to.deep.equal(['30', '30']);
    for (const b of [gauges[1]!, gauges[3]!]) expect(shown(b)!.textContent).to.contain(builtPlan.id).and.to.contain('another-city-2024');
    // The same words in both: the first to show them announces them.
    expect([alert(gauges[1]!), alert(gauges[3]!)].map(Boolean)).to.deep.equal([true, false]);
    await until(() => errors.length === 2);
    // Indexes, not elements: chai compares elements deeply, through every property of each.
    expect(errors.map((e) => [gauges.indexOf(e.from as DzTargetGauge), e.detail.code])).to.have.deep.members([
      [1, 'feed-invalid'],
      [3, 'feed-invalid'],
    ]);
    expect(['/plan-a.json', '/plan-b.json', '/one-feed-two-plans.json'].map(fetches.count)).to.deep.equal([1, 1, 1]);
  });

  it('fetches a plan-src shared by several elements once', async () => {
    const builtPlan = await (await fetch(BUILT_PLAN)).json();
    fetches = holdFetch();
    const { gauges, cards, errors } = await page(html`<dz-task-card task="1" plan-src="/shared-plan.json"></dz-task-card>
      ${times(3, () => html`<dz-target-gauge target="t01.1" value="30" as-of="2024-06-30" plan-src="/shared-plan.json"></dz-target-gauge>`)}`);
    await (await fetches.request('/shared-plan.json')).release(builtPlan);
    await until(() => gauges.every(meter) && cards[0]!.shadowRoot!.querySelector('[part="title"]'), 'every element shows the plan');
    expect(fetches.count('/shared-plan.json')).to.equal(1);
    expect(errors).to.deep.equal([]);
  });

  it('reuses an answer while its Cache-Control keeps it fresh, and asks again when it does not say so', async () => {
    fetches = holdFetch();
    const { wrapper, gauges } = await page(html`<dz-target-gauge target="t09.1" src="/fresh.json"></dz-target-gauge>
      <dz-target-gauge target="t09.1" src="/unsaid.json"></dz-target-gauge>`);
    await (await fetches.request('/fresh.json')).release(report(2400), { headers: { 'cache-control': 'max-age=600' } });
    await (await fetches.request('/unsaid.json')).release(report(1000));
    await until(() => gauges.every(meter));
    const later = [document.createElement('dz-target-gauge'), document.createElement('dz-target-gauge')];
    later.forEach((gauge, i) => Object.assign(gauge, { target: 't09.1', src: i === 0 ? '/fresh.json' : '/unsaid.json' }));
    wrapper.append(...later);
    await until(() => meter(later[0]!), 'the fresh answer is reused at once');
    expect(reading(later[0]!)).to.equal('2400');
    expect(fetches.count('/fresh.json')).to.equal(1);
    // Without freshness the browser's HTTP cache decides, so the element asks fetch again.
    await until(() => fetches.count('/unsaid.json') === 2, 'the later gauge asks again');
    await (await fetches.request('/unsaid.json')).release(report(1100));
    await until(() => meter(later[1]!));
    expect(reading(later[1]!)).to.equal('1100');
  });

  it('reuses an answer from the HTTP cache no longer than its max-age from its Date (RFC 9111 apparent age)', async () => {
    fetches = holdFetch();
    const { wrapper, gauges } = await page(html`<dz-target-gauge target="t09.1" src="/cached-long-ago.json"></dz-target-gauge>`);
    // Sent two minutes ago and kept in the browser's cache since, without an Age: stale for a max-age of 60.
    const date = new Date(Date.now() - 120_000).toUTCString();
    await (await fetches.request('/cached-long-ago.json')).release(report(2400), { headers: { 'cache-control': 'max-age=60', date } });
    await until(() => meter(gauges[0]!));
    const later = Object.assign(document.createElement('dz-target-gauge'), { target: 't09.1', src: '/cached-long-ago.json' });
    wrapper.append(later);
    await until(() => fetches.count('/cached-long-ago.json') === 2, 'the later gauge asks again');
    await (await fetches.request('/cached-long-ago.json')).release(report(2500));
    await until(() => meter(later));
    expect(reading(later)).to.equal('2500');
  });

  it('forgets an answer when its freshness ends, not when its URL is next asked for (25 plans of 2 MB kept for good)', async () => {
    // The timers the module sets, by delay: the test runs the one that ends the answer's freshness (777 s) at once.
    const timers: { delay: number; run: () => void }[] = [];
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((run: () => void, delay = 0, ...rest: unknown[]) => {
      timers.push({ delay, run });
      return realSetTimeout(run, delay, ...rest);
    }) as typeof window.setTimeout;
    try {
      fetches = holdFetch();
      const { wrapper, gauges } = await page(html`<dz-target-gauge target="t09.1" src="/expiring.json"></dz-target-gauge>`);
      await (await fetches.request('/expiring.json')).release(report(2400), { headers: { 'cache-control': 'max-age=777' } });
      await until(() => meter(gauges[0]!));
      const expiry = timers.filter((timer) => timer.delay === 777_000);
      expect(expiry, 'a timer set for the end of its freshness').to.have.length(1);
      expiry[0]!.run();
      // Still before Date.now() passes 777 s: the answer is gone, so the next gauge on the URL asks again.
      const later = Object.assign(document.createElement('dz-target-gauge'), { target: 't09.1', src: '/expiring.json' });
      wrapper.append(later);
      await until(() => fetches.count('/expiring.json') === 2, 'the later gauge asks again');
      await (await fetches.request('/expiring.json')).release(report(2500));
      await until(() => meter(later));
      expect(reading(later)).to.equal('2500');
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });
});

describe('one announcement per failure on a page', () => {
  let fetches: ReturnType<typeof holdFetch>;
  afterEach(() => fetches.restore());
  /** The indexes in `els` of the elements whose error is an alert (indexes: chai compares elements deeply). */
  const announcing = (els: readonly Element[]) => els.flatMap((el, i) => (alert(el) ? [i] : []));

  it('six gauges and a card on one failing feed: each shows the error, one alert per message (an accessibility review: seven alerts)', async () => {
    fetches = holdFetch();
    const { gauges, cards, errors } = await page(html`${times(6, () => html`<dz-target-gauge target="t09.1" src="/one-alert.json"></dz-target-gauge>`)}
      <dz-task-card task="9" progress-src="/one-alert.json"></dz-task-card>`);
    const held = await fetches.request('/one-alert.json');
    await nextTask();
    expect(fetches.count('/one-alert.json'), 'requests made while loading').to.equal(1);
    await held.release({ error: 'not found' }, { status: 404 });
    const all = [...gauges, ...cards];
    await until(() => errors.length === 7 && all.every(shown), 'every element shows and dispatches the error');
    for (const el of all) expect(shown(el)!.textContent).to.contain('/one-alert.json').and.to.contain('404');
    // One of the elements showing each message (the first to show it) announces it; the others show it silently.
    const messages = new Set(all.map((el) => shown(el)!.textContent));
    expect([...messages].map((m) => announcing(all.filter((el) => shown(el)!.textContent === m)).length)).to.deep.equal([...messages].map(() => 1));
    await expect(all.find((el) => !alert(el))).to.be.accessible();
  });

  it('an element that begins to show an error another element announces is silent, and stays so; once none announces it, the next does', async () => {
    const { wrapper, gauges } = await page(html`${times(2, () => html`<dz-target-gauge target="t99.9"></dz-target-gauge>`)}`);
    await until(() => gauges.every(shown));
    expect(announcing(gauges)).to.have.length(1);
    const holder = gauges[announcing(gauges)[0]!]!;
    const other = gauges.find((el) => el !== holder)!;
    // Moved, the alert stays the alert, and the silent copy silent (a role added to words already shown is read again).
    wrapper.prepend(holder);
    holder.timeout = 20;
    other.timeout = 20;
    await Promise.all([holder.updateComplete, other.updateComplete]);
    expect(announcing([holder, other])).to.deep.equal([0]);
    // An element that shows another state and comes back to the error while another announces it: silent.
    other.target = 't09.1';
    await other.updateComplete;
    expect(shown(other)).to.equal(null);
    other.target = 't99.9';
    await other.updateComplete;
    expect(shown(other)!.textContent).to.contain('t99.9');
    expect(announcing([holder, other])).to.deep.equal([0]);
    // The alert leaves the page: the copy still shown stays silent, and the next element to show the error announces it.
    holder.remove();
    other.timeout = 25;
    await other.updateComplete;
    expect(alert(other)).to.equal(null);
    const later = Object.assign(document.createElement('dz-target-gauge'), { target: 't99.9' });
    wrapper.append(later);
    await until(() => shown(later), 'the later gauge shows the error');
    expect(announcing([other, later])).to.deep.equal([1]);
  });

  it('an element updated off the page is no alert there; added back, it is the alert if no other element is (a review: none announced)', async () => {
    const { wrapper, gauges } = await page(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
    const gauge = gauges[0]!;
    gauge.remove();
    gauge.target = 't98.9';
    await gauge.updateComplete;
    // Off the page it holds nothing: a gauge shown with the same error announces it.
    const shownFirst = Object.assign(document.createElement('dz-target-gauge'), { target: 't98.9' });
    wrapper.append(shownFirst);
    await until(() => shown(shownFirst), 'the gauge on the page shows the error');
    expect(alert(shownFirst)).to.not.equal(null);
    // Back on the page beside it: silent. Alone on the page: the alert.
    wrapper.append(gauge);
    await gauge.updateComplete;
    expect(announcing([shownFirst, gauge])).to.deep.equal([0]);
    shownFirst.remove();
    gauge.remove();
    wrapper.append(gauge);
    await gauge.updateComplete;
    expect(alert(gauge)).to.not.equal(null);
  });

  it('a copy in a hidden part of the page is no alert: the copy shown announces it (a review: a hidden mobile copy took it)', async () => {
    const { gauges } = await page(html`<div hidden><dz-target-gauge target="t97.9"></dz-target-gauge></div>
      <div style="display: none"><dz-target-gauge target="t97.9"></dz-target-gauge></div>
      <div style="visibility: hidden"><dz-target-gauge target="t97.9"></dz-target-gauge></div><dz-target-gauge target="t97.9"></dz-target-gauge>`);
    await until(() => gauges.every(shown), 'every gauge shows the error');
    expect(announcing(gauges)).to.deep.equal([3]);
  });
});

describe('freshnessOf', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('reads max-age less Age', () => {
    expect(freshnessOf(headers({ 'cache-control': 'public, max-age=60' }))).to.equal(60_000);
    expect(freshnessOf(headers({ 'cache-control': 'max-age="60"', age: '15' }))).to.equal(45_000);
    expect(freshnessOf(headers({ 'cache-control': 'max-age=60', age: '90' }))).to.equal(0);
  });

  it('keeps nothing with no-store, no-cache, a malformed max-age or no header', () => {
    expect(freshnessOf(headers({ 'cache-control': 'max-age=60, no-cache' }))).to.equal(0);
    expect(freshnessOf(headers({ 'cache-control': 'No-Store' }))).to.equal(0);
    expect(freshnessOf(headers({ 'cache-control': 'max-age=soon' }))).to.equal(0);
    expect(freshnessOf(headers({}))).to.equal(0);
  });

  it('reads Expires against Date, or against now when Date is not exposed; max-age wins over Expires', () => {
    const date = 'Mon, 30 Nov 2026 12:00:00 GMT';
    const sent = Date.parse(date);
    expect(freshnessOf(headers({ expires: 'Mon, 30 Nov 2026 12:05:00 GMT', date }), sent)).to.equal(300_000);
    expect(freshnessOf(headers({ expires: 'Mon, 30 Nov 2026 12:05:00 GMT' }), sent)).to.equal(300_000);
    expect(freshnessOf(headers({ expires: '0', date }), sent)).to.equal(0);
    expect(freshnessOf(headers({ expires: 'Mon, 30 Nov 2026 12:05:00 GMT', date, 'cache-control': 'max-age=10' }), sent)).to.equal(10_000);
  });

  it('counts the time since Date as age (an answer kept in the HTTP cache), or Age where it is larger', () => {
    const date = 'Mon, 30 Nov 2026 12:00:00 GMT';
    const later = (seconds: number) => Date.parse(date) + seconds * 1000;
    expect(freshnessOf(headers({ 'cache-control': 'max-age=60', date }), later(50))).to.equal(10_000);
    expect(freshnessOf(headers({ 'cache-control': 'max-age=60', date }), later(3600))).to.equal(0);
    expect(freshnessOf(headers({ 'cache-control': 'max-age=60', date, age: '30' }), later(10))).to.equal(30_000);
    expect(freshnessOf(headers({ expires: 'Mon, 30 Nov 2026 12:05:00 GMT', date }), later(120))).to.equal(180_000);
    // A server clock ahead of the reader's: no negative age.
    expect(freshnessOf(headers({ 'cache-control': 'max-age=60', date }), later(-30))).to.equal(60_000);
  });
});
