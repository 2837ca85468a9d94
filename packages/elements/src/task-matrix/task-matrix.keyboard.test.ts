/** The matrix for keyboard users: one Tab stop in the narrow list and in the table, Home/End that stay in their row. */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { buildBigPlan, provinceScale } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, press } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzSelectDetail } from '../shared/events.js';
import type { DzTaskMatrix } from './task-matrix.js';

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const items = (el: DzTaskMatrix) => [...root(el).querySelectorAll<HTMLButtonElement>('button.item')];
/** Compared as booleans: a failing comparison of two elements makes chai walk the DOM for its message. */
const expectFocusOn = (target: Element | undefined, what: string) =>
  expect(!!target && deepActive() === target, `focus on ${what}, not on ${deepActive()?.localName}.${deepActive()?.className}`).to.equal(true);

/** The matrix between two buttons, to Tab into and out of. */
async function between(matrix: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button>${matrix}<button id="after">after</button></div>`);
  const el = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
  await el.updateComplete;
  return { el, before: wrapper.querySelector<HTMLButtonElement>('#before')!, after: wrapper.querySelector<HTMLButtonElement>('#after')! };
}

describe('dz-task-matrix from the keyboard', () => {
  it('the focused item of the narrow list keeps its unit and task, and stays the one Tab stop, when the list is re-sorted, transposed or filtered', async () => {
    const { el } = await between(html`<dz-task-matrix section="4" style="width: 400px"></dz-task-matrix>`);
    await until(() => items(el).length > 5, 'the list');
    items(el)[0]!.focus();
    for (let i = 0; i < 5; i++) await press('ArrowDown');
    const chosen = deepActive() as HTMLButtonElement;
    const unitOf = (item: HTMLElement) => item.closest('[part="list"] > li')!.querySelector('.entry-name span')!.textContent;
    const chosenText = [unitOf(chosen), chosen.textContent];
    const stops = () => items(el).filter((item) => item.tabIndex === 0);
    for (const change of [() => el.setAttribute('sort', 'load'), () => el.setAttribute('rows', 'tasks'), () => el.setAttribute('rows', 'units')]) {
      change();
      await el.updateComplete;
      const focused = deepActive() as HTMLButtonElement;
      expect(stops(), 'one Tab stop, the focused item').to.have.length(1);
      expect(stops()[0] === focused, 'the Tab stop is the focused item').to.equal(true);
      if (el.getAttribute('rows') !== 'tasks') expect([unitOf(focused), focused.textContent]).to.deep.equal(chosenText);
    }
    // Another section: focus stays in the list, on its one Tab stop.
    el.setAttribute('section', '1');
    await until(() => stops().length === 1 && deepActive() === stops()[0], 'focus on the new list’s Tab stop');
    // With a modifier the keys are the browser's: Alt+ArrowLeft (back) is not taken.
    const alt = new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, composed: true, cancelable: true });
    deepActive()!.dispatchEvent(alt);
    expect(alt.defaultPrevented, 'Alt+ArrowLeft left to the browser').to.equal(false);
  });

  it('the narrow list is one Tab stop: arrows move item to item across groups and entries, Home/End to the ends, Enter selects', async () => {
    const { el, before, after } = await between(html`<dz-task-matrix section="4" style="width: 400px"></dz-task-matrix>`);
    await until(() => items(el).length > 0, 'the list');
    const all = items(el);
    before.focus();
    await press('Tab');
    expectFocusOn(all[0], 'the first item');
    await press('Tab');
    expectFocusOn(after, 'the button after the matrix');

    await press('Shift+Tab');
    expectFocusOn(all[0], 'the first item again');
    await press('ArrowDown');
    expectFocusOn(all[1], 'the second item');
    await press('ArrowRight');
    expectFocusOn(all[2], 'the third item');
    await press('ArrowLeft');
    expectFocusOn(all[1], 'the second item');
    await press('ArrowUp');
    expectFocusOn(all[0], 'the first item');
    await press('ArrowUp');
    expectFocusOn(all[0], 'the first item still');

    // From the last item of the first unit to the first of the second, past its groups.
    const entries = [...root(el).querySelectorAll('[part="list"] > li')];
    const lastOfFirst = [...entries[0]!.querySelectorAll<HTMLButtonElement>('button.item')].pop()!;
    lastOfFirst.focus();
    await press('ArrowDown');
    expectFocusOn(entries[1]!.querySelector('button.item')!, "the second unit's first item");

    await press('End');
    expectFocusOn(all[all.length - 1], 'the last item');
    await el.updateComplete;
    expect(items(el).filter((item) => item.tabIndex === 0)).to.deep.equal([all[all.length - 1]]);
    // The last focused item is the Tab stop when focus comes back.
    after.focus();
    await press('Shift+Tab');
    expectFocusOn(all[all.length - 1], 'the last focused item');
    await press('Home');
    expectFocusOn(all[0], 'the first item');

    const matrix = dezhou().responsibilityMatrix({ sections: [4] });
    const row = Number(all[0]!.dataset['row']);
    const column = Number(all[0]!.dataset['column']);
    const selected = oneEvent(el, 'dz-select');
    await press('Enter');
    expect(((await selected) as CustomEvent<DzSelectDetail>).detail).to.deep.equal({
      taskId: matrix.columns[column]!.id,
      unitId: matrix.rows[row]!.id,
      role: matrix.roles[row]![column],
    });
    await expect(el).to.be.accessible();
  });

  // As in the table (10 rows), not the page's scroll, which took the focused item off the screen (review r59 L2).
  it('Page Down and Page Up in the narrow list move focus 10 items within the list, the focused item in view', async () => {
    const { el } = await between(html`<dz-task-matrix section="4" style="width: 400px"></dz-task-matrix>`);
    await until(() => items(el).length > 0, 'the list');
    const all = items(el);
    expect(all.length, 'more than two pages of items').to.be.above(20);
    all[0]!.focus();
    for (const [key, at] of [['PageDown', 10], ['PageDown', 20], ['PageUp', 10], ['End', all.length - 1], ['PageDown', all.length - 1], ['PageUp', all.length - 11], ['Home', 0], ['PageUp', 0]] as const) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      deepActive()!.dispatchEvent(event);
      expectFocusOn(all[at], `item ${at} after ${key}`);
      expect(event.defaultPrevented, `${key} taken from the page`).to.equal(true);
    }
    await press('PageDown');
    expectFocusOn(all[10], 'item 10 after a real Page Down');
    const box = all[10]!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, `the focused item (${Math.round(box.top)}–${Math.round(box.bottom)}) in the window`).to.equal(true);
  });

  // Firefox makes any scrollable box a Tab stop of its own; Chromium skips one with focusable content, so there the
  // test passes either way.
  it('Tab goes from the export button straight to the grid, past the scrolling frame', async () => {
    const { el } = await between(html`<dz-task-matrix export section="4" style="width: 800px"></dz-task-matrix>`);
    await until(() => root(el).querySelector('td.cell'), 'the table');
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight > scroller.clientHeight || scroller.scrollWidth > scroller.clientWidth, 'the frame scrolls').to.equal(true);
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.focus();
    await press('Tab');
    expectFocusOn(root(el).querySelector('td.cell[tabindex="0"]')!, "the grid's cell");
    await expect(el).to.be.accessible();
  });

  it('Tab goes from the export button straight to the grid of a windowed table too', async () => {
    const bigPlan: Plan = buildBigPlan(dezhou().plan, { tasks: 240, units: 96 });
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix export style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    await until(() => root(el).querySelector('.scroller.virtual td.cell'), 'the windowed table');
    root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!.focus();
    await press('Tab');
    expectFocusOn(root(el).querySelector('td.cell[tabindex="0"]')!, "the grid's cell");
  });

  it('Home and End in a windowed table stay in the row: the table does not scroll up or down', async () => {
    const bigPlan: Plan = buildBigPlan(dezhou().plan, provinceScale);
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    const scroller = () => root(el).querySelector<HTMLElement>('.scroller.virtual')!;
    const rowAt = (row: number) => root(el).querySelector<HTMLTableRowElement>(`tbody tr[aria-rowindex="${row + 2}"]`);
    const cellAt = (row: number, column: number) => rowAt(row)?.querySelector<HTMLTableCellElement>(`td[aria-colindex="${column + 2}"]`);
    await until(() => scroller()?.querySelector('td.cell'), 'the windowed table');
    // Mid-table: scrolled halfway down, the last row in full view above the sticky totals (a row near the edge is
    // where a scroll to an estimated row position shows).
    scroller().scrollTop = scroller().scrollHeight / 2;
    const lastInView = () => {
      const bottom = scroller().getBoundingClientRect().bottom - root(el).querySelector('tfoot')!.getBoundingClientRect().height;
      return [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')].filter((tr) => tr.getBoundingClientRect().bottom <= bottom + 0.5).pop();
    };
    await until(() => Number(lastInView()?.getAttribute('aria-rowindex')) > 100, 'the rows halfway down');
    await el.updateComplete;
    const row = Number(lastInView()!.getAttribute('aria-rowindex')) - 2;
    const columns = bigPlan.tasks.length;
    cellAt(row, 1)!.focus();
    await el.updateComplete;
    const top = scroller().scrollTop;
    const rowTop = rowAt(row)!.getBoundingClientRect().top;
    const expectStill = (after: string) => {
      expect(Math.abs(scroller().scrollTop - top), `scrollTop after ${after}: ${scroller().scrollTop}, was ${top}`).to.be.at.most(1);
      expect(Math.abs(rowAt(row)!.getBoundingClientRect().top - rowTop), `the row's top after ${after}`).to.be.at.most(1);
    };

    await press('End');
    await until(() => deepActive() === cellAt(row, columns - 1), 'focus on the last cell of the row');
    await el.updateComplete;
    expectStill('End');
    await press('Home');
    await until(() => deepActive() === cellAt(row, 0), 'focus on the first cell of the row');
    await el.updateComplete;
    expectStill('Home');
  });
});
