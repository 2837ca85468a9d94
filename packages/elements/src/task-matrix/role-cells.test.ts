/**
 * The role cells as the browser builds them (clones of three prototype cells, see table-grid.ts) against the cells
 * as a server draws them (the Lit templates of the same directive): the same markup, whatever the language, the
 * tinted column and the tab stop, and no Lit part left in any cell.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../task-matrix.js';
import { nextTask } from '../../test/support/wait.js';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { en } from '../shared/i18n/en.js';
import { zhHant } from '../shared/i18n/zh-hant.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { viewOf } from './matrix-view.js';
import { roleCells } from './role-cells.js';
import type { DzTaskMatrix } from './task-matrix.js';

const bodyRows = (el: DzTaskMatrix) => [...el.shadowRoot!.querySelector('tbody')!.rows];
const roleCellsOf = (row: HTMLTableRowElement) => [...row.querySelectorAll<HTMLTableCellElement>('td.cell')];

/** Markup without Lit's comment markers. */
const plain = (cells: readonly Element[]) => cells.map((cell) => cell.outerHTML.replace(/<!--[^]*?-->/g, '')).join('');

/** The cells of row `row` as the server draws them: {@link roleCells}' Lit templates, rendered by Lit. */
function templatedRow(section: number, row: number, t: Strings, tintedColumn: number, tabColumn: number): Element[] {
  const view = viewOf(dezhou().responsibilityMatrix({ sections: [section] }), 'units');
  const holder = document.createElement('tr');
  render(roleCells({ view, row, t, tintedColumn, tabColumn }), holder);
  return [...holder.children];
}

describe('dz-task-matrix role cells', () => {
  for (const [lang, t] of [
    ['zh-Hant', zhHant],
    ['en', en],
  ] as const) {
    it(`in ${lang}, the browser's cells are the server's, the focused cell's column tinted and its tab stop set`, async () => {
      const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" lang=${lang} style="width: 900px"></dz-task-matrix>`);
      await el.updateComplete;
      const rows = bodyRows(el);
      expect(rows.length).to.be.greaterThan(3);
      roleCellsOf(rows[2]!)[3]!.focus();
      await el.updateComplete;
      rows.forEach((tr, r) => {
        expect(plain(roleCellsOf(tr)), `row ${r}`).to.equal(plain(templatedRow(4, r, t, 3, r === 2 ? 3 : -1)));
      });
    });
  }

  for (const [lang, noRole] of [
    ['zh-Hant', '無分工'],
    ['zh-Hans', '无分工'],
    ['en', 'no role'],
  ] as const) {
    it(`in ${lang}, names every cell without a role "${noRole}" for screen readers (never a blank), leaves it empty to the eye, and names no role cell`, async () => {
      const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix lang=${lang} style="width: 900px"></dz-task-matrix>`);
      await el.updateComplete;
      const cells = [...el.shadowRoot!.querySelectorAll<HTMLTableCellElement>('td.cell')];
      const empty = cells.filter((cell) => cell.classList.contains('empty'));
      expect(empty.length, 'the whole plan has its 3,126 empty cells').to.equal(3126);
      expect(empty.filter((cell) => cell.getAttribute('aria-label') !== noRole)).to.deep.equal([]);
      expect(empty.filter((cell) => cell.childNodes.length > 0), 'one element each, nothing in it').to.deep.equal([]);
      expect(cells.filter((cell) => !cell.classList.contains('empty') && cell.hasAttribute('aria-label')), 'a role cell reads its word').to.deep.equal([]);
      // The legend says it with the same word.
      expect(el.shadowRoot!.querySelector('.legend')!.textContent).to.contain(noRole);
    });
  }

  it('has no Lit part in any cell of the whole plan: the cells are clones, not templates', async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px"></dz-task-matrix>`);
    await el.updateComplete;
    const cells = [...el.shadowRoot!.querySelectorAll('td.cell')];
    expect(cells.length).to.be.greaterThan(3000);
    const withMarkers = cells.filter((cell) => document.createTreeWalker(cell, NodeFilter.SHOW_COMMENT).nextNode() !== null);
    expect(withMarkers.length).to.equal(0);
  });

  it('takes the tint off when the focus leaves, keeps one tab stop, and re-words every cell when the language changes', async () => {
    const el = await fixture<DzTaskMatrix>(html`<div><dz-task-matrix section="4" style="width: 900px"></dz-task-matrix><button>after</button></div>`);
    const matrix = el.querySelector('dz-task-matrix')!;
    await matrix.updateComplete;
    roleCellsOf(bodyRows(matrix)[1]!)[2]!.focus();
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.querySelectorAll('td.cell.col-hl').length).to.equal(bodyRows(matrix).length);
    el.querySelector('button')!.focus();
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.querySelectorAll('td.cell.col-hl').length).to.equal(0);
    const tabStops = () => [...matrix.shadowRoot!.querySelectorAll<HTMLTableCellElement>('td.cell')].filter((cell) => cell.tabIndex === 0);
    expect(tabStops()).to.deep.equal([roleCellsOf(bodyRows(matrix)[1]!)[2]]);

    matrix.setAttribute('lang', 'en');
    await nextTask();
    await matrix.updateComplete;
    bodyRows(matrix).forEach((tr, r) => expect(plain(roleCellsOf(tr)), `row ${r}`).to.equal(plain(templatedRow(4, r, en, -1, r === 1 ? 2 : -1))));
    expect(tabStops().length).to.equal(1);
  });
});
