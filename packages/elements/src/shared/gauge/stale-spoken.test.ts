/**
 * What a screen reader hears of a reading older than the report: the meter's sentence ends "not reported this
 * period", as the gauge shows, never the status judged at the older date, in the gauge and in a card's compact gauge,
 * in each language.
 */
import { formatIsoDate, statusLabels, type Language, type ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { withHeldFeed } from '../../../test/support/wait.js';
import '../../target-gauge.js';
import '../../task-card.js';
import { strings } from '../i18n/strings.js';
import { supervisionFeeds } from '../../../../data/test/fixtures/supervision-feeds.js';

const { q3 }: Record<'q3', ProgressReport> = supervisionFeeds(dezhouPlan.id);
const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const meterOf = (el: LitElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** The sentence's end: its status, and the full stop of the language. */
const ending = (words: string, lang: Language) => `${words}${lang === 'en' ? '.' : '。'}`;

/** That `spoken` says the reading was not reported this period, in `lang`, and no status judged at its older date. */
function expectStaleSpoken(spoken: string, lang: Language, context: string): void {
  expect(spoken, context).to.match(new RegExp(`[,;] ?${ending(strings[lang].statusStale, lang).replace('.', '\\.')}$`));
  for (const status of Object.values(statusLabels[lang])) expect(spoken, `${context}: ${status}`).not.to.contain(status);
}

describe('a stale reading, as a screen reader hears it', () => {
  for (const lang of languages) {
    it(`the gauge's meter says “${strings[lang].statusStale}”, as its status shows (${lang})`, async () => {
      for (const id of ['t02.2', 't03.2']) {
        const el = await withHeldFeed<LitElement>((url) => html`<dz-target-gauge target=${id} src=${url} lang=${lang}></dz-target-gauge>`, q3, (e) => !meterOf(e, '[role="meter"]'));
        const meter = meterOf(el, '[role="meter"]');
        expectStaleSpoken(meter.getAttribute('aria-valuetext')!, lang, id);
        // The rest of the sentence stays: the metric's reading and its date.
        expect(meter.getAttribute('aria-valuetext'), id).to.contain(formatIsoDate('2023-06-30', lang));
        // A page that styles or counts by status reads the same: not the status judged at the older date.
        expect([el.getAttribute('status'), (el as LitElement & { status?: string }).status], id).to.deep.equal(['stale', 'stale']);
      }
    });
  }

  it('a card’s compact gauge of a stale reading says the same as its visible status (en)', async () => {
    const card = await withHeldFeed<LitElement>((url) => html`<dz-task-card task="2" progress-src=${url} lang="en"></dz-task-card>`, q3, (el) => !meterOf(el, 'li[data-target-id="t02.2"] [role="meter"]'));
    const item = meterOf(card, 'li[data-target-id="t02.2"]');
    expect(item.querySelector('[part="gauge"]')!.getAttribute('data-status')).to.equal('stale');
    expectStaleSpoken(item.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')!, 'en', 't02.2');
    await expect(card).to.be.accessible();
  });

  it('a reading of the report’s date keeps its status in the sentence', async () => {
    const el = await withHeldFeed<LitElement>((url) => html`<dz-target-gauge target="t09.1" src=${url} lang="en"></dz-target-gauge>`, q3, (e) => !meterOf(e, '[role="meter"]'));
    const spoken = meterOf(el, '[role="meter"]').getAttribute('aria-valuetext')!;
    expect(spoken).not.to.contain(strings.en.statusStale);
    expect(Object.values(statusLabels.en).some((status) => spoken.endsWith(ending(status, 'en')))).to.equal(true);
  });
});
