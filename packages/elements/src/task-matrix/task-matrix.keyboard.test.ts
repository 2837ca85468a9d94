/**
 * The matrix for keyboard users: one Tab stop in the table, Home/End that stay in their row; in the narrow list, a Tab
 * stop per link (with a link template), as the unit summary has.
 */
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
const links = (el: DzTaskMatrix) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="list"] a')];
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
  it('the focused link of the narrow list keeps its unit and task when the list is re-sorted, transposed or filtered', async () => {
    const { el } = await between(html`<dz-task-matrix section="4" task-href="#task-{number}" unit-href="#unit-{id}" style="width: 400px"></dz-task-matrix>`);
    await until(() => links(el).length > 5, 'the list');
    const chosen = links(el)[5]!;
    chosen.focus();
    const unitOf = (link: HTMLElement) => link.closest('[part="list"] > li')!.querySelector('.entry-name')!.textContent;
    const chosenText = [unitOf(chosen), chosen.textContent];
    for (const change of [() => el.setAttribute('sort', 'load'), () => el.setAttribute('rows', 'tasks'), () => el.setAttribute('rows', 'units')]) {
      change();
      await el.updateComplete;
      const focused = deepActive() as HTMLElement;
      expect(links(el).includes(focused as HTMLAnchorElement), `focus on a link, not on ${focused?.localName}`).to.equal(true);
      // Transposed, the link is the unit under its task: the same pair.
      if (el.getAttribute('rows') === 'tasks') expect([focused.textContent, unitOf(focused)]).to.deep.equal(chosenText);
      else expect([unitOf(focused), focused.textContent]).to.deep.equal(chosenText);
    }
    // Another section, without the chosen task: focus stays in the list, on a link of the cursor's row.
    el.setAttribute('section', '1');
    await until(() => el.shadowRoot!.textContent!.includes('任務 1 '), 'section 1');
    await until(() => links(el).includes(deepActive() as HTMLAnchorElement), `focus on a link of the new list, not on ${deepActive()?.localName}`);
  });

  it('each link of the narrow list is a Tab stop, in order, and Tab leaves the list after the last', async () => {
    const { el, before, after } = await between(html`<dz-task-matrix section="4" task-href="#task-{number}" style="width: 400px"></dz-task-matrix>`);
    await until(() => links(el).length > 0, 'the list');
    const all = links(el);
    before.focus();
    await press('Tab');
    expectFocusOn(all[0], 'the first link');
    await press('Tab');
    expectFocusOn(all[1], 'the second link');
    await press('Shift+Tab');
    await press('Shift+Tab');
    expectFocusOn(before, 'the button before the matrix');
    all[all.length - 1]!.focus();
    await press('Tab');
    expectFocusOn(after, 'the button after the matrix');
    await press('Shift+Tab');
    expectFocusOn(all[all.length - 1], 'the last link');

    const matrix = dezhou().responsibilityMatrix({ sections: [4] });
    const row = Number(all[0]!.dataset['row']);
    const column = Number(all[0]!.dataset['column']);
    el.addEventListener('dz-select', (e) => e.preventDefault());
    all[0]!.focus();
    const selected = oneEvent(el, 'dz-select');
    await press('Enter');
    expect(((await selected) as CustomEvent<DzSelectDetail>).detail).to.deep.equal({
      taskId: matrix.columns[column]!.id,
      unitId: matrix.rows[row]!.id,
      role: matrix.roles[row]![column],
    });
    await expect(el).to.be.accessible();
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

    // The row's last and first cells are its total and its header (review r105 F3: every cell of the grid takes focus).
    await press('End');
    await until(() => deepActive() === cellAt(row, columns), 'focus on the last cell of the row, its total');
    await el.updateComplete;
    expectStill('End');
    await press('Home');
    await until(() => deepActive() === rowAt(row)!.querySelector('th[aria-colindex="1"]'), 'focus on the first cell of the row, its header');
    await el.updateComplete;
    expectStill('Home');
  });
});
