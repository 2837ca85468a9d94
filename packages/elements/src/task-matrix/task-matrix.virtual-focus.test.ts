/**
 * The focus stays on its header, total or role cell while the windowed table scrolls under it (review r108 F4 and its
 * sibling): a row header or a row's total is in every rendered row, so a sideways scroll far away must not drop its
 * row when the table then scrolls down a little (nor a column header or a column's total its column, after a scroll
 * far down and then a little sideways); and a sideways scroll that moves the window's columns must not hand the
 * focused cell's element to another column.
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, pressOrSkip } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

// 240 tasks × 96 units, as task-matrix.big.test.ts: far above the window threshold.
const bigPlan: Plan = buildBigPlan(dezhou().plan, { tasks: 240, units: 96 });

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const scroller = (el: DzTaskMatrix) => root(el).querySelector<HTMLElement>('.scroller')!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A cell in words: its tag, its ARIA row and column, and its text; "none" when focus is not in the table. */
const cellText = (cell: Element | null | undefined) =>
  cell?.closest('table') ? `${cell.localName} ${cell.parentElement!.getAttribute('aria-rowindex')},${cell.getAttribute('aria-colindex')} ${text(cell)}` : `none (${cell?.localName})`;
/** The ARIA indexes of the window's last body row and last role column (the total column's left out). */
const lastRow = (el: DzTaskMatrix) => Number([...root(el).querySelectorAll('tbody tr[aria-rowindex]')].at(-1)?.getAttribute('aria-rowindex'));
const lastColumn = (el: DzTaskMatrix) => Math.max(...[...root(el).querySelectorAll('thead th[aria-colindex]')].map((th) => Number(th.getAttribute('aria-colindex'))).filter((c) => c < bigPlan.tasks.length + 2));
const size = (el: DzTaskMatrix) => {
  const cell = root(el).querySelector<HTMLElement>('tbody td.cell')!;
  return { row: cell.parentElement!.offsetHeight, column: cell.offsetWidth };
};

async function renderBig(): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
  await until(() => root(el).querySelector('.scroller.virtual td.cell[tabindex="0"]'), 'the windowed table');
  return el;
}

/** Focuses the first role cell and presses `keys`, each render done. */
async function focusWith(test: Mocha.Context, el: DzTaskMatrix, keys: readonly string[]): Promise<void> {
  root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
  await el.updateComplete;
  for (const key of keys) {
    await pressOrSkip(test, key);
    await el.updateComplete;
  }
}

/** Scrolls the frame and waits until the window has followed (`moved`), then for the render to end. */
async function scrollTo(el: DzTaskMatrix, to: { top?: number; left?: number }, moved: () => boolean, what: string): Promise<void> {
  if (to.top !== undefined) scroller(el).scrollTop = to.top;
  if (to.left !== undefined) scroller(el).scrollLeft = to.left;
  await until(moved, what);
  await el.updateComplete;
}

describe('dz-task-matrix, windowed: the focus across scrolls (review r108 F4)', () => {
  for (const [name, keys, far] of [
    ['a row header', ['Home'], 'right'],
    ['a row total', ['End'], 'left'],
  ] as const) {
    it(`keeps the focus on ${name} with the window's columns far from its own (the last or the first), then a few rows down`, async function () {
      const el = await renderBig();
      await focusWith(this, el, keys);
      const before = cellText(deepActive());
      expect(before, `on ${name}`).to.match(/^th 2,|^td 2,242 /);
      if (far === 'right') {
        const start = lastColumn(el);
        await scrollTo(el, { left: scroller(el).scrollWidth }, () => lastColumn(el) > start + 20, 'the window far right');
      } else await scrollTo(el, { left: 0 }, () => scroller(el).scrollLeft === 0 && lastColumn(el) < 40, 'the window at the left');
      expect(cellText(deepActive()), 'still focused').to.equal(before);
      // Far enough for the window to start past the first row, within the margin that keeps a focused cell.
      const start = lastRow(el);
      await scrollTo(el, { top: size(el).row * 12 }, () => lastRow(el) > start + 5, 'the window a few rows down');
      expect(cellText(deepActive()), 'the same cell focused').to.equal(before);
    });
  }

  for (const [name, keys, far] of [
    ['a column header', ['Control+Home', 'ArrowRight'], 'down'],
    ['a column total', ['Control+End', 'Home', 'ArrowRight'], 'top'],
  ] as const) {
    it(`keeps the focus on ${name} with the window's rows far from its own (the last or the first), then a few columns sideways`, async function () {
      const el = await renderBig();
      await focusWith(this, el, keys);
      const before = cellText(deepActive());
      expect(before, `on ${name}`).to.match(/^th 1,2 |^td 98,2 /);
      if (far === 'down') {
        const start = lastRow(el);
        await scrollTo(el, { top: scroller(el).scrollHeight }, () => lastRow(el) > start + 20, 'the window far down');
      } else await scrollTo(el, { top: 0 }, () => scroller(el).scrollTop === 0, 'the window at the top');
      expect(cellText(deepActive()), 'still focused').to.equal(before);
      const start = lastColumn(el);
      await scrollTo(el, { left: size(el).column * 14 }, () => lastColumn(el) > start + 5, 'the window a few columns right');
      expect(cellText(deepActive()), 'the same cell focused').to.equal(before);
    });
  }
});

describe('dz-task-matrix, windowed: a sideways scroll keeps each cell on its column', () => {
  for (const [name, keys] of [
    ['a column header', ['Control+Home', ...Array<string>(11).fill('ArrowRight')]],
    ['a role cell', Array<string>(10).fill('ArrowRight')],
    ['a column total', ['Control+End', 'Home', ...Array<string>(11).fill('ArrowRight')]],
  ] as const) {
    it(`the element of ${name} keeps its column and the focus when the window's columns move`, async function () {
      const el = await renderBig();
      await focusWith(this, el, keys);
      const focused = deepActive()!;
      const before = cellText(focused);
      expect(focused.getAttribute('aria-colindex'), `on ${name} of the 11th column`).to.equal('12');
      const first = () => Number(root(el).querySelector('thead th[aria-colindex]:not([aria-colindex="1"])')?.getAttribute('aria-colindex'));
      expect(first(), 'the window starts at the first column').to.equal(2);
      // The window's first column moves on, the focused one stays in view.
      await scrollTo(el, { left: size(el).column * 9 }, () => first() > 2, "the window's columns moved");
      expect(cellText(focused), 'the focused element shows the same column').to.equal(before);
      expect(deepActive() === focused, `the focus stays on that element, not moved to ${cellText(deepActive())}`).to.equal(true);
    });
  }
});
