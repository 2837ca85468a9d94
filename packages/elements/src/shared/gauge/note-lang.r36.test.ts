/**
 * The language of a feed's note (WCAG 3.1.2, an accessibility review): a report has no language of its own, so a note
 * in Chinese characters shown by an element in English is marked `lang="zh"` (the script not guessed), and read with a
 * Chinese voice; in an element already in Chinese, and for a note without Han characters, the note inherits.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../target-gauge.js';
import '../../task-card.js';
import type { DzElement } from '../base-element.js';
import { until } from '../../../test/support/wait.js';

const report = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100, note: 'first half' }, { target: 't09.2', value: 30, note: '5G 上半年' }] };

/** Answers every request for a `/r36-notes/` feed with {@link report}; returns the restore function. */
function serveReport(): () => void {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    String(input).includes('/r36-notes/') ? Promise.resolve(new Response(JSON.stringify(report))) : original(input, init)) as typeof fetch;
  return () => {
    window.fetch = original;
  };
}

/** Each note an element shows: its text, its own `lang` and the language it is read in (the nearest `lang`). */
async function notes(template: ReturnType<typeof html>, selector: string) {
  const el = await fixture<DzElement>(template);
  await until(() => el.shadowRoot!.querySelectorAll(selector).length, 'notes shown');
  const shown = Array.from(el.shadowRoot!.querySelectorAll(selector), (note) => [note.textContent, note.getAttribute('lang'), note.closest('[lang]')!.getAttribute('lang')]);
  return { el, shown };
}

describe('the language of a feed’s note', () => {
  let restore: () => void;
  beforeEach(() => (restore = serveReport()));
  afterEach(() => restore());

  it('a card in English marks a note in Chinese characters lang="zh"; an English note inherits the card’s', async () => {
    const { el, shown } = await notes(html`<dz-task-card lang="en" task="9" progress-src="/r36-notes/en.json"></dz-task-card>`, '[part="gauge-note"]');
    expect(shown).to.have.deep.members([
      ['first half', null, 'en'],
      ['5G 上半年', 'zh', 'zh'],
    ]);
    await expect(el, 'a valid lang').to.be.accessible();
  });

  it('a card already in Chinese leaves its notes unmarked, in its own language', async () => {
    for (const lang of ['zh-Hant', 'zh-Hans']) {
      const { shown } = await notes(html`<dz-task-card lang=${lang} task="9" progress-src=${`/r36-notes/${lang}.json`}></dz-task-card>`, '[part="gauge-note"]');
      expect(shown, lang).to.have.deep.members([
        ['first half', null, lang],
        ['5G 上半年', null, lang],
      ]);
    }
  });

  it('the gauge marks its note the same way', async () => {
    const gauge = async (lang: string, target: string) =>
      (await notes(html`<dz-target-gauge lang=${lang} target=${target} src=${`/r36-notes/${lang}-${target}.json`}></dz-target-gauge>`, '[part="note"]')).shown;
    expect(await gauge('en', 't09.2')).to.deep.equal([['5G 上半年', 'zh', 'zh']]);
    expect(await gauge('en', 't09.1')).to.deep.equal([['first half', null, 'en']]);
    expect(await gauge('zh-Hans', 't09.2')).to.deep.equal([['5G 上半年', null, 'zh-Hans']]);
    expect(await gauge('zh-Hant', 't09.2')).to.deep.equal([['5G 上半年', null, 'zh-Hant']]);
  });
});
