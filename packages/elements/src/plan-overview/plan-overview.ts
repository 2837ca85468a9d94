import { formatIsoDate, type Language, type Plan, type PlanLookups, type ProgressReport } from '@dz-tasks/data';
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DzElement, type ElementView } from '../shared/base-element.js';
import { ErrorCode, type DzErrorDetail } from '../shared/events.js';
import { FocusReturn } from '../shared/focus-return.js';
import gaugeStyles from '../shared/gauge/gauge.styles.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { choiceInput, listInput, textInput, urlInput, type Input, type Taken } from '../shared/inputs.js';
import { memoizeLast } from '../shared/memoize-last.js';
import { onDemand } from '../shared/problem-words.js';
import { ReadingProblems } from '../shared/reading-problems.js';
import sharedStyles from '../shared/shared.styles.js';
import { sectionHeading } from '../shared/section-heading.js';
import { FrameTabStop } from './frame-tab-stop.js';
import { renderOverviewTable, unjudgedWords } from './overview-table.js';
import { rankNotes } from './rank-note.js';
import styles from './plan-overview.styles.js';
import { computeOverview, OverviewRows, OverviewSort, type OverviewReady, type OverviewResult } from './plan-overview.view.js';
import { overviewScope } from './overview-scope.js';

const rowsInput = choiceInput<OverviewRows>([OverviewRows.sections, OverviewRows.units]);
const sortInput = choiceInput<OverviewSort>([OverviewSort.order, OverviewSort.behind]);

/** The overview when there is something to show: the table's data, its caption and whether statuses are known. */
export interface PlanOverviewReady {
  readonly overview: OverviewReady;
  readonly caption: string;
  /** A feed is loaded, so the behind and status columns are shown. */
  readonly withStatuses: boolean;
  /** The feed's own date, when one is loaded: the date the statuses stand at. */
  readonly asOf?: string;
}

/**
 * The plan at a glance: per section (or, with `rows="units"`, per unit) the number of tasks and targets and, with a
 * progress feed, how many targets are behind and a stacked bar of their statuses, whose key gives each status as a
 * glyph, a word and a count (never colour alone); a totals row counts each task and target once. `section` narrows
 * it; `sort="behind"` ranks the rows with the most targets behind first (a 督查 ranking). A real `<table>` with a
 * caption, column and row headers, in one frame that takes keyboard focus while it scrolls (no Tab stop where the
 * table fits); the frame is a group named by the caption, said once (the caption is hidden from screen readers, so
 * the table inside is not named again). When the table is wider than the frame, a shadow at an edge says more is
 * there. In an element narrower than 30em (a phone, a sidebar) each row is stacked: its name, its counts each with its
 * column header's words, then its statuses with a bar the row's width; nothing scrolls sideways, and the table keeps
 * its rows and cells for screen readers (explicit roles).
 *
 * @summary Sections or units with their tasks, targets and target statuses as a table; ranked by targets behind.
 *
 * @attr section - Sections to show, by number or id (`"4"`, `"1,4"`). Default: every section.
 * @attr rows - What the rows are: `sections` (default) or `units`.
 * @attr sort - Row order: `order` (the plan's, default) or `behind` (most targets behind first; needs `progress-src` or `progress`).
 * @attr progress-src - URL of a progress report: adds the targets behind, the status bars and the report's date.
 * @attr caption - The table's caption. Default: "計劃總覽" with the plan's title and the sections shown.
 *
 * @csspart base - The wrapper of the table and its note.
 * @csspart scroller - The frame the table scrolls in (a tab stop while it scrolls).
 * @csspart table - The `<table>`.
 * @csspart caption - The caption.
 * @csspart header - A column header.
 * @csspart row - A row: a section or a unit.
 * @csspart row-header - A row's header: the section's heading or the unit's name.
 * @csspart cell - A count, rank or status cell.
 * @csspart total - The totals row.
 * @csspart total-header - The header of the totals row.
 * @csspart total-cell - A cell of the totals row.
 * @csspart bar - A stacked bar of target statuses (hidden from screen readers: its key says the same).
 * @csspart segment - One status's part of a bar.
 * @csspart key - The list of statuses beside a bar: glyph, word and count.
 * @csspart note - A note under the table: by unit, shared tasks count once in the total; ranked, how ties are ranked.
 * @csspart as-of - The date of the progress report above the table, when one is loaded (`進度截至 2023年9月30日`).
 * @csspart unjudged - The list under the table naming the targets whose feed reading cannot be judged.
 * @csspart loading - The loading skeleton.
 * @csspart error - An error message.
 * @csspart notices - The list of notices above the content (a misspelt attribute, a word not allowed).
 * @csspart notice - One notice.
 * @csspart empty - The message shown when nothing matches.
 *
 * @cssprop [--dz-overview-bg=var(--dz-color-surface)] - Background of the table.
 * @cssprop [--dz-overview-header-bg=var(--dz-color-surface-alt)] - Background of header and total cells.
 * @cssprop [--dz-overview-border-color=var(--dz-color-border)] - Cell and frame borders.
 * @cssprop [--dz-overview-bar-width=8rem] - Width of each stacked bar (its row's width in an element narrower than 30em).
 * @cssprop [--dz-overview-bar-height=0.75rem] - Height of each stacked bar.
 * @cssprop [--dz-gauge-met-color=var(--dz-color-met)] - Status colour "met" of a bar's segment and its key's glyph (green), as in `<dz-target-gauge>`.
 * @cssprop [--dz-gauge-on-track-color=var(--dz-color-on-track)] - Status colour "on track" (green).
 * @cssprop [--dz-gauge-behind-color=var(--dz-color-behind)] - Status colour "behind" (amber).
 * @cssprop [--dz-gauge-missed-color=var(--dz-color-missed)] - Status colour "missed" (red).
 * @cssprop [--dz-gauge-not-started-color=var(--dz-color-not-started)] - Status colour "not started", "not yet at target" and "awaiting decision" (grey): no pace judged.
 * @cssprop [--dz-gauge-seriously-behind-color=var(--dz-gauge-missed-color)] - Status colour "seriously behind".
 * @cssprop [--dz-gauge-over-ceiling-color=var(--dz-gauge-missed-color)] - Status colour "ceiling exceeded".
 * @cssprop [--dz-gauge-warning-color=var(--dz-gauge-behind-color)] - Status colour of a warning ("used faster than the pace").
 *
 * @fires dz-error - The overview shows an error (unknown section, `sort="behind"` without a feed, failed or invalid
 *   feed or plan), or a notice over the default table (a `rows` or `sort` word not allowed, a misspelt attribute).
 *   Detail: `{ code, message }`, once per distinct error. Each feed reading the list under the table names as one that
 *   cannot be judged: `invalid-value` with `target`, once per problem and feed load.
 */
export class DzPlanOverview extends DzElement<PlanOverviewReady> {
  /** The shadow root's styles: the shared base, the status colours and the overview's own. */
  static override styles = [sharedStyles, gaugeStyles, styles];

  /**
   * The parts of the Dezhou plan the overview shows, for the CDN build (see `shared/plan-scope.ts`).
   * @internal
   */
  static planScope = overviewScope;

  /**
   * The reactive properties below, declared here rather than by decorators: a few bytes less on every overview's page.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    section: { converter: listInput },
    rows: { converter: rowsInput },
    sort: { converter: sortInput },
    progress: { attribute: false },
    // A URL, unused (noticed, never requested) beside `progress`, which wins (as the gauge's `src`).
    progressSrc: { attribute: 'progress-src', converter: { ...urlInput, beside: ['progress'] } as Input },
    // Shown as written: not folded to ASCII as the other attributes are (`folded`), a caption's `，` being the page's.
    caption: { converter: { ...textInput, fromAttribute: (value: string | null) => value ?? undefined } },
  };

  /** Focus a render took away (the loading state of a language or a plan) comes back to the table's frame. */
  private readonly focusReturn = new FocusReturn(this);

  /**
   * The table's frame is a Tab stop only while it scrolls, or has focus (always in the server's HTML, which cannot
   * measure it; measured once hydrated).
   */
  private readonly frameTabStop = new FrameTabStop(this, '[part="scroller"]', () => this.hydrating);

  /** `dz-error` for each feed reading the list under the table names as one that cannot be judged. */
  private readonly problems = new ReadingProblems(this, () =>
    this.view.kind === 'ready' ? this.view.overview.total.tally.unjudged.map(({ target }) => [target.id, unjudgedWords(target, this.i18n.lang, this.i18n.strings)] as const) : [],
  );

  /** Sections to show, by number or id; one (`"4"`) or a list (`"1,4"`, `"s01 s04"`). Default: every section. */
  declare section?: string | number | readonly (string | number)[];

  /** What the rows are: `sections` (default) or `units` (every unit with a task in the sections shown). */
  rows: 'sections' | 'units' = rowsInput.fallback;

  /** Row order: `order` (the plan's, default) or `behind` (most targets behind first; needs `progress-src` or `progress`). */
  sort: 'order' | 'behind' = sortInput.fallback;

  /**
   * A progress report your app holds (`{ plan, asOf, entries }`, as `parseProgressReport` of `@dz-tasks/data` returns
   * it: fetched with your own credentials, or built from a form): adds what `progress-src` adds. Validated against the
   * plan as a feed is (`feed-invalid`), once per report object; `null` is a report still to come (the loading state).
   * It wins over `progress-src`, which is then never requested.
   */
  declare progress?: ProgressReport | null;

  /**
   * URL of a progress report (`{ plan, asOf, entries }`): adds how many targets are behind and a stacked bar of
   * the targets' statuses. Elements with the same feed URL share one request.
   */
  declare progressSrc?: string | URL;

  /** The caption. Default: "計劃總覽" ("Plan overview") with the plan's title, the sections shown and, ranked, how. */
  declare caption?: string;

  private readonly feedTask = this.createFeedTask(() => this.progressSrc as Taken<string>);

  /** The overview for the current attributes, plan and feed, computed once per change of any. */
  private readonly overviewOf = memoizeLast(
    (api: PlanLookups, section: string | undefined, rows: OverviewRows, sort: OverviewSort, report: ProgressReport | undefined, lang: Language): OverviewResult =>
      computeOverview(api, { section, rows, sort }, report, lang),
  );

  protected override deriveView(): ElementView<PlanOverviewReady> {
    const { lang, strings: t } = this.i18n;
    const plan = this.planState;
    if (plan.state === 'loading') return { kind: 'loading', lines: 6 };
    if (plan.state === 'error') return { kind: 'error', error: plan.error };
    const feed = this.taskState(this.feedTask, this.progressSrc);
    if (feed?.state === 'loading') return { kind: 'loading', lines: 6 };
    const report = feed?.state === 'ready' ? feed.value : undefined;
    // The inputs are checked (`checkInputs`): a word not allowed is noticed and the default drawn.
    const result = this.overviewOf(plan.value, (this.section as Taken<string>) ?? undefined, rowsInput.pick(this.rows), sortInput.pick(this.sort), report, lang);
    if (result.kind === 'needs-feed' && feed?.state === 'error') return { kind: 'error', error: feed.error };
    if (result.kind !== 'ready') return result.kind === 'empty' ? { kind: 'empty', message: t.empty } : { kind: 'error', error: problemOf(result, plan.value, t, lang) };
    return {
      kind: 'ready',
      overview: result,
      caption: this.caption?.trim() || defaultCaption(result, plan.value.plan, lang, t),
      withStatuses: !!report,
      ...(report ? { asOf: report.asOf } : {}),
      ...(feed?.state === 'error' ? { error: feed.error } : {}),
    };
  }

  protected override renderReady(view: ElementView<PlanOverviewReady> & { readonly kind: 'ready' }): TemplateResult {
    const { lang, strings: t } = this.i18n;
    return html`<div class="base" part="base" lang=${this.i18n.lang}>
      ${view.error ? this.renderError(view.error) : this.nothing}
      ${view.asOf ? html`<p class="as-of" part="as-of">${t.progressAsOf(formatIsoDate(view.asOf, lang))}</p>` : this.nothing}
      ${renderOverviewTable(view.overview, view.caption, { withStatuses: view.withStatuses, tabStop: this.frameTabStop.tabStop() }, lang, t)}
      ${view.overview.rowsAre === 'units' ? html`<p class="note" part="note">${t.overviewDistinctTotals}</p>` : this.nothing}
      ${view.overview.ranked ? html`<p class="note" part="note">${rankNotes[lang]}</p>` : this.nothing}
    </div>`;
  }
}

/**
 * "計劃總覽 — 德州市…重點工作任務 — 四、協同推進… — 按異常目標數排序": the plan named, so a printout tells one plan's
 * overview from another's (a plan's title left empty in a language is left out).
 */
function defaultCaption(overview: OverviewReady, plan: Plan, lang: Language, t: Strings): string {
  const kind = overview.rowsAre === 'units' ? t.overviewUnitsCaption : t.overviewCaption;
  const parts = [kind, plan.title[lang].trim(), ...overview.sections.map((section) => sectionHeading(section, lang))].filter(Boolean);
  if (overview.ranked) parts.push(t.overviewRanked);
  return parts.join(' — ');
}

/** The error of an attribute the overview cannot use, in words. */
function problemOf(result: Extract<OverviewResult, { kind: 'unknown' | 'needs-feed' }>, api: PlanLookups, t: Strings, lang: Language): DzErrorDetail {
  if (result.kind === 'needs-feed') return { code: ErrorCode.invalidValue, message: t.overviewSortNeedsFeed };
  return { code: ErrorCode.unknownSection, message: t.unknownSection(result.sections.join(t.matrixListSeparator)) + onDemand((words) => words.knownSections(api, lang)) };
}
