/**
 * The matrix's grid as the APG's data grid: every cell takes focus, headers and totals too (review r105 F3, r98 L1).
 * The arrow keys, Home/End, Ctrl+Home/End and Page Up/Down reach the unit names, the task columns and the 合計 row and
 * column; one Tab stop follows them, the line above the table says the cell, the row and column tint follow, in the
 * whole table and in the windowed one.
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { buildBigPlan, provinceScale } from '../../../../scripts/bench/big-plan-build.js';
import { deepActive, pressOrSkip } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The focused element in words: its tag, and its text. Compared as strings: a failed comparison of elements hangs. */
const focusedText = () => `${deepActive()?.localName} ${text(deepActive())}`;
const at = (cell: Element | null | undefined) => `${cell?.localName} ${text(cell)}`;
const stops = (el: DzTaskMatrix) => root(el).querySelectorAll('table [tabindex="0"]').length;
const current = (el: DzTaskMatrix) => text(root(el).querySelector('.current'));

describe('dz-task-matrix: the arrow keys reach the headers and the totals', () => {
  it('in the whole table (section 4): the unit names, the task columns, the corner, the 合計 row and column', async function () {
    const wrapper = await fixture<HTMLElement>(html`<div><dz-task-matrix section="4" style="width: 900px"></dz-task-matrix><button>after</button></div>`);
    const el = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
    await until(() => root(el).querySelector('td.cell'), 'the table');
    const table = root(el).querySelector('table')!;
    const { rows: units, columns: tasks, totals, rowTotals } = dezhou().responsibilityMatrix({ sections: [4] });
    const rows = table.rows; // the header row, the units, the totals row
    const last = rows.length - 1;
    const press = async (key: string) => {
      await pressOrSkip(this, key);
      await el.updateComplete;
    };
    const expectAt = (row: number, column: number, line: string[], key: string) => {
      const cell = rows[row]!.cells[column];
      expect(focusedText(), `after ${key}`).to.equal(at(cell));
      expect(stops(el), `one Tab stop after ${key}`).to.equal(1);
      expect(cell!.getAttribute('tabindex'), `the stop on the focused cell after ${key}`).to.equal('0');
      for (const words of line) expect(current(el), `the line above the table after ${key}`).to.contain(words);
    };
    (rows[1]!.cells[1] as HTMLElement).focus();
    await el.updateComplete;
    await press('ArrowLeft');
    expectAt(1, 0, [units[0]!.name['zh-Hant']], 'ArrowLeft');
    expect(rows[1]!.classList.contains('row-hl'), 'the row tinted on its header').to.equal(true);
    await press('ArrowUp');
    expectAt(0, 0, ['單位'], 'ArrowUp to the corner');
    await press('ArrowRight');
    expectAt(0, 1, [`任務 ${tasks[0]!.number}`, tasks[0]!.title['zh-Hant']], 'ArrowRight to a task column');
    expect(rows[0]!.cells[1]!.classList.contains('col-hl'), 'the column tinted on its header').to.equal(true);
    await press('End');
    expectAt(0, tasks.length + 1, ['合計'], 'End in the header row');
    await press('ArrowDown');
    expectAt(1, tasks.length + 1, [units[0]!.name['zh-Hant'], '合計', `${rowTotals[0]!.total}`, `牽頭 ${rowTotals[0]!.lead}、參與 ${rowTotals[0]!.participating}`], 'ArrowDown to a row total');
    expect(rows[2]!.cells[tasks.length + 1]!.classList.contains('col-hl'), 'the totals column tinted').to.equal(true);
    await press('Home');
    expectAt(1, 0, [units[0]!.name['zh-Hant']], 'Home');
    await press('Control+End');
    expectAt(last, tasks.length + 1, ['合計', `${totals.total}`, `牽頭 ${totals.lead}、參與 ${totals.participating}`], 'Control+End');
    expect(rows[last]!.classList.contains('row-hl'), 'the totals row tinted').to.equal(true);
    await press('ArrowRight');
    await press('ArrowDown');
    expectAt(last, tasks.length + 1, [], 'ArrowRight and ArrowDown at the last cell');
    await press('ArrowLeft');
    expectAt(last, tasks.length, [`任務 ${tasks.at(-1)!.number}`, '合計'], 'ArrowLeft in the totals row');
    await press('PageUp');
    await press('PageUp');
    await press('PageUp');
    await press('PageUp');
    expectAt(0, tasks.length, [`任務 ${tasks.at(-1)!.number}`], 'PageUp to the header row');
    await press('Control+Home');
    expectAt(0, 0, [], 'Control+Home');
    await press('ArrowLeft');
    await press('ArrowUp');
    expectAt(0, 0, [], 'ArrowLeft and ArrowUp at the corner');
    // Tab leaves the grid from a header, and comes back to it.
    await press('Tab');
    expect(focusedText(), 'Tab from the corner').to.equal('button after');
    expect(current(el), 'the line empty with focus out of the grid').to.equal('');
    await press('Shift+Tab');
    expectAt(0, 0, ['單位'], 'Shift+Tab back to the corner');
    await press('ArrowDown');
    await press('ArrowDown');
    expectAt(2, 0, [units[1]!.name['zh-Hant']], 'ArrowDown to a unit');
  });

  it('a sticky header or row header takes focus where it is: the frame does not scroll along its sticky side', async function () {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px; --dz-matrix-max-height: 400px"></dz-task-matrix>`);
    await until(() => root(el).querySelector('td.cell'), 'the table');
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const table = root(el).querySelector('table')!;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.scrollLeft = scroller.scrollWidth / 2;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // A role cell in view, mid-frame.
    const box = scroller.getBoundingClientRect();
    const hit = root(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('td.cell') as HTMLElement;
    hit.focus();
    await el.updateComplete;
    const top = scroller.scrollTop;
    await pressOrSkip(this, 'Home');
    await el.updateComplete;
    expect(deepActive()?.matches('tbody th'), `Home on the row header, not ${focusedText()}`).to.equal(true);
    expect(Math.abs(scroller.scrollTop - top), `scrolled from ${top} to ${scroller.scrollTop}`).to.be.at.most(1);
    // Up to the header row from the first row, scrolled sideways: the column header where it is.
    scroller.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const firstRow = table.tBodies[0]!.rows[0]!;
    const inView = [...firstRow.querySelectorAll<HTMLElement>('td.cell')].find((td) => td.getBoundingClientRect().left > box.left + box.width / 2)!;
    inView.focus();
    await el.updateComplete;
    const left = scroller.scrollLeft;
    expect(left, 'scrolled sideways').to.be.above(0);
    await pressOrSkip(this, 'ArrowUp');
    await el.updateComplete;
    expect(focusedText(), 'ArrowUp on the column header').to.equal(at(table.rows[0]!.cells[(inView as HTMLTableCellElement).cellIndex]));
    expect(Math.abs(scroller.scrollLeft - left), `scrolled from ${left} to ${scroller.scrollLeft}`).to.be.at.most(1);
  });

  it('in a windowed table: End and Ctrl+End reach the totals, Ctrl+Home the corner, kept with their ARIA indexes', async function () {
    const bigPlan: Plan = buildBigPlan(dezhou().plan, provinceScale);
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    await until(() => root(el).querySelector('.scroller.virtual td.cell'), 'the windowed table');
    const table = root(el).querySelector('table')!;
    const rowCount = Number(table.getAttribute('aria-rowcount'));
    const colCount = Number(table.getAttribute('aria-colcount'));
    const press = async (key: string) => {
      await pressOrSkip(this, key);
      await el.updateComplete;
    };
    const expectAria = async (row: number, column: number, key: string) => {
      await until(() => deepActive()?.getAttribute('aria-colindex') === `${column}` && deepActive()?.parentElement?.getAttribute('aria-rowindex') === `${row}`, `focus at ${row}, ${column} after ${key}: ${focusedText()}`);
      expect(stops(el), `one Tab stop after ${key}`).to.equal(1);
    };
    root(el).querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
    await el.updateComplete;
    await press('End');
    await expectAria(2, colCount, 'End');
    expect(current(el), 'the line after End').to.contain('合計');
    await press('Control+End');
    await expectAria(rowCount, colCount, 'Control+End');
    await press('Control+Home');
    await expectAria(1, 1, 'Control+Home');
    await press('ArrowDown');
    await expectAria(2, 1, 'ArrowDown');
  });
});
