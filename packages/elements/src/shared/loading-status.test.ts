/**
 * One loading status per page (review r59, L5): every element's skeleton was a `role="status"` with
 * `aria-busy="true"` on it, so a screen reader either held the busy region back (nothing said) or, on a page of
 * several elements, said 載入中… once for each. Now an element that begins to load is the page's status only if no
 * element on the page is, as an error is announced once (page-alerts.ts); the others show the same skeleton and the
 * same hidden word without a live region, and no skeleton is busy. An element in a hidden part of the page is never
 * the status, nor one that keeps a server's content while it loads (it draws no skeleton).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import '../task-card.js';
import { holdFetch, until } from '../../test/support/wait.js';

const report = (value: number) => ({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-09-30', entries: [{ target: 't09.1', value }] });
const skeleton = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="loading"]') ?? null;
/** Whether `el` draws its loading skeleton as the page's live status. */
const isStatus = (el: Element) => skeleton(el)?.getAttribute('role') === 'status';
const meter = (el: Element) => el.shadowRoot!.querySelector('[role="meter"]');

describe('one loading status per page', () => {
  let fetches: ReturnType<typeof holdFetch>;
  afterEach(() => fetches.restore());

  it('is one polite status among the skeletons of elements loading at once, never busy, never a hidden one; the next to begin loading is it', async () => {
    fetches = holdFetch();
    // A copy in a hidden part of the page comes first: its live region would never be read.
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div hidden><dz-target-gauge id="hidden" target="t09.1" src="/status-hidden.json"></dz-target-gauge></div>
      <dz-target-gauge id="first" target="t09.1" src="/status-first.json"></dz-target-gauge>
      <dz-task-card id="plan" task="9" .plan=${null}></dz-task-card>
      <dz-task-card id="feed" task="9" progress-src="/status-feed.json"></dz-task-card>
    </div>`);
    const all = ['hidden', 'first', 'plan', 'feed'].map((id) => wrapper.querySelector<HTMLElement>(`#${id}`)!);
    const [hidden, first, plan, feed] = all as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    const firstFeed = await fetches.request('/status-first.json');
    await fetches.request('/status-feed.json');
    await until(() => all.every(skeleton), 'every element shows its skeleton');

    expect(all.map(isStatus), 'the status: the first visible element to load').to.deep.equal([false, true, false, false]);
    for (const el of all) {
      const shown = skeleton(el)!;
      expect(el.shadowRoot!.querySelector('[aria-busy]'), `${el.id}: nothing busy`).to.equal(null);
      expect(shown.querySelector('.visually-hidden')?.textContent, `${el.id}: the hidden word`).to.equal('載入中…');
      expect(shown.querySelectorAll('.skeleton').length, `${el.id}: the skeleton drawn`).to.be.above(0);
    }
    expect(plan.shadowRoot!.querySelectorAll('[role="status"]').length, 'a copy has no live region').to.equal(0);
    await expect(first).to.be.accessible();

    // The status loads first; the others, which still load, stay copies without a live region (made the status now,
    // they would say 載入中… again, or nothing: their words are already there).
    await firstFeed.release(report(2400));
    await until(() => meter(first), 'the first gauge shows its reading');
    expect(all.map(isStatus)).to.deep.equal([false, false, false, false]);
    expect([hidden, plan, feed].every(skeleton), 'the others still load').to.equal(true);

    // No element on the page is the status now: the next to begin loading is (and the hidden one never).
    const next = document.createElement('dz-target-gauge');
    next.setAttribute('target', 't09.1');
    next.setAttribute('src', '/status-next.json');
    wrapper.append(next);
    await fetches.request('/status-next.json');
    await until(() => skeleton(next), 'the next gauge shows its skeleton');
    expect([...all, next].map(isStatus)).to.deep.equal([false, false, false, false, true]);

    // Gone from the page, it is the status no longer: the next again is, once it begins to load.
    next.remove();
    first.setAttribute('src', '/status-again.json');
    await fetches.request('/status-again.json');
    await until(() => skeleton(first), 'the first gauge loads again');
    expect(all.map(isStatus)).to.deep.equal([false, true, false, false]);
  });

  it('is not an element that keeps a server\'s content while it loads (it draws no skeleton), but the next that draws one', async () => {
    fetches = holdFetch();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    // Server-rendered (a declarative shadow root), first on the page; then one a script made.
    wrapper.setHTMLUnsafe(
      '<dz-target-gauge target="t09.1" src="/status-server.json"><template shadowrootmode="open"><p>server</p></template></dz-target-gauge>' +
        '<dz-target-gauge target="t09.1" src="/status-client.json"></dz-target-gauge>',
    );
    const [server, client] = [...wrapper.querySelectorAll<HTMLElement>('dz-target-gauge')];
    await fetches.request('/status-server.json');
    await fetches.request('/status-client.json');
    await until(() => skeleton(client!), 'the client gauge shows its skeleton');
    expect(server!.shadowRoot!.querySelector('p')?.textContent, "the server's content kept").to.equal('server');
    expect(skeleton(server!)).to.equal(null);
    expect(isStatus(client!), 'the one that draws a skeleton is the status').to.equal(true);
  });
});
