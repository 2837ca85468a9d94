import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { holdFetch, until } from '../../test/support/wait.js';
import '../target-gauge.js';
import '../task-matrix.js';
import { planLoad } from './base-element.loads.js';
import type { DzErrorDetail } from './events.js';
import { strings } from './i18n/strings.js';
import { loadFailed } from './load-json.js';
import { MAX_RESPONSE_BYTES } from './shared-requests.js';

type Element = HTMLElement & { updateComplete: Promise<boolean> };

let fetches: ReturnType<typeof holdFetch> | undefined;
let urlNumber = 0;

afterEach(() => {
  fetches?.restore();
  fetches = undefined;
});

/** The message an element shows in place of its content (without its icon). */
const shown = (el: Element) => el.shadowRoot!.querySelector('[part="error"] > span:not(.icon)')?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * `template` inside a zh-Hant container, once it shows an error; then the container switched to English. Returns the
 * message before and after, the `dz-error`s dispatched, and the element.
 */
async function switched(template: ReturnType<typeof html>, answer: () => Promise<unknown>) {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(html`<div lang="zh-Hant" @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = wrapper.firstElementChild as Element;
  await answer();
  await until(() => shown(el), 'the error is shown');
  await el.updateComplete;
  const before = shown(el)!;
  wrapper.lang = 'en';
  await until(() => shown(el) !== before, 'the message changes with the language');
  await el.updateComplete;
  return { el, before, after: shown(el)!, errors };
}

describe('a load error follows the element’s language', () => {
  it('a plan-src answered HTTP 404: worded again in English, with no second request', async () => {
    fetches = holdFetch();
    const url = `/missing-${++urlNumber}.json`;
    const { before, after, errors } = await switched(html`<dz-task-matrix plan-src=${url}></dz-task-matrix>`, async () =>
      (await fetches!.request(url)).release({ error: 'not found' }, { status: 404 }),
    );
    // Named as written and as requested (resolved against the page).
    const named = `${url} (${new URL(url, document.baseURI).href})`;
    expect(before).to.equal(strings['zh-Hant'].fetchFailed(named, '伺服器回應 HTTP 404'));
    expect(after).to.equal(strings.en.fetchFailed(named, 'HTTP 404'));
    expect(fetches.count(url)).to.equal(1);
    // The event says it again, in the words shown.
    expect(errors.map((e) => e.code)).to.deep.equal(['plan-fetch-failed', 'plan-fetch-failed']);
    expect(errors.at(-1)!.message).to.equal(after);
  });

  it('a feed over the size limit', async () => {
    fetches = holdFetch();
    const url = `/large-${++urlNumber}.json`;
    // Not awaited: a body refused unread never reports being read.
    const { before, after } = await switched(html`<dz-target-gauge target="t09.1" src=${url}></dz-target-gauge>`, async () => {
      void (await fetches!.request(url)).release({}, { headers: { 'content-length': String(MAX_RESPONSE_BYTES + 1) } });
    });
    expect(before).to.contain(`無法載入 ${url}`).and.to.contain('MB');
    expect(after).to.equal(strings.en.fetchFailed(`${url} (${new URL(url, document.baseURI).href})`, `larger than ${MAX_RESPONSE_BYTES / 2 ** 20} MB`));
    expect(fetches.count(url)).to.equal(1);
  });

  it('a plan-src that is not JSON', async () => {
    // This test module as served: JavaScript, not JSON.
    const url = new URL(import.meta.url).pathname;
    const { before, after } = await switched(html`<dz-task-matrix plan-src=${url}></dz-task-matrix>`, async () => undefined);
    expect(before).to.equal(strings['zh-Hant'].invalidPlan(url, '內容不是 JSON'));
    expect(after).to.equal(strings.en.invalidPlan(url, 'not JSON'));
  });

  it('an invalid feed: its issues in English too', async () => {
    fetches = holdFetch();
    const url = `/invalid-${++urlNumber}.json`;
    const { el, before, after } = await switched(html`<dz-target-gauge target="t09.1" src=${url}></dz-target-gauge>`, async () =>
      (await fetches!.request(url)).release({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 'many' }] }),
    );
    expect(before).to.contain(`進度數據格式錯誤(${url})`);
    expect(after).to.contain(`Invalid progress feed (${url}): `).and.to.contain('entries');
    // No Chinese left in the issue.
    expect(after).not.to.match(/[\u4e00-\u9fff]/);
    expect(fetches.count(url)).to.equal(1);
    // And back.
    el.parentElement!.lang = 'zh-Hant';
    await until(() => shown(el) === before, 'the message is Chinese again');
  });

  it('a plan-src that timed out', async () => {
    fetches = holdFetch();
    const url = `/slow-${++urlNumber}.json`;
    const { before, after } = await switched(html`<dz-task-matrix plan-src=${url} timeout="0.05"></dz-task-matrix>`, () => fetches!.request(url));
    expect(before).to.equal(strings['zh-Hant'].timedOut(url, 0.05));
    expect(after).to.equal(strings.en.timedOut(url, 0.05));
    // Not waited for again: the language changes the words, never the load.
    expect(fetches.count(url)).to.equal(1);
  });
});

describe('loadFailed: the error of a load, worded in the kind of now', () => {
  it('a module that could not be loaded (a CDN folder updated under a cached loader), then the same error in English', () => {
    const chunk = new TypeError('Failed to fetch dynamically imported module');
    const url = '/plan.json';
    const inChinese = loadFailed(url, chunk, planLoad(strings['zh-Hant'], 'zh-Hant'));
    expect(inChinese.detail).to.deep.equal({ code: 'plan-fetch-failed', message: strings['zh-Hant'].fetchFailed(url, String(chunk)) });
    expect(loadFailed(url, inChinese, planLoad(strings.en, 'en')).detail).to.deep.equal({ code: 'plan-fetch-failed', message: strings.en.fetchFailed(url, String(chunk)) });
  });
});
