import {
  describeReadingProblem,
  InvalidReadingError,
  latestProgress,
  type Language,
  type PlanApi,
  type ProgressReport,
  type Target,
  type TargetEvaluation,
  type TargetReading,
  type Task,
  type UnitWithRole,
} from '@dz-tasks/data';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DzElement, type Loadable } from '../shared/base-element.js';
import { emit, ErrorCode } from '../shared/events.js';
import { formatDate, gaugeStyles, renderCompactGauge } from '../shared/gauge.js';
import type { Strings } from '../shared/i18n.js';
import sharedStyles from '../shared/shared.styles.js';
import styles from './task-card.styles.js';

/** The glyph beside each role's word, so the role never rests on colour alone. */
const roleGlyphs = { lead: '●', participating: '○' } as const;

/** URL schemes a `unit-href` may produce; anything else (`javascript:`) keeps the unit as plain text. */
const safeProtocols = new Set(['http:', 'https:']);

/** Heading levels a card may use: its title at `level`, its sub-headings one below. */
function headingOf(level: number, id: string, part: string, className: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${className}>${content}</h6>`;
    default:
      // Below h6 there is no heading level left: a plain label keeps the structure readable.
      return html`<p id=${id} part=${part} class=${className}>${content}</p>`;
  }
}

/**
 * One task of the plan as a card: its number, title and section; its lead and participating units; its body text
 * behind a disclosure button; and its quantitative targets, each with a compact gauge that shows the latest value
 * from a progress feed.
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
 * @csspart targets - The list of targets.
 * @csspart target - One target: its metric, its compact gauge and, when not the end of the plan, its deadline.
 * @csspart gauge - A target's compact gauge.
 * @csspart gauge-target - The target amount in a gauge (`≥ 3000個`).
 * @csspart gauge-meter - The bar of a gauge (`role="meter"`), shown with a feed value.
 * @csspart gauge-progress - The progress in words (`完成 70%`).
 * @csspart gauge-status - The status as a glyph and a word (`↗ 進度正常`).
 * @csspart gauge-note - A remark from the progress report.
 * @csspart reading-problem - Why a feed's reading cannot be judged (a value in the wrong scale), shown instead of a status.
 * @csspart loading - The loading skeleton.
 * @csspart error - An error message.
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
 * @fires dz-error - The card shows an error (unknown task, missing `task`, failed or invalid feed or plan).
 *   Detail: `{ code, message }`, once per distinct error.
 */
export class DzTaskCard extends DzElement {
  /** The shadow root's styles: the shared base, the compact gauges' and the card's own. Theme with the CSS properties and parts above. */
  static override styles = [sharedStyles, gaugeStyles, styles];

  /** The task to show, by number (`"9"`) or id (`"t09"`). */
  @property() task?: string | number;

  /** Whether the body text is shown. The disclosure button toggles it. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * Turns unit names into links: `{id}` is replaced by the unit's id and `{name}` by its name in the card's
   * language, both URL-encoded (`"/units/{id}"`). Only http(s) and relative URLs are linked.
   */
  @property({ attribute: 'unit-href' }) unitHref?: string;

  /** URL of a progress report (`{ plan, asOf, entries }`); each target's gauge shows its latest value. */
  @property({ attribute: 'progress-src' }) progressSrc?: string;

  /** Level of the card's heading, 2–6 (default 3); its sub-headings use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  private readonly feedTask = this.createFeedTask(() => this.progressSrc || undefined);

  private readonly bodyId = 'body';

  protected override render(): unknown {
    const t = this.i18n.strings;
    const planState = this.planState;
    if (planState.state === 'loading') return this.renderLoading(4);
    if (planState.state === 'error') return this.fail(planState.error);
    const api = planState.value;

    const ref = this.task === undefined || this.task === null ? '' : String(this.task).trim();
    if (!ref) return this.fail({ code: ErrorCode.unknownTask, message: t.missingAttribute('task') });
    const task = api.getTask(ref);
    if (!task) return this.fail({ code: ErrorCode.unknownTask, message: t.unknownTask(ref) });

    return this.renderCard(api, task);
  }

  private get level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
  }

  private renderCard(api: PlanApi, task: Task): TemplateResult {
    const lang = this.i18n.lang;
    const t = this.i18n.strings;
    const section = api.getSection(task.sectionId);
    return html`<article part="base" class="card" aria-labelledby="heading">
      <header part="header" class="header">
        ${headingOf(
          this.level,
          'heading',
          'heading',
          'heading',
          html`<span part="number" class="number">${t.task} ${task.number}</span> <span part="title" class="title"
              >${task.title[lang]}</span
            >`,
        )}
        ${section
          ? html`<p part="section" class="section">
              <span class="section-number">${t.section} ${section.number}</span>
              <span class="section-title">${section.title[lang]}</span>
            </p>`
          : this.nothing}
      </header>
      ${this.renderUnits(api.unitsOfTask(task), lang, t)} ${this.renderBody(task, lang, t)}
      ${this.renderTargets(api, api.targetsOfTask(task), lang, t)}
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
                <span class="glyph" aria-hidden="true">${roleGlyphs[role]}</span>${this.renderUnitName(unit.id, unit.name[lang])}
              </li>`,
            )}
          </ul>
        </div>`,
      )}
    </div>`;
  }

  private renderUnitName(id: string, name: string): unknown {
    const href = this.unitLink(id, name);
    return href ? html`<a part="unit-link" class="unit-link" href=${href}>${name}</a>` : name;
  }

  /** The link of a unit from `unit-href`, or undefined when there is none or it is not a web URL. */
  private unitLink(id: string, name: string): string | undefined {
    if (!this.unitHref) return undefined;
    const href = this.unitHref.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{name}', encodeURIComponent(name));
    try {
      return safeProtocols.has(new URL(href, document.baseURI).protocol) ? href : undefined;
    } catch {
      return undefined;
    }
  }

  private renderBody(task: Task, lang: Language, t: Strings): TemplateResult {
    // The body is not translated: English readers get the source text, marked so screen readers read it as Chinese.
    const bodyLang = lang === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
    return html`<div class="body-area">
      ${lang === 'en' ? html`<p class="note">${t.cardBodyInChinese}</p>` : this.nothing}
      <button
        part="toggle"
        class="toggle"
        type="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls=${this.bodyId}
        @click=${this.toggle}
      >
        <span class="chevron" aria-hidden="true">▸</span><span>${this.expanded ? t.hideBody : t.showBody}</span>
      </button>
      <p part="body" class="body" id=${this.bodyId} lang=${bodyLang} ?hidden=${!this.expanded}>${task.body[bodyLang]}</p>
    </div>`;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    emit(this, 'dz-toggle', { expanded: this.expanded });
  }

  private renderTargets(api: PlanApi, targets: readonly Target[], lang: Language, t: Strings): TemplateResult {
    const feed: Loadable<ProgressReport> | undefined = this.progressSrc ? this.taskState(this.feedTask) : undefined;
    const label = headingOf(this.level + 1, 'targets-label', 'label', 'group-label', t.targets);
    let content: unknown;
    if (feed?.state === 'loading') {
      content = this.renderLoading(Math.max(1, Math.min(targets.length, 3)));
    } else if (targets.length === 0) {
      content = this.renderEmpty(t.noTargets);
    } else {
      const report = feed?.state === 'ready' ? feed.value : undefined;
      content = html`<ul part="targets" class="targets" aria-labelledby="targets-label">
        ${targets.map((target) => this.renderTarget(api, target, report, lang, t))}
      </ul>`;
    }
    return html`<section class="targets-area" aria-labelledby="targets-label">
      ${label} ${feed?.state === 'error' ? this.fail(feed.error) : this.nothing} ${content}
    </section>`;
  }

  private renderTarget(api: PlanApi, target: Target, report: ProgressReport | undefined, lang: Language, t: Strings): TemplateResult {
    const reading = report ? latestProgress(report, target.id) : undefined;
    const judged = reading ? evaluateOrExplain(api, target, reading, lang) : undefined;
    const evaluation = judged && 'evaluation' in judged ? judged.evaluation : undefined;
    const due = target.deadline !== api.plan.period.end;
    return html`<li part="target" class="target" data-target-id=${target.id}>
      <span class="metric">${target.metric[lang]}</span>
      ${renderCompactGauge(target, evaluation, lang, t, reading?.note === undefined ? {} : { note: reading.note })}
      ${judged && 'problem' in judged ? html`<span class="reading-problem" part="reading-problem">${t.invalidValue(judged.problem)}</span>` : this.nothing}
      ${report && !reading ? html`<span class="no-value">${t.noValue}</span>` : this.nothing}
      ${due ? html`<span class="deadline">${t.gaugeDue(formatDate(target.deadline, lang))}</span>` : this.nothing}
    </li>`;
  }
}

/**
 * The evaluation of a feed's reading, or why it cannot be judged (a value in the wrong scale, a date before the
 * period), in the language: the card shows the target with the problem instead of a wrong status.
 */
function evaluateOrExplain(api: PlanApi, target: Target, reading: TargetReading, lang: Language): { evaluation: TargetEvaluation } | { problem: string } {
  try {
    return { evaluation: api.evaluateTarget(target, reading, { lang }) };
  } catch (error) {
    if (error instanceof InvalidReadingError) return { problem: describeReadingProblem(error.problem, target, lang) };
    throw error;
  }
}
