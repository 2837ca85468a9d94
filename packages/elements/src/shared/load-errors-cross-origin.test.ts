/**
 * A load refused across origins (CORS, the page's connect-src) fails as a network error does: a security review
 * found it said as "could not reach the server", naming the URL as written. A URL of another origin is said as a
 * network error or a refusal to let the page read it, naming the URL the request went to beside the one written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../test/support/wait.js';
import '../target-gauge.js';
import type { DzErrorDetail } from './events.js';
import { strings } from './i18n/strings.js';

let urlNumber = 0;

/** The errors `template` dispatches, once it has dispatched one. */
async function errorsOf(template: ReturnType<typeof html>): Promise<DzErrorDetail[]> {
  const errors: DzErrorDetail[] = [];
  await fixture(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  await until(() => errors.length > 0, 'dz-error');
  return errors;
}

describe('a load from another origin that fails', () => {
  // Another origin of this machine (its host written otherwise), on a port browsers refuse to fetch: a network error
  // every browser gives as it gives a CORS refusal, a TypeError and nothing more.
  const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';

  for (const [lang, words] of [
    ['zh-Hant', '網絡錯誤,或伺服器或此頁不准此頁讀取它(CORS 標頭、此頁的 connect-src)'],
    ['zh-Hans', '网络错误,或服务器或此页不准此页读取它(CORS 标头、此页的 connect-src)'],
    ['en', "network error, or the server or this page does not allow this page to read it (CORS headers, the page's connect-src)"],
  ] as const) {
    it(`is said as a network error or a refusal to read, naming the URL written and the URL resolved (${lang})`, async () => {
      const written = `//${otherHost}:1/feed-${++urlNumber}.json`;
      const resolved = new URL(written, document.baseURI).href;
      const errors = await errorsOf(html`<dz-target-gauge target="t09.1" src=${written} lang=${lang}></dz-target-gauge>`);
      expect(errors.map((e) => e.code)).to.deep.equal(['feed-fetch-failed']);
      expect(errors[0]!.message).to.equal(strings[lang].fetchFailed(`${written} (${resolved})`, words));
    });
  }

  it('a same-origin URL that cannot be reached is still said as a network error, naming the URL resolved', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const written = `offline-${++urlNumber}.json`;
      const errors = await errorsOf(html`<dz-target-gauge target="t09.1" src=${written} lang="en"></dz-target-gauge>`);
      expect(errors[0]!.message).to.equal(strings.en.fetchFailed(`${written} (${new URL(written, document.baseURI).href})`, 'network error'));
    } finally {
      window.fetch = original;
    }
  });

  it('an absolute URL is named once', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const written = new URL(`offline-${++urlNumber}.json`, document.baseURI).href;
      const errors = await errorsOf(html`<dz-target-gauge target="t09.1" src=${written} lang="en"></dz-target-gauge>`);
      expect(errors[0]!.message).to.equal(strings.en.fetchFailed(written, 'network error'));
    } finally {
      window.fetch = original;
    }
  });
});
