/**
 * The gauge's meter says the metric once (review r59 L6): its name (`aria-label`) is the metric, and its value text
 * (`aria-valuetext`) the evaluation's sentence without the metric the sentence begins with, so a screen reader no
 * longer says "新開通5G基站, meter, 新開通5G基站:截至…". The value text still says the reading, the pace and the status.
 */
import { createPlanLookups, statusLabels, type Language, type ProgressReport, type Status } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';
import { gaugeGeometry } from '../shared/gauge/geometry.js';
import { meterAria } from '../shared/gauge/templates.js';
import { strings } from '../shared/i18n/strings.js';
import { until } from '../../test/support/wait.js';
import { supervisionFeeds } from '../../../data/test/fixtures/supervision-feeds.js';
import { gaugeViewOf } from './target-gauge.view.js';

const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const meter = (el: DzTargetGauge) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');

/** The meter's name and value text, once it is drawn. */
async function spoken(template: ReturnType<typeof html>): Promise<{ label: string; text: string; el: DzTargetGauge }> {
  const el = (await fixture<HTMLElement>(html`<div>${template}</div>`)).querySelector<DzTargetGauge>('dz-target-gauge')!;
  await until(() => meter(el), 'no meter drawn');
  await el.updateComplete;
  return { label: meter(el)!.getAttribute('aria-label')!, text: meter(el)!.getAttribute('aria-valuetext')!, el };
}

/** That the meter names `metric` once: as its name, and not again at the start of (or anywhere in) its value text. */
function expectNamedOnce({ label, text }: { label: string; text: string }, metric: string): void {
  expect(label).to.equal(metric);
  expect(text, 'the value text').not.to.match(/^\s*[:：]/);
  expect(text.startsWith(label), `“${text}” starts with the name “${label}”`).to.equal(false);
  expect(text, 'the metric said again').not.to.contain(metric);
}

describe("dz-target-gauge's meter says its name once (review r59 L6)", () => {
  it('a flow on track, in each language and both variants: the name, then the reading, the pace and the status', async () => {
    const facts: Record<Language, string[]> = {
      'zh-Hant': ['截至2023年6月30日為2100個', '目標3000個', '完成70%', '序時進度50%', '進度正常'],
      'zh-Hans': ['截至2023年6月30日为2100个', '目标3000个', '完成70%', '序时进度50%', '进度正常'],
      en: ['2,100 base stations as of 30 June 2023', 'target 3,000 base stations', '70% of the target', '50% of the period elapsed', 'on track'],
    };
    for (const [lang, variant] of [['zh-Hant', 'ring'], ['zh-Hans', 'bar'], ['en', 'bar'], ['en', 'ring']] as const) {
      const said = await spoken(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang=${lang} variant=${variant}></dz-target-gauge>`);
      expectNamedOnce(said, dezhouPlan.targets.find((t) => t.id === 't09.1')!.metric[lang]);
      for (const fact of facts[lang]) expect(said.text, `${lang} ${variant}`).to.contain(fact);
    }
  });

  it('a ceiling used faster than the pace, and a designation not yet judged (awaiting decision)', async () => {
    const ceiling = await spoken(html`<dz-target-gauge target="t26.3" value="15" as-of="2023-06-30" lang="zh-Hans" variant="bar"></dz-target-gauge>`);
    expectNamedOnce(ceiling, '用水总量');
    for (const fact of ['为15亿立方米', '已用上限71%', '序时进度50%', statusLabels['zh-Hans'].overPace]) expect(ceiling.text).to.contain(fact);
    const pending = await spoken(html`<dz-target-gauge target="t02.2" value="0" as-of="2023-06-30" lang="en"></dz-target-gauge>`);
    expectNamedOnce(pending, 'National enterprise technology centres');
    expect(pending.text).to.contain('0 centres as of 30 June 2023').and.to.contain('no pace is judged');
    expect(pending.text.endsWith(`${statusLabels.en.pending}.`), pending.text).to.equal(true);
  });

  it('a stale reading (not reported this period) from a report: its words end the value text, the metric said once', async () => {
    const { q3 } = supervisionFeeds(dezhouPlan.id) as Record<'q3', ProgressReport>;
    for (const lang of languages) {
      const said = await spoken(html`<dz-target-gauge target="t02.2" .progress=${q3} lang=${lang}></dz-target-gauge>`);
      expect(said.el.status).to.equal('stale');
      expectNamedOnce(said, dezhouPlan.targets.find((t) => t.id === 't02.2')!.metric[lang]);
      expect(said.text.endsWith(`${strings[lang].statusStale}${lang === 'en' ? '.' : '。'}`), said.text).to.equal(true);
    }
  });

  it('draws no meter, and so no value text, for a value it cannot judge or a target alone', async () => {
    for (const template of [
      html`<dz-target-gauge target="t09.1" value="abc" lang="en"></dz-target-gauge>`,
      html`<dz-target-gauge target="t09.1" lang="en"></dz-target-gauge>`,
    ]) {
      const el = (await fixture<HTMLElement>(html`<div>${template}</div>`)).querySelector<DzTargetGauge>('dz-target-gauge')!;
      await until(() => el.shadowRoot!.querySelector('[part~="error"], [part~="target"]'), 'the gauge drawn');
      expect(el.shadowRoot!.querySelector('[aria-valuetext], [role="meter"]')).to.equal(null);
    }
  });

  it('every target of the plan, in each language, at readings of each kind (stale ones too): the sentence less its metric and separator, the metric not said again', () => {
    // The view and the meter's words as the template takes them, with no element drawn: a reading at the plan's start,
    // half the target mid-year, and half, all and half again of it at the deadline. A value the gauge cannot judge (a share
    // over 100%) is an error, which draws no meter.
    const api = createPlanLookups(dezhouPlan);
    const seen = { meters: 0, errors: 0, notPaced: 0, statuses: new Set<Status>() };
    const wrong: string[] = [];
    for (const lang of languages) {
      for (const target of dezhouPlan.targets) {
        for (const [value, asOf] of [[0, dezhouPlan.period.start], [target.value / 2, '2023-06-30'], [target.value / 2, target.deadline], [target.value, target.deadline], [target.value * 1.5, target.deadline]] as const) {
          const input = { target: target.id, value, asOf: asOf < target.deadline ? asOf : target.deadline, src: undefined };
          const view = gaugeViewOf(api, input, () => ({ state: 'loading' }), lang, strings[lang]);
          if ('error' in view) seen.errors++; // the target alone, with the error below it
          if (view.kind !== 'ready' || view.progress !== 'reading') continue;
          const { evaluation } = view;
          seen.statuses.add(evaluation.status);
          if (evaluation.expected === undefined) seen.notPaced++;
          for (const stale of [undefined, strings[lang].statusStale]) {
            seen.meters++;
            const aria = meterAria(target, evaluation, gaugeGeometry(evaluation), lang, stale);
            const text = aria.text;
            const head = `${target.metric[lang]}:${lang === 'en' ? ' ' : ''}`;
            const ending = `${stale ?? statusLabels[lang][evaluation.status]}${lang === 'en' ? '.' : '。'}`;
            // Less the metric, the sentence itself (a stale reading's ends with its own words in place of the status).
            const whole = stale === undefined ? `${head}${text}` === evaluation.sentence : evaluation.sentence.startsWith(head);
            if (aria.label !== target.metric[lang] || !whole || text.includes(aria.label) || !text.endsWith(ending)) {
              wrong.push(`${lang} ${target.id} ${value}: “${aria.label}” “${text}”`);
            }
          }
        }
      }
    }
    expect(wrong).to.deep.equal([]);
    expect(seen.meters, 'meters').to.be.greaterThan(dezhouPlan.targets.length * 3 * 5);
    expect(seen.errors, 'values it cannot judge').to.be.greaterThan(0);
    expect(seen.notPaced, 'readings not paced').to.be.greaterThan(0);
    expect([...seen.statuses], 'statuses').to.include.members(['met', 'onTrack', 'behind', 'seriouslyBehind', 'notStarted', 'missed', 'pending', 'overCeiling', 'belowTarget']);
  });
});
