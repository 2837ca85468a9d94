import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/all.js';
import { MAX_TIMEOUT_SECONDS } from '../packages/elements/src/shared/timeout.js';
import { controlsFor, renderElement, renderInWidth, type ElementArgs } from './support/element.js';
import { holdStillLoading, stillLoadingUrl } from './support/hold-fetch.js';
import { badFeedUrl } from './support/sample.js';

const tag = 'dz-task-matrix';

/**
 * Who does what: units × tasks, each cell lead (牽頭 ●), participating (參與 ○) or empty, with row and column
 * totals. Arrow keys, Home and End move between cells; Enter or a click fires `dz-select`. Below 600 px of
 * container width it becomes a list per unit, its tasks text, or with `task-href` links to the site's own pages.
 */
const meta = {
  title: 'Elements/Task matrix',
  component: tag,
  argTypes: controlsFor(tag),
  args: { section: '4' },
  render: (args) => renderElement(tag, args),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<dz-task-matrix section="4">`: the units and tasks of section 4 (降碳減污擴綠增長). */
export const Default: Story = {};

/**
 * The whole plan: 48 units × 69 tasks. The header row and first column stay in place while the table scrolls. In the
 * sidebar only: on the Docs page, beside every other story, its 3,312 cells made the page slow to open.
 */
export const WholePlan: Story = {
  name: 'Whole plan',
  args: { section: '' },
  tags: ['!autodocs'],
};

/** `section` takes one section or a list (`"1,4"`). */
export const SectionFiltered: Story = {
  name: 'Filtered by section (1,4)',
  args: { section: '1,4' },
};

/** `unit` takes ids, names or aliases, Simplified or Traditional: here the alias 市發改委. */
export const UnitFiltered: Story = {
  name: 'Filtered by unit (市發改委)',
  args: { section: '', unit: '市發改委' },
};

/** `rows="tasks"` puts the tasks in rows and the units in columns. */
export const TasksAsRows: Story = {
  name: 'Tasks as rows',
  args: { section: '4', rows: 'tasks' },
};

/** `sort="load"` puts the units with the most tasks first. */
export const SortedByLoad: Story = {
  name: 'Sorted by load',
  args: { section: '4', sort: 'load' },
};

/** `export` adds a "download CSV" button (UTF-8 with a BOM, so Excel opens the Chinese text correctly). */
export const WithExport: Story = {
  name: 'With CSV export',
  args: { section: '4', export: true },
};

/** `caption` replaces the table's caption. */
export const Caption: Story = {
  args: { section: '4', caption: '第四部分責任分工' },
};

/** In a container narrower than 600 px the table becomes a list per unit. */
export const Narrow: Story = {
  name: 'Narrow (list layout, 400 px)',
  args: { section: '4' },
  render: (args) => html`<div style="width: 400px; max-width: 100%">${renderElement(tag, args)}</div>`,
};

/**
 * On a phone (320 px): the list per unit, at the narrowest width a page must reflow to. Each unit's name is a heading
 * (an `h3`; `heading-level` fits it to the page's outline), for moving from unit to unit by heading.
 */
export const Phone: Story = {
  name: 'Narrow (list layout, 320 px)',
  args: { section: '4' },
  render: (args) => renderInWidth(tag, args),
};

/**
 * `task-href="/tasks/{number}"`: each task of the list is a link to the site's own task page, which fires `dz-select`
 * (cancelable: a single-page app shows the task itself). Without it the tasks are text, with nothing to press.
 */
export const PhoneWithLinks: Story = {
  name: 'Narrow with task links (320 px)',
  args: { section: '4', 'task-href': '/tasks/{number}' },
  render: (args) => renderInWidth(tag, args),
};

const inLanguage = (lang: string) => (args: ElementArgs) => html`<div lang=${lang}>${renderElement(tag, args)}</div>`;

export const TraditionalChinese: Story = { name: 'Language: zh-Hant', render: inLanguage('zh-Hant') };
export const SimplifiedChinese: Story = { name: 'Language: zh-Hans', render: inLanguage('zh-Hans') };
export const English: Story = { name: 'Language: en', render: inLanguage('en') };

/** The light colour scheme (`color-scheme: light`), the default of a page that declares none. */
export const Light: Story = {
  name: 'Scheme: light',
  parameters: { scheme: 'light' },
  tags: ['light'],
};

/**
 * The dark colour scheme. The elements follow the page's `color-scheme`: this story's wrapper declares
 * `color-scheme: dark`; a page that declares `color-scheme: light dark` follows the reader's system setting.
 */
export const Dark: Story = {
  name: 'Scheme: dark',
  parameters: { scheme: 'dark' },
  tags: ['dark'],
};

/** A page's own look, through the documented `--dz-…` custom properties. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: {
    section: '4',
    // A theme of light colours says so and brings its own paper: the colours it leaves to the elements follow
    // `color-scheme`, and on a dark page they were light text on its light cells (axe: 1.5:1), or its dark text on
    // the page's dark background.
    style: [
      'color-scheme: light',
      'background: #fbf7ef',
      '--dz-color-surface: #fbf7ef',
      '--dz-font-family: Georgia, "Noto Serif CJK TC", serif',
      '--dz-color-accent: #6b3f12',
      '--dz-color-focus: #6b3f12',
      '--dz-color-border: #8c6d46',
      '--dz-color-surface-alt: #fbf7ef',
      '--dz-color-lead: #6b1d3a',
      '--dz-color-lead-bg: #f7e4ec',
      '--dz-color-participating: #1f4d3a',
      '--dz-color-participating-bg: #e2f1e9',
      '--dz-radius: 0',
    ].join('; '),
  },
};

/**
 * While a plan given by `plan-src` loads: a skeleton, `part="loading"`. This story's request never answers, and its
 * `timeout` is the longest an element takes (a day), so the skeleton stays rather than turning into a timeout error.
 */
export const Loading: Story = {
  args: { section: '4', 'plan-src': stillLoadingUrl, timeout: MAX_TIMEOUT_SECONDS },
  tags: ['loading'],
  beforeEach: holdStillLoading,
};

/** No task of section 4 involves 市科技局: the matrix says so. */
export const Empty: Story = {
  name: 'Empty (no matching task)',
  args: { section: '4', unit: '市科技局' },
};

/** Section 11's three tasks name no lead or participating unit: the matrix says so, not "no matching task". */
export const TasksWithoutUnits: Story = {
  name: 'Empty (tasks that name no unit: section 11)',
  args: { section: '11' },
};

/** An unknown unit: a short message that echoes the value, and a `dz-error` event. */
export const ErrorUnknownUnit: Story = {
  name: 'Error: unknown unit',
  tags: ['error'],
  args: { section: '', unit: '市不存在局' },
};

/** An unknown section. */
export const ErrorUnknownSection: Story = {
  name: 'Error: unknown section',
  tags: ['error'],
  args: { section: '12' },
};

/** `plan-src` pointing at a file that is not a valid plan (here a progress report): the message names it. */
export const ErrorBadPlan: Story = {
  name: 'Error: invalid plan feed',
  tags: ['error'],
  args: { section: '4', 'plan-src': badFeedUrl },
};
