import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/all.js';
import { MAX_TIMEOUT_SECONDS } from '../packages/elements/src/shared/timeout.js';
import { controlsFor, renderElement, renderInWidth, type ElementArgs } from './support/element.js';
import { holdStillLoading, stillLoadingUrl } from './support/hold-fetch.js';
import { scopedPartsCss } from './support/parts-example.js';
import { badFeedUrl, sampleFeedUrl, trendFeedUrl, wrongScaleFeedUrl } from './support/sample.js';

const tag = 'dz-task-card';

/**
 * One task of the plan: number, title and section, lead (牽頭 ●) and participating (參與 ○) units, the body text
 * behind a disclosure button, and its quantitative targets with compact gauges.
 */
const meta = {
  title: 'Elements/Task card',
  component: tag,
  argTypes: controlsFor(tag),
  args: { task: '9' },
  render: (args) => renderElement(tag, args),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<dz-task-card task="9">`: task 9 of the Dezhou plan, by its number. */
export const Default: Story = {};

/** With `progress-src`, each target's gauge shows its latest value from the feed. */
export const WithProgressFeed: Story = {
  name: 'With progress feed (sample data)',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
};

/** `expanded` shows the body text; the disclosure button toggles it and fires `dz-toggle`. */
export const Expanded: Story = {
  args: { task: '26', expanded: true },
};

/** `unit-href` turns each unit into a link: `{id}` becomes the unit's id, `{name}` its name. */
export const UnitLinks: Story = {
  name: 'Unit links',
  args: { task: '26', 'unit-href': '/units/{id}' },
};

/** `heading-level` fits the card into the page's outline (here `h2`). */
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { task: '9', 'heading-level': 2 },
};

/** The task given by its id rather than its number. */
export const ById: Story = {
  name: 'Task by id (t26)',
  args: { task: 't26' },
};

/** On a phone (320 px), with its feed: the units and the gauges wrap within the card. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
  render: (args) => renderInWidth(tag, args),
};

/** Long text: task 42 in English, the plan's longest title (107 characters), and its six units' long names. */
export const LongText: Story = {
  name: 'Long text: English names (en)',
  args: { task: '42', lang: 'en' },
};

const inLanguage = (lang: string) => (args: ElementArgs) => html`<div lang=${lang}>${renderElement(tag, args)}</div>`;

/** 繁體中文, the language of the source document and the default. */
export const TraditionalChinese: Story = {
  name: 'Language: zh-Hant',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
  render: inLanguage('zh-Hant'),
};

/** 简体中文: every UI string and data field follows the nearest `lang`. */
export const SimplifiedChinese: Story = {
  name: 'Language: zh-Hans',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
  render: inLanguage('zh-Hans'),
};

/** English: titles, units and targets are translated; the body text stays in Chinese, marked with its `lang`. */
export const English: Story = {
  name: 'Language: en',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
  render: inLanguage('en'),
};

/** The light colour scheme (`color-scheme: light`), the default of a page that declares none. */
export const Light: Story = {
  name: 'Scheme: light',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true, scheme: 'light' },
  tags: ['light'],
};

/**
 * The dark colour scheme. The elements follow the page's `color-scheme`: this story's wrapper declares
 * `color-scheme: dark`; a page that declares `color-scheme: light dark` follows the reader's system setting.
 */
export const Dark: Story = {
  name: 'Scheme: dark',
  args: { task: '26', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true, scheme: 'dark' },
  tags: ['dark'],
};

/** Parts styled with `::part()` (the Design tokens page shows the CSS): the heading in the page's serif and colour, square units. */
export const StyledParts: Story = {
  name: 'Parts styled with ::part',
  args: { task: '26' },
  render: (args) => {
    const box = document.createElement('div');
    box.className = 'parts-example';
    const style = document.createElement('style');
    style.textContent = scopedPartsCss('.parts-example');
    box.append(style, renderElement(tag, args));
    return box;
  },
};

/** A page's own look, through the documented `--dz-…` custom properties. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: {
    task: '26',
    'progress-src': sampleFeedUrl,
    // A theme of light colours says so: the colours it leaves to the elements follow `color-scheme`, and in a dark
    // scheme they were light text on its light background (axe: 1.1:1).
    style: [
      'color-scheme: light',
      '--dz-font-family: Georgia, "Noto Serif CJK TC", serif',
      '--dz-card-bg: #fbf7ef',
      '--dz-card-border-color: #8c6d46',
      '--dz-card-border-width: 2px',
      '--dz-card-radius: 0',
      '--dz-card-number-color: #6b3f12',
      '--dz-card-lead-color: #6b1d3a',
      '--dz-card-lead-bg: #f7e4ec',
      '--dz-card-participating-color: #1f4d3a',
      '--dz-card-participating-bg: #e2f1e9',
      '--dz-card-link-color: #6b3f12',
    ].join('; '),
  },
  parameters: { sampleData: true },
};

/**
 * While a plan given by `plan-src` loads: a skeleton, `part="loading"`. This story's request never answers, and its
 * `timeout` is the longest an element takes (a day), so the skeleton stays rather than turning into a timeout error.
 */
export const Loading: Story = {
  args: { task: '9', 'plan-src': stillLoadingUrl, timeout: MAX_TIMEOUT_SECONDS },
  tags: ['loading'],
  beforeEach: holdStillLoading,
};

/**
 * `plan = null`, an app's plan still on its way (React `plan={plan ?? null}`, Vue `ref<Plan | null>(null)`): the
 * skeleton, never the bundled Dezhou plan in its place, until the app sets the plan.
 */
export const WaitingForThePlan: Story = {
  name: 'Loading: plan = null (the app\'s plan on its way)',
  tags: ['loading'],
  render: (args) => Object.assign(renderElement(tag, args), { plan: null }),
};

/**
 * While the progress feed loads, the card is shown and each target waits for its value. This story's request never
 * answers, and its `timeout` is the longest an element takes (a day), so the targets keep waiting rather than turning
 * into a timeout error.
 */
export const LoadingFeed: Story = {
  name: 'Loading the progress feed',
  args: { task: '26', 'progress-src': stillLoadingUrl, timeout: MAX_TIMEOUT_SECONDS },
  tags: ['loading'],
  beforeEach: holdStillLoading,
};

/** A task that names no responsible units and states no targets (task 67) says so instead of showing empty lists. */
export const Empty: Story = {
  name: 'Empty (no units, no targets)',
  args: { task: '67' },
};

/**
 * Targets the feed does not report: the sample feed gives t14.3 only, so task 14's other three targets each say no
 * progress is reported yet under their metric. What most cards show early in a period: a designer sees the message
 * beside the one gauge that has a reading.
 */
export const NotReported: Story = {
  name: 'Targets not reported in the feed',
  args: { task: '14', 'progress-src': sampleFeedUrl },
  parameters: { sampleData: true },
};

/**
 * The trend: the feed gives t09.1 twice (1,500 on 31 March, 2,100 on 30 June), so under its gauge the card says the
 * trend in words and lists the readings in date order. A designer sees how much a target followed over several
 * periods adds to the card.
 */
export const Trend: Story = {
  name: 'Trend: two readings of a target',
  args: { task: '9', 'progress-src': trendFeedUrl },
  parameters: { sampleData: true },
};

/**
 * A reading that cannot be judged (the `reading-problem` part): the feed's t04.3 is 21000 for a target in 萬人. The card
 * shows that target with the problem and what to write instead, and no status, while the others keep their gauges; it
 * fires `dz-error`. A designer sees how one mistyped figure reads among good ones.
 */
export const UnjudgedReading: Story = {
  name: 'A reading that cannot be judged',
  args: { task: '4', 'progress-src': wrongScaleFeedUrl },
  parameters: { sampleData: true },
};

/**
 * A notice (the `notices` part): a misspelt attribute (`unit-hrf` for `unit-href`) is ignored, and a small notice above
 * the card names it and the attribute meant (also in the console and a `dz-error` event). A designer sees how an
 * element tells an editor of a mistake that does not stop it.
 */
export const NoticeMisspeltAttribute: Story = {
  name: 'Notice: a misspelt attribute',
  args: { task: '26' },
  render: (args) => {
    const card = renderElement(tag, args);
    card.setAttribute('unit-hrf', '/units/{id}');
    return card;
  },
};

/** An unknown task: a short message that echoes the value, and a `dz-error` event. */
export const ErrorUnknownTask: Story = {
  name: 'Error: unknown task',
  tags: ['error'],
  args: { task: '99' },
};

/** A progress feed that fails validation: the message names the feed and the first problem. */
export const ErrorBadFeed: Story = {
  name: 'Error: invalid feed',
  tags: ['error'],
  args: { task: '9', 'progress-src': badFeedUrl },
  parameters: { sampleData: true },
};
