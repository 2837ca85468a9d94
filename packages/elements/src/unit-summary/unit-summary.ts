import { formatIsoDate, type Language, type ProgressReport, type Role, type Unit } from '@dz-tasks/data';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DzElement, type ElementView } from '../shared/base-element.js';
import { emit, ErrorCode } from '../shared/events.js';
import { FocusReturn } from '../shared/focus-return.js';
import compactGaugeStyles from '../shared/gauge/compact-gauge.styles.js';
import gaugeStyles from '../shared/gauge/gauge.styles.js';
import targetItemStyles from '../shared/gauge/target-item.styles.js';
import { statusKey } from '../shared/gauge/format.js';
import { renderTargetItem } from '../shared/gauge/target-item.js';
import { problemsOf, ReadingProblems } from '../shared/reading-problems.js';
import { roleGlyphs } from '../shared/glyphs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { textInput, urlInput, type Input, type Taken } from '../shared/inputs.js';
import { linkFrom, linkTemplateInput, unlinkable } from '../shared/link-template.js';
import { headingLevelInput, headingLevelOf, headingOf, type HeadingLevel } from '../shared/heading.js';
import headingStyles from '../shared/heading.styles.js';
import { namedInPlan, type NameLookup } from '../shared/named-in-plan.js';
import sharedStyles from '../shared/shared.styles.js';
import taskColors from '../shared/task-colors.styles.js';
import { tallyGlyph, tallyTone, tallyWord } from '../shared/status-tally.js';
import { suggestUnits } from '../shared/suggest-units.js';
import styles from './unit-summary.styles.js';
import { showInput, showParts, summaryOf, SummaryPart, type SummaryReady, type SummaryShow, type SummaryTask, type TargetGroup } from './unit-summary.view.js';
import { summaryScope } from './summary-scope.js';

type ReadyView = ElementView<SummaryReady> & { readonly kind: 'ready' };

/** The summary's `unit`: a unit id or name. */
const unitLookup: NameLookup<Unit> = { attribute: 'unit', code: ErrorCode.unknownUnit, find: (api, ref) => api.getUnit(ref), unknown: (t, ref, api, lang) => t.unknownUnit(ref) + suggestUnits(api, [ref], t, lang) };

/**
 * One unit of the plan at a glance, as a bureau's page shows it: its name, how many tasks it leads (牽頭) and joins
 * (參與), the list of those tasks (number, title, role by word and glyph), and the targets of those tasks, grouped
 * by status when a progress feed is given, each with a compact gauge. The unit is found by id, name or alias, in
 * Traditional or Simplified Chinese or English, as in `<dz-task-matrix unit>`.
 *
 * @summary A unit's tasks led and joined, and its targets grouped by status with compact gauges.
 *
 * @attr unit - The unit, by id, name or alias in any of the three languages (`市發改委`, `发改委`, `development-reform-commission`).
 * @attr show - What to show, in order: `tasks`, `targets` or both (`"tasks targets"`, the default).
 * @attr task-href - Turns each task into a link: `{number}` and `{id}` are replaced (`/tasks/{number}`). Without
 *   it each task is text (nothing to press): a single-page app gives `task-href` and cancels `dz-select`.
 * @attr progress-src - URL of a progress report; the targets are grouped by their status (a latest reading older than
 *   the report's date apart, as not reported this period, with its date), and the report's date is shown.
 * @attr heading-level - Level of the summary's heading, 2–6 or `h2`–`h6` (default 3; another value is noticed).
 *
 * @csspart base - The summary's outer box (an `<article>` named by its heading, like the card's: not a landmark).
 * @csspart header - The header holding the unit's name and counts.
 * @csspart heading - The heading: the unit's name.
 * @csspart counts - The counts of tasks led and joined.
 * @csspart as-of - The date of the progress report, when one is loaded (`進度截至 2023年9月30日`).
 * @csspart label - The sub-headings: tasks, targets.
 * @csspart tasks - The list of tasks.
 * @csspart task - One task in the list.
 * @csspart role - A task's role, as a glyph and a word; also beside each target of a task the unit joins (○ 參與).
 * @csspart task-link - A task's link (with `task-href`), which fires `dz-select`.
 * @csspart task-name - A task's number and title as text (without `task-href`).
 * @csspart group - One group of targets with the same status (or not reported this period: a latest reading older than the report).
 * @csspart group-label - The heading of a group: glyph, status word and count.
 * @csspart targets - A list of targets.
 * @csspart target - One target: its task, metric and compact gauge.
 * @csspart gauge - A target's compact gauge.
 * @csspart gauge-target - The target amount in a gauge.
 * @csspart gauge-meter - The bar of a gauge (`role="meter"`).
 * @csspart gauge-as-of - A reading's own date, where it is not the report's.
 * @csspart gauge-progress - The progress in words.
 * @csspart gauge-status - The status as a glyph and a word.
 * @csspart gauge-note - A remark from the progress report.
 * @csspart gauge-trend - A target's trend over the feed's readings, where it gives more than one: in words, then the readings.
 * @csspart reading-problem - Why a feed's reading cannot be judged, shown instead of a status.
 * @csspart loading - The loading skeleton.
 * @csspart error - An error message.
 * @csspart notices - The list of notices above the content (a misspelt attribute, a word not allowed).
 * @csspart notice - One notice.
 * @csspart empty - A message for something the unit does not have (tasks, targets).
 *
 * @cssprop [--dz-summary-bg=var(--dz-color-surface)] - Background.
 * @cssprop [--dz-summary-color=var(--dz-color-text)] - Text colour.
 * @cssprop [--dz-summary-muted-color=var(--dz-color-muted)] - Colour of secondary text (counts, deadlines).
 * @cssprop [--dz-summary-border-color=var(--dz-color-border)] - Border colour.
 * @cssprop [--dz-summary-radius=calc(var(--dz-radius) * 1.5)] - Corner radius.
 * @cssprop [--dz-summary-padding=calc(var(--dz-space) * 2)] - Inner padding.
 * @cssprop [--dz-summary-lead-color=var(--dz-color-lead)] - Colour of the lead role.
 * @cssprop [--dz-summary-participating-color=var(--dz-color-participating)] - Colour of the participating role.
 * @cssprop [--dz-summary-link-color=var(--dz-color-accent)] - Colour of task links.
 * @cssprop [--dz-gauge-compact-width=5rem] - Width of the bar of each target's compact gauge.
 * @cssprop [--dz-gauge-track-color=var(--dz-color-muted)] - The outline of each target's compact gauge's track.
 * @cssprop [--dz-gauge-marker-color=var(--dz-color-text)] - The expected-progress and ceiling marks of the compact gauges.
 * @cssprop [--dz-gauge-met-color=var(--dz-color-met)] - Status colour "met" of the compact gauges (green), as in `<dz-target-gauge>`.
 * @cssprop [--dz-gauge-on-track-color=var(--dz-color-on-track)] - Status colour "on track" (green).
 * @cssprop [--dz-gauge-behind-color=var(--dz-color-behind)] - Status colour "behind" (amber).
 * @cssprop [--dz-gauge-missed-color=var(--dz-color-missed)] - Status colour "missed" (red).
 * @cssprop [--dz-gauge-not-started-color=var(--dz-color-not-started)] - Status colour "not started", "not yet at target" and "awaiting decision" (grey): no pace judged.
 * @cssprop [--dz-gauge-seriously-behind-color=var(--dz-gauge-missed-color)] - Status colour "seriously behind".
 * @cssprop [--dz-gauge-over-ceiling-color=var(--dz-gauge-missed-color)] - Status colour "ceiling exceeded".
 * @cssprop [--dz-gauge-warning-color=var(--dz-gauge-behind-color)] - Status colour of "used faster than the pace"
 *   and "above the target band".
 *
 * @fires dz-select - A task's link was followed (click or Enter; with `task-href`). Detail: `{ taskId, unitId,
 *   role }`. Cancelable: `preventDefault()` keeps the link from navigating (a single-page app shows the task itself).
 * @fires dz-error - The summary shows an error (missing or unknown `unit`, failed or invalid feed or plan), or a
 *   notice over its content (a word `show` does not take, left out). Detail: `{ code, message }`, once per distinct
 *   error. A feed reading of one of its targets that cannot be judged: `invalid-value` with `target`, once per problem
 *   and feed load.
 */
export class DzUnitSummary extends DzElement<SummaryReady> {
  /** The shadow root's styles: the shared base, the compact gauges', the target items' and the summary's own. */
  static override styles = [sharedStyles, taskColors, headingStyles, gaugeStyles, compactGaugeStyles, targetItemStyles, styles];

  /**
   * The parts of the Dezhou plan the summary shows, for the CDN build (see `shared/plan-scope.ts`).
   * @internal
   */
  static planScope = summaryScope;

  /**
   * The reactive properties below, declared here rather than by decorators: a few bytes less on every summary's page.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    unit: { converter: textInput },
    show: { converter: showInput },
    taskHref: { attribute: 'task-href', converter: linkTemplateInput(['number', 'id'], '/tasks/{number}', unlinkable) },
    progress: { attribute: false },
    // A URL, unused (noticed, never requested) beside `progress`, which wins (as the gauge's `src`).
    progressSrc: { attribute: 'progress-src', converter: { ...urlInput, beside: ['progress'] } as Input },
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevelInput },
  };

  /** Focus a render took away (the loading state of a language, a unit, a plan) comes back to the same link. */
  private readonly focusReturn = new FocusReturn(this);

  /** `dz-error` for each feed reading shown as one that cannot be judged. */
  private readonly problems = new ReadingProblems(this, () =>
    this.view.kind === 'ready' && this.view.parts.includes(SummaryPart.targets) ? problemsOf(this.view.groups.flatMap((group) => group.targets), this.i18n.strings) : [],
  );

  /** The unit, by id, name or alias in Traditional or Simplified Chinese or English. */
  declare unit?: string;

  /** What to show, in order: `tasks`, `targets` or both (default `"tasks targets"`). */
  declare show?: SummaryShow;

  /**
   * Turns each task into a link: `{number}` is replaced by the task's number and `{id}` by its id, URL-encoded
   * (`"/tasks/{number}"`). Only http(s) and relative URLs are linked; without it each task is text. A single-page app
   * gives it too (`"#task-{number}"`, its own route) and calls `preventDefault()` on `dz-select`.
   */
  declare taskHref?: string;

  /**
   * A progress report your app holds (`{ plan, asOf, entries }`, as `parseProgressReport` of `@dz-tasks/data` returns
   * it: fetched with your own credentials, or built from a form): the targets are grouped by status, as with
   * `progress-src`. Validated against the plan as a feed is (`feed-invalid`), once per report object; `null` is a
   * report still to come (the loading state). It wins over `progress-src`, which is then never requested.
   */
  declare progress?: ProgressReport | null;

  /**
   * URL of a progress report (`{ plan, asOf, entries }`); the targets are grouped by the status of their latest
   * value. Elements with the same feed URL share one request.
   */
  declare progressSrc?: string | URL;

  /** Level of the summary's heading, 2–6 or `h2`–`h6` (default 3; another value is noticed); its sub-headings use the next levels. */
  headingLevel: HeadingLevel = 3;

  private readonly feedTask = this.createFeedTask(() => this.progressSrc as Taken<string>);

  protected override deriveView(): ElementView<SummaryReady> {
    const t = this.i18n.strings;
    const named = namedInPlan(this.planState, this.unit, unitLookup, t, this.i18n.lang);
    if ('view' in named) return named.view;
    const { api, found: unit } = named;
    const feed = this.taskState(this.feedTask, this.progressSrc);
    const summary = summaryOf(api, unit, showParts(this.show as Taken<string>), feed, this.i18n.lang);
    return { kind: 'ready', ...summary, ...(feed?.state === 'error' ? { error: feed.error } : {}) };
  }

  /** A pre-rendered summary is kept until its feed is there too: the server drew the targets with it. */
  protected override waitsForData(view: ElementView<SummaryReady>): boolean {
    return super.waitsForData(view) || (view.kind === 'ready' && view.feedLoading);
  }

  private get level(): number {
    return headingLevelOf(this.headingLevel);
  }

  protected override renderReady(summary: ReadyView): TemplateResult {
    const { lang, strings: t } = this.i18n;
    // An article and unnamed sections, so no landmark: the page owns its landmarks, and two summaries on one page would
    // repeat them (their areas' names) or the same unit's twice (its own). Headings are how assistive technology finds them.
    return html`<article part="base" class="summary" aria-labelledby="heading" data-unit-id=${summary.unit.id} lang=${this.i18n.lang}>
      <header part="header" class="header">
        ${headingOf(this.level, 'heading', 'heading', 'heading', summary.unit.name[lang])}
        <p part="counts" class="counts">${t.summaryTaskCounts(summary.tasks.length, summary.lead, summary.participating)}</p>
        ${summary.asOf ? html`<p part="as-of" class="as-of">${t.progressAsOf(formatIsoDate(summary.asOf, lang))}</p>` : this.nothing}
      </header>
      ${summary.error && !summary.parts.includes(SummaryPart.targets) ? this.renderError(summary.error) : this.nothing}
      ${summary.parts.map((part) => (part === SummaryPart.tasks ? this.renderTasks(summary, lang, t) : this.renderTargets(summary, lang, t)))}
    </article>`;
  }

  private renderTasks({ tasks, unit }: SummaryReady, lang: Language, t: Strings): TemplateResult {
    const label = headingOf(this.level + 1, 'tasks-label', 'label', 'group-label', t.summaryTasks);
    return html`<section class="tasks-area">
      ${label}
      ${tasks.length === 0
        ? this.renderEmpty(t.summaryNoTasks)
        : html`<ul part="tasks" class="tasks" aria-labelledby="tasks-label">
            ${tasks.map((item) => this.renderTask(item, unit.id, lang, t))}
          </ul>`}
    </section>`;
  }

  private renderTask({ task, role }: SummaryTask, unitId: string, lang: Language, t: Strings): TemplateResult {
    const href = linkFrom(this.taskHref, { number: task.number, id: task.id });
    const select = (event: Event) => {
      const proceed = emit(this, 'dz-select', { taskId: task.id, unitId, role }, true);
      if (!proceed) event.preventDefault();
    };
    const label = html`<span class="number">${t.matrixTask(task.number)}</span> <span class="title">${task.title[lang]}</span>`;
    // A link where the page gave somewhere to go (task-href); otherwise text: a button there did nothing unless the
    // page listened for dz-select, and a single-page app gives task-href and cancels dz-select (a link that also opens
    // in a new tab and is there without script).
    return html`<li part="task" class="task ${role}" data-task-id=${task.id}>
      <span part="role" class="role ${role}"><span class="glyph" aria-hidden="true">${roleGlyphs[role]}</span> ${role === 'lead' ? t.lead : t.participating}</span>
      ${href
        ? html`<a part="task-link" class="task-link" href=${href} @click=${select}>${label}</a>`
        : html`<span part="task-name" class="task-name">${label}</span>`}
    </li>`;
  }

  private renderTargets(summary: ReadyView, lang: Language, t: Strings): TemplateResult {
    const label = headingOf(this.level + 1, 'targets-label', 'label', 'group-label', t.targets);
    let content: unknown;
    if (summary.feedLoading) content = this.renderLoading(Math.max(1, Math.min(summary.targetCount, 3)));
    else if (summary.targetCount === 0) content = this.renderEmpty(t.summaryNoTargets);
    else if (!summary.grouped) content = this.renderTargetList(summary.groups[0]!, 'targets-label', lang, t);
    else content = summary.groups.map((group) => this.renderGroup(group, lang, t));
    return html`<section class="targets-area">
      ${label} ${summary.error ? this.renderError(summary.error) : this.nothing}
      ${content}
    </section>`;
  }

  private renderGroup(group: TargetGroup, lang: Language, t: Strings): TemplateResult {
    const id = `group-${group.key}`;
    return html`<div part="group" class="group" data-status=${statusKey(group.key)} data-tone=${ifDefined(tallyTone(group.key))}>
      ${headingOf(
        this.level + 2,
        id,
        'group-label',
        'group-heading',
        html`<span class="gauge-glyph" aria-hidden="true">${tallyGlyph(group.key)}</span> ${t.statusCount(tallyWord(group.key, lang, t), group.targets.length)}`,
      )}
      ${this.renderTargetList(group, id, lang, t)}
    </div>`;
  }

  /** A joined task's target marked with the role, glyph and word, as the tasks list marks the task; a led one unmarked. */
  private renderJoined(role: Role, t: Strings): TemplateResult | typeof nothing {
    return role === 'participating'
      ? html` <span part="role" class="role participating"><span class="glyph" aria-hidden="true">${roleGlyphs.participating}</span> ${t.participating}</span>`
      : nothing;
  }

  private renderTargetList(group: TargetGroup, labelledBy: string, lang: Language, t: Strings): TemplateResult {
    return html`<ul part="targets" class="targets" aria-labelledby=${labelledBy}>
      ${group.targets.map((judged) => renderTargetItem(judged, lang, t, html`<span class="task-ref">${t.matrixTask(judged.taskNumber)}</span>${this.renderJoined(judged.role, t)}`))}
    </ul>`;
  }
}
