/** A province-scale matrix renders a window of rows and columns; keyboard, ARIA, CSV and printing cover the whole table. */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, press } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import { PRINT_BAND_COLUMNS } from './print-table.js';
import type { DzTaskMatrix } from './task-matrix.js';

// 240 tasks × 96 units: 23,040 role cells, far above the window threshold, yet quick to render whole for printing.
const bigPlan: Plan = buildBigPlan(dezhou().plan, { tasks: 240, units: 96 });

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const table = (el: DzTaskMatrix) => root(el).querySelector('table')!;
const bodyRows = (el: DzTaskMatrix) => [...table(el).tBodies[0]!.rows].filter((tr) => tr.hasAttribute('aria-rowindex'));
const roleCells = (el: DzTaskMatrix) => table(el).querySelectorAll('td.cell');
const cellAt = (el: DzTaskMatrix, row: number, column: number) =>
  table(el).querySelector<HTMLTableCellElement>(`tbody tr[aria-rowindex="${row + 2}"] > td[aria-colindex="${column + 2}"]`);

async function renderBig(): Promise<{ el: DzTaskMatrix; rows: number; columns: number }> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
  await el.updateComplete;
  await until(() => bodyRows(el).length > 0, 'rows rendered');
  const rows = new Set(bigPlan.tasks.flatMap((t) => [...t.lead, ...t.participating])).size;
  return { el, rows, columns: bigPlan.tasks.length };
}

/** Whether a cell is inside the scroller's view, clear of the sticky header row and first column. */
function inView(el: DzTaskMatrix, cell: Element): boolean {
  const scroller = root(el).querySelector('.scroller')!.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const head = table(el).tHead!.getBoundingClientRect();
  const rowHeader = cell.parentElement!.firstElementChild!.getBoundingClientRect();
  return box.top >= head.bottom - 1 && box.bottom <= scroller.bottom + 1 && box.left >= rowHeader.right - 1 && box.right <= scroller.right + 1;
}

describe('dz-task-matrix at province scale', () => {
  it('renders only a window of rows and cells, with the whole size in aria-rowcount/colcount', async () => {
    const { el, rows, columns } = await renderBig();
    expect(table(el).getAttribute('aria-rowcount')).to.equal(String(rows + 2));
    expect(table(el).getAttribute('aria-colcount')).to.equal(String(columns + 2));
    // Named by its caption alone (review r86 M1): aria-labelledby beside it made the caption its description too.
    expect(table(el).caption?.textContent?.trim(), 'the caption').to.match(/^責任分工表/);
    expect(table(el).getAttribute('aria-labelledby')).to.equal(null);
    const shown = bodyRows(el);
    expect(shown.length).to.be.greaterThan(5).and.lessThan(rows / 2);
    expect(roleCells(el).length).to.be.lessThan((rows * columns) / 10);
    expect(shown.map((tr) => Number(tr.getAttribute('aria-rowindex')))).to.deep.equal(shown.map((_, i) => i + 2));
    expect(table(el).tHead!.rows[0]!.getAttribute('aria-rowindex')).to.equal('1');
    expect(table(el).tFoot!.rows[0]!.getAttribute('aria-rowindex')).to.equal(String(rows + 2));
    const firstCells = [...shown[0]!.querySelectorAll('td.cell')].map((td) => Number(td.getAttribute('aria-colindex')));
    expect(firstCells[0]).to.equal(2);
    expect(firstCells).to.deep.equal(firstCells.map((_, i) => i + 2));
  });

  it('names the empty cells of its window "無分工" for screen readers, and again after the window moves, as the whole table does', async () => {
    const { el } = await renderBig();
    const named = () => {
      const cells = [...roleCells(el)];
      const empty = cells.filter((cell) => cell.classList.contains('empty'));
      expect(empty.length).to.be.greaterThan(0);
      expect(empty.filter((cell) => cell.getAttribute('aria-label') !== '無分工' || cell.textContent !== '' || cell.childElementCount > 0)).to.deep.equal([]);
      expect(cells.filter((cell) => !cell.classList.contains('empty') && cell.hasAttribute('aria-label'))).to.deep.equal([]);
    };
    named();
    const first = bodyRows(el)[0]!.getAttribute('aria-rowindex');
    const scroller = root(el).querySelector('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await until(() => bodyRows(el)[0]?.getAttribute('aria-rowindex') !== first, 'the window moves');
    await el.updateComplete;
    named();
  });

  it('renders its first window once: sized before the render as the styles lay it out, measuring it drops no row or cell', async () => {
    const el = document.createElement('dz-task-matrix');
    el.style.width = '900px';
    el.plan = bigPlan;
    document.body.append(el);
    try {
      // Rows and role cells taken out of the table again: a first window sized on wrong guesses, redone once measured.
      let dropped = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) if (node instanceof Element && node.matches('tr[aria-rowindex], td.cell, th[aria-colindex]')) dropped++;
        }
      });
      observer.observe(root(el), { childList: true, subtree: true });
      await el.updateComplete;
      await until(() => bodyRows(el).length > 0, 'rows rendered');
      // The measure runs after the render and any change it makes is rendered by the next frame: wait for two.
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      observer.disconnect();
      expect(bodyRows(el).length).to.be.greaterThan(5);
      expect(dropped, 'rows and cells rendered, then dropped').to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('scrolling renders the rows and columns in view, in the next frame', async () => {
    const { el, rows } = await renderBig();
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.scrollLeft = scroller.scrollWidth / 2;
    const visibleRows = () =>
      bodyRows(el).filter((tr) => {
        const box = tr.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
    const middleCell = () => {
      const box = scroller.getBoundingClientRect();
      return root(el).elementFromPoint(box.left + box.width * 0.6, box.top + box.height * 0.6)?.closest('td.cell');
    };
    // The window follows in the next frames (a render may move the scroll position once more, as Firefox does).
    await until(() => visibleRows().length > 3 && middleCell(), 'rows and a role cell in the middle of the view');
    expect(Number(bodyRows(el)[0]!.getAttribute('aria-rowindex'))).to.be.greaterThan(10);
    expect(Number(bodyRows(el).at(-1)!.getAttribute('aria-rowindex'))).to.be.at.most(rows + 1);
    expect(bodyRows(el).length).to.be.lessThan(rows / 2);
  });

  it('arrow keys, PageDown and Ctrl+End move across the whole table and focus the right cell in view', async () => {
    const { el, rows, columns } = await renderBig();
    cellAt(el, 0, 0)!.focus();
    await el.updateComplete;
    const expectAt = async (row: number, column: number) => {
      await until(() => cellAt(el, row, column) && deepActive() === cellAt(el, row, column), `focus at ${row},${column}`);
      const cell = cellAt(el, row, column)!;
      expect(cell.tabIndex).to.equal(0);
      expect(table(el).querySelectorAll('td.cell[tabindex="0"]').length).to.equal(1);
      await until(() => inView(el, cell), `cell ${row},${column} scrolled into view`);
      expect(cell.parentElement!.classList.contains('row-hl')).to.equal(true);
    };
    await press('ArrowRight');
    await expectAt(0, 1);
    await press('ArrowDown');
    await expectAt(1, 1);
    await press('PageDown');
    await expectAt(11, 1);
    await press('PageDown');
    await press('PageDown');
    await expectAt(31, 1);
    // End and Ctrl+End go to the totals (review r105 F3): the last role cells are a key back from them.
    await press('End');
    await press('ArrowLeft');
    await expectAt(31, columns - 1);
    await press('Control+End');
    await press('ArrowUp');
    await press('ArrowLeft');
    await expectAt(rows - 1, columns - 1);
    await press('ArrowLeft');
    await expectAt(rows - 1, columns - 2);
    await press('Control+Home');
    await press('ArrowDown');
    await press('ArrowRight');
    await expectAt(0, 0);
    expect(root(el).querySelector('.scroller')!.scrollTop).to.equal(0);
  });

  it('a focus move re-renders only the rows whose state changed', async () => {
    const { el } = await renderBig();
    cellAt(el, 3, 2)!.focus();
    await el.updateComplete;
    const before = bodyRows(el);
    const untouched = before[8]!.querySelector('td.cell[aria-colindex="8"]')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(table(el).tBodies[0]!, { subtree: true, attributes: true, childList: true, characterData: true });
    await press('ArrowDown');
    await until(() => deepActive() === cellAt(el, 4, 2));
    await el.updateComplete;
    records.push(...observer.takeRecords());
    observer.disconnect();
    const changedRows = new Set(records.map((r) => (r.target as Element).closest?.('tr')?.getAttribute('aria-rowindex')));
    expect([...changedRows].sort()).to.deep.equal(['5', '6']);
    expect(bodyRows(el)[8]!.querySelector('td.cell[aria-colindex="8"]')).to.equal(untouched);
  });

  it('rows="tasks" windows the transposed table the same way', async () => {
    const { el, rows: units, columns: tasks } = await renderBig();
    el.rows = 'tasks';
    await el.updateComplete;
    await until(() => table(el).getAttribute('aria-rowcount') === String(tasks + 2), 'transposed');
    expect(table(el).getAttribute('aria-colcount')).to.equal(String(units + 2));
    expect(bodyRows(el).length).to.be.lessThan(tasks / 2);
    cellAt(el, 0, 0)!.focus();
    await press('Control+End');
    await press('ArrowUp');
    await press('ArrowLeft');
    await until(() => deepActive() === cellAt(el, tasks - 1, units - 1), 'focus on the last role cell');
  });

  // The tooltip is on what is shown, hidden from screen readers: on the header, it was its description, its name again
  // (review r86 L1).
  it('a row header cut to one line keeps its whole name on hover (title), not as its description, units as rows and tasks as rows', async () => {
    const { el } = await renderBig();
    const heads = () => bodyRows(el).map((tr) => tr.querySelector('th')!);
    // The whole name as a screen reader has it: the unit's name, or the task's number and title in the hidden span.
    const fullName = (th: HTMLElement) => (th.querySelector('.visually-hidden') ?? th).textContent!.trim();
    const tooltip = (th: HTMLElement) => {
      expect(th.hasAttribute('title'), `${th.textContent}: a title on the header`).to.equal(false);
      return th.querySelector<HTMLElement>('[aria-hidden="true"][title]')?.title;
    };
    for (const th of [...heads(), ...[...table(el).tHead!.rows[0]!.cells].slice(1, -1).filter((th) => !th.classList.contains('gap'))]) {
      expect(fullName(th)).to.not.equal('');
      expect(tooltip(th), th.textContent!).to.equal(fullName(th));
    }
    el.rows = 'tasks';
    await el.updateComplete;
    await until(() => heads()[0]?.querySelector('.visually-hidden') != null, 'transposed');
    // A cell's scrollWidth does not grow with clipped text: the width of its words, laid out on one line, does.
    const wordsWidth = (th: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return range.getBoundingClientRect().width;
    };
    const clipped = heads().filter((th) => wordsWidth(th) > th.clientWidth);
    expect(clipped.length, 'some task titles are cut').to.be.greaterThan(0);
    for (const th of heads()) {
      expect(fullName(th)).to.not.equal('');
      expect(tooltip(th)).to.equal(fullName(th));
    }
  });

  it('exports every row to CSV', async () => {
    const { el, rows } = await renderBig();
    const lines = el.toCsv().trimEnd().split('\r\n');
    // Header, one line per unit, then lead, participating and overall totals.
    expect(lines.length).to.equal(rows + 4);
    expect(lines[0]!.split(',').length).to.be.greaterThan(bigPlan.tasks.length);
  });

  it('renders every row and cell for printing, in bands of 20 columns, and the window again after', async () => {
    const { el, rows, columns } = await renderBig();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const bands = [...root(el).querySelectorAll('table')];
    expect(bands.length).to.equal(Math.ceil(columns / PRINT_BAND_COLUMNS));
    for (const band of bands) expect(band.tBodies[0]!.rows.length).to.equal(rows);
    expect(bands.map((band) => band.tHead!.rows[0]!.cells.length - 2)).to.deep.equal(
      bands.map((_, b) => Math.min(PRINT_BAND_COLUMNS, columns - b * PRINT_BAND_COLUMNS)),
    );
    expect(root(el).querySelectorAll('td.cell').length).to.equal(rows * columns);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await until(() => bodyRows(el).length < rows / 2, 'the window again');
    expect(table(el).getAttribute('aria-rowcount')).to.equal(String(rows + 2));
  });

  it('passes axe, also with the focus and highlight far down the table', async () => {
    const { el } = await renderBig();
    await expect(el).to.be.accessible();
    cellAt(el, 0, 0)!.focus();
    await press('Control+End');
    await press('ArrowUp');
    await until(() => deepActive()?.matches('td.total[tabindex="0"]') && deepActive()!.parentElement!.classList.contains('row-hl'));
    await expect(el).to.be.accessible();
  });
});
