import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/all.js';
import { MAX_TIMEOUT_SECONDS } from '../packages/elements/src/shared/timeout.js';
import { controlsFor, renderElement, renderInWidth, targetOption, unknownTargetExample, type ElementArgs } from './support/element.js';
import { holdStillLoading, stillLoadingUrl } from './support/hold-fetch.js';
import { badFeedUrl, sampleFeedUrl, sampleReading, trendFeedUrl, wrongScaleFeedUrl } from './support/sample.js';
import { stableRatePlan } from './support/stable-rate-plan.js';

const tag = 'dz-target-gauge';

/**
 * A target of the plan, alone (`≥ 3000 個`) or as a meter of the progress towards it, paced against the plan
 * period (序時進度). The status is written as a word and a glyph, never by colour alone.
 */
const meta = {
  title: 'Elements/Target gauge',
  component: tag,
  argTypes: {
    ...controlsFor(tag),
    // Their types are aliases (GaugeVariant, GaugeScheme) in the manifest, so the options are named here; '' first, the
    // default (the attribute removed), as the other selects.
    variant: { control: { type: 'select' }, options: ['', 'ring', 'bar'], table: { category: 'attributes' } },
    scheme: { control: { type: 'select' }, options: ['', 'traffic', 'rag5'], table: { category: 'attributes' } },
  },
  args: { target: targetOption('t09.1'), ...sampleReading('t09.1') },
  parameters: { sampleData: true },
  render: (args) => renderElement(tag, args),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30">`: 70% done with half the year gone. */
export const Default: Story = {};

/** `variant="bar"`. */
export const Bar: Story = {
  args: { variant: 'bar' },
};

/** On a phone (320 px): the ring above its words once they cannot sit beside it, each line starting at the left. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => renderInWidth(tag, args),
};

/**
 * The target alone: with neither `value` nor `src` the gauge states the target and its deadline, with no meter and no
 * message, as a page that shows the plan's targets before any progress is reported. (A feed that has no reading of the
 * target is the empty state: "Empty: no reading in the feed".)
 */
export const TargetOnly: Story = {
  name: 'Target only (no value, no feed)',
  args: { target: targetOption('t09.1'), value: undefined, 'as-of': undefined },
  parameters: { sampleData: false },
};

/** With `src`, the gauge shows the latest entry for its target in a progress report. */
export const FromFeed: Story = {
  name: 'From a progress feed',
  args: { target: targetOption('t26.6'), value: undefined, 'as-of': undefined, src: sampleFeedUrl },
};

const fromFeed = (target: string, extra: ElementArgs = {}): Story['args'] => ({
  target: targetOption(target),
  value: undefined,
  'as-of': undefined,
  src: sampleFeedUrl,
  ...extra,
});

/** One target of each measure kind, with a reading each, and how each is drawn. */
const measureKinds = [
  { measure: 'flow', target: 't09.1', value: '2100', note: '序時進度 · paced by the share of the year gone' },
  { measure: 'level', target: 't03.2', value: '850', note: '無基數,只與目標比較 · no baseline: against the target only' },
  { measure: 'rate', target: 't38.4', value: '85%', note: '全年須保持達標,直接與目標比較 · held all year: against the target directly' },
  { measure: 'growth', target: 't03.3', value: '6', note: '增幅與目標增幅比較 · growth against the target growth' },
  { measure: 'change', target: 't26.4', value: '6', note: '年末數自2020年底起計,年中數不作進度判斷 · a year-end figure is paced from the end of the base year; a mid-year one is not' },
  { measure: 'ceiling', target: 't26.3', value: '15', note: '已用上限比序時進度 · share used against the pace' },
  { measure: 'designation', target: 't29.1', value: '1', note: '須經評定,到期時判斷 · awarded on assessment: judged at the deadline' },
] as const;

/**
 * Every measure kind side by side on 30 June 2023: a flow paced by 序時進度, a level with no baseline, a rate and a
 * growth compared with their targets directly, a change against its base year (a mid-year figure, which is no annual
 * one, so not paced), a ceiling's share used, and a designation awaiting the awarding body's decision.
 */
export const MeasureKinds: Story = {
  name: 'Measure kinds side by side',
  args: { variant: 'bar' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1.5rem">
    ${measureKinds.map(
      ({ measure, target, value, note }) => html`<section aria-label=${measure}>
        <p style="margin: 0 0 0.25rem; font: 600 0.875rem system-ui, sans-serif"><code>${measure}</code> · ${note}</p>
        ${renderElement(tag, { ...args, target, value, 'as-of': '2023-06-30' })}
      </section>`,
    )}
  </div>`,
};

/** A value as an editor types it: `2.1萬` for a target in 萬人 (新集聚大學生3.3萬人). */
export const EditorValue: Story = {
  name: 'Value as editors write it (2.1萬)',
  args: { target: targetOption('t04.3'), value: '2.1萬', 'as-of': '2023-06-30' },
};

/** Status "met" (已達成 ✓): 520 of at least 500 enterprises. */
export const StatusMet: Story = { name: 'Status: met', args: fromFeed('t09.4') };

/** Status "on track" (進度正常 ↗): progress at or ahead of the share of the year elapsed. */
export const StatusOnTrack: Story = { name: 'Status: on track', args: fromFeed('t09.1') };

/** Status "behind" (進度滯後 ↘): 38% done with half the year gone. */
export const StatusBehind: Story = { name: 'Status: behind', args: fromFeed('t09.2') };

/**
 * Status "missed" (未達成 ✕): the deadline passed with 4 of 6 units shut down. A reading of 31 December, so set as
 * attributes: the sample feed stands at 30 June, and no entry of a report may be dated after it.
 */
export const StatusMissed: Story = { name: 'Status: missed', args: { target: targetOption('t14.3'), value: '4', 'as-of': '2023-12-31' } };

/**
 * Status "seriously behind" (嚴重滯後 ⇊): a growth of 2% by 30 June against at least 10%, under half its target. (The
 * feed's t26.5, a 1.5% cut of 5% against 2020 by 30 June, is no annual figure, so no pace is judged: 尚未達到目標.)
 */
export const StatusSeriouslyBehind: Story = { name: 'Status: seriously behind', args: { target: targetOption('t03.3'), value: '2', 'as-of': '2023-06-30' } };

/** Status "not started" (未啟動 ○): nothing done by 28 February, early in the year, as a reading of that day. */
export const StatusNotStarted: Story = { name: 'Status: not started', args: { target: targetOption('t09.3'), value: '0', 'as-of': '2023-02-28' } };

/**
 * Not reported this period (本期未報 ◌): the feed's reading for t09.3 is of 28 February, and the feed stands at
 * 30 June; the gauge shows the old reading, dated, and judges nothing on it.
 */
export const StatusNotReported: Story = { name: 'Status: not reported this period (本期未報)', args: fromFeed('t09.3') };

/** A ceiling (`atMost`, 控制在…以內): lower is better; the meter shows the share of the ceiling used. */
export const AtMost: Story = { name: 'Comparator: atMost (ceiling)', args: fromFeed('t26.3') };

/** A reduction (`decreaseBy`, 較2020年下降12%): the meter shows the reduction achieved. */
export const DecreaseBy: Story = { name: 'Comparator: decreaseBy (reduction)', args: fromFeed('t26.4') };

/**
 * Empty (the `empty` part): the feed at `src` has no entry for the target (it reports t14.3, not t14.4 beside it), so
 * the gauge states the target and says no progress is reported yet. The state of every target a unit has not reported:
 * a designer sees the message in place of the meter, and how much less room it takes.
 */
export const EmptyFeed: Story = { name: 'Empty: no reading in the feed', args: fromFeed('t14.4') };

/**
 * The trend (the `trend` part): the feed gives t09.1 twice, 1,500 on 31 March and 2,100 on 30 June, so below the
 * gauge the trend is said in words and the readings are listed in date order. A designer sees what a target followed
 * over several periods adds under the gauge, and how much room it takes.
 */
export const Trend: Story = { name: 'Trend: two readings in the feed', args: fromFeed('t09.1', { src: trendFeedUrl }) };

/**
 * A notice (the `notices` part): `value` and `src` are both given, so the value is drawn and a small notice above the
 * gauge says `src` is ignored (also said in the console and in a `dz-error` event). A designer sees how an element
 * tells an editor of a mistake that does not stop it: above its content, without hiding it.
 */
export const NoticeIgnoredSrc: Story = { name: 'Notice: src ignored beside value', args: { src: sampleFeedUrl } };

/**
 * A reading that gives each status, as attributes (one target can be in one status at a time in a feed); above the
 * band, a rate held about a value, which the Dezhou plan does not have (`stableRatePlan`).
 */
const statusReadings = [
  { target: 't09.4', value: '520', asOf: '2023-06-30' },
  { target: 't09.1', value: '2100', asOf: '2023-06-30' },
  { target: 't09.2', value: '38', asOf: '2023-06-30' },
  { target: 't09.3', value: '10', asOf: '2023-06-30' },
  { target: 't09.3', value: '0', asOf: '2023-02-28' },
  { target: 't14.3', value: '4', asOf: '2023-12-31' },
  { target: 't26.3', value: '15', asOf: '2023-06-30' },
  { target: 't26.3', value: '22', asOf: '2023-06-30' },
  { target: 't38.3', value: '99.5', asOf: '2023-06-30', plan: stableRatePlan },
  { target: 't03.2', value: '850', asOf: '2023-06-30' },
  { target: 't02.2', value: '0', asOf: '2023-06-30' },
] as const;

/**
 * Every status side by side, in the default 紅黃綠 colours and in the 5-point RAG scale (`scheme="rag5"`): met, on
 * track, behind, seriously behind, not started, missed, used faster than the pace, ceiling exceeded, above the
 * target band, not yet at target, awaiting decision.
 *
 * **One gauge is on a changed plan**, not the real one: "above the target band" needs a rate held about a value, which
 * the Dezhou plan does not have, so t38.3 (秸稈綜合利用率) is shown as if it were 穩定在96%左右 (≈ 96%, ±2%). Its real
 * target is 達到96%以上 (≥ 96%), and on the real plan its 99.5% is met.
 */
export const AllStatuses: Story = {
  name: 'All statuses (traffic and rag5)',
  render: (args) => html`<div style="display: grid; gap: 1.5rem">
    ${(['traffic', 'rag5'] as const).map(
      (scheme) => html`<section aria-label=${`scheme="${scheme}"`}>
        <p style="margin: 0 0 0.5rem; font: 600 0.875rem system-ui, sans-serif"><code>scheme="${scheme}"</code></p>
        <div style="display: grid; grid-template-columns: repeat(auto-fill, 16rem); gap: 1rem">
          ${statusReadings.map((reading) => {
            // The width is the grid's column, not the gauge's style: "Show code" gives the bare tags an editor pastes.
            const element = renderElement(tag, { ...args, target: reading.target, value: reading.value, 'as-of': reading.asOf, src: undefined, scheme, variant: 'bar' });
            if ('plan' in reading) Object.assign(element, { plan: reading.plan });
            return element;
          })}
        </div>
      </section>`,
    )}
  </div>`,
};

/** `scheme="rag5"`: met blue, on track green, behind amber, missed red, not started grey. */
export const Rag5: Story = { name: 'Scheme: rag5', args: fromFeed('t09.4', { scheme: 'rag5' }) };

const inLanguage = (lang: string) => (args: ElementArgs) => html`<div lang=${lang}>${renderElement(tag, args)}</div>`;

export const TraditionalChinese: Story = { name: 'Language: zh-Hant', args: fromFeed('t26.3'), render: inLanguage('zh-Hant') };
export const SimplifiedChinese: Story = { name: 'Language: zh-Hans', args: fromFeed('t26.3'), render: inLanguage('zh-Hans') };
export const English: Story = { name: 'Language: en', args: fromFeed('t26.3'), render: inLanguage('en') };

/**
 * A reading that is not paced (a level without a baseline: 2.6 of at least 13), in English: the ring's centre holds
 * the value as a figure (`2.6`; `6.935M` or `693.5萬` for larger ones) and the words beside it give the unit, "2.6
 * standard vehicles per 10,000 residents", which would not fit in the ring.
 */
export const FigureInRing: Story = {
  name: 'Not paced: the figure in the ring, its unit beside (en)',
  args: { target: targetOption('t30.5'), value: '2.6', 'as-of': '2023-06-30' },
  render: inLanguage('en'),
};

/** The light colour scheme (`color-scheme: light`), the default of a page that declares none. */
export const Light: Story = {
  name: 'Scheme: light',
  args: fromFeed('t09.2'),
  parameters: { scheme: 'light' },
  tags: ['light'],
};

/**
 * The dark colour scheme. The elements follow the page's `color-scheme`: this story's wrapper declares
 * `color-scheme: dark`; a page that declares `color-scheme: light dark` follows the reader's system setting.
 */
export const Dark: Story = {
  name: 'Scheme: dark',
  args: fromFeed('t09.2'),
  parameters: { scheme: 'dark' },
  tags: ['dark'],
};

/** A page's own look, through the documented `--dz-…` custom properties. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: fromFeed('t09.1', {
    // A theme of light colours says so and brings its own paper: the colours it leaves to the elements follow
    // `color-scheme`, and on a dark page its dark text was on the page's dark background (axe: 1.15:1).
    style: [
      'color-scheme: light',
      'background: #fbf7ef',
      '--dz-font-family: Georgia, "Noto Serif CJK TC", serif',
      '--dz-gauge-size: 10rem',
      '--dz-gauge-track-color: #e9dfcf',
      '--dz-gauge-marker-color: #3b2a14',
      '--dz-gauge-on-track-color: #1f5d3a',
      '--dz-color-text: #2b1d0e',
    ].join('; '),
  }),
};

/**
 * While the feed at `src` loads: a skeleton, `part="loading"`. This story's request never answers, and its `timeout` is
 * the longest an element takes (a day), so the skeleton stays rather than turning into a timeout error.
 */
export const Loading: Story = {
  args: fromFeed('t09.1', { src: stillLoadingUrl, timeout: MAX_TIMEOUT_SECONDS }),
  parameters: { sampleData: false },
  tags: ['loading'],
  beforeEach: holdStillLoading,
};

/** An unknown target: a short message that echoes the value, and a `dz-error` event. */
export const ErrorUnknownTarget: Story = {
  name: 'Error: unknown target',
  tags: ['error'],
  args: { target: targetOption(unknownTargetExample), value: undefined, 'as-of': undefined },
  parameters: { sampleData: false },
};

/** A feed that fails validation: the message names the feed and the first problem, below the target's name and deadline. */
export const ErrorBadFeed: Story = {
  name: 'Error: invalid feed',
  tags: ['error'],
  args: fromFeed('t09.1', { src: badFeedUrl }),
};

/**
 * A head count for a target in 萬人 (`value="21000"` for 新集聚大學生3.3萬人): an error that names the scale and what
 * to write instead, never a 636,364% "met"; the target's name and deadline stay above it, so a page of many gauges
 * says which one is wrong.
 */
export const ErrorWrongScale: Story = {
  name: 'Error: value in the wrong scale',
  tags: ['error'],
  args: { target: targetOption('t04.3'), value: '21000', 'as-of': '2023-06-30' },
};

/**
 * The same reading problem coming from a feed: the feed's t04.3 is 21000 for a target in 萬人. A gauge's one reading
 * that cannot be judged is its error, which names the feed and what to write instead (a card or a unit summary shows
 * it beside the target, among the others). A designer sees the message a bureau's mistyped figure leads to.
 */
export const ErrorWrongScaleFeed: Story = {
  name: 'Error: a feed reading in the wrong scale',
  tags: ['error'],
  args: fromFeed('t04.3', { src: wrongScaleFeedUrl }),
};

/** A value that is not a number is echoed back, not dropped, below the target's name and deadline. */
export const ErrorBadValue: Story = {
  name: 'Error: invalid value',
  tags: ['error'],
  args: { target: targetOption('t09.1'), value: '兩千', 'as-of': '2023-06-30' },
  parameters: { sampleData: false },
};
