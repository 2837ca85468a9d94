/**
 * F272 (review r111 F4): a change against a base year (萬元工業增加值用水量較2020年下降5%) is an annual statistic, so in a
 * report of 30 June its newest figure is the last year-end's. The gauge said "not reported this period" with no status
 * for a reading of 31 December 2022; it shows the status judged at that date. An older year-end's stays stale.
 */
import { statusLabels, type Language, type ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';
import { strings } from '../shared/i18n/strings.js';
import { until } from '../../test/support/wait.js';

const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const part = (el: DzTargetGauge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const june = (asOf: string): ProgressReport => ({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't26.5', value: 3, asOf }] });

/** The gauge of t26.5 for `report`, once its meter is drawn: its status words and the meter's value text. */
async function shown(report: ProgressReport, lang: Language): Promise<{ status: string; spoken: string }> {
  const el = (await fixture<HTMLElement>(html`<div><dz-target-gauge target="t26.5" .progress=${report} lang=${lang}></dz-target-gauge></div>`)).querySelector<DzTargetGauge>('dz-target-gauge')!;
  await until(() => part(el, 'meter'), 'no meter drawn');
  await el.updateComplete;
  return { status: text(part(el, 'status')), spoken: part(el, 'meter')!.getAttribute('aria-valuetext') ?? '' };
}

describe('<dz-target-gauge>: the last year-end’s figure of a change against a base year (F272)', () => {
  it('in a report of 30 June, a reading of 31 December 2022 shows its status (behind), not the stale words', async () => {
    for (const lang of languages) {
      const { status, spoken } = await shown(june('2022-12-31'), lang);
      expect(status, lang).to.contain(statusLabels[lang].behind);
      expect(status, lang).not.to.contain(strings[lang].statusStale);
      expect(spoken, lang).to.contain(statusLabels[lang].behind).and.not.to.contain(strings[lang].statusStale);
    }
  });

  it('a reading of 31 December 2021 in the same report stays not reported this period', async () => {
    for (const lang of languages) {
      const { status } = await shown(june('2021-12-31'), lang);
      expect(status, lang).to.contain(strings[lang].statusStale);
    }
  });
});
