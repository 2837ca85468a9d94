import { toCsv, type Language, type PlanLookups } from '@dz-tasks/data';
import { html, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DzElement, type ElementView } from '../shared/base-element.js';
import { ErrorCode, type DzErrorDetail } from '../shared/events.js';
import { headingLevelInput, headingLevelOf, type HeadingLevel } from '../shared/heading.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { asWritten, choiceInput, flagInput, listInput, textInput, type Taken } from '../shared/inputs.js';
import { linkTemplateInput, unlinkable } from '../shared/link-template.js';
import { memoizeLast } from '../shared/memoize-last.js';
import { onDemand } from '../shared/problem-words.js';
import sharedStyles from '../shared/shared.styles.js';
import taskColors from '../shared/task-colors.styles.js';
import { suggestUnits } from '../shared/suggest-units.js';
import { renderLegend } from './cells.js';
import { csvRows } from './csv.js';
import { downloadCsvFile } from './csv-download.js';
import { GridNavigation, type Position } from './grid-navigation.js';
import { NARROW_BELOW } from './layout.js';
import { renderList } from './list.js';
import { matrixScope } from './matrix-scope.js';
import { captionSubject, computeMatrix, RowsOption, SortOption, splitUnits, type MatrixResult, type MatrixView } from './matrix-view.js';
import { needsPrintBands, renderPrintBands } from './print-table.js';
import { renderTable } from './table.js';
import styles from './task-matrix.styles.js';
import { markEdges } from './scroll-edges.js';
import { tableParts, virtualTableModule } from './virtual-table-module.js';
import { VirtualWindow } from './virtual-window.js';

/** The matrix's `rows` words, the default first. */
const rowsInput = choiceInput<RowsOption>([RowsOption.units, RowsOption.tasks]);
/** The matrix's `sort` words, the default first. */
const sortInput = choiceInput<SortOption>([SortOption.order, SortOption.load]);

/** The matrix when there is something to show: the grid and its caption. */
export interface MatrixReady {
  readonly grid: MatrixView;
  readonly caption: string;
}

/**
 * The responsibility matrix of the plan: which unit leads (牽頭) or takes part in (參與) which task, with row and
 * column totals. A real `<table>` with a sticky header row and first column; arrow keys, Home/End and
 * Ctrl+Home/End move between the cells (one tab stop), Enter, Space or a click selects one. In a container narrower
 * than 600px it becomes a list per unit, its tasks links with `task-href` (its units with `unit-href` when
 * `rows="tasks"`) and text without. `export` adds a CSV download (UTF-8 with BOM, for Excel). A table of more
 * than 10,000 cells (a province-scale plan) renders only the rows and columns in view, with `aria-rowcount` and
 * `aria-colcount` for the whole; the keyboard, the CSV and printing still cover every row. Such a table is described,
 * for a screen reader's browse mode, as larger than what the page holds ("共 96 個單位、240 項任務，只列出畫面上的部分…"),
 * and offers the CSV download with or without `export`. Printed, a table wider
 * than 20 columns is cut into bands of 20 columns, each with its header row repeated on every page.
 *
 * @summary Units × tasks responsibility table with totals, keyboard navigation, a narrow list layout and CSV export.
 *
 * @attr task-href - Turns each task of the narrow list into a link: `{number}` and `{id}` are replaced
 *   (`/tasks/{number}`). Without it each task there is text (nothing to press): only the table's cells select without
 *   a template. A single-page app gives `task-href` (its own route) and cancels `dz-select`.
 * @attr unit-href - The same for the units of the narrow list with `rows="tasks"`: `{id}` and `{name}` (in the
 *   element's language) are replaced (`/units/{id}`).
 * @attr heading-level - Level of the headings that name each unit (or task) of the narrow list, 2–6 or `h2`–`h6`
 *   (default 3; another value is noticed). The table has none.
 *
 * @csspart base - The wrapper of the table (or list), its legend and export button.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption of the table, or the title of the list.
 * @csspart header - A column header cell (task number, or unit name when `rows="tasks"`).
 * @csspart row-header - A row header cell (unit name, or task when `rows="tasks"`).
 * @csspart cell - A role cell: lead, participating or empty. A role cell keeps its top padding, the room of its glyph
 *   above the word, whatever padding a page sets here; for a denser table set `--dz-space` (review r128 F1).
 * @csspart total - A total cell or header (the last column and the last row).
 * @csspart legend - The legend of glyphs and words.
 * @csspart list - The list per unit (or per task) shown in narrow containers.
 * @csspart entry-name - The heading naming a unit (or task) of that list (`h2`–`h6`, per `heading-level`).
 * @csspart item - A task (or unit) in that list: a link with `task-href` (`unit-href`), which fires `dz-select`, or text.
 * @csspart export-button - The "download CSV" button (with the `export` attribute, or a table over 10,000 cells).
 * @csspart loading - The loading skeleton.
 * @csspart error - An error message.
 * @csspart notices - The list of notices above the content (a misspelt attribute, a word not allowed).
 * @csspart notice - One notice.
 * @csspart empty - The message shown when no task matches.
 *
 * @cssprop [--dz-matrix-lead-color=var(--dz-color-lead)] - Text colour of lead cells.
 * @cssprop [--dz-matrix-lead-bg=var(--dz-color-lead-bg)] - Background of lead cells.
 * @cssprop [--dz-matrix-participating-color=var(--dz-color-participating)] - Text colour of participating cells.
 * @cssprop [--dz-matrix-participating-bg=var(--dz-color-participating-bg)] - Background of participating cells.
 * @cssprop [--dz-matrix-highlight-bg=light-dark(rgb(255 196 0 / 0.24), rgb(255 214 10 / 0.14))] - Tint of the focused cell's row and column; keep it translucent.
 * @cssprop [--dz-matrix-header-bg=var(--dz-color-surface-alt)] - Background of header and total cells (opaque: they stick).
 * @cssprop [--dz-matrix-border-color=var(--dz-color-border)] - Cell and frame borders.
 * @cssprop [--dz-matrix-max-height=70vh] - Height beyond which the table scrolls inside its frame.
 *
 * @fires dz-select - A cell of the table was chosen by Enter, Space or a click, or a link of the narrow list (with
 *   `task-href` or `unit-href`) was followed. Detail: `{ taskId, unitId, role }`, `role` being `'lead'`,
 *   `'participating'` or `null` for an empty cell. Cancelable: `preventDefault()` keeps a link from navigating.
 * @fires dz-error - The element shows an error (unknown section or unit, failed or invalid plan) in place of the table,
 *   or a notice above it (a word `rows` or `sort` does not take, an empty attribute). Detail: `{ code, message }`, once
 *   per distinct error.
 */
export class DzTaskMatrix extends DzElement<MatrixReady> {
  /** The shadow root's styles: the shared base and the table's and list's. Theme with the CSS properties and parts above. */
  static override styles = [sharedStyles, taskColors, styles];

  /**
   * The parts of the Dezhou plan the matrix shows, for the CDN build (see `shared/plan-scope.ts`).
   * @internal
   */
  static planScope = matrixScope;

  /**
   * The reactive properties below, declared here rather than by decorators: a few bytes less on every matrix's page.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    section: { attribute: 'section', converter: listInput },
    unit: { attribute: 'unit', converter: listInput },
    rows: { attribute: 'rows', converter: rowsInput },
    sort: { attribute: 'sort', converter: sortInput },
    // Shown as written: not folded to ASCII as the other attributes are (`folded`), a caption's `，` being the page's.
    caption: { attribute: 'caption', converter: { ...textInput, fromAttribute: asWritten } },
    export: { attribute: 'export', type: Boolean, converter: flagInput },
    taskHref: { attribute: 'task-href', converter: linkTemplateInput(['number', 'id'], '/tasks/{number}', unlinkable) },
    unitHref: { attribute: 'unit-href', converter: linkTemplateInput(['id', 'name'], '/units/{id}', unlinkable) },
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevelInput },
    narrow: { state: true, attribute: false },
  };

  /** Sections to show, by number or id; one (`"4"`) or a list (`"1,4"`, `"s01 s04"`). Default: every section. */
  declare section?: string | number | readonly (string | number)[];

  /**
   * Units to show, by id, name or alias, in Traditional or Simplified Chinese or English, separated by commas, `、`
   * or `;` (`"市發改委、市财政局"`), or by spaces where the whole names no unit (`"市發改委 市财政局"`; English names keep
   * their spaces). The columns are then the tasks they take part in. Default: every unit with a role.
   */
  declare unit?: string | readonly string[];

  /** What the rows are: `units` (default) or `tasks` (the transposed table, units as columns). */
  rows: 'units' | 'tasks' = rowsInput.fallback;

  /** Order of the units: `order` (plan order, default) or `load` (most tasks first, lead count breaking ties). */
  sort: 'order' | 'load' = sortInput.fallback;

  /**
   * The caption. Default: the plan's title and the sections or units shown ("責任分工表 — 德州市…2023年重點工作任務 —
   * 四、協同推進降碳減污擴綠增長"), and with `sort="load"` the order ("… — 單位按分工數排序"). The export button is
   * described by it.
   */
  declare caption?: string;

  /**
   * Adds a "download CSV" button: what the table shows, totals included, as UTF-8 with a byte-order mark. A table too
   * large to render whole (over 10,000 cells) has it anyway: its rows not in the page are there.
   */
  export = false;

  /**
   * Turns each task of the narrow list into a link: `{number}` is replaced by the task's number and `{id}` by its id,
   * URL-encoded (`"/tasks/{number}"`). Only http(s) and relative URLs are linked; without it each task there is text.
   * The table's cells select (`dz-select`) with or without it. A single-page app gives it too (`"#task-{number}"`,
   * its own route) and calls `preventDefault()` on `dz-select`.
   */
  declare taskHref?: string;

  /**
   * Turns each unit of the narrow list (`rows="tasks"`) into a link: `{id}` is replaced by the unit's id and `{name}`
   * by its name in the element's language, URL-encoded (`"/units/{id}"`), as the task card's `unit-href`.
   */
  declare unitHref?: string;

  /** Level of the headings that name the narrow list's units (or tasks), 2–6 or `h2`–`h6` (default 3; another value is noticed). */
  headingLevel: HeadingLevel = 3;

  /** Whether the element is narrower than its breakpoint (600px) and shows the list. */
  private narrow = false;

  private readonly shownGrid = () => (this.view.kind === 'ready' && !this.narrow ? this.view.grid : undefined);

  /** Large tables render only the rows and columns in view; printing renders every row, in bands of columns. */
  private readonly virtualWindow: VirtualWindow = new VirtualWindow(this, this.shownGrid, (): Position | undefined => (this.navigation.focused ? this.navigation.cursor : undefined));

  private readonly navigation: GridNavigation = new GridNavigation(
    this,
    () => (this.view.kind === 'ready' ? this.view.grid : undefined),
    (at) => this.virtualWindow.reveal(at),
  );

  /** The matrix for the current attributes and plan, computed once per change of either. */
  private readonly matrixOf = memoizeLast(
    (api: PlanLookups, section: string | undefined, unit: string | undefined, rows: string, sort: string): MatrixResult =>
      computeMatrix(api, { section, unit, rows, sort }),
  );

  /** The import of the windowed table this element waits on, if any: `updateComplete` waits for it and the update after. */
  private tableWait?: Promise<void>;
  /** Why the windowed table's chunk failed, for the next update alone (which shows it if it still needs the table): the update after tries again. */
  private tableFailure?: unknown;

  private resizeObserver?: ResizeObserver;
  /**
   * Watches the frame, its sticky header row, first header cell, totals column header and total row, for the scroll
   * padding, and the table, for the shadows where rows or columns are hidden (scroll-edges.ts).
   */
  private stickyObserver?: ResizeObserver;
  private stickyObserved: readonly HTMLElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      const narrow = width < NARROW_BELOW;
      // Switch layouts in the next frame: changing the height inside this callback is a ResizeObserver loop.
      if (width > 0 && narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.stickyObserver?.disconnect();
    this.stickyObserved = [];
  }

  /**
   * The CSV of the table (rows, role words, totals), without the byte-order mark: RFC 4180 quoting, CRLF line ends,
   * headers in the element's language. Computed when called from the element's current properties (`section`, `unit`,
   * `rows`, `sort`, `plan`) and language, not taken from its last render: before its first update, or right after a
   * property changed, it is already the CSV the table is about to show: in an element that has been in a page, the update
   * a change asks for is done first, at once, so a value the element refuses gives `''` and a good one after it its CSV.
   *
   * `''` while nothing can be shown: an error, no match, or no plan yet. A plan the page already has is there at once:
   * a `plan` property once the page has the code that checks it, the bundled plan once an element has loaded it. The
   * first element to need either loads it (the npm build: `await updateComplete` waits for it), and a `plan-src` (or,
   * in the CDN build, the bundled plan's parts) arrives by a fetch, which `updateComplete` does not wait for.
   *
   * @example
   * ```ts
   * // <dz-task-matrix section="4" lang="en"></dz-task-matrix>
   * const matrix = document.querySelector('dz-task-matrix')!;
   * await matrix.updateComplete;
   * matrix.toCsv(); // 'Unit,Task 24 Accelerate the creation of …,Task 25 …,Lead total,Participating total,Total\r\n…'
   * matrix.rows = 'tasks';
   * matrix.toCsv(); // at once, tasks as rows: 'Task,…'
   * ```
   */
  toCsv(): string {
    const view = this.viewNow();
    return view.kind === 'ready' ? toCsv(csvRows(view.grid, this.i18n.lang, this.i18n.strings)) : '';
  }

  /**
   * Downloads {@link DzTaskMatrix.toCsv} as `dz-task-matrix-dezhou-2023-green-low-carbon-s04-zh-hant.csv` (named after
   * the plan's id, the sections or units shown and the language), with a byte-order mark so Excel reads the Chinese as
   * UTF-8. Does nothing while nothing is shown. The `export` attribute adds a button that calls it.
   *
   * @example
   * ```ts
   * document.querySelector('#save')!.addEventListener('click', () => document.querySelector('dz-task-matrix')!.downloadCsv());
   * ```
   */
  downloadCsv(): void {
    const view = this.viewNow();
    const plan = this.planState;
    if (view.kind !== 'ready' || plan.state !== 'ready') return;
    downloadCsvFile(this.renderRoot, this.toCsv(), view.grid, splitUnits(this.unit as Taken<string>).length > 0, plan.value.plan.id, this.i18n.lang);
  }

  /**
   * The view for the current properties: the update pending is done first, at once (Lit's way to flush one), so it
   * comes from the inputs as the element takes them (a refused value refused, an array of units a list), not as last
   * checked. Through `scheduleUpdate`, which holds the update back while the UI strings of the element's language load
   * (the CDN build): it must not draw in other words. An element never in a page does not update yet: its properties
   * are read as set.
   */
  private viewNow(): ElementView<MatrixReady> {
    if (this.isUpdatePending && this.renderRoot) this.scheduleUpdate();
    // The grid as computed, whether or not the windowed table it is drawn with has loaded: the CSV needs none of it.
    return super.currentView();
  }

  /**
   * The view, or while the windowed table a grid above the threshold is drawn with is not loaded, the loading state
   * (its import started), or once it failed, for this update, an error naming what failed in the element's words.
   */
  protected override currentView(): ElementView<MatrixReady> {
    const view = super.currentView();
    const failure = this.tableFailure;
    this.tableFailure = undefined;
    if (view.kind !== 'ready' || !this.windowed(view.grid) || virtualTableModule.loaded) return view;
    if (failure) return { kind: 'error', error: { code: ErrorCode.codeFetchFailed, message: this.i18n.strings.fetchFailed(this.localName, String(failure)) } };
    const wait: Promise<void> = (this.tableWait ??= virtualTableModule.load().then(
      () => undefined,
      (error: unknown) => {
        console.error(error);
        this.tableFailure = error;
      },
    ).then(() => {
      if (this.tableWait === wait) this.tableWait = undefined;
      this.requestUpdate();
    }));
    return { kind: 'loading', lines: 6 };
  }

  /** Also waits for the windowed table while it loads, and the update that draws it (or says it failed). */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((result) => (this.tableWait ? this.tableWait.then(() => this.getUpdateComplete()) : result));
  }

  /** Whether `grid` is drawn as a window of rows and columns (not the narrow list, not printing). */
  private windowed(grid: MatrixView): boolean {
    return !(this.narrow && !this.hydrating) && this.virtualWindow.isVirtual(grid);
  }

  protected override deriveView(): ElementView<MatrixReady> {
    const t = this.i18n.strings;
    const plan = this.planState;
    if (plan.state === 'loading') return { kind: 'loading', lines: 6 };
    if (plan.state === 'error') return { kind: 'error', error: plan.error };
    // The inputs are checked (`checkInputs`): text or nothing here; a word not allowed is noticed and the default drawn.
    const result = this.matrixOf(plan.value, (this.section as Taken<string | number>)?.toString(), this.unit as Taken<string>, rowsInput.pick(this.rows), sortInput.pick(this.sort));
    if (result.kind === 'invalid' || result.kind === 'unknown') return { kind: 'error', error: problemOf(result, plan.value, t, this.i18n.lang) };
    if (result.kind === 'empty') {
      // Tasks that name no unit (section 11) leave the table empty as surely as no task would: say which it is.
      const tasks = result.view.rowsAre === 'tasks' ? result.view.rowCount : result.view.columnCount;
      return { kind: 'empty', message: tasks ? t.matrixTasksWithoutUnits(tasks) : t.empty };
    }
    return { kind: 'ready', grid: result.view, caption: this.caption?.trim() || this.defaultCaption(plan.value, result.view, t) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Pick the layout before the first render, so a narrow page never builds the big table just to drop it (not on a
    // server: nothing to measure there). Over a server's table the hydrating render still draws the table, see below.
    if (!this.hasUpdated && !isServer) {
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.narrow = width < NARROW_BELOW;
    }
    super.willUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    const hydrating = this.hydrating;
    super.update(changed);
    // Hydrated a server's table in a narrow container: the list drawn at once, within this update (a second update
    // requested here would be one requested while this one ends).
    if (hydrating && !this.hydrating && this.narrow) super.update(changed);
    // A large table's first window was sized on guesses: measured now, and rendered again at once if the page's styles
    // ask for another, within this update (a second update would redo the focus and the sticky headers in between).
    if (this.virtualWindow.measure() && !this.isUpdatePending) super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.keepCellsClearOfStickyHeaders();
  }

  /**
   * Scroll padding as large as the sticky header row, first column and total row, so a focused cell is never under
   * them, and as the totals column, so the last column brings its row's total into view (the frame is no Tab stop:
   * nothing else scrolls it there). Their sizes come from a ResizeObserver, after the browser's own layout: reading
   * them here would force a layout of the whole table on every first render.
   */
  private keepCellsClearOfStickyHeaders(): void {
    const table = this.renderRoot.querySelector<HTMLTableElement>('.scroller table');
    const head = table?.tHead ?? null;
    const firstHeader = head?.rows[0]?.cells[0];
    if (!table || !head || !firstHeader || typeof ResizeObserver === 'undefined') {
      this.stickyObserver?.disconnect();
      this.stickyObserved = [];
      return;
    }
    // Both tables (table.ts, virtual-table.ts) are the child of their frame and have a total row and column.
    const targets = [table.parentElement, head, firstHeader, head.rows[0]!.lastElementChild, table.tFoot, table] as HTMLElement[];
    if (targets.length === this.stickyObserved.length && targets.every((node, i) => node === this.stickyObserved[i])) return;
    if (!this.stickyObserver) {
      this.stickyObserver = new ResizeObserver(() => this.applyStickyPadding());
      // Scroll events do not bubble: the shadow root hears the frame's (whichever table is drawn) as they pass down, and
      // those of a cell cut to its width (virtual-table.ts) that the focus scrolled, which it ignores.
      this.renderRoot.addEventListener('scroll', ({ target }) => target === this.stickyObserved[0] && markEdges(target as HTMLElement), true);
    }
    this.stickyObserver.disconnect();
    this.stickyObserved = targets;
    for (const node of targets) this.stickyObserver.observe(node, { box: 'border-box' });
  }

  /** Called by the ResizeObserver, when the layout is fresh: reading the sizes costs nothing then. */
  private applyStickyPadding(): void {
    const [scroller, head, firstHeader, total, foot] = this.stickyObserved as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    const headHeight = head.offsetHeight;
    const footHeight = foot.offsetHeight;
    // Sticky, a header and total row leaving less than a quarter of the frame (upright unit names on a short screen)
    // would hide the focused cell: the total row scrolls with the table then (and no longer pads it), and the header
    // too if it alone leaves that little.
    const most = scroller.clientHeight * 0.75;
    const freeFoot = headHeight + footHeight > most;
    scroller.classList.toggle('free-foot', freeFoot);
    scroller.classList.toggle('free-head', headHeight > most);
    const top = headHeight > most ? 0 : headHeight;
    const bottom = freeFoot ? 0 : footHeight;
    const left = firstHeader.offsetWidth;
    // Top, right, bottom, left: the table is laid out left to right, its first column sticky at `left: 0`.
    scroller.style.scrollPadding = `${top}px ${total.offsetWidth}px ${bottom}px ${left}px`;
    // The shadows' box (scroll-edges.ts) inside the same sticky parts: stuck there, as tall as the frame leaves between
    // them, and taking no room (its negative margin) from the table after it.
    const height = scroller.clientHeight - top - bottom;
    (scroller.firstElementChild as HTMLElement).style.cssText = `top:${top}px;left:${left}px;height:${height}px;margin:0 0 -${height}px ${left}px`;
    markEdges(scroller);
  }

  protected override renderReady({ grid, caption }: MatrixReady): TemplateResult {
    const { lang, strings: t } = this.i18n;
    const list = this.narrow && !this.hydrating; // the server drew the table: hydrate it, then switch
    const virtual = this.windowed(grid);
    // A table too large to render whole offers its CSV without `export`: the rows not in the page are there (r98 M1).
    return html`<div class="base" part="base" lang=${lang}>
      ${this.export || virtual
        ? html`<div class="toolbar">
            <button type="button" class="export" part="export-button" aria-describedby="caption" @click=${this.downloadCsv}>
              <span aria-hidden="true">⤓ </span>${t.downloadCsv}
            </button>
          </div>`
        : this.nothing}
      ${list
        ? renderList(grid, caption, this.navigation, { task: this.taskHref, unit: this.unitHref }, headingLevelOf(this.headingLevel), lang, t)
        : this.virtualWindow.printing && needsPrintBands(grid)
          ? renderPrintBands(grid, caption, lang, t)
          : virtual
          ? virtualTableModule.loaded!.renderVirtualTable(grid, caption, sortInput.pick(this.sort) === SortOption.load, this.navigation, this.virtualWindow, lang, t, tableParts)
          : renderTable(grid, caption, sortInput.pick(this.sort) === SortOption.load, this.navigation, lang, t, this.hydrating)}
      ${renderLegend(t)}
    </div>`;
  }

  private defaultCaption(api: PlanLookups, grid: MatrixView, t: Strings): string {
    const lang = this.i18n.lang;
    const subject = captionSubject(api, grid, splitUnits(this.unit as Taken<string>).length > 0, lang, lang === 'en' ? '; ' : '；');
    return `${t.matrixCaption} — ${subject}${sortInput.pick(this.sort) === SortOption.load ? ` — ${t.matrixByLoad}` : ''}`;
  }
}

/** The error of an attribute the matrix cannot use, in words. */
function problemOf(result: Extract<MatrixResult, { kind: 'invalid' | 'unknown' }>, api: PlanLookups, t: Strings, lang: Language): DzErrorDetail {
  if (result.kind === 'invalid') {
    return { code: ErrorCode.invalidValue, message: t.matrixInvalidChoice(result.attribute, result.value, result.allowed.join(' | ')) };
  }
  if (result.sections.length) {
    return { code: ErrorCode.unknownSection, message: t.unknownSection(result.sections.join(t.matrixListSeparator)) + onDemand((words) => words.knownSections(api, lang)) };
  }
  return { code: ErrorCode.unknownUnit, message: t.unknownUnit(result.units.join(t.matrixListSeparator)) + suggestUnits(api, result.units, t, lang) };
}
