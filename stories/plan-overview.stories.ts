import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/all.js';
import { MAX_TIMEOUT_SECONDS } from '../packages/elements/src/shared/timeout.js';
import { controlsFor, renderElement, renderInWidth, type ElementArgs } from './support/element.js';
import { holdStillLoading, stillLoadingUrl } from './support/hold-fetch.js';
import { badFeedUrl, sampleFeedUrl, wrongScaleFeedUrl } from './support/sample.js';

const tag = 'dz-plan-overview';

/**
 * The plan at a glance: per section (or unit) its tasks and targets and, with a progress feed, the targets behind and
 * a stacked bar of statuses whose key gives each status as a glyph, a word and a count. `sort="behind"` makes it a
 * ranking (督查排名), still a real table.
 */
const meta = {
  title: 'Elements/Plan overview',
  component: tag,
  argTypes: controlsFor(tag),
  args: {},
  render: (args) => renderElement(tag, args),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<dz-plan-overview>`: the 11 sections with their tasks and targets; 69 tasks and 157 targets in all. */
export const Default: Story = {};

/** With `progress-src`: targets behind and the stacked bar of statuses per section, and the totals. */
export const WithProgressFeed: Story = {
  name: 'With progress feed (sample data)',
  args: { 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
};

/** `sort="behind"`: the sections with the most targets off track first, with a rank column. */
export const RankedSections: Story = {
  name: 'Ranked by targets behind',
  args: { 'progress-src': sampleFeedUrl, sort: 'behind' },
  parameters: { sampleData: true },
};

/** `rows="units" sort="behind"`: the units ranked, a 督查 ranking. */
export const RankedUnits: Story = {
  name: 'Units ranked by targets behind',
  args: { rows: 'units', 'progress-src': sampleFeedUrl, sort: 'behind', caption: '各單位目標進度排名' },
  parameters: { sampleData: true },
};

/** `section` narrows it to some sections. */
export const SectionFiltered: Story = {
  name: 'Filtered by section (2,4)',
  args: { section: '2,4', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
};

/** Empty: the units of section 11, whose three tasks name none; the overview says nothing matches. */
export const Empty: Story = {
  name: 'Empty: no units (section 11)',
  args: { rows: 'units', section: '11' },
};

/**
 * On a phone (320 px), with its feed: in a container narrower than 30em each row is stacked (its name, its counts
 * labelled with the column headers' words, its statuses), and nothing scrolls sideways.
 */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
  render: (args) => renderInWidth(tag, args),
};

/** The widest table on a phone (320 px): the units ranked, with their joined tasks' column, stacked as above. */
export const NarrowRankedUnits: Story = {
  name: 'Narrow: units ranked (320 px)',
  args: { rows: 'units', 'progress-src': sampleFeedUrl, sort: 'behind' },
  parameters: { sampleData: true },
  render: (args) => renderInWidth(tag, args),
};

const inLanguage = (lang: string) => (args: ElementArgs) => html`<div lang=${lang}>${renderElement(tag, args)}</div>`;
const withFeed = { 'progress-src': sampleFeedUrl };

export const TraditionalChinese: Story = { name: 'Language: zh-Hant', args: withFeed, parameters: { sampleData: true }, render: inLanguage('zh-Hant') };
export const SimplifiedChinese: Story = { name: 'Language: zh-Hans', args: withFeed, parameters: { sampleData: true }, render: inLanguage('zh-Hans') };
export const English: Story = { name: 'Language: en', args: withFeed, parameters: { sampleData: true }, render: inLanguage('en') };

/** The light colour scheme (`color-scheme: light`). */
export const Light: Story = { name: 'Scheme: light', args: withFeed, parameters: { scheme: 'light', sampleData: true }, tags: ['light'] };

/** The dark colour scheme: the story's wrapper declares `color-scheme: dark`. */
export const Dark: Story = { name: 'Scheme: dark', args: withFeed, parameters: { scheme: 'dark', sampleData: true }, tags: ['dark'] };

/** A page's own look: `--dz-overview-…` properties and the gauges' status colours. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: {
    'progress-src': sampleFeedUrl,
    // A theme of light colours says so: the colours it leaves to the elements follow `color-scheme`, and in a dark
    // scheme they were light text on its light background (axe: 1.1:1).
    style: ['color-scheme: light', '--dz-font-family: Georgia, "Noto Serif CJK TC", serif', '--dz-overview-header-bg: #fbf7ef', '--dz-overview-border-color: #8c6d46', '--dz-overview-bar-width: 12rem', '--dz-radius: 0'].join('; '),
  },
  parameters: { sampleData: true },
};

/**
 * A reading that cannot be judged: the feed's t04.3 is 21000 for a target in 萬人. Section 1 counts it apart ("cannot be
 * judged"), never as on track or behind, and the list under the table names it; it fires `dz-error`. A designer sees
 * how the overview points at a figure to correct.
 */
export const UnjudgedReading: Story = {
  name: 'A reading that cannot be judged (section 1)',
  args: { section: '1', 'progress-src': wrongScaleFeedUrl },
  parameters: { sampleData: true },
};

/**
 * A notice (the `notices` part): `sort="behnd"` is not a word `sort` takes, so the overview keeps the plan's order and a
 * small notice above it says so (also in the console and a `dz-error` event). A designer sees how an element tells an
 * editor of a mistake that does not stop it.
 */
export const NoticeWordNotAllowed: Story = {
  name: 'Notice: a word sort does not take',
  args: { section: '2,4', sort: 'behnd' },
  // The misspelt word among the select's options, so the Controls show the story's own value.
  argTypes: { sort: { options: [...(meta.argTypes['sort']?.options ?? []), 'behnd'], control: { type: 'select', labels: { behnd: 'behnd (misspelt: the notice)' } } } },
};

/**
 * While the progress feed loads: a skeleton, `part="loading"`. This story's request never answers, and its `timeout`
 * is the longest an element takes (a day), so the skeleton stays rather than turning into a timeout error.
 */
export const Loading: Story = {
  args: { 'progress-src': stillLoadingUrl, timeout: MAX_TIMEOUT_SECONDS },
  tags: ['loading'],
  beforeEach: holdStillLoading,
};

/** An unknown section: the message echoes it and `dz-error` fires. */
export const ErrorUnknownSection: Story = {
  name: 'Error: unknown section',
  tags: ['error'],
  args: { section: '12' },
};

/** `sort="behind"` without a progress feed: it cannot rank, and says so. */
export const ErrorRankWithoutFeed: Story = {
  name: 'Error: ranking without a feed',
  tags: ['error'],
  args: { sort: 'behind' },
};

/** A feed that fails validation: the counts stay and the message names the problem. */
export const ErrorBadFeed: Story = {
  name: 'Error: invalid progress feed',
  tags: ['error'],
  args: { 'progress-src': badFeedUrl },
};
