/**
 * The target lists of the card and the unit summary (`target-item.ts`), as the gauge (review r100): a target missed
 * at its deadline or over its ceiling says by how much, as `dz-plan progress summary` says it (M2), and one the report
 * has no entry for says 未報送 with its glyph once the report's date has reached its deadline, 尚無進度數據 before (L8).
 */
import { describeGap, statusLabels, type Language, type ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { withHeldFeed } from '../../../test/support/wait.js';
import '../../task-card.js';
import '../../unit-summary.js';
import { readingGlyphs } from '../glyphs.js';
import { statusKey } from './format.js';
import { strings } from '../i18n/strings.js';

const api = dezhou();
const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const $ = (el: LitElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Task 9's year: t09.1 missed (2950 of 3000個), t26.3 over its ceiling; the rest of task 9 with no entry. */
const report = (asOf: string): ProgressReport => ({
  plan: dezhouPlan.id,
  asOf,
  entries: [
    { target: 't09.1', value: 2950, asOf },
    { target: 't26.3', value: 21.3, asOf },
  ],
});

const card = (task: number, feed: ProgressReport, lang: Language) =>
  withHeldFeed<LitElement>((url) => html`<dz-task-card task=${task} progress-src=${url} lang=${lang}></dz-task-card>`, feed, (el) => $(el, '[part="loading"]'));

/** The summary's words for the gap of the report's reading of `id`. */
function summarySays(id: string, feed: ProgressReport, status: 'missed' | 'overCeiling', lang: Language): string {
  return describeGap(api.getTarget(id)!, feed.entries.find((e) => e.target === id)!.value, status, lang)!;
}

describe('target list items: how far a target missed, and 未報送 once due (review r100 M2, L8)', () => {
  for (const lang of languages) {
    it(`the card: t09.1 missed and t26.3 over its ceiling say the summary's gap, on screen and in the meter (${lang})`, async () => {
      const year = report('2023-12-31');
      for (const [task, id, status] of [[9, 't09.1', 'missed'], [26, 't26.3', 'overCeiling']] as const) {
        const el = await card(task, year, lang);
        const item = $(el, `li[data-target-id="${id}"]`)!;
        const gap = summarySays(id, year, status, lang);
        expect(item.querySelector<HTMLElement>('[part="gauge"]')!.dataset.status).to.equal(statusKey(status));
        expect(text(item.querySelector('.gauge-status')), id).to.contain(statusLabels[lang][status]).and.to.contain(gap);
        expect(item.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'), id).to.contain(gap);
        await expect(el).to.be.accessible();
      }
    });

    it(`the card: task 9's targets with no entry say “${strings[lang].statusUnreported}” once due, “${strings[lang].noValue}” before (${lang})`, async () => {
      const due = await card(9, report('2023-12-31'), lang);
      const unreported = ['t09.2', 't09.3', 't09.4', 't09.5'].map((id) => $(due, `li[data-target-id="${id}"]`)!);
      for (const item of unreported) {
        expect(text(item.querySelector('.gauge-status')), item.dataset.targetId).to.equal(`${readingGlyphs.unreported} ${strings[lang].statusUnreported}`);
        expect(item.querySelector('.gauge-glyph')!.getAttribute('aria-hidden')).to.equal('true');
        expect(text(item)).not.to.contain(strings[lang].noValue);
      }
      await expect(due).to.be.accessible();

      const early = await card(9, report('2023-09-30'), lang);
      for (const id of ['t09.2', 't09.3']) {
        const item = $(early, `li[data-target-id="${id}"]`)!;
        expect(text(item), id).to.contain(strings[lang].noValue);
        expect(text(item), id).not.to.contain(strings[lang].statusUnreported);
      }
    });
  }

  it('the unit summary: a due target with no entry says 未報送 in its item, the missed one its gap', async () => {
    const year = report('2023-12-31');
    const el = await withHeldFeed<LitElement>(
      (url) => html`<dz-unit-summary unit="industry-information-technology-bureau" show="targets" progress-src=${url}></dz-unit-summary>`,
      year,
      (summary) => $(summary, '.targets-area [part="loading"]'),
    );
    expect(text($(el, 'li[data-target-id="t09.1"] .gauge-status'))).to.contain(summarySays('t09.1', year, 'missed', 'zh-Hant'));
    expect(text($(el, 'li[data-target-id="t09.2"] .gauge-status'))).to.equal(`${readingGlyphs.unreported} 未報送`);
    await expect(el).to.be.accessible();
  });
});
