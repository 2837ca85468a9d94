/**
 * The table's header cells, body rows and totals as the browser builds them (clones of prototypes, table-grid.ts)
 * against the same grid as a server draws it (the directives' Lit templates): the same markup in every language and
 * way round, whatever the focused cell; and, what makes the first render fast, no Lit marker among them.
 */
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../task-matrix.js';
import { nextTask } from '../../test/support/wait.js';
import { en } from '../shared/i18n/en.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { zhHant } from '../shared/i18n/zh-hant.js';
import { computeMatrix } from './matrix-view.js';
import { bodyRows, columnHeaders, columnTotals, type GridState } from './table-grid.js';
import type { DzTaskMatrix } from './task-matrix.js';

/** Markup without Lit's comment markers. */
const plain = (nodes: readonly Element[]) => nodes.map((node) => node.outerHTML.replace(/<!--[^]*?-->/g, '')).join('');

/** The header cells between the corner and the total, the body rows, and the totals between their header and the overall one. */
function gridOf(table: HTMLTableElement): { head: Element[]; body: Element[]; foot: Element[] } {
  return {
    head: [...table.tHead!.rows[0]!.cells].slice(1, -1),
    body: [...table.tBodies[0]!.rows],
    foot: [...table.tFoot!.rows[0]!.cells].slice(1, -1),
  };
}

interface Case {
  readonly lang: 'zh-Hant' | 'en';
  readonly t: Strings;
  readonly section?: string;
  readonly rows?: 'units' | 'tasks';
  readonly sort?: 'order' | 'load';
}

/** The grid as a server draws it: the directives' templates, rendered by Lit. */
function templatedGrid(c: Case, focus: { tintedRow: number; tintedColumn: number; tabRow: number; tabColumn: number }) {
  const result = computeMatrix(dezhou(), { section: c.section, unit: undefined, rows: c.rows ?? 'units', sort: c.sort ?? 'order' });
  if (result.kind !== 'ready') throw new Error(result.kind);
  const grid: GridState = { view: result.view, lang: c.lang, t: c.t, ...focus, hydrating: true };
  const holder = document.createElement('div');
  render(
    html`<table>
      <thead>
        <tr><th></th>${columnHeaders(grid)}<th></th></tr>
      </thead>
      <tbody>${bodyRows(grid)}</tbody>
      <tfoot>
        <tr><th></th>${columnTotals(grid)}<td></td></tr>
      </tfoot>
    </table>`,
    holder,
  );
  return gridOf(holder.querySelector('table')!);
}

async function matrix(c: Case): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(
    html`<dz-task-matrix lang=${c.lang} section=${c.section ?? ''} rows=${c.rows ?? 'units'} sort=${c.sort ?? 'order'} style="width: 900px"></dz-task-matrix>`,
  );
  await el.updateComplete;
  return el;
}

function expectSameGrid(el: DzTaskMatrix, c: Case, focus: { tintedRow: number; tintedColumn: number; tabRow: number; tabColumn: number }) {
  const live = gridOf(el.shadowRoot!.querySelector('table')!);
  const served = templatedGrid(c, focus);
  expect(live.body.length).to.be.greaterThan(3);
  expect(plain(live.head), 'header cells').to.equal(plain(served.head));
  live.body.forEach((row, r) => expect(plain([row]), `row ${r}`).to.equal(plain([served.body[r]!])));
  expect(live.body.length, 'rows').to.equal(served.body.length);
  expect(plain(live.foot), 'totals').to.equal(plain(served.foot));
}

const cases: readonly Case[] = [
  { lang: 'zh-Hant', t: zhHant },
  { lang: 'en', t: en, section: '4' },
  { lang: 'zh-Hant', t: zhHant, section: '4', rows: 'tasks' },
  { lang: 'en', t: en, section: '2', rows: 'tasks', sort: 'load' },
];

describe('dz-task-matrix grid: built in the browser as a server draws it', () => {
  for (const c of cases) {
    it(`${c.lang}${c.section ? `, section ${c.section}` : ', whole plan'}${c.rows === 'tasks' ? ', tasks as rows' : ''}${c.sort === 'load' ? ', by load' : ''}: the same grid, before and after a cell is focused`, async () => {
      const el = await matrix(c);
      expectSameGrid(el, c, { tintedRow: -1, tintedColumn: -1, tabRow: 0, tabColumn: 0 });
      const target = el.shadowRoot!.querySelector('tbody')!.rows[2]!.cells[3]!;
      target.focus();
      await el.updateComplete;
      expectSameGrid(el, c, { tintedRow: 2, tintedColumn: 2, tabRow: 2, tabColumn: 2 });
      el.shadowRoot!.querySelector('tbody')!.rows[1]!.cells[1]!.focus();
      await el.updateComplete;
      expectSameGrid(el, c, { tintedRow: 1, tintedColumn: 0, tabRow: 1, tabColumn: 0 });
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      await nextTask();
      await el.updateComplete;
      expectSameGrid(el, c, { tintedRow: -1, tintedColumn: -1, tabRow: 1, tabColumn: 0 });
    });
  }

  it('the whole plan has no Lit marker among its 3,500 header, body and total cells: they are built in one pass', async () => {
    const el = await matrix({ lang: 'zh-Hant', t: zhHant });
    const table = el.shadowRoot!.querySelector('table')!;
    const comments = (node: Node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    };
    const { head, body, foot } = gridOf(table);
    expect(head.length + foot.length + body.reduce((sum, row) => sum + (row as HTMLTableRowElement).cells.length, 0)).to.be.greaterThan(3500);
    expect([...head, ...body, ...foot].reduce((sum, node) => sum + comments(node), 0)).to.equal(0);
    // The table around them: a few markers for its caption, the directives and the sort marks, not one per row or cell.
    expect(comments(table)).to.be.at.most(16);
  });
});
