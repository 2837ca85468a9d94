import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { statusLabels, statusTones, type Status } from '@dz-tasks/data';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';
import type { DzErrorDetail } from '../shared/events.js';
import { zhHant } from '../shared/i18n/zh-hant.js';
import '../task-card.js';
import { holdFetch, nextTask, until } from '../../test/support/wait.js';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { gaugeFixture } from '../../../../scripts/bench/fixtures.js';
import { stableRatePlan } from '../../../../stories/support/stable-rate-plan.js';

const FIXTURES = '/packages/elements/test-fixtures/target-gauge';
const PLAN_ID = 'dezhou-2023-green-low-carbon';

const part = (el: DzTargetGauge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const meter = (el: DzTargetGauge) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
const text = (el: DzTargetGauge) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const alert = (el: DzTargetGauge) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
/** The reading's date, on a line of its own below the pace. */
const asOf = (el: DzTargetGauge) => el.shadowRoot!.querySelector<HTMLElement>('.as-of');

/**
 * What a screen reader reads of a gauge besides its meter: the text of the shadow root outside the meter and outside
 * anything hidden from assistive technology (`aria-hidden`), spaces folded.
 */
function readOutsideMeter(el: DzTargetGauge): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let read = '';
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement!;
    if (!parent.closest('[aria-hidden="true"], [role="meter"], style')) read += ` ${walker.currentNode.textContent}`;
  }
  return read.replace(/\s+/g, ' ').trim();
}

/** Renders a gauge and collects its dz-error events, including the one dispatched by the first render. */
async function gauge(template: ReturnType<typeof html>): Promise<{ el: DzTargetGauge; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(
    html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`,
  );
  const el = wrapper.querySelector('dz-target-gauge')!;
  await el.updateComplete;
  return { el, errors };
}

/** The `${}` bindings of a template result, nested template results and arrays included (a part may take several). */
function bindingsOf(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + bindingsOf(item), 0);
  const result = value as { strings?: unknown; values?: unknown[] } | null;
  return result && typeof result === 'object' && result.strings && result.values ? result.values.length + bindingsOf(result.values) : 0;
}

const report = (entries: unknown[], asOf = '2023-09-30') => ({ plan: PLAN_ID, asOf, entries });

/** Replaces `fetch` for one test: `respond(url, signal)` gives the response. Returns the restore function. */
function stubFetch(respond: (url: string, signal: AbortSignal | undefined) => Promise<Response>): () => void {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => respond(String(input), init?.signal ?? undefined)) as typeof fetch;
  return () => {
    window.fetch = original;
  };
}

/** A reading of each status: target, value and as-of date (and the plan, when not the bundled one). */
const readings: Record<Status, [string, string, string, typeof dezhouPlan?]> = {
  met: ['t09.4', '520', '2023-06-30'],
  onTrack: ['t09.1', '2100', '2023-06-30'],
  behind: ['t09.2', '38', '2023-06-30'],
  seriouslyBehind: ['t09.3', '10', '2023-06-30'],
  notStarted: ['t09.3', '0', '2023-02-28'],
  missed: ['t14.3', '4', '2023-12-31'],
  overPace: ['t26.3', '15', '2023-06-30'],
  overCeiling: ['t26.3', '22', '2023-06-30'],
  aboveBand: ['t38.3', '99.5', '2023-06-30', stableRatePlan],
  belowTarget: ['t03.2', '850', '2023-06-30'],
  pending: ['t02.2', '0', '2023-06-30'],
};

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** Values of t09.1 (3000 units in 2023) and the dates that put it in each status. */
const statusCases: { status: Status; value: string; asOf: string }[] = [
  { status: 'met', value: '3000', asOf: '2023-10-31' },
  { status: 'onTrack', value: '2100', asOf: '2023-06-30' },
  { status: 'behind', value: '1000', asOf: '2023-06-30' },
  { status: 'notStarted', value: '0', asOf: '2023-03-15' },
  { status: 'missed', value: '2000', asOf: '2023-12-31' },
];

describe('dz-target-gauge', () => {
  describe('without a value', () => {
    it('shows the target alone with its metric and deadline, and no meter', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
      expect(part(el, 'label')!.textContent).to.equal('新開通5G基站');
      expect(part(el, 'target')!.textContent).to.contain('3000個');
      expect(part(el, 'target')!.textContent).to.contain('2023年12月31日');
      expect(meter(el)).to.equal(null);
      expect(el.hasAttribute('status')).to.equal(false);
      expect(el.status).to.equal(undefined);
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('writes the comparator of a ceiling and a reduction, in English too', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t26.3" lang="en"></dz-target-gauge>`);
      expect(part(el, 'target')!.textContent).to.contain('≤ 2.117 billion m³');
      expect(part(el, 'label')!.textContent).to.equal('Total water consumption');
      el.target = 't26.4';
      await elementUpdated(el);
      expect(part(el, 'target')!.textContent).to.contain('↓ 12%');
      expect(part(el, 'target')!.textContent).to.contain('31 December 2023');
    });

    it('treats a blank value as no value, and says it ignored it', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value=" "></dz-target-gauge>`);
      expect(meter(el)).to.equal(null);
      expect(errors).to.deep.equal([{ code: 'invalid-value', message: '已忽略空白屬性「value」。' }]);
    });
  });

  describe('with a value', () => {
    it('is drawn in one update: with nothing to fetch, no load runs and nothing updates it a second time (issue 10)', async () => {
      // A page of many gauges pays for each update of each: the first one is drawn ready, not loading-then-ready.
      const Gauge = customElements.get('dz-target-gauge') as unknown as new () => DzTargetGauge;
      class CountedGauge extends Gauge {
        updates = 0;
        protected override updated(changed: Map<PropertyKey, unknown>): void {
          super.updated(changed);
          this.updates++;
        }
      }
      customElements.define('dz-counted-gauge', CountedGauge);
      const el = await fixture<CountedGauge>(html`<dz-counted-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-counted-gauge>`);
      await el.updateComplete;
      await nextTask();
      await nextTask();
      expect(el.shadowRoot!.querySelector('[role="meter"]')).to.not.equal(null);
      expect(el.updates).to.equal(1);
    });

    it('makes no load task without src or plan-src, and one with src: each would be a controller of every gauge on a page (issue 10)', async () => {
      const Gauge = customElements.get('dz-target-gauge') as unknown as { prototype: { addController(controller: object): void } };
      const original = Gauge.prototype.addController;
      const tasks: object[] = [];
      Gauge.prototype.addController = function (this: unknown, controller: object) {
        if (controller.constructor.name === 'Task') tasks.push(controller);
        original.call(this, controller);
      };
      try {
        await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
        await gauge(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
        expect(tasks.length, 'tasks of gauges without a URL').to.equal(0);
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" src=${`${FIXTURES}/progress-history.json`}></dz-target-gauge>`);
        await until(() => meter(el), 'the feed is not shown');
        expect(tasks.length, 'the feed\'s task').to.equal(1);
      } finally {
        Gauge.prototype.addController = original;
      }
    });

    it('fetches no src that it says it ignores beside the value (a request to another site for nothing)', async () => {
      const fetches = holdFetch();
      try {
        // The second gauge, drawn after the first, fetches its src: by then the first would have fetched its own.
        const el = await fixture<DzTargetGauge>(html`
          <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" src="/ignored-beside-value.json" lang="en"></dz-target-gauge>
          <dz-target-gauge target="t09.1" src="/fetched-without-value.json"></dz-target-gauge>
        `);
        await fetches.request('/fetched-without-value.json');
        await el.updateComplete;
        expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
        expect(part(el, 'notice')!.textContent).to.contain('src');
        expect(fetches.count('/ignored-beside-value.json')).to.equal(0);
      } finally {
        fetches.restore();
      }
    });

    it('shows 2100 of 3000 at mid-year as on track, as a meter', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
      const m = meter(el)!;
      expect(m.getAttribute('aria-valuenow')).to.equal('2100');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('3000');
      expect(m.getAttribute('aria-label')).to.equal('新開通5G基站');
      // The metric is the meter's name, said once: not again at the start of its value text (review r59 L6).
      expect(m.getAttribute('aria-valuetext')).to.contain('2100個').and.to.contain('進度正常').and.not.to.contain('新開通5G基站');
      expect(el.status).to.equal('onTrack');
      expect(el.getAttribute('status')).to.equal('onTrack');
      expect(part(el, 'status')!.textContent).to.contain('進度正常').and.to.contain('↗');
      expect(part(el, 'value')!.textContent).to.contain('2100個').and.to.contain('70%');
      expect(part(el, 'expected')!.textContent).to.contain('序時進度 50%');
      expect(part(el, 'ring')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('draws no unnamed figure: a reading is no figure, its meter names the metric; a target alone is one, named', async () => {
      /** The figures of a gauge as the accessibility tree has them (Chromium's computed role), or as its markup says. */
      const figures = (el: DzTargetGauge) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement & { computedRole?: string | null; computedName?: string }>('*')].filter((node) =>
          'computedRole' in node ? node.computedRole === 'figure' : node.localName === 'figure' && !['none', 'presentation'].includes(node.getAttribute('role') ?? ''),
        );
      /** A figure's name: Chromium's computed name, or its caption's text where screen readers can read it. */
      const nameOf = (figure: HTMLElement & { computedName?: string }) => {
        const caption = figure.querySelector('figcaption');
        return 'computedName' in figure ? figure.computedName : caption?.getAttribute('aria-hidden') === 'true' ? '' : (caption?.textContent ?? '');
      };
      for (const variant of ['ring', 'bar'] as const) {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" variant=${variant}></dz-target-gauge>`);
        expect(figures(el).map(nameOf), variant).to.deep.equal([]);
        expect(meter(el)!.getAttribute('aria-label')).to.equal('新開通5G基站');
        await expect(el).to.be.accessible();
      }
      const { el } = await gauge(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
      expect(figures(el).map(nameOf), 'a target alone').to.deep.equal(['新開通5G基站']);
    });

    for (const variant of ['ring', 'bar'] as const) {
      it(`says each fact once to screen readers: the meter's sentence, and beside it only what the sentence does not say (${variant})`, async () => {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang="en" variant=${variant}></dz-target-gauge>`);
        const m = meter(el)!;
        expect(m.getAttribute('aria-label')).to.equal('New 5G base stations opened');
        const sentence = m.getAttribute('aria-valuetext')!;
        for (const fact of ['2,100 base stations', '3,000 base stations', '50% of the period elapsed', 'as of 30 June 2023', 'on track']) expect(sentence).to.contain(fact);
        // The visible words say the same again: hidden from screen readers (the glyph, the ring's centre already were).
        const outside = readOutsideMeter(el);
        for (const said of ['New 5G base stations opened', '2,100', '70%', '3,000', 'Target', 'on track', 'Expected progress', 'as of 30 June 2023']) {
          expect(outside, said).to.not.contain(said);
        }
        expect(outside).to.equal('');
        // The deadline is not in the sentence: it is the meter's description, read once after it.
        const described = m.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent);
        expect(described).to.deep.equal(['due 31 December 2023']);
        // Still shown to the eye, words and all (never colour alone).
        expect(part(el, 'status')!.textContent).to.contain('on track');
        expect(part(el, 'label')!.textContent).to.equal('New 5G base stations opened');
        await expect(el).to.be.accessible();
      });
    }

    it("keeps the feed's note and the trend readable beside the meter's sentence, which does not say them", async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" src=${`${FIXTURES}/progress-history.json`} lang="en"></dz-target-gauge>`);
      await until(() => part(el, 'trend'), 'no trend shown');
      expect(readOutsideMeter(el)).to.contain('up from 1,500 base stations on 31 March 2023');
      const { el: noted } = await gauge(html`<dz-target-gauge target="t09.1" src=${`${FIXTURES}/progress-2023q3.json`}></dz-target-gauge>`);
      await until(() => part(noted, 'note'), 'no note shown');
      expect(readOutsideMeter(noted)).to.contain('含郊區新建站點');
    });

    it('follows the language of an ancestor, and its changes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="zh-Hant"><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge></div>`,
      );
      const el = wrapper.querySelector('dz-target-gauge')!;
      await el.updateComplete;
      const before = meter(el)!.getAttribute('aria-valuetext')!;
      expect(before).to.contain('進度正常');
      wrapper.setAttribute('lang', 'en');
      await until(() => meter(el)!.getAttribute('aria-valuetext') !== before, 'the sentence did not change');
      const after = meter(el)!.getAttribute('aria-valuetext')!;
      expect(after).to.contain('2,100 base stations').and.to.contain('on track');
      expect(meter(el)!.getAttribute('aria-label')).to.equal('New 5G base stations opened');
      expect(part(el, 'status')!.textContent).to.contain('on track');
      expect(part(el, 'value')!.textContent).to.contain('2,100 base stations');
      wrapper.setAttribute('lang', 'zh-CN');
      await until(() => part(el, 'status')!.textContent!.includes('进度正常'));
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('进度正常');
      expect(meter(el)!.getAttribute('aria-label')).to.equal('新开通5G基站');
    });

    for (const variant of ['ring', 'bar'] as const) {
      for (const { status, value, asOf } of statusCases) {
        it(`shows "${status}" (${value} as of ${asOf}) as a word and a glyph in the ${variant}, accessibly`, async () => {
          const { el } = await gauge(
            html`<dz-target-gauge target="t09.1" value=${value} as-of=${asOf} variant=${variant}></dz-target-gauge>`,
          );
          expect(el.status).to.equal(status);
          expect(el.getAttribute('status')).to.equal(status);
          const shown = part(el, 'status')!;
          expect(shown.textContent).to.contain(statusLabels['zh-Hant'][status]);
          expect(shown.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.have.length(1);
          expect(meter(el)!.getAttribute('aria-valuetext')).to.contain(statusLabels['zh-Hant'][status]);
          expect(part(el, variant)).to.not.equal(null);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('gives every status a different glyph', async () => {
      const glyphs = new Set<string>();
      for (const { value, asOf } of statusCases) {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" value=${value} as-of=${asOf}></dz-target-gauge>`);
        glyphs.add(part(el, 'status')!.querySelector('[aria-hidden="true"]')!.textContent!);
      }
      expect(glyphs.size).to.equal(statusCases.length);
    });

    it('scales aria-valuemax to a value beyond the target', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="3600" as-of="2023-10-31"></dz-target-gauge>`);
      expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('3600');
      expect(el.status).to.equal('met');
      expect(part(el, 'status')!.textContent).to.not.contain('超出上限');
    });

    it('shows a ceiling exceeded mid-year as "ceiling exceeded", drawn past the ceiling mark', async () => {
      for (const variant of ['ring', 'bar'] as const) {
        const { el } = await gauge(
          html`<dz-target-gauge target="t26.3" value="25" as-of="2023-06-30" variant=${variant} lang="en"></dz-target-gauge>`,
        );
        expect(el.status).to.equal('overCeiling');
        expect(part(el, 'status')!.textContent).to.contain('ceiling exceeded').and.to.contain('▲');
        expect(part(el, 'value')!.textContent).to.contain('118%\u00a0of the ceiling used');
        const m = meter(el)!;
        expect(m.getAttribute('aria-valuenow')).to.equal('25');
        expect(m.getAttribute('aria-valuemax')).to.equal('25');
        expect(m.getAttribute('aria-valuetext')).to.contain('ceiling');
        expect(el.shadowRoot!.querySelector('.overflow')).to.not.equal(null);
        expect(el.shadowRoot!.querySelector('.mark-target')).to.not.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('shows a ceiling used more slowly than the year as on track, and faster as "used faster than the pace" (lower is better)', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t26.3" value="9" as-of="2023-06-30"></dz-target-gauge>`);
      expect(el.status).to.equal('onTrack');
      expect(part(el, 'value')!.textContent).to.contain('已用上限\u00a043%');
      expect(part(el, 'status')!.textContent).to.not.contain('超出上限');
      el.value = 13;
      await elementUpdated(el);
      expect(el.status).to.equal('overPace');
      expect(part(el, 'status')!.textContent).to.contain('用量快於序時');
      expect(el.shadowRoot!.querySelector('.overflow')).to.equal(null);
    });

    it('shows the reduction achieved for a decreaseBy target, paced from the end of its base year by a year-end figure', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t26.4" value="10.5" as-of="2022-12-31" lang="en"></dz-target-gauge>`);
      expect(part(el, 'value')!.textContent).to.contain('↓\u00a010.5% of ↓\u00a012%');
      expect(part(el, 'expected')!.textContent).to.contain('since the end of 2020');
      expect(el.status).to.equal('onTrack');
      expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('12');
      el.value = 6;
      await elementUpdated(el);
      expect(el.status).to.equal('behind');
      // A figure inside a year is no annual one: not paced (review r63 §9).
      el.asOf = '2023-09-30';
      await elementUpdated(el);
      expect(el.status).to.equal('belowTarget');
      expect(part(el, 'expected')!.textContent).to.contain('not paced');
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('not an annual figure');
      await expect(el).to.be.accessible();
    });

    it('a reduction gone the wrong way reads as the rise it is ("↑ 1%"), never "↓ -1%" or a negative share (a review)', async () => {
      // A year-end figure (one inside a year is not paced, and not yet at target: review r63 §9).
      const { el } = await gauge(html`<dz-target-gauge target="t26.4" value="-1" as-of="2022-12-31"></dz-target-gauge>`);
      expect(el.status).to.equal('seriouslyBehind');
      expect(text(el)).to.not.match(/-\d/);
      // The target keeps its own direction beside a reading the other way (review r57: "↑ 1%(目標 12%)" lost the ↓).
      expect(part(el, 'value')!.textContent).to.contain('↑\u00a01%(目標\u00a0↓\u00a012%)');
      expect(el.shadowRoot!.querySelector('.ring-center')!.textContent).to.contain('↑\u00a01%');
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('反向變化');
    });

    it('a level that fell below its baseline shows no negative share done: its reading, and the fall in its sentence (a review)', async () => {
      const restore = stubFetch(async () => new Response(JSON.stringify(report([{ target: 't03.2', value: 790, asOf: '2023-06-30', baseline: 800 }], '2023-06-30'))));
      try {
        const { el } = await gauge(html`<dz-target-gauge target="t03.2" src="/fell.json"></dz-target-gauge>`);
        await until(() => meter(el), 'the feed did not load');
        expect(el.status).to.equal('seriouslyBehind');
        expect(text(el)).to.not.match(/-\d/);
        expect(el.shadowRoot!.querySelector('.ring-center')!.textContent).to.contain('790');
        expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('較基數800家下降');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('never rounds the pace onto a line the status turns on: 24.7% on 30 March, 99.7% on 30 December (a review)', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="0" as-of="2023-03-30"></dz-target-gauge>`);
      expect(el.status).to.equal('notStarted');
      expect(part(el, 'expected')!.textContent).to.match(/24\.\d%/);
      el.value = 2900;
      el.asOf = '2023-12-30';
      await elementUpdated(el);
      expect(el.status).to.equal('behind');
      expect(part(el, 'expected')!.textContent).to.match(/99\.\d%/);
      expect(part(el, 'expected')!.textContent).to.not.contain('100%');
    });

    it('re-renders when value, target, as-of and variant change', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
      el.setAttribute('value', '3000');
      await elementUpdated(el);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('3000');
      expect(el.status).to.equal('met');

      el.setAttribute('target', 't26.4');
      el.setAttribute('value', '4');
      await elementUpdated(el);
      expect(meter(el)!.getAttribute('aria-label')).to.equal('萬元GDP用水量');
      expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('12');

      expect(part(el, 'ring')).to.not.equal(null);
      el.setAttribute('variant', 'bar');
      await elementUpdated(el);
      expect(part(el, 'ring')).to.equal(null);
      expect(part(el, 'bar')).to.not.equal(null);
      expect(el.variant).to.equal('bar');

      el.removeAttribute('value');
      await elementUpdated(el);
      expect(meter(el)).to.equal(null);
      expect(el.hasAttribute('status')).to.equal(false);
    });

    it('reflects variant and scheme', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1"></dz-target-gauge>`);
      expect(el.getAttribute('variant')).to.equal('ring');
      expect(el.getAttribute('scheme')).to.equal('traffic');
      el.scheme = 'rag5';
      await elementUpdated(el);
      expect(el.getAttribute('scheme')).to.equal('rag5');
    });

    it('changes the colour of "met" with scheme="rag5" while the words stay', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="3000" as-of="2023-10-31"></dz-target-gauge>`);
      const traffic = getComputedStyle(part(el, 'status')!).color;
      const words = part(el, 'status')!.textContent;
      el.setAttribute('scheme', 'rag5');
      await elementUpdated(el);
      const rag5 = getComputedStyle(part(el, 'status')!).color;
      expect(rag5).to.not.equal(traffic);
      el.style.setProperty('--dz-gauge-met-color', 'rgb(1, 2, 3)');
      await elementUpdated(el);
      expect(getComputedStyle(part(el, 'status')!).color, "the page's own met colour wins over rag5's").to.equal('rgb(1, 2, 3)');
      el.style.removeProperty('--dz-gauge-met-color');
      expect(part(el, 'status')!.textContent).to.equal(words);
      await expect(el).to.be.accessible();
    });

    it('uses today, kept within the plan period, when as-of is absent', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100"></dz-target-gauge>`);
      // The 2023 plan is over (tests run after 2023), so the value stands at the end of the plan: due and missed.
      expect(asOf(el)!.textContent).to.contain('2023年12月31日');
      expect(el.status).to.equal('missed');
    });

    it('accepts a number property from developers', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" as-of="2023-06-30" .value=${1000}></dz-target-gauge>`);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('1000');
      expect(el.status).to.equal('behind');
    });
  });

  describe('errors', () => {
    it('names an unknown target and dispatches unknown-target', async () => {
      for (const variant of ['ring', 'bar'] as const) {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t99.9" value="5" variant=${variant}></dz-target-gauge>`);
        expect(alert(el)!.textContent).to.contain('找不到目標 t99.9');
        // With the plan's targets: what would have been right (review r49); on the bundled plan, that it is (r102 H3).
        expect(errors).to.deep.equal([{ code: 'unknown-target', message: '找不到目標 t99.9:本計劃的 157 個目標為 t01.1–t63.3(未設 plan-src:這是內建的德州市2023年計劃;您的計劃請用 plan-src)' }]);
        await expect(el).to.be.accessible();
        // Gone before the next: a page announces an error once, while one element shows it (page-alerts.ts).
        el.remove();
      }
    });

    it('names an unknown target in English', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t99.9" lang="en"></dz-target-gauge>`);
      expect(alert(el)!.textContent).to.contain('Target t99.9 not found');
      expect(errors[0]!.code).to.equal('unknown-target');
    });

    it('reports a missing target attribute', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge></dz-target-gauge>`);
      expect(alert(el)!.textContent).to.contain('target');
      expect(errors).to.have.length(1);
    });

    it('echoes an invalid value and dispatches invalid-value once', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="abc"></dz-target-gauge>`);
      expect(alert(el)!.textContent).to.contain('「abc」不是數字');
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal('invalid-value');
      expect(errors[0]!.message).to.contain('abc');
      expect(meter(el)).to.equal(null);
      el.requestUpdate();
      await elementUpdated(el);
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
      el.setAttribute('value', '二千');
      await elementUpdated(el);
      expect(alert(el)!.textContent).to.contain('二千');
      expect(errors).to.have.length(2);
      el.setAttribute('value', '2,100');
      await elementUpdated(el);
      expect(alert(el)).to.equal(null);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
    });

    it('echoes an invalid as-of date', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="5" as-of="2023-13-01" lang="en"></dz-target-gauge>`);
      expect(alert(el)!.textContent).to.contain('2023-13-01');
      expect(errors[0]!.code).to.equal('invalid-value');
    });

    it("keeps a known target's metric as its label above an error about its value or feed: the metric, then the error, each said once (r67 M5)", async () => {
      // On a page of twenty gauges, which target's figure is wrong; an unknown target has no metric to show.
      const { metric } = dezhouPlan.targets.find((target) => target.id === 't09.1')!;
      const restore = stubFetch(async () => json([]));
      try {
        for (const [template, words] of [
          [html`<dz-target-gauge target="t09.1" value="+1.4%"></dz-target-gauge>`, metric['zh-Hant']],
          [html`<dz-target-gauge target="t09.1" src="/not-a-report.json" lang="en" variant="bar"></dz-target-gauge>`, metric.en],
        ] as const) {
          const { el, errors } = await gauge(template);
          await until(() => errors.length > 0, 'no error');
          expect(part(el, 'label')?.textContent, errors[0]!.code).to.equal(words);
          const said = readOutsideMeter(el);
          expect(said.split(words).length - 1, said).to.equal(1);
          expect(said.split(errors[0]!.message).length - 1, said).to.equal(1);
          expect(said.indexOf(words), said).to.be.below(said.indexOf(errors[0]!.message));
          await expect(el).to.be.accessible();
          el.remove();
        }
      } finally {
        restore();
      }
      const { el } = await gauge(html`<dz-target-gauge target="t99.9"></dz-target-gauge>`);
      expect(part(el, 'label')).to.equal(null);
    });
  });

  describe('a reading dated after today (a year typed 2032 for 2023, a feed of the future)', () => {
    it('a value at an as-of after today is an invalid-value error naming both dates, never a status', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2999-12-31" lang="en"></dz-target-gauge>`);
      expect(alert(el)!.textContent).to.contain('2999-12-31 is after today');
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value']);
      expect(meter(el)).to.equal(null);
      el.setAttribute('as-of', '2023-06-30');
      await elementUpdated(el);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
    });

    it('a value without as-of on a plan still to come stands at the start of its period (the date is the gauge\'s own)', async () => {
      const future = {
        ...dezhouPlan,
        period: { start: '2999-01-01', end: '2999-12-31' },
        targets: dezhouPlan.targets.map((target) => ({ ...target, deadline: '2999-12-31' })),
      };
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="100" .plan=${future}></dz-target-gauge>`);
      expect(errors).to.deep.equal([]);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('100');
      expect(asOf(el)!.textContent).to.contain('2999年1月1日');
    });

    it('a value without as-of for a target due before the plan ends stands at its deadline, judged, not a date after it', async () => {
      // A plan whose t09.1 is due at mid-year: today (past the plan) kept within the target's own period.
      const early = { ...dezhouPlan, targets: dezhouPlan.targets.map((target) => (target.id === 't09.1' ? { ...target, deadline: '2023-06-30' } : target)) };
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="3000" lang="en" .plan=${early}></dz-target-gauge>`);
      expect(errors.map((e) => e.message), 'said so').to.deep.equal(['No as-of: judged as of the deadline, 30 June 2023. Please write as-of.']);
      expect(alert(el)).to.equal(null);
      expect(el.getAttribute('status')).to.equal('met');
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('3000');
    });

    it('a value without as-of read after the deadline says in a notice, in its language, that it stands at the deadline (a mid-year figure published as the year\'s failure, r83 M1)', async () => {
      const warn = console.warn;
      const warned: unknown[] = [];
      console.warn = (...args: unknown[]) => void warned.push(args[0]);
      try {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t14.2" value="690"></dz-target-gauge>`);
        const notice = part(el, 'notice')!;
        expect(notice, 'a notice over the gauge').to.not.equal(null);
        expect(notice.textContent).to.contain('2023年12月31日').and.to.contain('請寫上 as-of');
        expect(el.getAttribute('status'), 'judged at the deadline, said so').to.equal('missed');
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value']);
        expect(errors[0]!.message).to.equal(notice.textContent!.replace(/^\s*ⓘ\s*/, ''));
        el.lang = 'en';
        await elementUpdated(el);
        expect(part(el, 'notice')!.textContent).to.contain('31 December 2023').and.to.contain('as-of');
        expect(warned, 'told in the console once, as the notices about the inputs are').to.have.length(1);
        el.setAttribute('as-of', '2023-06-30');
        await elementUpdated(el);
        expect(part(el, 'notice'), 'none with a date').to.equal(null);
      } finally {
        console.warn = warn;
      }
    });

    it("a feed's latest reading dated after today is shown as its problem", async () => {
      const fetches = holdFetch();
      try {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src="/future.json"></dz-target-gauge>`);
        await (await fetches.request('/future.json')).release(report([{ target: 't09.1', value: 2100 }], '2999-06-30'));
        await until(() => alert(el), 'no problem shown');
        expect(alert(el)!.textContent).to.contain('日期 2999-06-30 晚於今天');
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value']);
        expect(meter(el)).to.equal(null);
      } finally {
        fetches.restore();
      }
    });
  });

  describe('progress feed (src)', () => {
    it('shows the latest entry for the target, with its date and note', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src=${`${FIXTURES}/progress-2023q3.json`}></dz-target-gauge>`);
      await until(() => meter(el), 'the feed did not load');
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2400');
      expect(asOf(el)!.textContent).to.contain('2023年9月30日');
      expect(part(el, 'note')!.textContent).to.equal('含郊區新建站點');
      expect(el.status).to.equal('onTrack');
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('lets a value attribute win over the feed', async () => {
      const fetches = holdFetch();
      try {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="100" as-of="2023-06-30" src="/feed.json"></dz-target-gauge>`);
        expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('100');
        // Whether or not the element asks for the feed, its reading must not replace the value once it arrives.
        const feed = await Promise.race([fetches.request('/feed.json'), el.updateComplete.then(nextTask).then(() => undefined)]);
        await feed?.release(report([{ target: 't09.1', value: 2400 }]));
        await el.updateComplete;
        expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('100');
      } finally {
        fetches.restore();
      }
    });

    for (const variant of ['ring', 'bar'] as const) {
      it(`shows the target alone and "no progress reported yet" when the feed has no entry for it (${variant})`, async () => {
        const { el, errors } = await gauge(
          html`<dz-target-gauge target="t26.5" variant=${variant} src=${`${FIXTURES}/progress-2023q3.json`}></dz-target-gauge>`,
        );
        await until(() => part(el, 'empty'), 'the feed did not load');
        expect(part(el, 'empty')!.textContent).to.equal('尚無進度數據');
        expect(part(el, 'target')!.textContent).to.contain('↓ 5%');
        expect(meter(el)).to.equal(null);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('reports an invalid feed with the path of the problem (feed-invalid)', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src=${`${FIXTURES}/progress-invalid.json`}></dz-target-gauge>`);
      await until(() => alert(el), 'no error shown');
      expect(alert(el)!.textContent).to.contain('entries[0].value');
      // A zh-Hant page words the problem in Chinese too, not only the sentence around it.
      expect(alert(el)!.textContent).to.contain('entries[0].value: 應為數字,收到的是文字「x」').and.not.to.match(/[a-z]{4,} [a-z]{3,}|\bnumber\b/i);
      await until(() => errors.length > 0);
      expect(errors[0]!.code).to.equal('feed-invalid');
      expect(errors[0]!.message).to.contain('entries[0].value');
      await expect(el).to.be.accessible();
    });

    it('reports a feed that is not found (feed-fetch-failed)', async () => {
      const url = `${FIXTURES}/missing.json`;
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src=${url} lang="en"></dz-target-gauge>`);
      await until(() => alert(el), 'no error shown');
      expect(alert(el)!.textContent).to.contain(url).and.to.contain('404');
      await until(() => errors.length > 0);
      expect(errors[0]!.code).to.equal('feed-fetch-failed');
    });

    it('reports a feed for another plan', async () => {
      const restore = stubFetch(async () => json({ ...report([]), plan: 'other-plan' }));
      try {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src="/other.json"></dz-target-gauge>`);
        await until(() => errors.length > 0);
        expect(errors[0]!.code).to.equal('feed-invalid');
        expect(alert(el)!.textContent).to.contain('other-plan');
      } finally {
        restore();
      }
    });

    it('refuses a feed with an entry dated after the feed (a forecast): the path and both dates shown, no status judged (feed-invalid)', async () => {
      // A September feed with a "full-year" figure of 4 of 6 units for 31 December was judged "missed" in September.
      const restore = stubFetch(async () => json(report([{ target: 't14.3', value: 4, asOf: '2023-12-31', note: '全年' }])));
      try {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t14.3" src="/forecast.json" lang="en"></dz-target-gauge>`);
        await until(() => errors.length > 0);
        expect(errors[0]!.code).to.equal('feed-invalid');
        expect(alert(el)!.textContent).to.contain('entries[0].asOf').and.to.contain('2023-12-31').and.to.contain('2023-09-30');
        expect(el.shadowRoot!.querySelector('[part="status"]'), 'a status shown').to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('says a feed that is not an object (an endpoint answering [] before any data) without a "(root)" path', async () => {
      const restore = stubFetch(async () => json([]));
      try {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src="/empty-array.json"></dz-target-gauge>`);
        await until(() => errors.length > 0);
        expect(errors[0]!.code).to.equal('feed-invalid');
        expect(alert(el)!.textContent!.trim()).to.equal('⚠進度數據格式錯誤(/empty-array.json):應為物件,收到的是陣列');
      } finally {
        restore();
      }
    });

    it("words a feed's problem in each gauge's language, from one request", async () => {
      let requests = 0;
      const restore = stubFetch(async () => (requests++, json(report([{ target: 't14.3', value: 4, asOf: '2023-12-31' }]))));
      try {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <dz-target-gauge target="t14.3" src="/forecast-in-three.json"></dz-target-gauge>
          <dz-target-gauge target="t14.3" src="/forecast-in-three.json" lang="zh-Hans"></dz-target-gauge>
          <dz-target-gauge target="t14.3" src="/forecast-in-three.json" lang="en"></dz-target-gauge>
        </div>`);
        const [hant, hans, en] = [...wrapper.querySelectorAll('dz-target-gauge')] as DzTargetGauge[];
        await until(() => alert(hant!) && alert(hans!) && alert(en!), 'no error shown');
        expect(alert(hant!)!.textContent).to.contain('entries[0].asOf: 此項日期 2023-12-31 晚於報告日期 2023-09-30');
        expect(alert(hans!)!.textContent).to.contain('entries[0].asOf: 此项日期 2023-12-31 晚于报告日期 2023-09-30');
        expect(alert(en!)!.textContent).to.contain("entries[0].asOf: the entry is dated 2023-12-31, after the report's date 2023-09-30");
        expect(requests).to.equal(1);
      } finally {
        restore();
      }
    });

    for (const variant of ['ring', 'bar'] as const) {
      it(`shows the target and a loading skeleton while the feed loads (${variant})`, async () => {
        const { restore } = holdFetch(); // never released: the feed stays pending
        try {
          const { el } = await gauge(html`<dz-target-gauge target="t09.1" variant=${variant} src="/pending.json"></dz-target-gauge>`);
          const loading = el.shadowRoot!.querySelector('[part="loading"]');
          expect(loading).to.not.equal(null);
          expect(loading!.textContent).to.contain('載入中');
          expect(part(el, 'target')!.textContent).to.contain('3000個');
          expect(meter(el)).to.equal(null);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });
    }

    it('shows a loading skeleton while plan-src loads', async () => {
      const { restore } = holdFetch(); // never released: the plan stays pending
      try {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="5" plan-src="/plan.json"></dz-target-gauge>`);
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('lets the newer feed win when src changes while a slow one loads', async () => {
      const fetches = holdFetch();
      try {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" src="/slow.json"></dz-target-gauge>`);
        const slow = await fetches.request('/slow.json');
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
        el.src = '/fast.json';
        await (await fetches.request('/fast.json')).release(report([{ target: 't09.1', value: 2900 }]));
        await until(() => meter(el), 'the newer feed did not load');
        expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2900');
        expect(slow.aborted).to.equal(true);
      } finally {
        fetches.restore();
      }
    });

    it('never lets an old response overwrite a newer one, even from a fetch that ignores abort', async () => {
      const fetches = holdFetch({ ignoreAbort: true });
      try {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" src="/slow.json"></dz-target-gauge>`);
        const slow = await fetches.request('/slow.json');
        el.src = '/fast.json';
        await (await fetches.request('/fast.json')).release(report([{ target: 't09.1', value: 2900 }]));
        await until(() => meter(el), 'the newer feed did not load');
        // The old response arrives last, and the element reads it: it must not replace the newer reading.
        await slow.release(report([{ target: 't09.1', value: 1000 }]));
        await el.updateComplete;
        expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2900');
      } finally {
        fetches.restore();
      }
    });
  });

  describe('measure kinds and values as editors write them', () => {
    it('shows a target of no unit (數據中心PUE值控制在1.3以內: an index) as its number alone, and says it so (F110)', async () => {
      const pue = {
        ...dezhouPlan.targets.find((t) => t.id === 't09.1')!,
        metric: { 'zh-Hant': '數據中心PUE值', 'zh-Hans': '数据中心PUE值', en: 'PUE of data centres' },
        valueText: '1.3',
        value: 1.3,
        unit: '',
        unitEn: '',
        comparator: 'atMost' as const,
        measure: 'level' as const,
      };
      const plan = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => (t.id === 't09.1' ? pue : t)) };
      for (const lang of ['zh-Hant', 'en'] as const) {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="1.25" as-of="2023-06-30" lang=${lang} .plan=${plan}></dz-target-gauge>`);
        expect(errors, lang).to.deep.equal([]);
        expect(el.status, lang).to.equal('onTrack');
        const shadow = el.shadowRoot!;
        const centre = shadow.querySelector('.ring-center')!;
        const figure = centre.textContent!.replace(centre.querySelector('.ring-glyph')!.textContent!, '').trim();
        expect([shadow.querySelector('.goal-amount')!.textContent, shadow.querySelector('.amount')!.textContent, figure], lang).to.deep.equal(['≤ 1.3', '1.25', '1.25']);
        const said = meter(el)!.getAttribute('aria-valuetext')!;
        expect(said).to.contain(lang === 'en' ? '1.25 as of' : '為1.25,').and.to.contain(lang === 'en' ? 'target at most 1.3;' : '目標不超過1.3,');
        expect(said, 'no stray space, no unit made up').not.to.match(/undefined|\s{2}|\s[,;.]|\d\s*[個項]/u);
        await expect(el).to.be.accessible();
      }
    });

    it('reads 2.1萬 and 21000人 for a target in 萬人 (新集聚大學生3.3萬人)', async () => {
      for (const value of ['2.1萬', '21000人', '2.1']) {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t04.3" value=${value} as-of="2023-06-30"></dz-target-gauge>`);
        expect(errors, value).to.deep.equal([]);
        expect(meter(el)!.getAttribute('aria-valuenow'), value).to.equal('2.1');
      }
    });

    it('shows 21000 for a target in 萬人 as an invalid-value error naming the scale, never "met"', async () => {
      for (const lang of ['zh-Hant', 'en'] as const) {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t04.3" value="21000" as-of="2023-06-30" lang=${lang}></dz-target-gauge>`);
        expect(meter(el)).to.equal(null);
        expect(el.status).to.equal(undefined);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value']);
        // The scale in the page's words: 萬人 in Chinese, "units of 10,000 people" in English (review r110 F5).
        expect(alert(el)!.textContent).to.contain(lang === 'en' ? 'units of 10,000 people' : '萬人').and.to.contain('2.1');
        await expect(el).to.be.accessible();
      }
    });

    it('shows a use of 0 of total water use (用水總量) as an invalid-value error, a report not made, never "met"', async () => {
      for (const asOf of ['2023-06-30', '2023-12-31']) {
        const { el, errors } = await gauge(html`<dz-target-gauge target="t26.3" value="0" as-of=${asOf}></dz-target-gauge>`);
        expect(meter(el)).to.equal(null);
        expect(el.status).to.equal(undefined);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-value']);
        expect(alert(el)!.textContent).to.contain('用水總量為 0').and.to.contain('尚未填報');
        await expect(el).to.be.accessible();
        el.remove(); // before the next, which shows the same words: a page announces them once
      }
      const { el } = await gauge(html`<dz-target-gauge target="t26.3" value="10" as-of="2023-06-30"></dz-target-gauge>`);
      expect(el.status).to.equal('onTrack');
    });

    it('judges a feed reading in the wrong scale as the card does (one judgement): the same words, an invalid-value error', async () => {
      const fetches = holdFetch();
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div><dz-target-gauge target="t04.3" src="/scale.json"></dz-target-gauge><dz-task-card task="4" progress-src="/scale.json"></dz-task-card></div>`,
        );
        const [el, card] = [wrapper.querySelector('dz-target-gauge')!, wrapper.querySelector('dz-task-card')!];
        await (await fetches.request('/scale.json')).release(report([{ target: 't04.3', value: 21000 }], '2023-06-30'));
        const problem = () => card.shadowRoot!.querySelector('li[data-target-id="t04.3"] [part="reading-problem"]');
        await until(() => alert(el) !== null && problem() !== null, 'the gauge and the card show the problem');
        expect(meter(el)).to.equal(null);
        expect(alert(el)!.textContent).to.contain('萬人').and.to.contain('2.1');
        // The card writes the problem inside its "invalid value" words; the gauge shows the problem itself.
        const cardWords = problem()!.textContent!.trim();
        const said = cardWords.slice(zhHant.invalidValue('').length);
        expect(cardWords.startsWith(zhHant.invalidValue(''))).to.equal(true);
        expect(said.length).to.be.greaterThan(0);
        expect(alert(el)!.textContent).to.contain(said);
      } finally {
        fetches.restore();
      }
    });

    it('draws a rate the plan holds (畜禽糞污資源化利用率穩定在90%以上) against its target with no pace: 85% on 30 June is behind', async () => {
      for (const variant of ['ring', 'bar'] as const) {
        const { el } = await gauge(html`<dz-target-gauge target="t38.4" value="85%" as-of="2023-06-30" variant=${variant}></dz-target-gauge>`);
        expect(el.status).to.equal('behind');
        expect(el.shadowRoot!.querySelector('.mark-expected'), 'no pace mark on a rate').to.equal(null);
        expect(el.shadowRoot!.querySelector('.mark-target'), 'the target is marked').to.not.equal(null);
        expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('100');
        expect(part(el, 'expected')!.textContent).to.contain('直接與目標比較').and.not.to.contain('序時進度 ');
        expect(part(el, 'value')!.textContent).to.contain('85%').and.not.to.contain('完成');
        expect(part(el, 'target')!.textContent).to.contain('≥ 90%');
        await expect(el).to.be.accessible();
      }
      // One to reach by the deadline (秸稈綜合利用率達到96%以上) builds up: 90% on 30 June is not yet at target.
      const { el } = await gauge(html`<dz-target-gauge target="t38.3" value="90%" as-of="2023-06-30"></dz-target-gauge>`);
      expect(el.status).to.equal('belowTarget');
      expect(part(el, 'base')!.dataset.tone, 'judges no pace: neutral, as not started (F118)').to.equal('neutral');
    });

    it('says a rate held all year and a growth are held to their target all year, not "not paced" beside "behind"; one built up by the deadline is not paced (r67 M1)', async () => {
      const held = await gauge(html`<dz-target-gauge target="t38.4" value="85%" as-of="2023-06-30"></dz-target-gauge>`);
      expect(held.el.status).to.equal('behind');
      expect(part(held.el, 'expected')!.textContent).to.equal('全年須保持達標,直接與目標比較');
      const growth = await gauge(html`<dz-target-gauge target="t03.3" value="4" as-of="2023-06-30" lang="en"></dz-target-gauge>`);
      expect(growth.el.status).to.equal('seriouslyBehind');
      expect(part(growth.el, 'expected')!.textContent).to.equal('Held all year: compared with the target directly');
      const builtUp = await gauge(html`<dz-target-gauge target="t38.3" value="90%" as-of="2023-06-30"></dz-target-gauge>`);
      expect(part(builtUp.el, 'expected')!.textContent).to.equal('直接與目標比較,不計序時進度');
    });

    it('never writes a reading on the line it is judged short of: 89.9996% of 90% held is not "90%" in the ring, nor 5.699萬人 of 6萬人左右 "5.7萬人"', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t38.4" value="89.9996%" as-of="2023-06-30"></dz-target-gauge>`);
      expect(el.status).to.equal('behind');
      const centre = el.shadowRoot!.querySelector('.ring-center')!.textContent!;
      expect(centre).to.contain('89.9996%');
      expect(part(el, 'value')!.textContent).to.contain('89.9996%');
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('89.9996%');
      // A flow's ring shows its share done; the amount beside it and the sentence show the reading.
      const { el: band } = await gauge(html`<dz-target-gauge target="t57.3" value="5.699萬" as-of="2023-12-31" variant="bar"></dz-target-gauge>`);
      expect(band.status).to.equal('missed');
      expect(part(band, 'value')!.textContent).to.contain('5.699萬人').and.not.to.contain('5.7萬人');
      expect(meter(band)!.getAttribute('aria-valuetext')).to.contain('5.699萬人');
      // On a line but for floating-point error (4/12 of the counties, against 1/3): on it, four digits.
      const { el: share } = await gauge(html`<dz-target-gauge target="t63.2" value=${(4 / 12) * 100} as-of="2023-06-30"></dz-target-gauge>`);
      expect(share.shadowRoot!.querySelector('.ring-center')!.textContent).to.contain('33.33%').and.not.to.contain('33.333');
    });

    it('never rounds the share done onto half the pace or the edge of a band, where the status turns', async () => {
      // 749 of 3000 by 30 June is under half of a pace of 50%: seriously behind, and not "25%" in the ring or the words.
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="749" as-of="2023-06-30"></dz-target-gauge>`);
      expect(el.status).to.equal('seriouslyBehind');
      expect(el.shadowRoot!.querySelector('.ring-center')!.textContent).to.contain('24.9%');
      expect(part(el, 'value')!.textContent).to.contain('24.9%');
      // 5.6999萬人 of 6萬人左右 is just under the band that counts from 95%.
      const { el: band } = await gauge(html`<dz-target-gauge target="t57.3" value="5.6999萬" as-of="2023-12-31"></dz-target-gauge>`);
      expect(band.status).to.equal('missed');
      expect(band.shadowRoot!.querySelector('.ring-center')!.textContent).to.contain('94.9%');
    });

    it('says the reading of a threshold each member must reach is the lowest member, and a designation is judged at its deadline', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t57.4" value="0" as-of="2023-06-30"></dz-target-gauge>`);
      expect(part(el, 'target')!.textContent).to.contain('每個 ≥ 1家');
      expect(part(el, 'value')!.textContent).to.contain('最少的為0家');
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('縣(市、區)中最少的為0家,目標為縣(市、區)各不少於1家');
      const { el: conferred } = await gauge(html`<dz-target-gauge target="t29.1" value="1" as-of="2023-06-30" lang="en"></dz-target-gauge>`);
      expect(conferred.status).to.equal('pending');
      expect(part(conferred, 'status')!.textContent).to.contain('awaiting decision');
      expect(part(conferred, 'expected')!.textContent).to.contain('Awarded on assessment');
      expect(conferred.shadowRoot!.querySelector('.mark-expected'), 'no pace mark').to.equal(null);
      await expect(conferred).to.be.accessible();
    });

    it('paces a change against its base year from the end of that year (較2020年下降12%: 6% at the end of 2022 is behind)', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t26.4" value="6" as-of="2022-12-31"></dz-target-gauge>`);
      expect(el.status).to.equal('behind');
      expect(part(el, 'expected')!.textContent).to.contain('自2020年底起');
      // The target beside the meter says its base year, as the meter's sentence does: ↓ 12% alone reads as a fall
      // within the plan's year.
      expect(part(el, 'target')!.textContent).to.contain('↓ 12%(較2020年)');
      await expect(el).to.be.accessible();
    });

    it('says a ceiling used faster than the pace in its own words, and an exceeded one as exceeded', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t26.3" value="15" as-of="2023-06-30"></dz-target-gauge>`);
      expect(el.status).to.equal('overPace');
      expect(part(el, 'status')!.textContent).to.contain(statusLabels['zh-Hant'].overPace).and.to.contain('»');
      expect(part(el, 'status')!.textContent).not.to.contain(statusLabels['zh-Hant'].behind);
      await expect(el).to.be.accessible();
      el.setAttribute('value', '22');
      await elementUpdated(el);
      expect(el.status).to.equal('overCeiling');
      expect(part(el, 'status')!.textContent).to.contain(statusLabels['zh-Hant'].overCeiling);
      await expect(el).to.be.accessible();
    });

    it('shows a growth that fell as seriously behind', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t03.3" value="-2" as-of="2023-06-30" lang="en"></dz-target-gauge>`);
      expect(el.status).to.equal('seriouslyBehind');
      expect(part(el, 'status')!.textContent).to.contain('seriously behind');
      await expect(el).to.be.accessible();
    });

    it('rejects a date that does not exist', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" value="5" as-of="2023-02-30"></dz-target-gauge>`);
      expect(meter(el)).to.equal(null);
      expect(errors[0]!.code).to.equal('invalid-value');
      expect(alert(el)!.textContent).to.contain('2023-02-30');
    });

    it('rejects an as-of that is not a date even with no value to date (the target alone, or a feed), never ignoring it in silence', async () => {
      for (const template of [
        html`<dz-target-gauge target="t09.1" as-of="2023/06/30"></dz-target-gauge>`,
        html`<dz-target-gauge target="t09.1" as-of="2023-13-01" value=" "></dz-target-gauge>`,
        html`<dz-target-gauge target="t09.1" as-of="2023/06/30" src=${`${FIXTURES}/progress-2023q3.json`}></dz-target-gauge>`,
      ]) {
        const { el, errors } = await gauge(template);
        const asOf = el.getAttribute('as-of')!;
        // (value=" " is noticed as well, as ignored: attribute-notices.test.ts)
        expect(errors.filter((e) => e.message.includes(asOf)).map((e) => e.code), asOf).to.deep.equal(['invalid-value']);
        expect(alert(el)!.textContent).to.contain(asOf);
        await expect(el).to.be.accessible();
        el.remove(); // before the next, which may show the same words: a page announces them once
      }
    });
  });

  describe('the ring', () => {
    it("draws the fill as an arc from the top, clockwise, as long as the value's share of the ring (2100 of 3000: 70%)", async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
      const fill = el.shadowRoot!.querySelector<SVGGeometryElement>('.fill:not(.overflow)')!;
      const ring = 2 * Math.PI * 50;
      expect(fill.getTotalLength()).to.be.closeTo(0.7 * ring, 0.5);
      const [start, end] = [fill.getPointAtLength(0), fill.getPointAtLength(fill.getTotalLength())];
      expect([start.x, start.y]).to.deep.equal([60, 10]);
      const turn = 0.7 * 2 * Math.PI;
      expect(end.x).to.be.closeTo(60 + 50 * Math.sin(turn), 0.05);
      expect(end.y).to.be.closeTo(60 - 50 * Math.cos(turn), 0.05);
      expect(getComputedStyle(fill).strokeDasharray, 'drawn whole, not dashed').to.equal('none');
    });

    it('draws the whole ring for a target met exactly, and nothing for a value of zero', async () => {
      const ring = 2 * Math.PI * 50;
      const { el: met } = await gauge(html`<dz-target-gauge target="t09.1" value="3000" as-of="2023-06-30"></dz-target-gauge>`);
      expect(met.shadowRoot!.querySelector<SVGGeometryElement>('.fill:not(.overflow)')!.getTotalLength()).to.be.closeTo(ring, 0.5);
      const { el: none } = await gauge(html`<dz-target-gauge target="t09.1" value="0" as-of="2023-06-30"></dz-target-gauge>`);
      expect(none.shadowRoot!.querySelector<SVGGeometryElement>('.fill:not(.overflow)')!.getTotalLength()).to.equal(0);
    });

    it('draws a paced reading in at most 22 elements: each is cloned, styled and laid out again on a page of many gauges (issue 10)', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
      // The figure, its caption, the body, the meter drawing the ring (svg, track, fill, tick and the centre with its
      // glyph), the details, and the value, status, target, pace and date lines with the spans that style their words; the
      // status's line hides it from screen readers (the 22nd: the meter's sentence says the status).
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.at.most(22);
      expect(part(el, 'meter')!.querySelector('[part="ring"]'), 'the meter draws the ring itself').to.not.equal(null);
      expect(part(el, 'expected')!.children.length, 'the pace key is drawn by CSS').to.equal(0);
    });
    it('commits at most 33 Lit bindings for a paced reading: each is checked and written per gauge on a page of many (issue 10)', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
      // Every `${}` of the templates rendered, nested templates included: the gauge's 22 (its `lang`, the language of
      // parts, one), the ring's 6 and the status's 4, in 32 parts.
      const bindings = bindingsOf((el as unknown as { render(): unknown }).render());
      expect(bindings).to.be.at.most(32);
      expect(bindings, 'the count reaches the nested templates').to.be.above(22);
    });
    it("keeps the centre's words inside the ring's hole, each on one line, for a reading of every target in each language", async () => {
      // A reading that is not paced (a rate, a level without a baseline) shows its value in the centre: with the unit in
      // English words ("2.6 standard vehicles per 10,000 residents") it ran out of the ring, and shorter ones crossed it.
      // And each change against a base year at two digits and two decimals, either way (a growth showed `↑ 12.35%`, its
      // arrow on the ring and under the target's tick: an accessibility review).
      const fixture157 = gaugeFixture(dezhouPlan);
      const changes = dezhouPlan.targets.filter((target) => target.comparator === 'increaseBy' || target.comparator === 'decreaseBy');
      expect(changes.length, 'the plan has changes against a base year').to.be.above(2);
      const readings = [...fixture157, ...changes.flatMap(({ id }) => [12.35, -12.35].map((value) => ({ id, value, asOf: fixture157[0]!.asOf })))];
      const outside: string[] = [];
      for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>${readings.map((g) => html`<dz-target-gauge target=${g.id} value=${g.value} as-of=${g.asOf}></dz-target-gauge>`)}</div>`,
        );
        const gauges = [...wrapper.querySelectorAll('dz-target-gauge')];
        await Promise.all(gauges.map((el) => el.updateComplete));
        for (const el of gauges) {
          const ring = part(el, 'ring')!.getBoundingClientRect();
          // The hole: the ring's radius (50 of 120) less half its widest stroke (16, past the target).
          const [cx, cy, hole] = [ring.left + ring.width / 2, ring.top + ring.height / 2, (ring.width * 42) / 120];
          const centre = el.shadowRoot!.querySelector('.ring-center')!;
          // The box of each line of each of the centre's words (the value, then the status glyph).
          const walker = document.createTreeWalker(centre, NodeFilter.SHOW_TEXT);
          const lines: DOMRect[][] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            lines.push([...range.getClientRects()]);
          }
          // A line's ends lie inside the hole at its middle height.
          const inside = (box: DOMRect) => {
            const halfChord = Math.sqrt(Math.max(0, hole ** 2 - (box.top + box.height / 2 - cy) ** 2));
            return box.left >= cx - halfChord - 0.5 && box.right <= cx + halfChord + 0.5;
          };
          if (lines.length !== 2 || !lines.every((boxes) => boxes.length === 1 && inside(boxes[0]!))) {
            const widths = lines.map((boxes) => boxes.map((box) => Math.round(box.width)).join('+')).join(', ');
            outside.push(`${lang} ${el.target} "${centre.textContent}" (${widths} px in a hole of ${Math.round(2 * hole)})`);
          }
        }
      }
      expect(outside, 'centres crossing their ring or broken over lines').to.deep.equal([]);
    });
  });

  describe('off screen (issue 10)', () => {
    it('skips drawing the ring of a gauge off screen, never its meter, and draws it in the same box once on screen', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><div style="block-size: 300vh"></div><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge></div>`,
      );
      const el = wrapper.querySelector('dz-target-gauge')!;
      await el.updateComplete;
      const svg = part(el, 'ring')!;
      const m = meter(el)!;
      const visible = (node: Element) => node.checkVisibility({ contentVisibilityAuto: true });
      // Style and layout wait for the first frame after the gauge is drawn.
      await until(() => !visible(svg), 'the ring of a gauge off screen is drawn');
      expect(visible(m), 'the meter (role, name, value) is rendered').to.equal(true);
      expect(part(el, 'status')!.checkVisibility({ contentVisibilityAuto: true }), 'the words are rendered').to.equal(true);
      const before = { gauge: el.getBoundingClientRect().height, meter: m.getBoundingClientRect().width };
      expect(before.meter, 'the ring is --dz-gauge-size wide (7.5rem)').to.equal(7.5 * parseFloat(getComputedStyle(document.documentElement).fontSize));
      el.scrollIntoView();
      await until(() => visible(svg), 'the ring is not drawn once on screen');
      expect({ gauge: el.getBoundingClientRect().height, meter: m.getBoundingClientRect().width }, 'nothing moved').to.deep.equal(before);
      window.scrollTo(0, 0);
    });
  });

  describe('beyond the target', () => {
    it('draws a flow past its target in its status colour, and only a ceiling past its limit in the exceeded colour', async () => {
      const strokeOf = (el: DzTargetGauge, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).stroke;
      const { el: flow } = await gauge(html`<dz-target-gauge target="t09.1" value="3600" as-of="2023-06-30"></dz-target-gauge>`);
      expect(flow.status).to.equal('met');
      expect(strokeOf(flow, '.overflow')).to.equal(strokeOf(flow, '.fill:not(.overflow)'));
      const { el: ceiling } = await gauge(html`<dz-target-gauge target="t26.3" value="25" as-of="2023-06-30"></dz-target-gauge>`);
      expect(ceiling.status).to.equal('overCeiling');
      expect(strokeOf(ceiling, '.overflow')).to.not.equal(strokeOf(flow, '.overflow'));
      ceiling.style.setProperty('--dz-gauge-missed-color', 'rgb(1, 2, 3)');
      expect(strokeOf(ceiling, '.overflow'), 'the exceeded colour is the missed colour by default').to.equal('rgb(1, 2, 3)');
    });
  });

  describe('status colours', () => {
    it('gives each status the colour of its tone (statusTones), and never tells a status by colour alone', async () => {
      const colour = {} as Record<Status, string>;
      for (const [status, [target, value, asOf, plan]] of Object.entries(readings) as [Status, (typeof readings)[Status]][]) {
        const { el } = await gauge(html`<dz-target-gauge target=${target} value=${value} as-of=${asOf} .plan=${plan}></dz-target-gauge>`);
        expect(el.status, target).to.equal(status);
        expect(part(el, 'status')!.textContent).to.contain(statusLabels['zh-Hant'][status]);
        colour[status] = getComputedStyle(part(el, 'status')!).color;
      }
      for (const status of Object.keys(readings) as Status[]) {
        const same = { good: colour.onTrack, warning: colour.behind, alert: colour.missed, neutral: colour.notStarted }[statusTones[status]];
        expect(colour[status], status).to.equal(same);
      }
      expect(new Set([colour.onTrack, colour.behind, colour.missed, colour.notStarted]).size).to.equal(4);
    });

    it('passes axe on a dark page in every status, both variants and both schemes, and with no value, a trend and an error', async () => {
      // A dark page: its colour scheme and background, as a site's dark theme sets them.
      const page = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 8px">
        ${(['ring', 'bar'] as const).flatMap((variant) =>
          (['traffic', 'rag5'] as const).flatMap((scheme) =>
            Object.values(readings).map(
              ([target, value, asOf, plan]) => html`<dz-target-gauge target=${target} value=${value} as-of=${asOf} .plan=${plan} variant=${variant} scheme=${scheme}></dz-target-gauge>`,
            ),
          ),
        )}
        <dz-target-gauge target="t09.1"></dz-target-gauge>
        <dz-target-gauge target="t09.1" src=${`${FIXTURES}/progress-history.json`}></dz-target-gauge>
        <dz-target-gauge target="t99.9"></dz-target-gauge>
      </div>`);
      const gauges = [...page.querySelectorAll('dz-target-gauge')];
      const statusGauges = 4 * Object.keys(readings).length;
      await until(() => gauges[statusGauges + 1]!.shadowRoot!.querySelector('[part~="trend"]'), 'no trend shown');
      await Promise.all(gauges.map((el) => el.updateComplete));
      expect(new Set(gauges.slice(0, statusGauges).map((el) => el.status)).size).to.equal(Object.keys(readings).length);
      const label = getComputedStyle(part(gauges[0]!, 'label')!).color.match(/\d+/g)!.map(Number);
      expect(Math.min(...label), `light text on the dark page: ${label}`).to.be.above(200);
      expect(alert(gauges[statusGauges + 2]!)).to.not.equal(null);
      await expect(page).to.be.accessible();
    });
  });
  describe('trend over readings (a feed with history)', () => {
    const historyFeed = `${FIXTURES}/progress-history.json`;
    const trend = (el: DzTargetGauge) => part(el, 'trend');

    it('shows every reading in date order and the trend in words', async () => {
      const { el, errors } = await gauge(html`<dz-target-gauge target="t09.1" src=${historyFeed} lang="en"></dz-target-gauge>`);
      await until(() => trend(el), 'no trend shown');
      expect(trend(el)!.querySelector('.trend-words')!.textContent!.trim()).to.equal('up from 1,500 base stations on 31 March 2023');
      const steps = [...trend(el)!.querySelectorAll('ol > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(steps).to.deep.equal(['900 base stations 28 February 2023', '1,500 base stations 31 March 2023', '2,100 base stations 30 June 2023']);
      expect(trend(el)!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Readings reported');
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('in Chinese', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t09.1" src=${historyFeed}></dz-target-gauge>`);
      await until(() => trend(el), 'no trend shown');
      // The word after the figure kept whole by a word joiner: not "…1500個上" above "升" (r67 M8).
      expect(trend(el)!.querySelector('.trend-words')!.textContent!.trim()).to.equal('較2023年3月31日的1500個上\u2060升');
    });

    it('a total for the year read lower: the problem in place of a status and its trend (r63)', async () => {
      // New 5G base stations are counted for the year so far: 1,200 after 1,500 contradicts it, and is not judged.
      const restore = stubFetch(async () => json(report([{ target: 't09.1', value: 1500, asOf: '2023-03-31' }, { target: 't09.1', value: 1200 }], '2023-06-30')));
      try {
        const { el } = await gauge(html`<dz-target-gauge target="t09.1" src="/history.json" lang="en"></dz-target-gauge>`);
        await until(() => alert(el), 'no problem shown');
        expect([meter(el), trend(el)]).to.deep.equal([null, null]);
        // The words are the data package's (`belowEarlier`).
        expect(alert(el)!.textContent).to.contain('1,200 base stations, below the 1,500 base stations of 31 March 2023: a running total cannot fall; check both figures');
      } finally {
        restore();
      }
    });

    it('unchanged', async () => {
      for (const [value, words] of [[1500, 'unchanged since 31 March 2023']] as const) {
        const restore = stubFetch(async () => json(report([{ target: 't09.1', value: 1500, asOf: '2023-03-31' }, { target: 't09.1', value }], '2023-06-30')));
        try {
          const { el } = await gauge(html`<dz-target-gauge target="t09.1" src="/history.json" lang="en"></dz-target-gauge>`);
          await until(() => trend(el), 'no trend shown');
          expect(trend(el)!.querySelector('.trend-words')!.textContent!.trim()).to.equal(words);
        } finally {
          restore();
        }
      }
    });

    it('no trend for a single reading, or for a value given as an attribute', async () => {
      const { el } = await gauge(html`<dz-target-gauge target="t38.3" src=${historyFeed}></dz-target-gauge>`);
      await until(() => meter(el), 'no meter');
      expect(trend(el)).to.equal(null);
      const given = await gauge(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`);
      expect(trend(given.el)).to.equal(null);
    });
  });
});
