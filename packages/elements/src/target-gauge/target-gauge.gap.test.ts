/**
 * A year-end review by a supervision office (督查辦, review r100): a target missed at its deadline or over its ceiling
 * says by how much, as `dz-plan progress summary` says it (M2: its figure from the data package's `targetGap`, its
 * words the summary's), on screen and in the meter's spoken value; a target a report has no entry for says 未報送 with
 * its glyph once the report's date has reached its deadline, and 尚無進度數據 before it (L8).
 */
import { describeGap, statusLabels, type Language, type ProgressReport, type Status } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';
import { readingGlyphs } from '../shared/glyphs.js';
import { strings } from '../shared/i18n/strings.js';
import { until } from '../../test/support/wait.js';

const api = dezhou();
const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const part = (el: DzTargetGauge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function gauge(template: TemplateResult): Promise<DzTargetGauge> {
  const el = (await fixture<HTMLElement>(html`<div>${template}</div>`)).querySelector('dz-target-gauge')!;
  await el.updateComplete;
  return el;
}

/** The summary's words for the gap of `value` of `id` at `status`: `差50個`, `超出上限0.13億立方米`, `50 items short`. */
function summarySays(id: string, value: number, status: Status, lang: Language): string {
  return describeGap(api.getTarget(id)!, value, status, lang)!;
}

/** Missed at the deadline (t09.1: 2950 of 3000個), over a ceiling (t26.3: 21.3 of ≤ 21.17億立方米), a rate in points (t38.3: 95.6 of ≥ 96%). */
const misses = [
  { id: 't09.1', value: 2950, status: 'missed' },
  { id: 't26.3', value: 21.3, status: 'overCeiling' },
  { id: 't38.3', value: 95.6, status: 'missed' },
] as const;

describe('<dz-target-gauge>: how far a target missed, and 未報送 once due (review r100 M2, L8)', () => {
  for (const lang of languages) {
    for (const { id, value, status } of misses) {
      it(`${id} at ${value}, ${status}: the status and the meter say the summary's gap (${lang})`, async () => {
        const el = await gauge(html`<dz-target-gauge target=${id} value=${value} as-of="2023-12-31" lang=${lang}></dz-target-gauge>`);
        expect(el.status).to.equal(status);
        const gap = summarySays(id, value, status, lang);
        expect(text(part(el, 'status'))).to.contain(statusLabels[lang][status]).and.to.contain(gap);
        expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain(gap);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a target met or on track says no gap, nor one behind before its deadline', async () => {
    for (const [id, value, asOf] of [['t09.1', 3100, '2023-12-31'], ['t09.1', 2100, '2023-06-30'], ['t09.1', 500, '2023-06-30']] as const) {
      const el = await gauge(html`<dz-target-gauge target=${id} value=${value} as-of=${asOf}></dz-target-gauge>`);
      expect(text(part(el, 'status')), `${value} at ${asOf}`).not.to.match(/差/);
      expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext'), `${value} at ${asOf}`).not.to.match(/差/);
    }
  });

  /** A report of t09.1 alone, dated `asOf`: t09.2 has no entry. */
  const report = (asOf: string): ProgressReport => ({ plan: dezhouPlan.id, asOf, entries: [{ target: 't09.1', value: 2950, asOf: '2023-09-30' }] });

  for (const lang of languages) {
    it(`no entry for a due target: “${strings[lang].statusUnreported}” with its glyph; before its deadline “${strings[lang].noValue}” (${lang})`, async () => {
      const due = await gauge(html`<dz-target-gauge target="t09.2" .progress=${report('2023-12-31')} lang=${lang}></dz-target-gauge>`);
      await until(() => part(due, 'empty'), 'the report was not shown');
      const empty = part(due, 'empty')!;
      expect(text(empty)).to.equal(`${readingGlyphs.unreported} ${strings[lang].statusUnreported}`);
      // The glyph is hidden from screen readers, which read the word.
      expect(empty.querySelector('[aria-hidden="true"]')!.textContent).to.equal(readingGlyphs.unreported);
      expect(text(due.shadowRoot!)).not.to.contain(strings[lang].noValue);
      await expect(due).to.be.accessible();

      const early = await gauge(html`<dz-target-gauge target="t09.2" .progress=${report('2023-09-30')} lang=${lang}></dz-target-gauge>`);
      await until(() => part(early, 'empty'), 'the report was not shown');
      expect(text(part(early, 'empty'))).to.equal(strings[lang].noValue);
    });
  }
});
