/**
 * Feeds and plans that never finish, that are too large, or that are not there: a timeout with its own error code,
 * a response size limit, and a blank URL that fetches nothing (not the page itself).
 * Every URL is used by one test only: a fresh answer is kept for the rest of the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import '../task-card.js';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzErrorDetail } from './events.js';
import { MAX_RESPONSE_BYTES } from './shared-requests.js';
import { lazyModule } from './base-element.modules.js';
import { fetchJson } from './fetch-json.js';
import { feedLoad } from './base-element.loads.js';
import { zhHant } from './i18n/zh-hant.js';
import { holdFetch, nextTask, until } from '../../test/support/wait.js';

const alert = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
const meter = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');

/** Renders `template` in a wrapper that collects every dz-error. */
async function page(template: ReturnType<typeof html>) {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  return { wrapper, errors, gauge: wrapper.querySelector<DzTargetGauge>('dz-target-gauge')! };
}

/** Replaces `window.fetch` for one test with `answer`, counting requests and noting aborts. */
function stubFetch(answer: (signal: AbortSignal) => Response) {
  const original = window.fetch;
  const calls: AbortSignal[] = [];
  window.fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init!.signal!;
    calls.push(signal);
    return Promise.resolve(answer(signal));
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

describe('feed and plan timeouts', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('waits 15 s by default, and the timeout attribute (seconds) changes it', async () => {
    const { gauge } = await page(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
    expect(gauge.timeout).to.equal(15);
    gauge.setAttribute('timeout', '40');
    expect(gauge.timeout).to.equal(40);
  });

  it('gives up on a feed that never answers with feed-timeout, saying how long it waited, and aborts the fetch', async () => {
    const fetches = holdFetch();
    restore = fetches.restore;
    const { gauge, errors } = await page(html`<dz-target-gauge target="t09.1" src="/never.json" timeout="0.2" lang="en"></dz-target-gauge>`);
    const held = await fetches.request('/never.json');
    await until(() => errors.length === 1, 'dz-error after the timeout');
    expect(errors[0]!.code).to.equal('feed-timeout');
    expect(errors[0]!.message).to.contain('/never.json').and.to.contain('0.2 s');
    expect(alert(gauge)!.textContent).to.contain('0.2 s');
    expect(held.aborted, 'the abandoned request is aborted').to.equal(true);
  });

  it('gives up on a body that never ends (headers came, the body stalls)', async () => {
    const stub = stubFetch(
      (signal) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"plan":'));
              signal.addEventListener('abort', () => controller.error(signal.reason));
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    restore = stub.restore;
    const { errors, gauge } = await page(html`<dz-target-gauge target="t09.1" src="/stalls.json" timeout="0.2"></dz-target-gauge>`);
    await until(() => errors.length === 1, 'dz-error after the timeout');
    expect(errors[0]!.code).to.equal('feed-timeout');
    expect(alert(gauge)!.textContent).to.contain('/stalls.json');
    expect(stub.calls[0]!.aborted).to.equal(true);
  });

  it('gives up on a plan-src that never answers with plan-timeout, in the element’s language', async () => {
    const fetches = holdFetch();
    restore = fetches.restore;
    const { gauge, errors } = await page(html`<dz-target-gauge target="t09.1" plan-src="/never-plan.json" timeout="0.2"></dz-target-gauge>`);
    await fetches.request('/never-plan.json');
    await until(() => errors.length === 1, 'dz-error after the timeout');
    expect(errors[0]!.code).to.equal('plan-timeout');
    expect(errors[0]!.message).to.contain('/never-plan.json').and.to.contain('0.2');
    expect(alert(gauge)!.textContent).to.match(/秒/);
  });

  it('a timeout that is not a positive number of seconds is noticed and the feed loaded with the default, not refused or silent', async () => {
    const fetches = holdFetch();
    restore = fetches.restore;
    const { errors } = await page(html`<dz-target-gauge target="t09.1" src="/bad-timeout.json" timeout="soon" lang="en"></dz-target-gauge>`);
    await until(() => errors.length === 1 && fetches.count('/bad-timeout.json') === 1, 'dz-error for the timeout, and the feed asked for');
    expect(errors[0]!.code).to.equal('invalid-value');
    expect(errors[0]!.message).to.contain('timeout').and.to.contain('soon').and.to.contain('15');
  });
});

describe('response size limit', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('refuses a response whose Content-Length is over the limit without reading it', async () => {
    let pulled = 0;
    const stub = stubFetch(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              pulled++;
              controller.enqueue(new Uint8Array(1024));
            },
          }),
          { headers: { 'content-type': 'application/json', 'content-length': String(MAX_RESPONSE_BYTES + 1) } },
        ),
    );
    restore = stub.restore;
    const { errors, gauge } = await page(html`<dz-target-gauge target="t09.1" src="/huge-declared.json" lang="en"></dz-target-gauge>`);
    await until(() => errors.length === 1, 'dz-error for the size');
    expect(errors[0]!.code).to.equal('feed-fetch-failed');
    expect(errors[0]!.message).to.contain('/huge-declared.json').and.to.match(/larger than \d+ MB/);
    expect(alert(gauge)).to.not.equal(null);
    expect(pulled, 'chunks read').to.be.below(4);
  });

  it('stops reading a body with no Content-Length once it passes the limit', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    let cancelled = false;
    const stub = stubFetch(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              sent += chunk.byteLength;
              controller.enqueue(chunk);
            },
            cancel() {
              cancelled = true;
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    restore = stub.restore;
    const { errors } = await page(html`<dz-target-gauge target="t09.1" src="/endless.json" lang="en"></dz-target-gauge>`);
    await until(() => errors.length === 1, 'dz-error for the size');
    expect(errors[0]!.code).to.equal('feed-fetch-failed');
    expect(errors[0]!.message).to.match(/larger than \d+ MB/);
    expect(cancelled, 'the body stream was cancelled').to.equal(true);
    expect(sent, 'bytes pulled').to.be.at.most(MAX_RESPONSE_BYTES + 4 * chunk.byteLength);
  });
});

describe('blank URLs', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('src=" " and plan-src=" " fetch nothing (not the page itself) and show what an absent attribute shows, with a notice that each was ignored', async () => {
    const fetches = holdFetch();
    restore = fetches.restore;
    const { gauge, errors } = await page(html`<dz-target-gauge target="t09.1" value="2000" as-of="2023-06-30" src=" " plan-src="  "></dz-target-gauge>`);
    await nextTask();
    await gauge.updateComplete;
    const { gauge: plain } = await page(html`<dz-target-gauge target="t09.1" value="2000" as-of="2023-06-30"></dz-target-gauge>`);
    await until(() => meter(gauge) && meter(plain), 'both gauges drawn');
    expect(fetches.count(document.baseURI)).to.equal(0);
    expect(fetches.count(' ')).to.equal(0);
    expect(meter(gauge)!.getAttribute('aria-valuetext')).to.equal(meter(plain)!.getAttribute('aria-valuetext'));
    expect(errors.map((e) => `${e.code}: ${e.message}`).sort()).to.deep.equal(['invalid-value: 已忽略空白屬性「plan-src」。', 'invalid-value: 已忽略空白屬性「src」。']);
  });
});

describe('URLs that are not http(s)', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  for (const url of ["javascript:window.pwned='url'", 'data:application/json,{}', 'file:///etc/passwd', 'http://[::1']) {
    it(`src="${url}" is a feed-fetch-failed error, and nothing is fetched`, async () => {
      const stub = stubFetch(() => new Response('{}'));
      restore = stub.restore;
      const { gauge, errors } = await page(html`<dz-target-gauge target="t09.1" src=${url} lang="en"></dz-target-gauge>`);
      await until(() => errors.length === 1, 'dz-error');
      expect(errors[0]!.code).to.equal('feed-fetch-failed');
      expect(errors[0]!.message).to.contain('not an http(s) URL');
      expect(alert(gauge)).to.not.equal(null);
      expect(stub.calls.length, 'requests').to.equal(0);
    });
  }
});

describe('why a feed could not be loaded, in the language of the element', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  /** Each way a load fails, the URL that fails so (used once per language), and what the stub answers. */
  const failures: { name: string; url: string; answer?: () => Response; hant: string; hans: string; en: string }[] = [
    { name: 'an HTTP error status', url: '/said-404', answer: () => new Response('{}', { status: 404 }), hant: '伺服器回應 HTTP 404', hans: '服务器响应 HTTP 404', en: 'HTTP 404' },
    { name: 'a network error', url: '/said-offline', answer: () => { throw new TypeError('Failed to fetch'); }, hant: '網絡錯誤,未能連上伺服器', hans: '网络错误,未能连上服务器', en: 'network error' },
    { name: 'a body that is not JSON', url: '/said-html', answer: () => new Response('<!doctype html><p>登入'), hant: '內容不是 JSON', hans: '内容不是 JSON', en: 'not JSON' },
    {
      name: 'a body over the limit',
      url: '/said-huge',
      answer: () => new Response('{}', { headers: { 'content-length': String(MAX_RESPONSE_BYTES + 1) } }),
      hant: `超過 ${MAX_RESPONSE_BYTES / 2 ** 20} MB 的上限`,
      hans: `超过 ${MAX_RESPONSE_BYTES / 2 ** 20} MB 的上限`,
      en: `larger than ${MAX_RESPONSE_BYTES / 2 ** 20} MB`,
    },
    { name: 'a URL that is not http(s)', url: 'ftp://example.org/feed', hant: '不是 http 或 https 網址', hans: '不是 http 或 https 网址', en: 'not an http(s) URL' },
  ];

  for (const failure of failures) {
    it(`${failure.name}: said in zh-Hant, zh-Hans and English`, async () => {
      const stub = stubFetch(() => failure.answer!());
      restore = stub.restore;
      for (const [lang, words] of [['zh-Hant', failure.hant], ['zh-Hans', failure.hans], ['en', failure.en]] as const) {
        const url = `${failure.url}-${lang}.json`;
        const { gauge, errors } = await page(html`<dz-target-gauge target="t09.1" src=${url} lang=${lang}></dz-target-gauge>`);
        await until(() => errors.length === 1, `dz-error (${lang})`);
        expect(errors[0]!.message, lang).to.contain(url).and.to.contain(words);
        if (lang !== 'en') expect(errors[0]!.message, lang).not.to.match(/[a-z]{4,} [a-z]{2,}|larger|network|\bnot\b/i);
        expect(alert(gauge)!.textContent).to.contain(words);
      }
    });
  }
});

describe('a module loaded on first use (lazyModule: the validators, the trend, the words about inputs)', () => {
  it('imports once for every caller; after a failed import it keeps why, and the next load tries again', async () => {
    let calls = 0;
    const lazy = lazyModule(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ready: true };
    });
    const first = [lazy.load(), lazy.load()];
    const settled = await Promise.allSettled(first);
    expect(calls, 'one import for both callers').to.equal(1);
    expect(settled.map((s) => s.status)).to.deep.equal(['rejected', 'rejected']);
    expect(lazy.failed).to.be.instanceOf(TypeError);
    expect(lazy.loaded).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ ready: true });
    expect(calls, 'tried again').to.equal(2);
    expect(lazy.failed).to.equal(undefined);
    expect(await lazy.load()).to.equal(lazy.loaded);
    expect(calls, 'once loaded, never again').to.equal(2);
  });
});

describe('a validation that could not run (the validators chunk not loaded) is not kept with a fresh response', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('the next load of the same URL validates again', async () => {
    const stub = stubFetch(() => new Response('{"ok":true}', { headers: { 'content-type': 'application/json', 'cache-control': 'max-age=600' } }));
    restore = stub.restore;
    const key = {};
    let runs = 0;
    const validate = async (json: unknown) => {
      if (++runs === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { success: true as const, value: json };
    };
    const options = () => ({ signal: new AbortController().signal, seconds: 15 });
    let failure: unknown;
    await fetchJson('/fresh-for-ten-minutes.json', options(), validate, feedLoad(zhHant, 'zh-Hant'), key).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('Failed to fetch dynamically imported module');
    expect(await fetchJson('/fresh-for-ten-minutes.json', options(), validate, feedLoad(zhHant, 'zh-Hant'), key)).to.deep.equal({ ok: true });
    expect(runs, 'validated again').to.equal(2);
    expect(stub.calls.length, 'the fresh response was kept').to.equal(1);
  });
});
