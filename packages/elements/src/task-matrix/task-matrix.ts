import type { Language, PlanApi, Role, RoleTotals, Task, Unit } from '@dz-tasks/data';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DzElement } from '../shared/base-element.js';
import { emit, ErrorCode, type DzErrorDetail } from '../shared/events.js';
import type { Strings } from '../shared/i18n.js';
import sharedStyles from '../shared/shared.styles.js';
import { BOM, downloadText, toCsv, type CsvValue } from './csv.js';
import { captionSubject, computeMatrix, isTask, RowsOption, SortOption, splitUnits, type MatrixResult, type MatrixView } from './matrix-view.js';
import styles from './task-matrix.styles.js';

/** Below this width of its own (not the viewport's) the element shows a list per unit instead of the table. */
const NARROW_BELOW = 600;

/** The glyph beside each role's word, so the role never rests on colour alone. */
const roleGlyphs = { lead: '●', participating: '○' } as const;

interface Position {
  readonly row: number;
  readonly column: number;
}

/** Labels of one row or column header: what is shown, and the whole name for assistive technology and tooltips. */
interface Heading {
  readonly id: string;
  /** The task number, or the unit name. */
  readonly short: string;
  /** The task title, or the unit name. */
  readonly name: string;
  /** "任務 24 加快構建…", or the unit name. */
  readonly full: string;
}

/**
 * The responsibility matrix of the plan: which unit leads (牽頭) or takes part in (參與) which task, with row and
 * column totals. A real `<table>` with a sticky header row and first column; arrow keys, Home/End and
 * Ctrl+Home/End move between the cells (one tab stop), Enter, Space or a click selects one. In a container narrower
 * than 600px it becomes a list per unit. `export` adds a CSV download (UTF-8 with BOM, for Excel).
 *
 * @summary Units × tasks responsibility table with totals, keyboard navigation, a narrow list layout and CSV export.
 *
 * @csspart base - The wrapper of the table (or list), its legend and export button.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption of the table, or the title of the list.
 * @csspart header - A column header cell (task number, or unit name when `rows="tasks"`).
 * @csspart row-header - A row header cell (unit name, or task when `rows="tasks"`).
 * @csspart cell - A role cell: lead, participating or empty.
 * @csspart total - A total cell or header (the last column and the last row).
 * @csspart legend - The legend of glyphs and words.
 * @csspart list - The list per unit (or per task) shown in narrow containers.
 * @csspart export-button - The "download CSV" button (with the `export` attribute).
 * @csspart loading - The loading skeleton.
 * @csspart error - An error message.
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
 * @fires dz-select - A cell (or, in the narrow list, a task or unit) was chosen by Enter, Space or a click.
 *   Detail: `{ taskId, unitId, role }`, `role` being `'lead'`, `'participating'` or `null` for an empty cell.
 * @fires dz-error - The element shows an error (unknown section or unit, invalid `rows`/`sort`, failed or invalid
 *   plan). Detail: `{ code, message }`, once per distinct error.
 */
export class DzTaskMatrix extends DzElement {
  /** The shadow root's styles: the shared base and the table's and list's. Theme with the CSS properties and parts above. */
  static override styles = [sharedStyles, styles];

  /** Sections to show, by number or id; one (`"4"`) or a list (`"1,4"`, `"s01 s04"`). Default: every section. */
  @property({ attribute: 'section' }) section?: string;

  /**
   * Units to show, by id, name or alias, in Traditional or Simplified Chinese or English, separated by commas or
   * `、` (`"市發改委、市财政局"`). The columns are then the tasks they take part in. Default: every unit with a role.
   */
  @property({ attribute: 'unit' }) unit?: string;

  /** What the rows are: `units` (default) or `tasks` (the transposed table, units as columns). */
  @property({ attribute: 'rows' }) rows: 'units' | 'tasks' = 'units';

  /** Order of the units: `order` (plan order, default) or `load` (most tasks first, lead count breaking ties). */
  @property({ attribute: 'sort' }) sort: 'order' | 'load' = 'order';

  /** The caption. Default: built from the sections or units shown ("責任分工表 — 四、協同推進降碳減污擴綠增長"). */
  @property({ attribute: 'caption' }) caption?: string;

  /** Adds a "download CSV" button: what the table shows, totals included, as UTF-8 with a byte-order mark. */
  @property({ attribute: 'export', type: Boolean }) export = false;

  /** Whether the element is narrower than 600px and shows the list. */
  @state() private narrow = false;

  /** Whether focus is in the grid: only then are the active cell's row and column highlighted. */
  @state() private gridFocused = false;

  /** The roving-tabindex cell (the one with `tabindex="0"`). */
  @state() private cursor: Position = { row: 0, column: 0 };

  /** The cursor's unit and task, so it stays on them when the table is re-sorted, transposed or filtered. */
  private cursorKey?: { unitId: string; taskId: string };

  private memo?: { key: readonly unknown[]; result: MatrixResult };
  private result?: MatrixResult;
  private refocus = false;
  private measuredFor?: readonly unknown[];
  private resizeObserver?: ResizeObserver;

  @query('tbody') private tbody?: HTMLTableSectionElement;
  @query('.scroller') private scroller?: HTMLElement;

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
  }

  /**
   * The CSV of what the table shows (rows, role words, totals), without the byte-order mark; `''` when nothing is
   * shown (still loading, an error, no match). RFC 4180 quoting, CRLF line ends, headers in the element's language.
   *
   * @example
   * ```ts
   * // <dz-task-matrix section="4" lang="en"></dz-task-matrix>
   * const matrix = document.querySelector('dz-task-matrix')!;
   * await matrix.updateComplete;
   * matrix.toCsv(); // 'Unit,Task 24 Accelerate the creation of …,Task 25 …,Lead total,Participating total,Total\r\n…'
   * ```
   */
  toCsv(): string {
    const result = this.currentResult();
    return result?.kind === 'ready' ? toCsv(this.csvRows(result.view)) : '';
  }

  /**
   * Downloads {@link DzTaskMatrix.toCsv} as `dz-task-matrix-s04.csv` (named after the sections or units shown), with
   * a byte-order mark so Excel reads the Chinese as UTF-8. Does nothing while nothing is shown. The `export`
   * attribute adds a button that calls it.
   *
   * @example
   * ```ts
   * document.querySelector('#save')!.addEventListener('click', () => document.querySelector('dz-task-matrix')!.downloadCsv());
   * ```
   */
  downloadCsv(): void {
    const result = this.currentResult();
    if (result?.kind !== 'ready') return;
    downloadText(this.renderRoot, this.csvFileName(result.view), BOM + toCsv(this.csvRows(result.view)));
  }

  /** The matrix for the current attributes and plan, computed once per change of either. */
  private currentResult(): MatrixResult | undefined {
    const planState = this.planState;
    if (planState.state !== 'ready') return undefined;
    const key = [planState.value, this.section, this.unit, this.rows, this.sort] as const;
    if (!this.memo || this.memo.key.some((value, i) => value !== key[i])) {
      // A removed attribute leaves null behind: that means the default, as does any letter case.
      const query = {
        section: this.section ?? undefined,
        unit: this.unit ?? undefined,
        rows: String(this.rows || RowsOption.units).trim().toLowerCase(),
        sort: String(this.sort || SortOption.order).trim().toLowerCase(),
      };
      this.memo = { key, result: computeMatrix(planState.value, query) };
    }
    return this.memo.result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      // Pick the layout before the first render, so a narrow page never builds the big table just to drop it.
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.narrow = width < NARROW_BELOW;
    }
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.refocus = !!active && active.matches('td.cell');
    this.result = this.currentResult();
    const view = this.result && 'view' in this.result ? this.result.view : undefined;
    if (!view || !view.rowCount || !view.columnCount) return;
    const kept = this.cursorKey && view.cellOf(this.cursorKey.unitId, this.cursorKey.taskId);
    const next = kept ?? {
      row: Math.min(this.cursor.row, view.rowCount - 1),
      column: Math.min(this.cursor.column, view.columnCount - 1),
    };
    if (next.row !== this.cursor.row || next.column !== this.cursor.column) this.cursor = next;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const cell = this.cellAt(this.cursor);
    const root = this.renderRoot as ShadowRoot;
    // A re-render reuses cells by position: keep focus on the cell of the same unit and task.
    if (this.refocus && cell && root.activeElement !== cell) cell.focus({ preventScroll: true });
    this.keepCellsClearOfStickyHeaders();
  }

  /** Scroll padding as large as the sticky header row, first column and total row, so a focused cell is never under them. */
  private keepCellsClearOfStickyHeaders(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const key = [this.result, this.i18n.lang, this.narrow];
    if (this.measuredFor && this.measuredFor.every((value, i) => value === key[i])) return;
    this.measuredFor = key;
    const table = scroller.querySelector('table');
    const firstHeader = table?.tHead?.rows[0]?.cells[0];
    if (!table || !firstHeader) return;
    scroller.style.scrollPaddingTop = `${table.tHead!.offsetHeight}px`;
    scroller.style.scrollPaddingBottom = `${table.tFoot?.offsetHeight ?? 0}px`;
    scroller.style.scrollPaddingInlineStart = `${firstHeader.offsetWidth}px`;
  }

  protected override render(): unknown {
    const t = this.i18n.strings;
    const planState = this.planState;
    if (planState.state === 'loading') return this.renderLoading(6);
    if (planState.state === 'error') return this.fail(planState.error);
    const result = this.result ?? this.currentResult()!;
    if (result.kind === 'invalid' || result.kind === 'unknown') return this.fail(this.problemOf(result, t));
    if (result.kind === 'empty') return this.renderEmpty(t.empty);
    const view = result.view;
    const lang = this.i18n.lang;
    const caption = this.caption?.trim() || this.defaultCaption(planState.value, view, lang, t);
    return html`<div class="base" part="base" lang=${lang}>
      ${this.export
        ? html`<div class="toolbar">
            <button type="button" class="export" part="export-button" @click=${this.downloadCsv}>
              <span aria-hidden="true">⤓ </span>${t.downloadCsv}
            </button>
          </div>`
        : this.nothing}
      ${this.narrow ? this.renderList(view, caption, lang, t) : this.renderTable(view, caption, lang, t)}
      ${this.renderLegend(t)}
    </div>`;
  }

  private problemOf(result: Extract<MatrixResult, { kind: 'invalid' | 'unknown' }>, t: Strings): DzErrorDetail {
    if (result.kind === 'invalid') {
      return { code: ErrorCode.invalidValue, message: t.matrixInvalidChoice(result.attribute, result.value, result.allowed.join(' | ')) };
    }
    if (result.sections.length) return { code: ErrorCode.unknownSection, message: t.unknownSection(result.sections.join(t.matrixListSeparator)) };
    return { code: ErrorCode.unknownUnit, message: t.unknownUnit(result.units.join(t.matrixListSeparator)) };
  }

  private defaultCaption(api: PlanApi, view: MatrixView, lang: Language, t: Strings): string {
    const subject = captionSubject(api, view, splitUnits(this.unit).length > 0, lang, lang === 'en' ? '; ' : '；');
    return `${t.matrixCaption} — ${subject}`;
  }

  private headingOf(item: Unit | Task, lang: Language, t: Strings): Heading {
    if (isTask(item)) {
      return { id: item.id, short: String(item.number), name: item.title[lang], full: `${t.matrixTask(item.number)} ${item.title[lang]}` };
    }
    return { id: item.id, short: item.name[lang], name: item.name[lang], full: item.name[lang] };
  }

  private roleWord(role: Role, t: Strings): string {
    return role === 'lead' ? t.lead : t.participating;
  }

  /** A cell's content: glyph and word (abbreviated in English, with the full word for screen readers). */
  private roleContent(role: Role, t: Strings): TemplateResult {
    const full = this.roleWord(role, t);
    const short = role === 'lead' ? t.matrixLeadShort : t.matrixParticipatingShort;
    return html`<span class="glyph" aria-hidden="true">${roleGlyphs[role]}</span>${short === full
        ? html`<span class="word">${full}</span>`
        : html`<span class="word" aria-hidden="true">${short}</span><span class="visually-hidden">${full}</span>`}`;
  }

  private totalContent(totals: RoleTotals, t: Strings): TemplateResult {
    return html`<span class="sum">${totals.total}</span><span class="split" aria-hidden="true"
        >${roleGlyphs.lead}${totals.lead} ${roleGlyphs.participating}${totals.participating}</span
      ><span class="visually-hidden">${t.matrixTotalsOf(totals.lead, totals.participating)}</span>`;
  }

  private renderTable(view: MatrixView, caption: string, lang: Language, t: Strings): TemplateResult {
    const transposed = view.rowsAre === 'tasks';
    const rowHeads = view.rowItems.map((item) => this.headingOf(item, lang, t));
    const columnHeads = view.columnItems.map((item) => this.headingOf(item, lang, t));
    const highlight = this.gridFocused;
    const { row: activeRow, column: activeColumn } = this.cursor;
    // The same three contents serve every cell: 3312 cells stay plain templates, with no per-cell work beyond a lookup.
    const contents = { lead: this.roleContent('lead', t), participating: this.roleContent('participating', t) };
    const sortedByLoad = this.sort === 'load';
    const columnIndexes = columnHeads.map((_, c) => c);
    const columnClass = (base: string, c: number) => (highlight && c === activeColumn ? `${base} col-hl` : base);

    return html`<div class="scroller" role="region" aria-labelledby="caption">
        <table part="table" role="grid" aria-readonly="true" aria-labelledby="caption">
          <caption id="caption" part="caption"><span class="caption-text">${caption}</span></caption>
          <thead>
            <tr>
              <th scope="col" part="header">${transposed ? t.task : t.unit}</th>
              ${columnHeads.map((head, c) =>
                transposed
                  ? html`<th scope="col" part="header" class=${columnClass(lang === 'en' ? 'unit-column' : 'unit-column vertical', c)}>
                      ${head.full}
                    </th>`
                  : html`<th scope="col" part="header" class=${columnClass('task-number', c)} title=${head.full}>
                      <span aria-hidden="true">${head.short}</span><span class="visually-hidden">${head.full}</span>
                    </th>`,
              )}
              <th scope="col" part="header total" class="total" aria-sort=${!transposed && sortedByLoad ? 'descending' : this.nothing}>
                ${t.total}${!transposed && sortedByLoad ? html`<span class="sort-mark" aria-hidden="true">↓</span>` : this.nothing}
              </th>
            </tr>
          </thead>
          <tbody @keydown=${this.onKeydown} @click=${this.onCellClick} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
            ${rowHeads.map((head, r) => {
              const activeRowHere = r === activeRow;
              return html`<tr class=${highlight && activeRowHere ? 'row-hl' : ''}>
                <th scope="row" part="row-header">
                  ${transposed
                    ? html`<span class="task-number" aria-hidden="true">${head.short}</span
                        ><span class="visually-hidden">${head.full}</span><span aria-hidden="true"> ${head.name}</span>`
                    : head.full}
                </th>
                ${columnIndexes.map((c) => {
                  const role = view.roleAt(r, c);
                  return html`<td
                    part="cell"
                    class=${columnClass(role ? `cell ${role}` : 'cell empty', c)}
                    tabindex=${activeRowHere && c === activeColumn ? 0 : -1}
                  >${role ? contents[role] : this.nothing}</td>`;
                })}
                <td part="total" class="total">${this.totalContent(view.rowTotals[r]!, t)}</td>
              </tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" part="row-header total" class="total" aria-sort=${transposed && sortedByLoad ? 'descending' : this.nothing}>
                ${t.total}${transposed && sortedByLoad ? html`<span class="sort-mark" aria-hidden="true">→</span>` : this.nothing}
              </th>
              ${view.columnTotals.map((totals, c) => html`<td part="total" class=${columnClass('total', c)}>${this.totalContent(totals, t)}</td>`)}
              <td part="total" class="total">${this.totalContent(view.totals, t)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="current" aria-hidden="true">${highlight ? this.describeCell(view, this.cursor, lang, t) : ''}</p>`;
  }

  /** "市發展改革委 · 任務 24 加快構建… — 牽頭": the active cell in words, for sighted keyboard users (no hover tooltip). */
  private describeCell(view: MatrixView, at: Position, lang: Language, t: Strings): string {
    if (at.row >= view.rowCount || at.column >= view.columnCount) return '';
    const unit = view.unitAt(at.row, at.column);
    const task = view.taskAt(at.row, at.column);
    const role = view.roleAt(at.row, at.column);
    return `${unit.name[lang]} · ${t.matrixTask(task.number)} ${task.title[lang]} — ${role ? this.roleWord(role, t) : t.matrixNoRole}`;
  }

  private renderList(view: MatrixView, caption: string, lang: Language, t: Strings): TemplateResult {
    const columns = view.columnItems.map((_, c) => c);
    const group = (r: number, role: Role) => {
      const chosen = columns.filter((c) => view.roleAt(r, c) === role);
      if (!chosen.length) return this.nothing;
      const labelId = `entry-${r}-${role}`;
      return html`<div class=${`group ${role}`}>
        <p class="group-label" id=${labelId}><span aria-hidden="true">${roleGlyphs[role]} </span>${this.roleWord(role, t)}${t.matrixColon}</p>
        <ul class="items" aria-labelledby=${`entry-${r} ${labelId}`}>
          ${chosen.map((c) => {
            const head = this.headingOf(view.columnItems[c]!, lang, t);
            return html`<li><button type="button" class="item" data-row=${r} data-column=${c}>${head.full}</button></li>`;
          })}
        </ul>
      </div>`;
    };
    return html`<p class="list-caption" part="caption" id="caption">${caption}</p>
      <ul class="list" part="list" aria-labelledby="caption" @click=${this.onListClick}>
        ${view.rowItems.map((item, r) => {
          const totals = view.rowTotals[r]!;
          return html`<li class="entry">
            <p class="entry-name">
              <span id=${`entry-${r}`}>${this.headingOf(item, lang, t).full}</span>
              <span class="entry-count"
                ><span aria-hidden="true">${roleGlyphs.lead}${totals.lead} ${roleGlyphs.participating}${totals.participating}</span
                ><span class="visually-hidden">${t.matrixTotalsOf(totals.lead, totals.participating)}</span></span
              >
            </p>
            <div class="groups">${group(r, 'lead')}${group(r, 'participating')}</div>
          </li>`;
        })}
      </ul>`;
  }

  private renderLegend(t: Strings): TemplateResult {
    return html`<div class="legend" part="legend">
      <span class="legend-title" id="legend-title">${t.legend}</span>
      <ul aria-labelledby="legend-title">
        <li>
          <span class="key lead" aria-hidden="true">${roleGlyphs.lead} ${t.matrixLeadShort}</span>
          ${t.leadUnits}
        </li>
        <li>
          <span class="key participating" aria-hidden="true">${roleGlyphs.participating} ${t.matrixParticipatingShort}</span>
          ${t.participatingUnits}
        </li>
        <li><span class="key empty" aria-hidden="true">&nbsp;</span> ${t.matrixNoRole}</li>
      </ul>
      <p class="legend-note">${t.matrixLegendNote}</p>
    </div>`;
  }

  // ---- interaction ----

  private cellAt(at: Position): HTMLTableCellElement | undefined {
    return this.tbody?.rows[at.row]?.cells[at.column + 1];
  }

  /** The position of the role cell an event happened in, from the table's own row and cell indexes. */
  private positionOf(target: EventTarget | null): Position | undefined {
    const cell = (target as Element | null)?.closest?.('td.cell') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return undefined;
    return { row: row.sectionRowIndex, column: cell.cellIndex - 1 };
  }

  private setCursor(at: Position): void {
    const view = this.result && 'view' in this.result ? this.result.view : undefined;
    if (!view) return;
    this.cursor = at;
    this.cursorKey = { unitId: view.unitAt(at.row, at.column).id, taskId: view.taskAt(at.row, at.column).id };
  }

  private moveTo(at: Position): void {
    this.setCursor(at);
    const cell = this.cellAt(at);
    if (!cell) return;
    cell.focus({ preventScroll: true });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private select(at: Position): void {
    const view = this.result && 'view' in this.result ? this.result.view : undefined;
    if (!view || at.row >= view.rowCount || at.column >= view.columnCount) return;
    emit(this, 'dz-select', {
      taskId: view.taskAt(at.row, at.column).id,
      unitId: view.unitAt(at.row, at.column).id,
      role: view.roleAt(at.row, at.column),
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    const at = this.positionOf(event.target);
    const view = this.result && 'view' in this.result ? this.result.view : undefined;
    if (!at || !view) return;
    const lastRow = view.rowCount - 1;
    const lastColumn = view.columnCount - 1;
    const toCorner = event.ctrlKey || event.metaKey;
    let { row, column } = at;
    switch (event.key) {
      case 'ArrowRight':
        column = Math.min(column + 1, lastColumn);
        break;
      case 'ArrowLeft':
        column = Math.max(column - 1, 0);
        break;
      case 'ArrowDown':
        row = Math.min(row + 1, lastRow);
        break;
      case 'ArrowUp':
        row = Math.max(row - 1, 0);
        break;
      case 'PageDown':
        row = Math.min(row + 10, lastRow);
        break;
      case 'PageUp':
        row = Math.max(row - 10, 0);
        break;
      case 'Home':
        column = 0;
        if (toCorner) row = 0;
        break;
      case 'End':
        column = lastColumn;
        if (toCorner) row = lastRow;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(at);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo({ row, column });
  }

  private onCellClick(event: MouseEvent): void {
    const at = this.positionOf(event.target);
    if (!at) return;
    this.moveTo(at);
    this.select(at);
  }

  private onFocusIn(event: FocusEvent): void {
    const at = this.positionOf(event.target);
    if (!at) return;
    this.gridFocused = true;
    if (at.row !== this.cursor.row || at.column !== this.cursor.column) this.setCursor(at);
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.tbody?.contains(next)) this.gridFocused = false;
  }

  private onListClick(event: MouseEvent): void {
    const button = (event.target as Element | null)?.closest?.('button[data-row]') as HTMLButtonElement | null;
    if (!button) return;
    this.select({ row: Number(button.dataset.row), column: Number(button.dataset.column) });
  }

  // ---- CSV ----

  /** Header, one line per row, then lead, participating and overall totals per column. */
  private csvRows(view: MatrixView): CsvValue[][] {
    const lang = this.i18n.lang;
    const t = this.i18n.strings;
    const label = (item: Unit | Task) => this.headingOf(item, lang, t).full;
    const columns = view.columnItems.map((_, c) => c);
    const { totals } = view;
    return [
      [view.rowsAre === 'tasks' ? t.task : t.unit, ...view.columnItems.map(label), t.matrixLeadTotal, t.matrixParticipatingTotal, t.total],
      ...view.rowItems.map((item, r) => {
        const rowTotals = view.rowTotals[r]!;
        return [
          label(item),
          ...columns.map((c) => {
            const role = view.roleAt(r, c);
            return role ? this.roleWord(role, t) : '';
          }),
          rowTotals.lead,
          rowTotals.participating,
          rowTotals.total,
        ];
      }),
      [t.matrixLeadTotal, ...view.columnTotals.map((c) => c.lead), totals.lead, '', ''],
      [t.matrixParticipatingTotal, ...view.columnTotals.map((c) => c.participating), '', totals.participating, ''],
      [t.total, ...view.columnTotals.map((c) => c.total), totals.lead, totals.participating, totals.total],
    ];
  }

  /** `dz-task-matrix-s04.csv`, `dz-task-matrix-s01-s04.csv`, or named after up to three units. */
  private csvFileName(view: MatrixView): string {
    const parts = view.sections.map((section) => section.id);
    if (splitUnits(this.unit).length) parts.push(...(view.matrix.rows.length <= 3 ? view.matrix.rows.map((unit) => unit.id) : ['units']));
    if (view.rowsAre === 'tasks') parts.push('by-task');
    return ['dz-task-matrix', ...parts].join('-') + '.csv';
  }
}
