/**
 * What a screen reader reads of a target in a list (a card's, a unit summary's): the words its meter's sentence says
 * (the metric, the target, the progress, the status) once, from the meter, and the rest (a note, the trend, a
 * deadline, an exceeded ceiling the sentence leaves out) beside it; a target with no reading, which draws no meter, all
 * of it.
 */
import { describeTarget, evaluateTarget, formatAmount, statusLabels, type Language, type ProgressReport, type Target } from '@dz-tasks/data';
import { dezhouPlan, getTarget } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { render, type LitElement } from 'lit';
import { withHeldFeed } from '../../../test/support/wait.js';
import '../../task-card.js';
import '../../unit-summary.js';
import { strings } from '../i18n/strings.js';
import { renderCompactGauge } from './compact-gauge.js';
import { statusKey } from './format.js';

const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];

/**
 * A report of 30 September: readings of the report's date (paced, a change, a ceiling exceeded, a growth), one of an
 * older date (not reported this period), notes; the targets of the lists it leaves out show their goal alone.
 */
const report: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't09.1', value: 2480, note: '示例數據 / Sample data' },
    { target: 't09.2', value: 64 },
    { target: 't26.3', value: 25.5 },
    { target: 't26.4', value: 9.5, note: '示例數據 / Sample data' },
    { target: 't03.3', value: 11 },
    { target: 't02.2', value: 0, asOf: '2023-06-30' },
  ],
} as ProgressReport;

/**
 * The text a screen reader reads of `root`: its text outside what is hidden from assistive technology (`aria-hidden`),
 * and each meter's name and value text, spaces folded.
 */
function readOf(root: Element): string {
  let read = '';
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') === 'true' || node.localName === 'style') return;
      if (node.getAttribute('role') === 'meter') read += ` ${meterRead(node)}`;
    } else if (node.nodeType === Node.TEXT_NODE) {
      read += ` ${node.textContent}`;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return read.replace(/\s+/g, ' ').trim();
}

/** What a meter says: its name (`aria-label`) and its value text (`aria-valuetext`). */
const meterRead = (meter: Element) => `${meter.getAttribute('aria-label')} ${meter.getAttribute('aria-valuetext')}`;

/** How many times `words` occur in `text`. */
const timesIn = (text: string, words: string) => text.split(words).length - 1;

/** The status word a target item shows: its status's label, or "not reported this period" for a stale reading. */
function statusWord(item: Element, lang: Language): string {
  const key = item.querySelector('[part="gauge"]')!.getAttribute('data-status')!;
  if (key === 'stale') return strings[lang].statusStale;
  const status = Object.keys(statusLabels[lang]).find((s) => statusKey(s) === key)! as keyof (typeof statusLabels)[Language];
  return statusLabels[lang][status];
}

/**
 * That each item of `el` with a meter reads its metric, its target amount and its status word as many times as its
 * meter says them, and an item without one reads its metric and goal. Returns how many items had a meter.
 */
function expectReadOnce(el: LitElement, lang: Language): number {
  const items = [...el.shadowRoot!.querySelectorAll('li[part="target"]')];
  let metered = 0;
  for (const item of items) {
    const target = getTarget(item.getAttribute('data-target-id')!)!;
    const read = readOf(item);
    const meter = item.querySelector('[role="meter"]');
    if (!meter) {
      expect(read, `${target.id}: no meter, its goal read`).to.contain(target.metric[lang]).and.to.contain(describeTarget(target, lang));
      continue;
    }
    metered++;
    const said = meterRead(meter);
    // Its name is the metric, and its value text does not begin with it again (review r59 L6).
    expect(meter.getAttribute('aria-valuetext'), `${target.id}: the value text`).not.to.match(new RegExp(`^${target.metric[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    for (const words of [target.metric[lang], formatAmount(target, target.valueText, lang), statusWord(item, lang)]) {
      expect(timesIn(said, words), `${target.id}: the meter says “${words}”`).to.be.greaterThan(0);
      expect(timesIn(read, words), `${target.id}: “${words}” read as often as the meter says it, in “${read}”`).to.equal(timesIn(said, words));
    }
  }
  expect(items.length - metered, 'some targets with no reading').to.be.greaterThan(0);
  return metered;
}

describe('a target in a list, as a screen reader reads it', () => {
  for (const lang of languages) {
    it(`a card's targets say their metric, target and status as often as their meters do (${lang})`, async () => {
      for (const task of [9, 26, 2]) {
        const card = await withHeldFeed<LitElement>(
          (url) => html`<dz-task-card task=${task} progress-src=${url} lang=${lang}></dz-task-card>`,
          report,
          (el) => !el.shadowRoot!.querySelector('[role="meter"]'),
        );
        expect(expectReadOnce(card, lang), `task ${task}`).to.be.greaterThan(0);
      }
    });

    it(`a unit summary's targets say them as often as their meters do (${lang})`, async () => {
      const summary = await withHeldFeed<LitElement>(
        (url) => html`<dz-unit-summary unit="市發改委" progress-src=${url} lang=${lang}></dz-unit-summary>`,
        report,
        (el) => !el.shadowRoot!.querySelector('[role="meter"]'),
      );
      expect(expectReadOnce(summary, lang)).to.be.greaterThan(3);
      await expect(summary).to.be.accessible();
    });

    it(`a ceiling exceeded and missed reads “${statusLabels[lang].overCeiling}”, which its sentence leaves out (${lang})`, async () => {
      // A level held under a limit, past it at the deadline: missed, and exceeded, which the sentence does not say.
      const target: Target = { ...getTarget('t26.3')!, measure: 'level' };
      const evaluation = evaluateTarget(target, { value: target.value * 1.5, asOf: target.deadline }, { lang });
      const exceeded = statusLabels[lang].overCeiling;
      expect(evaluation.sentence).not.to.contain(exceeded);
      const host = await fixture<HTMLElement>(html`<div></div>`);
      render(renderCompactGauge(target, evaluation, lang, strings[lang]), host);
      const read = readOf(host);
      expect(timesIn(read, exceeded), read).to.equal(1);
      expect(timesIn(read, statusLabels[lang].missed), read).to.equal(timesIn(evaluation.sentence, statusLabels[lang].missed));
    });
  }
});
