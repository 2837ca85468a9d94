/**
 * A load (`load-task.ts`) as a page and a framework see it: a failed load stays said, never a crash, while the plan
 * it is checked against is loaded again (the CDN's bundled plan for a new `lang`), and a request is kept for an
 * element that a framework replaces by another on the same URL in one go (React's new key).
 */
import type { Plan } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import '../task-card.js';
import type { DzErrorDetail } from './events.js';
import { holdFetch, nextTask, until } from '../../test/support/wait.js';

type Element = HTMLElement & { updateComplete: Promise<boolean> };

let fetches: ReturnType<typeof holdFetch> | undefined;
let urlNumber = 0;

afterEach(() => {
  fetches?.restore();
  fetches = undefined;
});

const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('a failed load while its plan is loaded again', () => {
  // As with the CDN's bundled plan, loaded again in the words of a new `lang`; here an app's plan state, `null` while
  // the app fetches it again (the npm build's bundled plan is one for every language).
  for (const [name, template] of [
    ['a gauge', (url: string) => html`<dz-target-gauge target="t02.2" src=${url}></dz-target-gauge>`],
    ['a card', (url: string) => html`<dz-task-card task="2" progress-src=${url}></dz-task-card>`],
  ] as const) {
    it(`${name}: the failure is said again once the plan is back, never as a crash of the element`, async () => {
      const url = `/load-task-missing-${++urlNumber}.json`;
      const errors: DzErrorDetail[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template(url)}</div>`);
      const el = wrapper.firstElementChild as Element & { plan?: Plan | null };
      await until(() => alertOf(el), 'the 404 is said');
      // Every alert the element shows from now on, as it shows it.
      const alerts: string[] = [];
      const watch = new MutationObserver(() => {
        const shown = alertOf(el);
        if (shown && shown !== alerts.at(-1)) alerts.push(shown);
      });
      watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      const said = errors.length;
      try {
        el.plan = null;
        await el.updateComplete;
        expect(alertOf(el), 'while the plan is loaded again').to.equal(undefined);
        el.plan = structuredClone(dezhouPlan);
        await until(() => alertOf(el), 'the 404 is said again');
        await el.updateComplete;
        await nextTask();
      } finally {
        watch.disconnect();
      }
      expect(errors.slice(said).map((e) => e.code)).to.deep.equal(['feed-fetch-failed']);
      expect(alerts).to.have.length(1);
      expect(alerts[0]).to.contain(url).and.to.contain('404').and.to.not.contain('TypeError');
    });
  }
});

describe('a request kept for an element replaced by another on the same URL', () => {
  it('one fetch, never aborted, when a framework removes a gauge and inserts a new one on its src in one go', async () => {
    fetches = holdFetch();
    const url = `/load-task-replaced-${++urlNumber}.json`;
    const wrapper = await fixture<HTMLElement>(html`<div><dz-target-gauge target="t09.1" src=${url}></dz-target-gauge></div>`);
    const held = await fetches.request(url);
    // React's commit for a new key: the old element out, the new one in, in one synchronous block.
    const replacement = document.createElement('dz-target-gauge') as Element;
    replacement.setAttribute('target', 't09.1');
    replacement.setAttribute('src', url);
    wrapper.firstElementChild!.remove();
    wrapper.append(replacement);
    await replacement.updateComplete;
    await nextTask();
    expect(held.aborted, 'the shared request').to.equal(false);
    await held.release({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2400 }] });
    await until(() => replacement.shadowRoot!.querySelector('[role="meter"]'), 'the new gauge shows the reading');
    expect(held.aborted).to.equal(false);
    expect(fetches.count(url)).to.equal(1);
  });
});
