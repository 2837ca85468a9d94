/**
 * The `progress` property (a progress report an app holds in memory: fetched with its own auth, or built from a form)
 * on the gauge, the card, the unit summary and the overview: shown as the same report from `progress-src` (`src`) is,
 * validated as a fetched feed is (the same `feed-invalid` error and `dz-error`), once per report object and plan,
 * never a throw; `null` the loading state; in-memory data winning over a URL, which is then never requested and noticed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { formatIsoDate, type ProgressReport } from '@dz-tasks/data';
import '../all.js';
import type { DzElement } from './base-element.js';
import type { DzErrorDetail } from './events.js';
import { en } from './i18n/en.js';
import { zhHans } from './i18n/zh-hans.js';
import { zhHant } from './i18n/zh-hant.js';
import { watchUncaught } from '../../test/support/uncaught.js';
import { nextTask, until } from '../../test/support/wait.js';

const FIXTURES = '/packages/elements/test-fixtures';
const GAUGE_FEED = `${FIXTURES}/target-gauge/progress-2023q3.json`;
const CARD_FEED = `${FIXTURES}/task-card/progress-2023q2.json`;
const PLAN_ID = 'dezhou-2023-green-low-carbon';

/** An element that takes `progress`. */
type Fed = DzElement & { progress?: unknown };

/** The four elements with a feed: the attribute of its URL, a start that shows readings, and the feed it is tried with. */
const elements = [
  { tag: 'dz-target-gauge', attribute: 'src', start: 'target="t09.1"', feed: GAUGE_FEED },
  { tag: 'dz-task-card', attribute: 'progress-src', start: 'task="9"', feed: CARD_FEED },
  { tag: 'dz-unit-summary', attribute: 'progress-src', start: 'unit="市工業和信息化局"', feed: CARD_FEED },
  { tag: 'dz-plan-overview', attribute: 'progress-src', start: 'section="2"', feed: CARD_FEED },
] as const;

/** The feed at `url`, as an app that fetched it itself holds it. */
const reportAt = async (url: string): Promise<ProgressReport> => (await fetch(url)).json() as Promise<ProgressReport>;

/** Every URL the page requests while a test runs (with `fetch`, as the elements do), resolved against the page. */
function recordRequests(): { urls: string[]; restore(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input), document.baseURI).pathname);
    return original(input, init);
  }) as typeof fetch;
  return { urls, restore: () => void (window.fetch = original) };
}


/**
 * `<tag start extra>` with `progress` set before its first update (as a framework sets it), its dz-error events
 * collected from the first render on and console warnings (the notices') kept quiet; settled: loaded, or not loading.
 */
async function mount(tag: string, attributes: string, progress?: unknown): Promise<{ el: Fed; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.addEventListener('dz-error', (e) => errors.push((e as CustomEvent<DzErrorDetail>).detail));
  const warn = console.warn;
  console.warn = () => {};
  try {
    const template = document.createElement('template');
    template.innerHTML = `<${tag} ${attributes}></${tag}>`;
    const el = template.content.firstElementChild as Fed;
    if (progress !== undefined) el.progress = progress;
    wrapper.append(el);
    await settled(el);
    return { el, errors };
  } finally {
    console.warn = warn;
  }
}

/** Waits until `el` has drawn and nothing in it is loading, and its last update is complete. */
async function settled(el: Fed): Promise<void> {
  await el.updateComplete;
  await until(() => el.shadowRoot!.childElementCount > 0 && !el.shadowRoot!.querySelector('[part="loading"]'), `<${el.localName}> stays loading`);
  await el.updateComplete;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
/** The error an element shows, its words (without the glyph): the page's alert or, the same error shown again, not. */
const alert = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"] > :last-child')?.textContent?.replace(/\s+/g, ' ').trim();
const notices = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!.replace(/\s+/g, ' ').trim());
const stillLoading = (el: Element) => !!el.shadowRoot!.querySelector('[part="loading"]');
const meter = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
const feedInvalid = (errors: readonly DzErrorDetail[]) => errors.filter((e) => e.code === 'feed-invalid');

/** What the error about `progress` starts with, in zh-Hant: the feed's words, naming the property where a feed names its URL. */
const aboutProgress = zhHant.invalidFeed('progress', '');

describe('the progress property', () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => (requests = recordRequests()));
  afterEach(() => requests.restore());

  for (const { tag, attribute, start, feed } of elements) {
    describe(`<${tag}>`, () => {
      it(`shows the report as ${attribute} shows the same report from its URL, requesting nothing`, async () => {
        const report = await reportAt(feed);
        const fromUrl = await mount(tag, `${start} ${attribute}="${feed}"`);
        requests.urls.length = 0;
        const inMemory = await mount(tag, start, report);
        expect(requests.urls, 'requests').to.deep.equal([]);
        expect(inMemory.errors).to.deep.equal([]);
        expect(alert(inMemory.el)).to.equal(undefined);
        expect(text(inMemory.el)).to.equal(text(fromUrl.el));
        // Its readings are shown: the gauge's meter, the others the report's date.
        if (tag === 'dz-target-gauge') expect(meter(inMemory.el)!.getAttribute('aria-valuenow')).to.equal('2400');
        else expect(text(inMemory.el)).to.contain(zhHant.progressAsOf(formatIsoDate(report.asOf, 'zh-Hant')));
      });

      it('an invalid report: feed-invalid naming `progress` and the problem, in place and as one dz-error', async () => {
        const { el, errors } = await mount(tag, start, { plan: PLAN_ID, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 'x' }] });
        expect(alert(el)).to.contain(aboutProgress).and.to.contain('entries[0].value');
        expect(feedInvalid(errors)).to.have.length(1);
        expect(feedInvalid(errors)[0]!.message).to.equal(alert(el));
        // Updates that change nothing about the report say nothing again.
        el.requestUpdate();
        await el.updateComplete;
        el.setAttribute('timeout', '20');
        await settled(el);
        expect(feedInvalid(errors)).to.have.length(1);
        expect(requests.urls).to.deep.equal([]);
      });

      it("a report for another plan: the feed's error naming both plans", async () => {
        const { el, errors } = await mount(tag, start, { plan: 'other-plan', asOf: '2023-06-30', entries: [] });
        expect(feedInvalid(errors)).to.have.length(1);
        expect(alert(el)).to.contain(aboutProgress).and.to.contain('other-plan').and.to.contain(PLAN_ID);
      });

      it('null is a report still to come: the loading state, no request, until a report is set', async () => {
        const report = await reportAt(feed);
        requests.urls.length = 0;
        const errors: DzErrorDetail[] = [];
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.addEventListener('dz-error', (e) => errors.push((e as CustomEvent<DzErrorDetail>).detail));
        const template = document.createElement('template');
        template.innerHTML = `<${tag} ${start} ${attribute}="${feed}"></${tag}>`;
        const el = template.content.firstElementChild as Fed;
        el.progress = null;
        const warn = console.warn;
        console.warn = () => {};
        wrapper.append(el);
        await el.updateComplete;
        await nextTask();
        await el.updateComplete;
        console.warn = warn;
        expect(stillLoading(el), 'loading').to.equal(true);
        expect(alert(el)).to.equal(undefined);
        expect(errors).to.deep.equal([]);
        expect(requests.urls, 'the URL is not requested while progress is set').to.deep.equal([]);
        el.progress = report;
        await settled(el);
        expect(alert(el)).to.equal(undefined);
        expect(requests.urls, 'still not requested').to.deep.equal([]);
      });

      it('a string (a framework passing text): feed-invalid naming its type', async () => {
        const { el, errors } = await mount(tag, `${start} lang="en"`, feed);
        expect(alert(el)).to.equal(en.invalidFeed('progress', 'string'));
        expect(feedInvalid(errors)).to.deep.equal([{ code: 'feed-invalid', message: en.invalidFeed('progress', 'string') }]);
        expect(requests.urls, 'the string is no URL to fetch').to.deep.equal([]);
      });

      it(`beside ${attribute}: the report shown, ${attribute} noticed as ignored and never requested`, async () => {
        const { el, errors } = await mount(tag, `${start} ${attribute}="/never-requested.json"`, await reportAt(feed));
        const ignored = `同時寫了「progress」和「${attribute}」:顯示的是「progress」,已忽略「${attribute}」。`;
        expect(notices(el)).to.deep.equal([`ⓘ ${ignored}`]);
        expect(errors).to.deep.equal([{ code: 'invalid-value', message: ignored }]);
        expect(alert(el)).to.equal(undefined);
        await nextTask();
        expect(requests.urls.filter((url) => url !== feed)).to.deep.equal([]);
      });

      it('changing progress to another report draws the other report', async () => {
        const report = await reportAt(feed);
        const { el } = await mount(tag, start, report);
        const before = text(el);
        el.progress = { ...report, asOf: '2023-07-31', entries: report.entries.map((e) => ({ ...e, value: e.value * 2 })) };
        await settled(el);
        expect(alert(el)).to.equal(undefined);
        expect(text(el)).to.not.equal(before);
        expect(text(el)).to.contain(tag === 'dz-target-gauge' ? '4800' : zhHant.progressAsOf(formatIsoDate('2023-07-31', 'zh-Hant')));
      });
    });
  }

  it('one report object is validated once per plan, however many elements show it and however often it is set again', async () => {
    const report = await reportAt(GAUGE_FEED);
    let reads = 0;
    // A Proxy whose reads are counted, the report's nested objects too: a validation reads every entry.
    const counted = (value: unknown): unknown =>
      value && typeof value === 'object'
        ? new Proxy(value, {
            get(target, key, receiver) {
              reads++;
              return counted(Reflect.get(target, key, receiver));
            },
          })
        : value;
    const proxy = counted(report);
    const first = await mount('dz-target-gauge', 'target="t09.1"', proxy);
    expect(meter(first.el)!.getAttribute('aria-valuenow')).to.equal('2400');
    const once = reads;
    expect(once, 'the report was read').to.be.greaterThan(0);
    const second = await mount('dz-target-gauge', 'target="t26.3"', proxy);
    const card = await mount('dz-task-card', 'task="26"', proxy);
    expect(meter(second.el), 'the second gauge shows the report').to.not.equal(null);
    expect(alert(card.el)).to.equal(undefined);
    first.el.progress = report;
    await settled(first.el);
    first.el.progress = proxy;
    await settled(first.el);
    expect(reads, 'reads after the first validation').to.equal(once);
  });

  it('an invalid report set on many elements: each says so, the report validated once', async () => {
    let reads = 0;
    const report = new Proxy({ plan: PLAN_ID, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 'x' }] }, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const one = await mount('dz-target-gauge', 'target="t09.1"', report);
    const once = reads;
    const two = await mount('dz-task-card', 'task="9"', report);
    expect(alert(one.el)).to.contain('entries[0].value');
    expect(alert(two.el)).to.contain('entries[0].value');
    expect(reads).to.equal(once);
  });

  it('a throwing getter, a revoked Proxy: feed-invalid with the reason, never a throw', async () => {
    const watch = watchUncaught();
    try {
      const throwing = Object.defineProperty({ plan: PLAN_ID, asOf: '2023-06-30' }, 'entries', {
        enumerable: true,
        get() {
          throw new Error('getter says no');
        },
      });
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      for (const { tag, start } of elements) {
        const getter = await mount(tag, start, throwing);
        expect(alert(getter.el), tag).to.contain(aboutProgress).and.to.contain('getter says no');
        expect(feedInvalid(getter.errors), tag).to.have.length(1);
        const proxy = await mount(tag, start, revoked.proxy);
        expect(alert(proxy.el), tag).to.contain(aboutProgress);
        expect(feedInvalid(proxy.errors), tag).to.have.length(1);
      }
      await nextTask();
      expect(watch.problems).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('the error and the notice in each language', async () => {
    const invalid = { plan: PLAN_ID, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 'x' }] };
    const hans = await mount('dz-task-card', 'task="9" lang="zh-Hans"', invalid);
    expect(alert(hans.el)).to.contain(zhHans.invalidFeed('progress', '')).and.to.contain('entries[0].value');
    const english = await mount('dz-task-card', 'task="9" lang="en"', invalid);
    expect(alert(english.el)).to.contain(en.invalidFeed('progress', '')).and.to.contain('entries[0].value');
    const report = await reportAt(CARD_FEED);
    const hansNotice = await mount('dz-unit-summary', 'unit="市工業和信息化局" lang="zh-Hans" progress-src="/x.json"', report);
    expect(notices(hansNotice.el)).to.deep.equal(['ⓘ 同时写了“progress”和“progress-src”:显示的是“progress”,已忽略“progress-src”。']);
    const enNotice = await mount('dz-plan-overview', 'lang="en" progress-src="/x.json"', report);
    expect(notices(enNotice.el)).to.deep.equal(['ⓘ Both "progress" and "progress-src" are given: "progress" is shown, "progress-src" is ignored.']);
  });

  describe('on the gauge: value, then progress, then src', () => {
    it('value beside progress: the value shown, progress noticed as ignored (and not validated)', async () => {
      const { el, errors } = await mount('dz-target-gauge', 'target="t09.1" value="2100" as-of="2023-06-30" lang="en"', { plan: 'other-plan', asOf: '2023-06-30', entries: [] });
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
      const ignored = 'Both "value" and "progress" are given: "value" is shown, "progress" is ignored.';
      expect(notices(el)).to.deep.equal([`ⓘ ${ignored}`]);
      expect(errors).to.deep.equal([{ code: 'invalid-value', message: ignored }]);
    });

    it('progress beside src: the report shown, src noticed and never requested', async () => {
      const { el, errors } = await mount('dz-target-gauge', 'target="t09.1" src="/never-requested.json" lang="en"', await reportAt(GAUGE_FEED));
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2400');
      const ignored = 'Both "progress" and "src" are given: "progress" is shown, "src" is ignored.';
      expect(notices(el)).to.deep.equal([`ⓘ ${ignored}`]);
      expect(errors).to.deep.equal([{ code: 'invalid-value', message: ignored }]);
      expect(requests.urls.filter((url) => url !== GAUGE_FEED)).to.deep.equal([]);
    });

    it('all three: the value shown, progress and src each noticed', async () => {
      const { el } = await mount('dz-target-gauge', 'target="t09.1" value="2100" as-of="2023-06-30" src="/never-requested.json" lang="en"', await reportAt(GAUGE_FEED));
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
      expect(notices(el)).to.have.members([
        'ⓘ Both "value" and "src" are given: "value" is shown, "src" is ignored.',
        'ⓘ Both "value" and "progress" are given: "value" is shown, "progress" is ignored.',
      ]);
    });

    it('as-of with progress and no value: quiet (a value to date may yet arrive, r123 F1), progress shown', async () => {
      const { el } = await mount('dz-target-gauge', 'target="t09.1" as-of="2023-06-30"', await reportAt(GAUGE_FEED));
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2400');
      expect(notices(el)).to.deep.equal([]);
    });

    it("a reading of the report that cannot be judged names `progress` where a feed's names its URL", async () => {
      const { el, errors } = await mount('dz-target-gauge', 'target="t04.3"', { plan: PLAN_ID, asOf: '2023-06-30', entries: [{ target: 't04.3', value: 21000 }] });
      expect(alert(el)).to.contain(aboutProgress);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value']);
    });
  });

  it('updateComplete waits for the validators a report needs (a fresh page, where they are not loaded yet)', async () => {
    const report = await reportAt(GAUGE_FEED);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><body><script type="module">import '/packages/elements/src/target-gauge.ts';</script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow as Window & typeof globalThis;
      await page.customElements.whenDefined('dz-target-gauge');
      const validators = () => page.performance.getEntriesByType('resource').some((entry) => /\/shared\/validators\.ts$/.test(new URL(entry.name).pathname));
      expect(validators(), 'the validators before a report').to.equal(false);
      const gauge = page.document.createElement('dz-target-gauge') as Fed;
      gauge.setAttribute('target', 't09.1');
      gauge.progress = page.JSON.parse(JSON.stringify(report));
      page.document.body.append(gauge);
      await gauge.updateComplete;
      // Booleans and strings only: the test runner cannot report an element of another page.
      expect(validators(), 'the validators loaded for the report').to.equal(true);
      expect(stillLoading(gauge), 'still loading').to.equal(false);
      expect(meter(gauge)?.getAttribute('aria-valuenow') ?? null).to.equal('2400');
    } finally {
      frame.remove();
    }
  });
});
