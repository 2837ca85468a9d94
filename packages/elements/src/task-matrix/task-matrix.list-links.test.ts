/**
 * The matrix's narrow list on a CMS page (review r59 L3): each task was a button that fired `dz-select`, which no CMS
 * page listens for, so a screen reader said "button" on every task, the reader pressed one and nothing happened or was
 * said. As in the unit summary, an item is a link where the page gives somewhere to go (`task-href`, and `unit-href`
 * for the units of `rows="tasks"`), which fires a cancelable `dz-select`; without a template it is text.
 */
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { deepActive, pressOrSkip } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzErrorDetail, DzSelectDetail } from '../shared/events.js';
import { en } from '../shared/i18n/en.js';
import { zhHant } from '../shared/i18n/zh-hant.js';
import type { DzTaskMatrix } from './task-matrix.js';

const matrix = dezhou().responsibilityMatrix({ sections: [4] });
const root = (el: DzTaskMatrix) => el.shadowRoot!;
const list = (el: DzTaskMatrix) => root(el).querySelector<HTMLElement>('[part~="list"]');
const inList = (el: DzTaskMatrix, selector: string) => [...(list(el)?.querySelectorAll<HTMLElement>(selector) ?? [])];
/** Anything in the list a reader could press or tab to. */
const pressable = 'button, a, input, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

/** The matrix at a phone's width (320 px), once its list is drawn, with the `dz-error`s it sent. */
async function onPhone(template: TemplateResult): Promise<{ el: DzTaskMatrix; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const box = await fixture<HTMLElement>(html`<div style="width: 320px" @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = box.querySelector<DzTaskMatrix>('dz-task-matrix')!;
  await el.updateComplete;
  await until(() => list(el), 'the list');
  await el.updateComplete;
  return { el, errors };
}

/** The section 4 list's items in order: per unit (or task), its lead group, then its participating group. */
function itemsInOrder<T>(each: (row: number, column: number) => T, transposed = false): T[] {
  const rows = transposed ? matrix.columns : matrix.rows;
  const columns = transposed ? matrix.rows : matrix.columns;
  const roleAt = (r: number, c: number) => (transposed ? matrix.roles[c]![r] : matrix.roles[r]![c]);
  return rows.flatMap((_, r) => (['lead', 'participating'] as const).flatMap((role) => columns.flatMap((__, c) => (roleAt(r, c) === role ? [each(r, c)] : []))));
}

describe('dz-task-matrix narrow list: links or text', () => {
  it('without task-href each task is text: nothing to press or tab to that would do nothing, in every language', async () => {
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const { el } = await onPhone(html`<dz-task-matrix section="4" lang=${lang}></dz-task-matrix>`);
      expect(inList(el, pressable).map((node) => node.localName), lang).to.deep.equal([]);
      const items = inList(el, '[part~="item"]');
      expect(items, lang).to.have.length(matrix.totals.total);
      const first = matrix.columns.find((_, c) => matrix.roles[0]![c] === 'lead')!;
      expect(items[0]!.textContent!.trim(), lang).to.equal(lang === 'en' ? `Task ${first.number} ${first.title.en}` : `${lang === 'zh-Hans' ? '任务' : '任務'} ${first.number} ${first.title[lang]}`);
      await expect(el).to.be.accessible();
    }
  });

  it('with task-href each task is a link to its page, and following one fires a cancelable dz-select with the unit, the task and the role', async () => {
    const { el, errors } = await onPhone(html`<dz-task-matrix section="4" task-href="/tasks/{number}?id={id}"></dz-task-matrix>`);
    const links = inList(el, 'a[part~="item"]') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(itemsInOrder((_, c) => `/tasks/${matrix.columns[c]!.number}?id=${matrix.columns[c]!.id}`));
    expect(inList(el, '[part~="item"]:not(a)')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // A task its unit joins, to see the role too: the first unit's first participating task.
    const r = matrix.roles.findIndex((roles) => roles.includes('participating'));
    const c = matrix.roles[r]!.indexOf('participating');
    const link = links.find((a) => a.getAttribute('href')!.startsWith(`/tasks/${matrix.columns[c]!.number}?`) && a.closest('.entry') === list(el)!.children[r])!;
    const selected: { detail: DzSelectDetail; cancelable: boolean }[] = [];
    const cancel = (e: CustomEvent<DzSelectDetail>) => {
      selected.push({ detail: e.detail, cancelable: e.cancelable });
      e.preventDefault();
    };
    el.addEventListener('dz-select', cancel);
    let clickPrevented: boolean | undefined;
    const onClick = (e: Event) => (clickPrevented = e.defaultPrevented);
    el.addEventListener('click', onClick);
    const before = location.href;
    link.click();
    el.removeEventListener('dz-select', cancel);
    el.removeEventListener('click', onClick);
    expect(selected).to.deep.equal([{ detail: { taskId: matrix.columns[c]!.id, unitId: matrix.rows[r]!.id, role: 'participating' }, cancelable: true }]);
    expect(clickPrevented, 'the link kept from navigating').to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('a link not cancelled navigates: the page goes where task-href says', async () => {
    const { el } = await onPhone(html`<dz-task-matrix section="4" task-href="#task-{number}"></dz-task-matrix>`);
    const link = inList(el, 'a[part~="item"]')[0] as HTMLAnchorElement;
    const path = location.pathname + location.search;
    try {
      link.click();
      // Firefox follows a fragment link after the click's task.
      const hash = `#task-${itemsInOrder((_, c) => matrix.columns[c]!.number)[0]}`;
      await until(() => location.hash === hash, `the page at ${hash}, not ${location.hash}`);
    } finally {
      history.replaceState(null, '', path);
    }
  });

  it('with rows="tasks" the units are links by unit-href ({id}, {name}), and text with task-href alone', async () => {
    const { el } = await onPhone(html`<dz-task-matrix section="4" rows="tasks" lang="en" unit-href="/units/{id}?name={name}"></dz-task-matrix>`);
    const links = inList(el, 'a[part~="item"]') as HTMLAnchorElement[];
    const units = itemsInOrder((_, c) => matrix.rows[c]!, true);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(units.map((unit) => `/units/${unit.id}?name=${encodeURIComponent(unit.name.en)}`));
    const selected: DzSelectDetail[] = [];
    el.addEventListener('dz-select', (e) => {
      e.preventDefault();
      selected.push(e.detail);
    });
    links[0]!.click();
    const task = matrix.columns[0]!;
    expect(selected).to.deep.equal([{ taskId: task.id, unitId: units[0]!.id, role: 'lead' }]);
    await expect(el).to.be.accessible();

    el.removeAttribute('unit-href');
    el.setAttribute('task-href', '/tasks/{number}');
    await el.updateComplete;
    expect(inList(el, pressable).map((node) => node.localName)).to.deep.equal([]);
    expect(inList(el, '[part~="item"]')).to.have.length(matrix.totals.total);
  });

  it('refuses a template that cannot make one link per item, in sight: a notice, and the items as text', async () => {
    for (const [attribute, written] of [
      ['task-href', '/tasks/{num}'],
      ['task-href', '/tasks/all'],
      ['task-href', 'javascript:alert({number})'],
      ['unit-href', '/units/{ID}'],
    ]) {
      const rows = attribute === 'unit-href' ? 'tasks' : 'units';
      const template: { task?: string; unit?: string } = attribute === 'unit-href' ? { unit: written } : { task: written };
      const { el, errors } = await onPhone(
        html`<dz-task-matrix section="4" rows=${rows} task-href=${ifDefined(template.task)} unit-href=${ifDefined(template.unit)}></dz-task-matrix>`,
      );
      const notice = root(el).querySelector<HTMLElement>('[part~="notice"]');
      expect(notice?.textContent, written).to.contain(attribute).and.contain(written);
      expect(notice!.getClientRects().length, 'the notice is in sight').to.be.above(0);
      expect(errors.map((e) => e.code), written).to.deep.equal(['invalid-value']);
      expect(inList(el, pressable), written).to.deep.equal([]);
      expect(inList(el, '[part~="item"]'), written).to.have.length(matrix.totals.total);
    }
  });

  it('each link is a Tab stop, as the unit summary’s task links are, and Enter follows one', async function () {
    const { el } = await onPhone(html`<dz-task-matrix section="4" task-href="#task-{number}"></dz-task-matrix>`);
    const selected: string[] = [];
    el.addEventListener('dz-select', (e) => {
      e.preventDefault();
      selected.push(e.detail.taskId);
    });
    const links = inList(el, 'a[part~="item"]');
    expect(links.every((a) => a.tabIndex === 0)).to.equal(true);
    links[0]!.focus();
    await pressOrSkip(this, 'Enter');
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === links[1], 'Tab moves to the next link').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const tasks = itemsInOrder((_, c) => matrix.columns[c]!.id);
    expect(selected).to.deep.equal([tasks[0], tasks[1]]);
    // No arrow keys of a roving tab stop: the page's own (scrolling) are left alone.
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
    links[1]!.dispatchEvent(down);
    expect(down.defaultPrevented).to.equal(false);
  });

  // The layout changes under a keyboard user who zooms the page (200% or 400%) or turns a phone.
  it('without a template, focus on a cell goes to the list when the table gives way to it, never to the page, and back to the cell', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 800px"><dz-task-matrix section="4"></dz-task-matrix></div>`);
    const el = box.querySelector<DzTaskMatrix>('dz-task-matrix')!;
    await until(() => root(el).querySelector('td.cell'), 'the table');
    const cellAt = (r: number, c: number) => root(el).querySelector('tbody')!.rows[r]!.cells[c + 1]!;
    cellAt(2, 1).focus();
    await el.updateComplete;
    box.style.width = '320px';
    await until(() => list(el), 'the list');
    await el.updateComplete;
    expect(deepActive() === list(el), `focus on the list, not on ${deepActive()?.localName}`).to.equal(true);
    await expect(el).to.be.accessible();
    box.style.width = '800px';
    await until(() => root(el).querySelector('td.cell'), 'the table');
    await el.updateComplete;
    expect(deepActive() === cellAt(2, 1), `focus on the cell, not on ${deepActive()?.localName}`).to.equal(true);
  });
});

/** What a screen reader reads of `node`: its text, without what is `aria-hidden`, its spaces collapsed. */
function said(node: Node | null): string {
  const text = (n: Node): string =>
    n instanceof Element && n.getAttribute('aria-hidden') === 'true' ? '' : n.nodeType === Node.TEXT_NODE ? n.textContent! : [...n.childNodes].map(text).join('');
  return node ? text(node).replace(/\s+/g, ' ').trim() : '';
}

/** The heading in an entry of the list, if any. */
const headingOf = (entry: Element) => entry.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');

// A screen reader's user on a phone moves from unit to unit by heading (H, the rotor), as in the unit summary (r64 §7).
describe('dz-task-matrix narrow list: each entry named by a heading', () => {
  it('at heading-level (default 3, as the unit summary): the name alone, its counts read after it, then its groups\' labels', async () => {
    const cases = [
      { level: undefined, tag: 'h3', rows: 'units', lang: 'zh-Hant', t: zhHant, axe: true },
      // The same state but for the tag: no second accessibility check.
      { level: '4', tag: 'h4', rows: 'units', lang: 'zh-Hant', t: zhHant, axe: false },
      { level: 'h5', tag: 'h5', rows: 'tasks', lang: 'en', t: en, axe: true },
    ] as const;
    for (const { level, tag, rows, lang, t, axe } of cases) {
      const { el, errors } = await onPhone(html`<dz-task-matrix section="4" rows=${rows} lang=${lang} heading-level=${ifDefined(level)}></dz-task-matrix>`);
      const entries = inList(el, '.entry');
      const names = rows === 'units' ? matrix.rows.map((unit) => unit.name[lang]) : matrix.columns.map((task) => `${t.matrixTask(task.number)} ${task.title[lang]}`);
      const totals = rows === 'units' ? matrix.rowTotals : matrix.columnTotals;
      const headings = entries.map(headingOf);
      expect(headings.map((h) => h?.localName), `${level}`).to.deep.equal(names.map(() => tag));
      expect(headings.map(said), `${level}`).to.deep.equal(names);
      // The entry as read today: its name, then its counts in words ("市發展改革委 牽頭 3、參與 5"), then its groups.
      const first = `${names[0]} ${t.matrixTotalsOf(totals[0]!.lead, totals[0]!.participating)} `;
      expect(said(entries[0]!).slice(0, first.length), `${level}`).to.equal(first);
      // Its groups' labels read as text, once (review r86 L5): no list named by them a second time.
      const group = entries[0]!.querySelector('.group')!;
      expect(said(group.querySelector('.group-label')), `${level}`).to.equal(`${t.lead}${t.matrixColon}`.trim());
      expect(group.querySelector('.items')!.hasAttribute('aria-labelledby'), `${level}`).to.equal(false);
      expect(errors, `${level}`).to.deep.equal([]);
      if (axe) await expect(el).to.be.accessible();
    }
  });

  it('a heading-level that is no level is noticed as on the unit summary, and the default (h3) drawn', async () => {
    const { el, errors } = await onPhone(html`<dz-task-matrix section="4" lang="en" heading-level="9"></dz-task-matrix>`);
    const message = 'heading-level=9 is not one of 2 | 3 | 4 | 5 | 6; the default is shown.';
    expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
    expect(said(root(el).querySelector('[part~="notice"]'))).to.equal(message);
    expect(inList(el, '.entry').map((entry) => headingOf(entry)?.localName)).to.deep.equal(matrix.rows.map(() => 'h3'));
    await expect(el).to.be.accessible();
  });
});
