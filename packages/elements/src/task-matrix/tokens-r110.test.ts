/**
 * The matrix table follows the host's font size and the space token, as the other elements' tables and cards do
 * (review r110: `dz-task-matrix { font-size: 12px; --dz-space: .125rem }` compacted the overview and the card, while
 * the matrix's headers and empty cells stayed 14 px with a padding of 4 px 8 px). At the defaults, nothing moves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

/** The font size and padding (block, inline) of the table, a column header, a row header and an empty cell, in px. */
function measures(el: DzTaskMatrix): Record<string, number[]> {
  const root = el.shadowRoot!;
  const parts = {
    table: root.querySelector('table')!,
    'column header': root.querySelector('thead th')!,
    'row header': root.querySelector('tbody th[scope="row"]')!,
    'empty cell': root.querySelector('td.cell:not(.lead):not(.participating)')!,
  };
  return Object.fromEntries(
    Object.entries(parts).map(([name, node]) => {
      const style = getComputedStyle(node);
      return [name, [style.fontSize, style.paddingTop, style.paddingLeft, style.paddingBottom, style.paddingRight].map(parseFloat)];
    }),
  );
}

async function matrix(style: string): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" style=${`width: 900px; ${style}`}></dz-task-matrix>`);
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('td.cell:not(.lead):not(.participating)'), 'an empty cell').to.not.equal(null);
  return el;
}

describe('dz-task-matrix: the host’s font size and --dz-space reach the table (review r110)', () => {
  it('at the defaults (a 16 px root, a space of 0.5rem): 14 px text, 4 px 8 px paddings, as before', async () => {
    const el = await matrix('');
    const table = [14, 0, 0, 0, 0];
    const cell = [14, 4, 8, 4, 8];
    expect(measures(el)).to.deep.equal({ table, 'column header': cell, 'row header': cell, 'empty cell': cell });
  });

  it('font-size: 12px and --dz-space: .125rem give 10.5 px text and 1 px 2 px paddings', async () => {
    const el = await matrix('font-size: 12px; --dz-space: .125rem');
    const table = [10.5, 0, 0, 0, 0];
    const cell = [10.5, 1, 2, 1, 2];
    expect(measures(el)).to.deep.equal({ table, 'column header': cell, 'row header': cell, 'empty cell': cell });
  });

  it('a space set on the page reaches the cells (1.5rem: 12 px 24 px)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="--dz-space: 1.5rem"><dz-task-matrix section="4" style="width: 900px"></dz-task-matrix></div>`);
    const el = page.querySelector<DzTaskMatrix>('dz-task-matrix')!;
    await el.updateComplete;
    expect(measures(el)['empty cell']).to.deep.equal([14, 12, 24, 12, 24]);
  });

  /** A role cell's font size, top padding and glyph size, and a total's split's font size, in px. */
  function roleCell(el: DzTaskMatrix): number[] {
    const root = el.shadowRoot!;
    const cell = getComputedStyle(root.querySelector('td.lead')!);
    const split = getComputedStyle(root.querySelector('td.total .split')!);
    return [cell.fontSize, cell.paddingTop, cell.backgroundSize.split(' ')[0]!, split.fontSize].map(parseFloat);
  }

  it('the role cells, their glyphs and the totals’ splits follow too (review r112 F4): 12 px at the defaults, three quarters at 12 px', async () => {
    const byDefault = roleCell(await matrix(''));
    const compact = roleCell(await matrix('font-size: 12px'));
    expect(byDefault.map((n) => Math.round(n * 10) / 10)).to.deep.equal([12, 20.8, 11, 12]);
    expect(compact.map((n, i) => Math.round((n / byDefault[i]!) * 100) / 100)).to.deep.equal([0.75, 0.75, 0.75, 0.75]);
  });
});

