import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/all.js';
import { MAX_TIMEOUT_SECONDS } from '../packages/elements/src/shared/timeout.js';
import { controlsFor, renderElement, renderInWidth, type ElementArgs } from './support/element.js';
import { holdStillLoading, stillLoadingUrl } from './support/hold-fetch.js';
import { badFeedUrl, sampleFeedUrl, trendFeedUrl, wrongScaleFeedUrl } from './support/sample.js';

const tag = 'dz-unit-summary';

/**
 * One unit at a glance, as a bureau's page shows it: how many tasks it leads (牽頭 ●) and joins (參與 ○), those tasks,
 * and their targets, grouped by status with compact gauges when a progress feed is given. With `task-href` each task
 * is a link, and following one fires `dz-select`; without it the tasks are text.
 */
const meta = {
  title: 'Elements/Unit summary',
  component: tag,
  argTypes: controlsFor(tag),
  args: { unit: '市發改委' },
  render: (args) => renderElement(tag, args),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<dz-unit-summary unit="市發改委">`: 市發展改革委, 28 tasks (23 led, 5 joined), and the targets of those tasks. */
export const Default: Story = {};

/** With `progress-src`, the targets are grouped by status, the most urgent first; each group says its glyph, word and count. */
export const WithProgressFeed: Story = {
  name: 'With progress feed (sample data)',
  args: { unit: '市工業和信息化局', 'progress-src': sampleFeedUrl, show: 'targets tasks' },
  parameters: { sampleData: true },
};

/** `show="tasks"` and `task-href="/tasks/{number}"`: the task list only, each task a link to the site's own page. */
export const TaskLinks: Story = {
  name: 'Tasks with links',
  args: { unit: '市科技局', show: 'tasks', 'task-href': '/tasks/{number}' },
};

/** The unit named by an alias in Simplified Chinese: any alias or language resolves, as in the matrix. */
export const ByAlias: Story = {
  name: 'Unit by alias (发改委)',
  args: { unit: '发改委', show: 'tasks' },
};

/** Empty: 市應急局 joins one task, which states no targets; the targets area says so. */
export const Empty: Story = {
  name: 'Empty: no targets (市應急局)',
  args: { unit: '市應急局' },
};

/** On a phone (320 px), with its feed: the roles, the task names and the gauges within the width. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { unit: '市工業和信息化局', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
  render: (args) => renderInWidth(tag, args),
};

/** Long text: a unit whose English name is 127 characters (the members of the Beijing-Tianjin-Hebei leading group), on a phone. */
export const LongText: Story = {
  name: 'Long text: a long English unit name (en, 320 px)',
  args: { unit: '市深化融入京津冀協同發展領導小組各成員單位', lang: 'en' },
  render: (args) => renderInWidth(tag, args),
  tags: ['narrow'],
};

const inLanguage = (lang: string) => (args: ElementArgs) => html`<div lang=${lang}>${renderElement(tag, args)}</div>`;
const withFeed = { unit: '市工業和信息化局', 'progress-src': sampleFeedUrl };

export const TraditionalChinese: Story = { name: 'Language: zh-Hant', args: withFeed, parameters: { sampleData: true }, render: inLanguage('zh-Hant') };
export const SimplifiedChinese: Story = { name: 'Language: zh-Hans', args: withFeed, parameters: { sampleData: true }, render: inLanguage('zh-Hans') };
export const English: Story = { name: 'Language: en', args: withFeed, parameters: { sampleData: true }, render: inLanguage('en') };

/** The light colour scheme (`color-scheme: light`), the default of a page that declares none. */
export const Light: Story = { name: 'Scheme: light', args: withFeed, parameters: { scheme: 'light', sampleData: true }, tags: ['light'] };

/** The dark colour scheme: the story's wrapper declares `color-scheme: dark`. */
export const Dark: Story = { name: 'Scheme: dark', args: withFeed, parameters: { scheme: 'dark', sampleData: true }, tags: ['dark'] };

/** A page's own look, through the documented `--dz-summary-…` and shared `--dz-…` custom properties. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: {
    unit: '市發改委',
    show: 'tasks',
    // A theme of light colours says so: the colours it leaves to the elements follow `color-scheme`, and in a dark
    // scheme they were light text on its light background (axe: 1.1:1).
    style: ['color-scheme: light', '--dz-font-family: Georgia, "Noto Serif CJK TC", serif', '--dz-summary-bg: #fbf7ef', '--dz-summary-border-color: #8c6d46', '--dz-summary-link-color: #6b3f12', '--dz-summary-lead-color: #6b1d3a', '--dz-radius: 0'].join('; '),
  },
};

/**
 * While a plan given by `plan-src` loads: a skeleton, `part="loading"`. This story's request never answers, and its
 * `timeout` is the longest an element takes (a day), so the skeleton stays rather than turning into a timeout error.
 */
export const Loading: Story = {
  args: { unit: '市發改委', 'plan-src': stillLoadingUrl, timeout: MAX_TIMEOUT_SECONDS },
  tags: ['loading'],
  beforeEach: holdStillLoading,
};

/**
 * The trend: the feed gives t09.1 twice (1,500 on 31 March, 2,100 on 30 June), so in its status group the target
 * says the trend in words and lists the readings in date order. A designer sees how a target followed over several
 * periods reads among the unit's others.
 */
export const Trend: Story = {
  name: 'Trend: two readings of a target',
  args: { unit: '市工業和信息化局', 'progress-src': trendFeedUrl, show: 'targets' },
  parameters: { sampleData: true },
};

/**
 * Readings that cannot be judged: the feed's t04.3 is 21000 for a target in 萬人, so 市人力資源社會保障局's targets include a group
 * "cannot be judged", where the target shows the problem and what to write instead, apart from the statuses; it fires
 * `dz-error`. A designer sees where a mistyped figure goes, rather than into a wrong status.
 */
export const UnjudgedReading: Story = {
  name: 'A reading that cannot be judged',
  args: { unit: '市人力資源社會保障局', 'progress-src': wrongScaleFeedUrl, show: 'targets' },
  parameters: { sampleData: true },
};

/**
 * A notice (the `notices` part): `show="tasks targts"` has a word `show` does not take, so it is left out and a small
 * notice above the summary says so and names the words allowed (also in the console and a `dz-error` event). A designer
 * sees how an element tells an editor of a mistake that does not stop it.
 */
export const NoticeWordNotAllowed: Story = {
  name: 'Notice: a word show does not take',
  args: { unit: '市科技局', show: 'tasks targts' },
};

/** An unknown unit: a short message that echoes the name, and a `dz-error` event. */
export const ErrorUnknownUnit: Story = {
  name: 'Error: unknown unit',
  tags: ['error'],
  args: { unit: '市不存在局' },
};

/** A feed that fails validation: the tasks stay, the targets area says what is wrong, and `dz-error` fires. */
export const ErrorBadFeed: Story = {
  name: 'Error: invalid progress feed',
  tags: ['error'],
  args: { unit: '市工業和信息化局', 'progress-src': badFeedUrl },
};
