/**
 * The focused cell and the totals in view for keyboard users (an accessibility review, WCAG 2.1.1 and 2.4.11): End
 * shows the row's total beside the last column (the frame is no Tab stop, so nothing else scrolls it there), and on a
 * short viewport the transposed table's tall header and total row stop sticking instead of covering the focused cell.
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, press } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Presses keys one after another ("Control+End ArrowUp"). */
const pressKeys = async (keys: string) => {
  for (const key of keys.split(' ')) await press(key);
};

/** The matrix after a button, its table shown and the sticky parts measured (the ResizeObserver runs after a layout). */
async function tabbedInto(matrix: TemplateResult): Promise<{ el: DzTaskMatrix; scroller: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${matrix}</div>`);
  const el = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
  await until(() => el.shadowRoot!.querySelector('tbody td.cell'), 'the table');
  await settled(el);
  wrapper.querySelector('button')!.focus();
  await press('Tab');
  // A table too large to render whole offers its CSV first (review r98 M1): the grid is the next Tab stop.
  if (deepActive()?.matches('[part="export-button"]')) await press('Tab');
  await settled(el);
  return { el, scroller: el.shadowRoot!.querySelector<HTMLElement>('.scroller')! };
}

async function settled(el: DzTaskMatrix): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
}

/**
 * The focused role cell, or a row's total: End goes to the total, Home to the row's header and Ctrl+End to the grand
 * total (review r105 F3), from which the tests here arrow back to a role cell or a row's total.
 */
function focusedCell(): HTMLTableCellElement {
  const cell = deepActive() as HTMLTableCellElement;
  expect(cell?.matches('td.cell, tbody td.total'), `focus on a role cell or a row's total, not on ${cell?.localName}.${cell?.className}`).to.equal(true);
  return cell;
}

/** What of the frame is seen: inside its borders and scrollbars, and inside the window. */
function seen(scroller: HTMLElement) {
  const box = scroller.getBoundingClientRect();
  const left = box.left + scroller.clientLeft;
  const top = box.top + scroller.clientTop;
  return { left, right: left + scroller.clientWidth, top: Math.max(0, top), bottom: Math.min(innerHeight, top + scroller.clientHeight) };
}

/** Asserts `cell` is whole in the frame's seen box, clear of the header and total row of its column and of its row's header. */
function expectClear(cell: HTMLTableCellElement, scroller: HTMLElement, when: string): void {
  const table = scroller.querySelector('table')!;
  const box = cell.getBoundingClientRect();
  const view = seen(scroller);
  const head = table.tHead!.rows[0]!.cells[cell.cellIndex]!.getBoundingClientRect();
  const foot = table.tFoot!.rows[0]!.cells[cell.cellIndex]!.getBoundingClientRect();
  const rowHeader = (cell.parentElement as HTMLTableRowElement).cells[0]!.getBoundingClientRect();
  const at = `${when}: cell ${Math.round(box.top)}–${Math.round(box.bottom)} × ${Math.round(box.left)}–${Math.round(box.right)}, frame ${Math.round(view.top)}–${Math.round(view.bottom)}, header to ${Math.round(head.bottom)}, total row from ${Math.round(foot.top)}, scrolled ${scroller.scrollTop}`;
  expect(box.top, `top clear of the header, ${at}`).to.be.at.least(Math.max(view.top, head.bottom) - 0.5);
  expect(box.bottom, `bottom clear of the total row, ${at}`).to.be.at.most(Math.min(view.bottom, foot.top) + 0.5);
  expect(box.left, `left clear of the row header, ${at}`).to.be.at.least(Math.max(view.left, rowHeader.right) - 0.5);
  expect(box.right, `right in the frame, ${at}`).to.be.at.most(view.right + 0.5);
}

/** Asserts the focused row's total cell is whole in the frame's seen box, sideways. */
function expectRowTotalShown(scroller: HTMLElement, when: string): void {
  const cell = focusedCell();
  const total = (cell.parentElement as HTMLTableRowElement).lastElementChild!.getBoundingClientRect();
  const view = seen(scroller);
  expect(total.left, `the total's left edge ${when}`).to.be.at.least(view.left - 0.5);
  expect(total.right, `the total's right edge (frame to ${Math.round(view.right)}) ${when}`).to.be.at.most(view.right + 0.5);
}

const stickyHeader = (scroller: HTMLElement) => getComputedStyle(scroller.querySelector('thead th:not(:first-child)')!).top === '0px';
const stickyTotals = (scroller: HTMLElement) => getComputedStyle(scroller.querySelector('tfoot td.total')!).bottom === '0px';

describe('dz-task-matrix: the focused cell and the totals in view', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const rows of ['units', 'tasks']) {
    it(`rows="${rows}", 1024×700, whole plan: End and Ctrl+End show the row's total beside the focused cell`, async () => {
      await setViewport({ width: 1024, height: 700 });
      const { el, scroller } = await tabbedInto(html`<dz-task-matrix rows=${rows}></dz-task-matrix>`);
      expect(scroller.scrollWidth, 'a table wider than its frame').to.be.greaterThan(scroller.clientWidth + 100);
      await press('End');
      await settled(el);
      expectRowTotalShown(scroller, 'after End');
      expectClear(focusedCell(), scroller, 'after End');
      await pressKeys('Control+End ArrowUp');
      await settled(el);
      expectRowTotalShown(scroller, 'after Ctrl+End');
      expectClear(focusedCell(), scroller, 'after Ctrl+End');
      const grandTotal = scroller.querySelector('tfoot td.total:last-child')!.getBoundingClientRect();
      expect(grandTotal.right, 'the grand total').to.be.at.most(seen(scroller).right + 0.5);
      await pressKeys('Home ArrowRight');
      await settled(el);
      expectClear(focusedCell(), scroller, 'after Home');
    });
  }

  it('a windowed (province-scale) table: End shows the row’s total beside the focused cell', async () => {
    await setViewport({ width: 1024, height: 700 });
    const bigPlan: Plan = buildBigPlan(dezhou().plan, { tasks: 240, units: 96 });
    const { el, scroller } = await tabbedInto(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    expect(scroller.classList.contains('virtual'), 'a windowed table').to.equal(true);
    await press('End');
    await until(() => deepActive()?.getAttribute('aria-colindex') === String(240 + 2), 'focus on the total column');
    await settled(el);
    expectRowTotalShown(scroller, 'after End');
    expectClear(focusedCell(), scroller, 'after End');
  });

  // At 300 px the upright unit names (177 px) or the English ones (283 px) and the total row (50 px) take a frame of 208
  // px; at 400 px (a frame of about 277) the total row alone stops sticking: with it, less than a quarter is left.
  for (const [lang, height, headerSticks] of [['zh-Hant', 300, false], ['en', 300, false], ['zh-Hant', 400, true]] as const) {
    it(`rows="tasks" lang=${lang}, 760×${height}: the header and total row leave the focused cell in view after every key`, async () => {
      await setViewport({ width: 760, height });
      const { el, scroller } = await tabbedInto(html`<dz-task-matrix rows="tasks" lang=${lang}></dz-task-matrix>`);
      expect([stickyHeader(scroller), stickyTotals(scroller)], 'the header and total row sticky').to.deep.equal([headerSticks, false]);
      expectClear(focusedCell(), scroller, 'after Tab');
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'PageDown', 'PageDown', 'End', 'ArrowUp', 'PageUp', 'Home ArrowRight', 'Control+End ArrowUp', 'ArrowUp', 'Control+Home ArrowDown ArrowRight', 'ArrowDown']) {
        await pressKeys(key);
        await settled(el);
        expectClear(focusedCell(), scroller, `after ${key}`);
        if (key.startsWith('Control+End') && stickyTotals(scroller)) {
          // The last row shows the sticky total row under it.
          const foot = scroller.querySelector('tfoot')!.getBoundingClientRect();
          expect(foot.bottom, 'the total row after Ctrl+End').to.be.at.most(seen(scroller).bottom + 0.5);
          expectRowTotalShown(scroller, 'after Ctrl+End');
        }
      }
    });
  }

  // 200% zoom of a 1280×900 window: the line naming the focused cell's task (the headers show only its number) is seen
  // with the frame, not below the screen (review r59 L1). Content above pushes the matrix down the page, as on a CMS's.
  it('640×450 with content above: the line naming the focused cell is in view with the cell as the arrow keys move', async () => {
    await setViewport({ width: 640, height: 450 });
    const { el } = await tabbedInto(html`<div style="height: 400px"></div><dz-task-matrix section="4"></dz-task-matrix>`);
    const line = el.shadowRoot!.querySelector<HTMLElement>('.current')!;
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowDown']) {
      await press(key);
      await settled(el);
      const cell = focusedCell().getBoundingClientRect();
      const box = line.getBoundingClientRect();
      expect(cell.top >= 0 && cell.bottom <= innerHeight, `the cell in view after ${key}`).to.equal(true);
      expect(line.textContent, `the line names the cell after ${key}`).to.contain('任務');
      expect(box.top >= 0 && box.bottom <= innerHeight, `the line (${Math.round(box.top)}–${Math.round(box.bottom)}) in the 450 px window after ${key}`).to.equal(true);
    }
  });

  it('rows="tasks" at 1024×700 (also in English, its unit names 283 px tall) and rows="units" at 760×300 keep their sticky header and total row: they fit', async () => {
    await setViewport({ width: 1024, height: 700 });
    const tall = await tabbedInto(html`<dz-task-matrix rows="tasks"></dz-task-matrix>`);
    expect(stickyHeader(tall.scroller) && stickyTotals(tall.scroller), 'rows="tasks" at 700 px: both sticky').to.equal(true);
    const english = await tabbedInto(html`<dz-task-matrix rows="tasks" lang="en"></dz-task-matrix>`);
    expect(stickyHeader(english.scroller) && stickyTotals(english.scroller), 'rows="tasks" lang="en" at 700 px: both sticky').to.equal(true);
    await setViewport({ width: 760, height: 300 });
    const units = await tabbedInto(html`<dz-task-matrix></dz-task-matrix>`);
    expect(stickyHeader(units.scroller) && stickyTotals(units.scroller), 'rows="units" at 300 px: both sticky').to.equal(true);
    for (const key of ['ArrowDown', 'PageDown', 'End', 'ArrowUp', 'Control+End ArrowUp', 'Control+Home ArrowDown ArrowRight']) {
      await pressKeys(key);
      await settled(units.el);
      expectClear(focusedCell(), units.scroller, `rows="units" after ${key}`);
    }
  });
});
