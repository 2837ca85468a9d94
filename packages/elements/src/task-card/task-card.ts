import { formatIsoDate, type Language, type ProgressReport, type Task, type UnitWithRole } from '@dz-tasks/data';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DzElement, type ElementView } from '../shared/base-element.js';
import { emit, ErrorCode } from '../shared/events.js';
import { FocusReturn } from '../shared/focus-return.js';
import { flagInput, textInput, urlInput, type Input, type Taken } from '../shared/inputs.js';
import compactGaugeStyles from '../shared/gauge/compact-gauge.styles.js';
import gaugeStyles from '../shared/gauge/gauge.styles.js';
import targetItemStyles from '../shared/gauge/target-item.styles.js';
import { renderTargetItem } from '../shared/gauge/target-item.js';
import { onDemand } from '../shared/problem-words.js';
import { problemsOf, ReadingProblems } from '../shared/reading-problems.js';
import { roleGlyphs } from '../shared/glyphs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { headingLevelInput, headingLevelOf, headingOf, type HeadingLevel } from '../shared/heading.js';
import headingStyles from '../shared/heading.styles.js';
import { namedInPlan, type NameLookup } from '../shared/named-in-plan.js';
import { sectionNumbering } from '../shared/section-heading.js';
import sharedStyles from '../shared/shared.styles.js';
import taskColors from '../shared/task-colors.styles.js';
import styles from './task-card.styles.js';
import { cardOf, type CardReady } from './task-card.view.js';
import { unitLink } from './unit-link.js';
import { linkTemplateInput, unlinkable } from '../shared/link-template.js';
import { cardScope } from './card-scope.js';

/** The card's `task`: a task number or id; one the plan does not have is said with the plan's task numbers. */
const taskLookup: NameLookup<Task> = {
  attribute: 'task',
  code: ErrorCode.unknownTask,
  find: (api, ref) => api.getTask(ref),
  unknown: (t, ref, api, lang) => t.unknownTask(ref) + onDemand((words) => words.knownTasks(api, lang)),
};

/**
 * One task of the plan as a card: its number, title and section; its lead and participating units; its body text
 * behind a disclosure button (printed whole, without the button); and its quantitative targets, each with a compact
 * gauge that shows the latest value from a progress feed.
 *
 * @summary A task of the plan: title, section, responsible units, body text and targets with progress.
 *
 * @csspart base - The card's outer box (an `<article>`).
 * @csspart header - The header holding the heading and the section.
 * @csspart heading - The heading element (`h2`–`h6`, per `heading-level`).
 * @csspart number - The task number ("任務 9").
 * @csspart title - The task title.
 * @csspart section - The section line (number and title).
 * @csspart label - The sub-headings: lead units, participating units, targets.
 * @csspart units - Each list of units (one for lead, one for participating units).
 * @csspart unit - One unit in a list.
 * @csspart unit-link - A unit's link, when `unit-href` is set.
 * @csspart toggle - The button that shows and hides the body text.
 * @csspart body - The task's body text.
 * @csspart as-of - The date the targets' progress stands at, the report's, when a feed is loaded (`進度截至 2023年9月30日`).
 * @csspart targets - The list of targets.
 * @csspart target - One target: its metric, its compact gauge and, when not the end of the plan, its deadline.
 * @csspart gauge - A target's compact gauge.
 * @csspart gauge-target - The target amount in a gauge (`≥ 3000個`).
 * @csspart gauge-meter - The bar of a gauge (`role="meter"`), shown with a feed value.
 * @csspart gauge-as-of - A reading's own date, where it is not the report's (`截至 2023年6月30日`).
 * @csspart gauge-progress - The progress in words (`完成 70%`).
 * @csspart gauge-status - The status as a glyph and a word (`↗ 進度正常`), or `◌ 本期未報` for a reading older than the report.
 * @csspart gauge-note - A remark from the progress report.
 * @csspart gauge-trend - A target's trend over the feed's readings, where it gives more than one: in words, then the readings.
 * @csspart reading-problem - Why a feed's reading cannot be judged (a value in the wrong scale), shown instead of a status.
 * @csspart loading - The loading skeleton.
 * @csspart error - An error message.
 * @csspart notices - The list of notices above the content (a misspelt attribute, a word not allowed).
 * @csspart notice - One notice.
 * @csspart empty - A message for something the task does not have (units, targets).
 *
 * @cssprop [--dz-card-bg=var(--dz-color-surface)] - Card background.
 * @cssprop [--dz-card-color=var(--dz-color-text)] - Text colour.
 * @cssprop [--dz-card-muted-color=var(--dz-color-muted)] - Colour of secondary text (section, notes, deadlines).
 * @cssprop [--dz-card-border-color=var(--dz-color-border)] - Border colour.
 * @cssprop [--dz-card-border-width=1px] - Border width.
 * @cssprop [--dz-card-radius=calc(var(--dz-radius) * 1.5)] - Corner radius.
 * @cssprop [--dz-card-padding=calc(var(--dz-space) * 2)] - Inner padding.
 * @cssprop [--dz-card-gap=calc(var(--dz-space) * 1.5)] - Space between the card's blocks.
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
 * @cssprop [--dz-card-heading-color=var(--dz-color-text)] - Colour of the title.
 * @cssprop [--dz-card-number-color=var(--dz-color-accent)] - Colour of the task number.
 * @cssprop [--dz-card-lead-color=var(--dz-color-lead)] - Text and border colour of lead units.
 * @cssprop [--dz-card-lead-bg=var(--dz-color-lead-bg)] - Background of lead units.
 * @cssprop [--dz-card-participating-color=var(--dz-color-participating)] - Text and border colour of participating units.
 * @cssprop [--dz-card-participating-bg=var(--dz-color-participating-bg)] - Background of participating units.
 * @cssprop [--dz-card-link-color=var(--dz-color-accent)] - Colour of the disclosure button.
 * @cssprop [--dz-card-body-font-size=0.95rem] - Font size of the body text.
 *
 * @fires dz-toggle - The user expanded or collapsed the body text. Detail: `{ expanded: boolean }`.
 * @fires dz-error - The card shows an error (unknown task, missing `task`, a feed or plan that failed, is invalid or
 *   timed out), or a notice over its content (a misspelt attribute, a `heading-level` it does not take); a feed
 *   reading of one of its targets that cannot be judged is `invalid-value` with `target`, once per problem and feed load.
 *   Detail: `{ code, message }`, once per distinct error.
 */
export class DzTaskCard extends DzElement<CardReady> {
  /** The shadow root's styles: the shared base, the compact gauges', the target items' and the card's own. Theme with the CSS properties and parts above. */
  static override styles = [sharedStyles, taskColors, headingStyles, gaugeStyles, compactGaugeStyles, targetItemStyles, styles];

  /**
   * The parts of the Dezhou plan the card shows, for the CDN build (see `shared/plan-scope.ts`).
   * @internal
   */
  static planScope = cardScope;

  /**
   * The reactive properties below, declared here rather than by decorators: a few bytes less on every card's page.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    task: { converter: textInput },
    expanded: { type: Boolean, reflect: true, converter: flagInput },
    unitHref: { attribute: 'unit-href', converter: linkTemplateInput(['id', 'name'], '/units/{id}', unlinkable) },
    progress: { attribute: false },
    // A URL, unused (noticed, never requested) beside `progress`, which wins (as the gauge's `src`).
    progressSrc: { attribute: 'progress-src', converter: { ...urlInput, beside: ['progress'] } as Input },
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevelInput },
  };

  /** Focus a render took away (the loading state of a language, a task, a plan) comes back to the same button or link. */
  private readonly focusReturn = new FocusReturn(this);

  /** `dz-error` for each feed reading shown as one that cannot be judged. */
  private readonly problems = new ReadingProblems(this, () => (this.view.kind === 'ready' ? problemsOf(this.view.targets, this.i18n.strings) : []));

  /** The task to show, by number (`"9"`) or id (`"t09"`). */
  declare task?: string | number;

  /** Whether the body text is shown. The disclosure button toggles it. */
  expanded = false;

  /**
   * Turns unit names into links: `{id}` is replaced by the unit's id and `{name}` by its name in the card's
   * language, both URL-encoded (`"/units/{id}"`). Only http(s) and relative URLs are linked.
   */
  declare unitHref?: string;

  /**
   * A progress report your app holds (`{ plan, asOf, entries }`, as `parseProgressReport` of `@dz-tasks/data` returns
   * it: fetched with your own credentials, or built from a form): each target's gauge shows its latest value, as with
   * `progress-src`. Validated against the plan as a feed is (`feed-invalid`), once per report object; `null` is a
   * report still to come (the loading state). It wins over `progress-src`, which is then never requested.
   */
  declare progress?: ProgressReport | null;

  /**
   * URL of a progress report (`{ plan, asOf, entries }`); each target's gauge shows its latest value. Every element
   * on the page with the same feed URL (resolved against the page) shares one request and, per plan, one validation.
   */
  declare progressSrc?: string | URL;

  /** Level of the card's heading, 2–6 or `h2`–`h6` (default 3; another value is noticed); its sub-headings use the next level. */
  headingLevel: HeadingLevel = 3;

  private readonly feedTask = this.createFeedTask(() => this.progressSrc as Taken<string>);

  private readonly bodyId = 'body';

  protected override deriveView(): ElementView<CardReady> {
    const named = namedInPlan(this.planState, this.task, taskLookup, this.i18n.strings, this.i18n.lang);
    if ('view' in named) return named.view;
    const { api, found: task } = named;
    const feed = this.taskState(this.feedTask, this.progressSrc);
    const card = cardOf(api, task, feed, this.i18n.lang);
    return { kind: 'ready', ...card, ...(feed?.state === 'error' ? { error: feed.error } : {}) };
  }

  protected override waitsForData(view: ElementView<CardReady>): boolean {
    return super.waitsForData(view) || (view.kind === 'ready' && view.feedLoading);
  }

  /**
   * Hydrates a server's content expanded, as the server drew it (`renderPage` draws every card so), then draws the
   * card's own state at once, within this update (a second update requested here would be one requested while this
   * one ends): `expanded="false"` on the tag (as Vue's server renderer writes a bound `false`), or the property set by
   * the page's script before the card hydrated (before or after it was defined), folds it, as it would any card.
   */
  protected override update(changed: PropertyValues): void {
    const hydrating = this.hydrating;
    super.update(changed);
    if (hydrating && !this.hydrating && !this.expanded) super.update(changed);
  }

  private get level(): number {
    return headingLevelOf(this.headingLevel);
  }

  protected override renderReady(card: ElementView<CardReady> & { readonly kind: 'ready' }): TemplateResult {
    const { lang, strings: t } = this.i18n;
    const { task, section } = card;
    return html`<article part="base" class="card" aria-labelledby="heading" lang=${lang}>
      <header part="header" class="header">
        ${headingOf(
          this.level,
          'heading',
          'heading',
          'heading',
          html`<span part="number" class="number">${`${t.task} ${task.number}`}</span> <span part="title" class="title"
              >${task.title[lang]}</span
            >`,
        )}
        ${section
          ? html`<p part="section" class="section">
              <span class="section-number">${sectionNumbering(section, lang)}</span><span class="section-title">${section.title[lang]}</span>
            </p>`
          : this.nothing}
      </header>
      ${this.renderUnits(card.units, lang, t)} ${this.renderBody(card, lang, t)} ${this.renderTargets(card, lang, t)}
    </article>`;
  }

  private renderUnits(units: readonly UnitWithRole[], lang: Language, t: Strings): TemplateResult {
    if (units.length === 0) return html`<div class="units-area">${this.renderEmpty(t.noUnits)}</div>`;
    const groups = (['lead', 'participating'] as const)
      .map((role) => ({ role, units: units.filter((u) => u.role === role) }))
      .filter((group) => group.units.length > 0);
    return html`<div class="units-area">
      ${groups.map(
        ({ role, units: members }) => html`<div class="unit-group ${role}">
          ${headingOf(
            this.level + 1,
            `${role}-label`,
            'label',
            `group-label ${role}`,
            html`<span class="glyph" aria-hidden="true">${roleGlyphs[role]}</span>
              ${role === 'lead' ? t.leadUnits : t.participatingUnits}`,
          )}
          <ul part="units" class="units ${role}" aria-labelledby="${role}-label">
            ${members.map(
              ({ unit }) => html`<li part="unit" class="unit ${role}" data-unit-id=${unit.id}>
                ${this.renderUnitChip(unit.id, unit.name[lang], roleGlyphs[role])}
              </li>`,
            )}
          </ul>
        </div>`,
      )}
    </div>`;
  }

  /** A unit's glyph and name; with `unit-href`, a link that is the whole chip, glyph and all (a target of 24 px or more). */
  private renderUnitChip(id: string, name: string, glyph: string): TemplateResult {
    const href = unitLink(this.unitHref, id, name);
    const content = html`<span class="glyph" aria-hidden="true">${glyph}</span>${name}`;
    return href ? html`<a part="unit-link" class="unit-link" href=${href}>${content}</a>` : content;
  }

  private renderBody({ task, bodyLang }: CardReady, lang: Language, t: Strings): TemplateResult | typeof this.nothing {
    // The body is not translated: English readers get the source text, marked so screen readers read it as Chinese.
    const body = task.body[bodyLang];
    // A task with no text in that script (a one-sentence task of a built plan): no button that would show nothing.
    if (!body) return this.nothing;
    // Expanded in the render that hydrates a server's content, which must match it (see `update`).
    const expanded = this.hydrating || this.expanded;
    return html`<div class="body-area">
      ${lang === 'en' ? html`<p class="note">${t.cardBodyInChinese}</p>` : this.nothing}
      <button
        part="toggle"
        class="toggle"
        type="button"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${this.bodyId}
        @click=${this.toggle}
      >
        <span class="chevron" aria-hidden="true">▸</span><span>${expanded ? t.hideBody : t.showBody}</span>
      </button>
      <p part="body" class="body" id=${this.bodyId} lang=${bodyLang} ?hidden=${!expanded}>${body}</p>
    </div>`;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    emit(this, 'dz-toggle', { expanded: this.expanded });
  }

  private renderTargets(card: ElementView<CardReady> & { readonly kind: 'ready' }, lang: Language, t: Strings): TemplateResult {
    const { targets } = card;
    const label = headingOf(this.level + 1, 'targets-label', 'label', 'group-label', t.targets);
    let content: unknown;
    if (card.feedLoading) {
      content = this.renderLoading(Math.max(1, Math.min(targets.length, 3)));
    } else if (targets.length === 0) {
      content = this.renderEmpty(t.noTargets);
    } else {
      content = html`<ul part="targets" class="targets" aria-labelledby="targets-label">
        ${targets.map((target) => renderTargetItem(target, lang, t))}
      </ul>`;
    }
    // A section with no name, so no landmark: the page owns its landmarks, and the same task's card twice on one page
    // would repeat one. Its heading (the label) is how assistive technology finds it.
    // One date for the card's progress, so that a printout is dated; a reading of another date says its own.
    const asOf = card.asOf && !card.feedLoading ? html`<p part="as-of" class="as-of">${t.progressAsOf(formatIsoDate(card.asOf, lang))}</p>` : this.nothing;
    return html`<section class="targets-area">
      ${label} ${card.error ? this.renderError(card.error) : this.nothing} ${asOf} ${content}
    </section>`;
  }
}
