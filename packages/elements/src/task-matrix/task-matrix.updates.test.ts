/**
 * One update per change: a key press, a focus move or a first render measured on the page's own styles is rendered in
 * the update it started, never by a second one scheduled from the first (Lit's "change-in-update" warning: the table
 * rendered twice, and in between a state the user never sees).
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, press } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

const plan: Plan = dezhou().plan;
// 240 tasks × 96 units: far above the window threshold.
const bigPlan: Plan = buildBigPlan(plan, { tasks: 240, units: 96 });

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const table = (el: DzTaskMatrix) => root(el).querySelector('table')!;
const bodyRows = (el: DzTaskMatrix) => [...table(el).tBodies[0]!.rows].filter((tr) => !tr.classList.contains('gap'));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The big plan in a 900px matrix, windowed, and its cell at a (0-based) row and column of the whole table. */
async function renderWindowed(): Promise<{ el: DzTaskMatrix; cellAt(row: number, column: number): HTMLTableCellElement | null }> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
  await until(() => table(el)?.hasAttribute('aria-rowcount'), 'the windowed table');
  const cellAt = (row: number, column: number) =>
    table(el).querySelector<HTMLTableCellElement>(`tbody tr[aria-rowindex="${row + 2}"] > td[aria-colindex="${column + 2}"]`);
  return { el, cellAt };
}

/**
 * Counts the element's updates (every controller's `hostUpdated` runs once per update), and those requested before
 * the one before had ended (an update pending after `updated`: what Lit's dev build warns of).
 */
function countUpdates(el: DzTaskMatrix): { readonly count: number; readonly chained: number; stop(): void } {
  let count = 0;
  let chained = 0;
  const controller = { hostUpdated: () => count++ };
  el.addController(controller);
  const host = el as unknown as { updated(changed: unknown): void; isUpdatePending: boolean };
  const updated = host.updated;
  host.updated = function (this: typeof host, changed: unknown) {
    updated.call(this, changed);
    if (this.isUpdatePending) chained++;
  };
  return {
    get count() {
      return count;
    },
    get chained() {
      return chained;
    },
    stop: () => {
      el.removeController(controller);
      delete (host as Partial<typeof host>).updated;
    },
  };
}

/**
 * Lit's dev build (the tests resolve the `development` condition) warns once per page and message when an element
 * requests an update while finishing one; the warning is forgotten first, so each test sees its own.
 */
function watchChangeInUpdate(): { readonly warnings: string[]; stop(): void } {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  for (const warning of [...(issued ?? [])]) if (warning.includes('dz-task-matrix scheduled an update')) issued!.delete(warning);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).includes('dz-task-matrix scheduled an update')) warnings.push(String(args[0]));
    else warn.apply(console, args);
  };
  return { warnings, stop: () => (console.warn = warn) };
}

/** Waits until nothing more is scheduled: the update, and the frames in which the window follows the scroller. */
async function settle(el: DzTaskMatrix): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 2; i++) await frame();
  await el.updateComplete;
}

describe('dz-task-matrix updates once per change', () => {
  let watch: ReturnType<typeof watchChangeInUpdate>;
  beforeEach(() => (watch = watchChangeInUpdate()));
  afterEach(() => watch.stop());

  it('an arrow key in the whole plan: one update, the focus and highlight moved', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${plan}></dz-task-matrix>`);
    await el.updateComplete;
    const cellAt = (row: number, column: number) => table(el).tBodies[0]!.rows[row]!.cells[column + 1]!;
    cellAt(2, 3).focus();
    await settle(el);
    const updates = countUpdates(el);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => deepActive() === cellAt(2, 4), 'focus on the next cell');
    await settle(el);
    expect(cellAt(2, 4).tabIndex).to.equal(0);
    expect(cellAt(2, 4).classList.contains('col-hl')).to.equal(true);
    expect(cellAt(2, 3).classList.contains('col-hl')).to.equal(false);
    expect(updates.chained, 'updates requested by an update').to.equal(0);
    expect(updates.count, 'updates for one arrow key').to.equal(1);
    expect(watch.warnings).to.deep.equal([]);
  });

  // The muted grey was 4.39:1 on the tint in dark; since review r128 F2 the split is in its total's colour everywhere.
  it('in a highlighted row, as in any, the totals split is in the text colour of its total (4.39:1 muted on the tint in dark)', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px; color-scheme: dark" .plan=${plan}></dz-task-matrix>`);
    await settle(el);
    const row = table(el).tBodies[0]!.rows[2]!;
    const split = row.querySelector('.split')!;
    expect(split, 'the row has a total split').to.not.equal(null);
    expect(getComputedStyle(split).color).to.equal(getComputedStyle(split.parentElement!).color);
    (row.cells[4] as HTMLElement).focus();
    await settle(el);
    expect(row.classList.contains('row-hl')).to.equal(true);
    expect(getComputedStyle(split).color).to.equal(getComputedStyle(split.parentElement!).color);
  });

  it('focusing a cell of the whole plan: one update, its row and column highlighted', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${plan}></dz-task-matrix>`);
    await settle(el);
    const cell = table(el).tBodies[0]!.rows[2]!.cells[4]!;
    const updates = countUpdates(el);
    cell.focus();
    await settle(el);
    expect(cell.parentElement!.classList.contains('row-hl')).to.equal(true);
    expect(cell.classList.contains('col-hl')).to.equal(true);
    expect(updates.chained, 'updates requested by an update').to.equal(0);
    expect(updates.count, 'updates for one focus').to.equal(1);
    expect(watch.warnings).to.deep.equal([]);
  });

  it('an arrow key in a windowed big plan: one update', async () => {
    const { el, cellAt } = await renderWindowed();
    cellAt(3, 2)!.focus();
    await settle(el);
    const updates = countUpdates(el);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => deepActive() === cellAt(4, 2), 'focus on the cell below');
    await settle(el);
    expect(cellAt(4, 2)!.parentElement!.classList.contains('row-hl')).to.equal(true);
    expect(updates.chained, 'updates requested by an update').to.equal(0);
    expect(updates.count, 'updates for one arrow key').to.equal(1);
    expect(watch.warnings).to.deep.equal([]);
  });

  it('re-sorting with the focus in the table: one update, the focus kept on its unit and task', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="3" style="width: 900px" .plan=${plan}></dz-task-matrix>`);
    await el.updateComplete;
    const byOrder = dezhou().responsibilityMatrix({ sections: [3] });
    const byLoad = dezhou().responsibilityMatrix({ sections: [3], sort: 'load' });
    const before = byOrder.rows.findIndex((u, i) => byLoad.rows[i]!.id !== u.id);
    const row = byLoad.rows.findIndex((u) => u.id === byOrder.rows[before]!.id);
    const cellAt = (r: number, c: number) => table(el).tBodies[0]!.rows[r]!.cells[c + 1]!;
    cellAt(before, 2).focus();
    await settle(el);
    const updates = countUpdates(el);
    el.sort = 'load';
    await settle(el);
    expect(deepActive()).to.equal(cellAt(row, 2));
    expect(cellAt(row, 2).parentElement!.classList.contains('row-hl')).to.equal(true);
    expect(updates.chained, 'updates requested by an update').to.equal(0);
    expect(updates.count, 'updates for one re-sort').to.equal(1);
    expect(watch.warnings).to.deep.equal([]);
  });

  // The narrow list (a phone): a change re-renders its links by position, so the focused link is focused again on
  // its unit and task, in the change's update.
  const items = (el: DzTaskMatrix) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="list"] a')];
  /** A link's unit and task: its entry's name and its own text (a task and a unit, or a unit and a task). */
  const namesOf = (item: Element) => [item.closest('.entry')!.querySelector('.entry-name')!.textContent, item.textContent].sort();
  const byOrder = dezhou().responsibilityMatrix({ sections: [4] });
  const byLoad = dezhou().responsibilityMatrix({ sections: [4], sort: 'load' });
  /** The first item of the first unit that re-sorting moves. */
  const movedBySort = (el: DzTaskMatrix) => root(el).querySelector<HTMLAnchorElement>(`a[data-row="${byOrder.rows.findIndex((u, i) => byLoad.rows[i]!.id !== u.id)}"]`)!;
  const tasksOf3And4 = dezhou().responsibilityMatrix({ sections: [3, 4] }).columns;
  const tasksOf4 = new Set(byOrder.columns.map((task) => task.id));
  const listChanges: readonly { name: string; section: string; pick(el: DzTaskMatrix): HTMLAnchorElement; change(el: DzTaskMatrix): void }[] = [
    { name: 're-sorting', section: '4', pick: movedBySort, change: (el) => (el.sort = 'load') },
    { name: 'transposing', section: '4', pick: movedBySort, change: (el) => (el.rows = 'tasks') },
    // Sections 3 and 4, then 4: the last item of a task of section 4, after items of section 3 that go.
    {
      name: 'filtering',
      section: '3,4',
      pick: (el) => items(el).filter((item) => tasksOf4.has(tasksOf3And4[Number(item.dataset['column'])]!.id)).pop()!,
      change: (el) => (el.section = '4'),
    },
  ];
  for (const { name, section, pick, change } of listChanges) {
    it(`${name} the narrow list with the focus on a link: one update, the focus kept on its unit and task`, async () => {
      const el = await fixture<DzTaskMatrix>(
        html`<dz-task-matrix section=${section} task-href="#task-{number}" unit-href="#unit-{id}" style="width: 400px" .plan=${plan}></dz-task-matrix>`,
      );
      await until(() => items(el).length > 5, 'the list');
      const item = pick(el);
      item.focus();
      await settle(el);
      const names = namesOf(item);
      const index = items(el).indexOf(item);
      const updates = countUpdates(el);
      change(el);
      await settle(el);
      const focused = deepActive();
      expect(focused?.matches('[part~="list"] a') && namesOf(focused), `focus on the link, not ${focused?.localName}`).to.deep.equal(names);
      expect(items(el).indexOf(focused as HTMLAnchorElement), 'the link moved (else this test would test nothing)').to.not.equal(index);
      expect(updates.chained, 'updates requested by an update').to.equal(0);
      expect(updates.count, `updates for ${name}`).to.equal(1);
      expect(watch.warnings).to.deep.equal([]);
    });
  }

  it('the table taken away by a loading state with the focus on a cell, and back: one update each, the cell focused and highlighted again', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" style="width: 900px" .plan=${plan}></dz-task-matrix>`);
    await el.updateComplete;
    const cellAt = (r: number, c: number) => table(el).tBodies[0]!.rows[r]!.cells[c + 1]!;
    cellAt(2, 1).focus();
    await settle(el);
    for (const next of [null, plan]) {
      const updates = countUpdates(el);
      el.plan = next;
      await settle(el);
      expect(!table(el), `a table: ${!!table(el)}`).to.equal(!next);
      expect(updates.chained, `updates requested by an update, the plan ${next ? 'back' : 'gone'}`).to.equal(0);
      expect(updates.count, `updates for the plan ${next ? 'back' : 'gone'}`).to.equal(1);
      updates.stop();
    }
    expect(deepActive() === cellAt(2, 1), `focus on the cell, not on ${deepActive()?.localName}`).to.equal(true);
    expect(cellAt(2, 1).parentElement!.classList.contains('row-hl')).to.equal(true);
    expect(cellAt(2, 1).classList.contains('col-hl')).to.equal(true);
    expect(watch.warnings).to.deep.equal([]);
  });

  it('the table giving way to the narrow list with the focus on a cell, and back: one update each, the focus kept on its unit and task', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" task-href="#task-{number}" style="width: 900px" .plan=${plan}></dz-task-matrix>`);
    await el.updateComplete;
    const cellAt = (r: number, c: number) => table(el).tBodies[0]!.rows[r]!.cells[c + 1]!;
    // The last task of the second unit: a link that is not the list's first.
    const column = byOrder.roles[1]!.map(Boolean).lastIndexOf(true);
    cellAt(1, column).focus();
    await settle(el);
    let updates = countUpdates(el);
    el.style.width = '400px';
    await until(() => items(el).length, 'the list');
    await settle(el);
    const item = deepActive() as HTMLElement | null;
    expect(item?.matches('[part~="list"] a') && [item.dataset['row'], item.dataset['column']].join(), `focus on the link, not ${item?.localName}`).to.equal(`1,${column}`);
    expect(updates.chained, 'updates requested by an update, to the list').to.equal(0);
    expect(updates.count, 'updates for the list').to.equal(1);
    updates.stop();
    updates = countUpdates(el);
    el.style.width = '900px';
    await until(() => table(el), 'the table');
    await settle(el);
    expect(deepActive() === cellAt(1, column), `focus on the cell, not on ${deepActive()?.localName}`).to.equal(true);
    expect(cellAt(1, column).parentElement!.classList.contains('row-hl')).to.equal(true);
    expect(updates.chained, 'updates requested by an update, to the table').to.equal(0);
    expect(updates.count, 'updates for the table').to.equal(1);
    expect(watch.warnings).to.deep.equal([]);
  });

  for (const keys of [['PageDown', 'PageDown', 'PageUp'], ['End', 'Home'], ['Control+End', 'Control+Home']]) {
    it(`${keys.join(', ')} to cells outside a big plan's window: one update each, the cell focused and highlighted`, async () => {
      const { el, cellAt } = await renderWindowed();
      cellAt(12, 0)!.focus();
      await settle(el);
      for (const key of keys) {
        const updates = countUpdates(el);
        const active = deepActive();
        await press(key);
        // End and Home go to the row's total and header, Ctrl+End and Ctrl+Home to the grid's corners (review r105 F3).
        await until(() => deepActive() !== active && deepActive()?.matches('td, th'), 'focus on another cell');
        await settle(el);
        // Tinted with its row and column, but for the header row's and the row headers' own (Home, Ctrl+Home).
        const focused = deepActive()!;
        expect(focused.parentElement!.classList.contains('row-hl'), `the row tinted after ${key}`).to.equal(!focused.closest('thead'));
        expect(focused.classList.contains('col-hl'), `the column tinted after ${key}`).to.equal(focused.getAttribute('aria-colindex') !== '1');
        expect(updates.chained, `updates requested by an update, ${key}`).to.equal(0);
        // The key's update, and at most one in the next frame if the focused cell scrolled into view moved the window
        // (as any scroll does).
        expect(updates.count, `updates for ${key}`).to.be.within(1, 2);
        expect(watch.warnings).to.deep.equal([]);
        updates.stop();
      }
    });
  }

  for (const [name, css] of [
    ['larger', 'dz-task-matrix.sized::part(table) { font-size: 1.25rem }'],
    ['smaller', 'dz-task-matrix.sized::part(table) { font-size: 0.625rem } dz-task-matrix.sized::part(cell) { padding: 0 }'],
  ] as const) {
    it(`the first window of a big plan whose rows and columns are ${name} than the guesses: one update, the view filled`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const el = document.createElement('dz-task-matrix');
      el.className = 'sized';
      el.style.width = '900px';
      el.plan = bigPlan;
      const updates = countUpdates(el);
      document.body.append(el);
      try {
        await until(() => table(el)?.hasAttribute('aria-rowcount'), 'the windowed table');
        await settle(el);
        const scroller = root(el).querySelector<HTMLElement>('.scroller')!.getBoundingClientRect();
        const rows = bodyRows(el);
        const cells = rows[0]!.querySelectorAll('td.cell');
        // The measured sizes differ from the guesses (else this test would test nothing).
        const row = rows[0]!.getBoundingClientRect();
        expect(Math.abs(row.height - 48) > 4 || Math.abs(cells[0]!.getBoundingClientRect().width - 63) > 4, 'sizes unlike the guesses').to.equal(true);
        // The rendered rows and cells reach past the scroller's bottom and right edges: the view is filled.
        expect(rows.at(-1)!.getBoundingClientRect().bottom).to.be.greaterThan(scroller.bottom);
        expect(cells[cells.length - 1]!.getBoundingClientRect().right).to.be.greaterThan(scroller.right);
        expect(updates.chained, 'updates requested by an update').to.equal(0);
        expect(updates.count, 'updates for the first render').to.equal(1);
        expect(watch.warnings).to.deep.equal([]);
      } finally {
        el.remove();
        style.remove();
      }
    });
  }
});
