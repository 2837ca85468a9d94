/**
 * The grid's headers and totals as the cursor (review r108): one Tab stop in the windowed table however far it
 * scrolls (F1), a header or total kept on its unit or task when the table is re-sorted, turned or filtered (F2), the
 * grand total's line naming it once (F3), and the narrow list's focus from a column header (F5).
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { buildBigPlan, provinceScale } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, pressOrSkip } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const current = (el: DzTaskMatrix) => text(root(el).querySelector('.current'));
/** A cell in words: its tag, its row and column (ARIA indexes in a windowed table) and its text. */
const cellText = (cell: Element | null | undefined) => {
  const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
  const index = row?.getAttribute('aria-rowindex') ?? row?.rowIndex;
  const column = cell?.getAttribute('aria-colindex') ?? (cell as HTMLTableCellElement | null | undefined)?.cellIndex;
  return `${cell?.localName} ${index},${column} ${text(cell)}`;
};
const stopsOf = (el: DzTaskMatrix) => [...root(el).querySelectorAll('table [tabindex="0"]')].map(cellText);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('dz-task-matrix: headers and totals as the cursor (review r108)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [name, keys] of [
    ['a column header', ['Control+Home', 'ArrowRight', 'ArrowRight']],
    ['a column total', ['Control+End', 'Home', 'ArrowRight', 'ArrowRight']],
  ] as const) {
    it(`the windowed table keeps one Tab stop with the cursor on ${name} scrolled away, and Shift+Tab comes back to no other column`, async function () {
      const bigPlan: Plan = buildBigPlan(dezhou().plan, provinceScale);
      const wrapper = await fixture<HTMLElement>(html`<div><dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix><button>after</button></div>`);
      const el = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await until(() => root(el).querySelector('.scroller.virtual td.cell'), 'the windowed table');
      root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
      await el.updateComplete;
      for (const key of keys) {
        await pressOrSkip(this, key);
        await el.updateComplete;
      }
      const line = current(el);
      expect(line, 'the cursor on the second task').to.contain('任務');
      const cursorColumn = deepActive()?.getAttribute('aria-colindex');
      expect(cursorColumn, 'the second task column').to.equal('3');
      wrapper.querySelector('button')!.focus();
      await el.updateComplete;
      root(el).querySelector<HTMLElement>('.scroller')!.scrollLeft = 5000;
      await until(() => Number(root(el).querySelector('tbody td.cell')?.getAttribute('aria-colindex')) > 20, 'the window scrolled right');
      await frame();
      await el.updateComplete;
      expect(stopsOf(el), 'one Tab stop').to.have.length(1);
      await pressOrSkip(this, 'Shift+Tab');
      await el.updateComplete;
      const active = deepActive();
      // Back on the window's first role cell (the cursor's cell is not rendered), not a reused header or total.
      expect(`${active?.localName}.${active?.className.split(' ')[0]}`, `Shift+Tab went to ${cellText(active)}`).to.equal('td.cell');
      expect(stopsOf(el), 'one Tab stop, the focused cell').to.deep.equal([cellText(active)]);
    });
  }

  it('a row header stays on its unit across re-sort and transposition, focus elsewhere', async function () {
    const wrapper = await fixture<HTMLElement>(html`<div><dz-task-matrix section="4" style="width: 900px"></dz-task-matrix><button>after</button></div>`);
    const el = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
    await until(() => root(el).querySelector('td.cell'), 'the table');
    root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
    await el.updateComplete;
    for (const key of ['ArrowDown', 'ArrowDown', 'Home']) {
      await pressOrSkip(this, key);
      await el.updateComplete;
    }
    const unit = text(deepActive());
    expect(deepActive()?.localName, 'on a row header').to.equal('th');
    wrapper.querySelector('button')!.focus();
    await el.updateComplete;
    el.setAttribute('sort', 'load');
    await until(() => root(el).querySelector('[aria-sort]'), 'sorted by load');
    await el.updateComplete;
    expect(stopsOf(el).map((stop) => stop.replace(/^\S+ \S+ /, '')), 'the stop after sort="load"').to.deep.equal([unit]);
    el.setAttribute('rows', 'tasks');
    await until(() => root(el).querySelector('th.unit-column'), 'transposed');
    await el.updateComplete;
    expect(stopsOf(el).map((stop) => stop.replace(/^\S+ \S+ /, '')), 'the stop after rows="tasks"').to.deep.equal([unit]);
  });

  it('the grand total stays the grand total across transposition and a filter, focused; a column total becomes the row total of its task', async function () {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
    await until(() => root(el).querySelector('td.cell'), 'the table');
    const lastCell = () => {
      const rows = root(el).querySelector('table')!.rows;
      const last = rows[rows.length - 1]!;
      return cellText(last.cells[last.cells.length - 1]);
    };
    root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
    await el.updateComplete;
    await pressOrSkip(this, 'Control+End');
    await el.updateComplete;
    expect(cellText(deepActive()), 'Control+End').to.equal(lastCell());
    el.setAttribute('rows', 'tasks');
    await until(() => root(el).querySelector('th.unit-column'), 'transposed');
    await el.updateComplete;
    expect(cellText(deepActive()), 'the grand total after rows="tasks"').to.equal(lastCell());
    expect(stopsOf(el), 'its one Tab stop').to.deep.equal([lastCell()]);
    el.setAttribute('section', '4 5');
    const { totals } = dezhou().responsibilityMatrix({ sections: [4, 5] });
    await until(() => text(root(el).querySelector('tfoot td:last-child')).startsWith(`${totals.total}`), 'sections 4 and 5');
    await el.updateComplete;
    expect(cellText(deepActive()), 'the grand total after section="4 5"').to.equal(lastCell());
    // The last task's row total: with units as rows, that task's column total.
    await pressOrSkip(this, 'Home');
    await pressOrSkip(this, 'ArrowUp');
    await pressOrSkip(this, 'End');
    await el.updateComplete;
    const taskRows = root(el).querySelector('table')!.rows;
    const task = text(taskRows[taskRows.length - 2]!.cells[0]!.querySelector('.visually-hidden'));
    expect(current(el), 'on the last task\'s row total').to.contain(task);
    el.setAttribute('rows', 'units');
    await until(() => !root(el).querySelector('th.unit-column'), 'units as rows');
    await el.updateComplete;
    const rows = root(el).querySelector('table')!.rows;
    const totalRow = rows[rows.length - 1]!;
    expect(cellText(deepActive()), 'the task\'s column total').to.equal(cellText(totalRow.cells[totalRow.cells.length - 2]));
    expect(current(el), 'the line names the task').to.contain(task);
  });

  for (const [lang, total] of [
    ['zh-Hant', '合計'],
    ['en', 'Total'],
  ] as const) {
    it(`the grand total's line names it once (${lang})`, async function () {
      const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix lang=${lang} section="4" style="width: 900px"></dz-task-matrix>`);
      await until(() => root(el).querySelector('td.cell'), 'the table');
      root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
      await el.updateComplete;
      await pressOrSkip(this, 'Control+End');
      await el.updateComplete;
      const { totals } = dezhou().responsibilityMatrix({ sections: [4] });
      expect(current(el)).to.match(new RegExp(`^${total} — ${totals.total} · `));
    });
  }

  it('narrowing from a column header focuses the first link of its task', async function () {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" task-href="/t/{number}"></dz-task-matrix>`);
    await until(() => root(el).querySelector('td.cell'), 'the table');
    root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowRight']) {
      await pressOrSkip(this, key);
      await el.updateComplete;
    }
    const header = root(el).querySelector('table')!.rows[0]!.cells[3]!;
    const task = text(header.querySelector('.visually-hidden'));
    expect(text(deepActive()), 'on the third task\'s header').to.equal(text(header));
    await setViewport({ width: 500, height: 800 });
    await until(() => root(el).querySelector('.list'), 'the list');
    await el.updateComplete;
    const first = [...root(el).querySelectorAll('.list a')].find((link) => text(link) === task);
    expect(`${deepActive()?.localName} ${text(deepActive())}`, 'the first link of the task').to.equal(`a ${text(first)}`);
  });
});
