/**
 * What the whole plan's table asks the browser to style and lay out (issue 10: its first render within 1.3× of the
 * same table as static HTML). Style and layout cost about the same per element, so the table holds few more
 * elements than a static one: a role cell is one element (its glyph drawn by CSS, without alternative text, its word
 * as text), a total is its sum (text) and one labelled image of its split (words for screen readers, glyphs for the eye).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../task-matrix.js';
import { roleGlyphs } from '../shared/glyphs.js';
import type { DzTaskMatrix } from './task-matrix.js';

async function wholePlan(lang = 'zh-Hant'): Promise<HTMLTableElement> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix lang=${lang} style="width: 900px"></dz-task-matrix>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('table')!;
}

/** An element's own text, without its children's. */
const ownText = (node: Element) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('').trim();

/** The generated content of a cell's `::before`: `"●" / ""` (a glyph, and an empty alternative text). */
const glyphOf = (cell: Element) => getComputedStyle(cell, '::before').content;

describe('dz-task-matrix: what the browser lays out', () => {
  it('a role cell is one element: its word as text, its glyph drawn by CSS with an empty alternative text', async () => {
    const table = await wholePlan();
    const lead = table.querySelector('td.lead')!;
    const participating = table.querySelector('td.participating')!;
    expect([lead.childElementCount, participating.childElementCount]).to.deep.equal([0, 0]);
    expect([lead.textContent, participating.textContent]).to.deep.equal(['牽頭', '參與']);
    expect(glyphOf(lead)).to.match(new RegExp(`^"${roleGlyphs.lead}"\\s*/\\s*""$`));
    expect(glyphOf(participating)).to.match(new RegExp(`^"${roleGlyphs.participating}"\\s*/\\s*""$`));
    expect(glyphOf(table.querySelector('td.empty')!)).to.equal('none');
  });

  it('in English the abbreviated word is shown and the whole word is read', async () => {
    const table = await wholePlan('en');
    const participating = table.querySelector('td.participating')!;
    expect(participating.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Part.');
    expect(participating.querySelector('.visually-hidden')!.textContent).to.equal('Participating');
    expect(glyphOf(participating)).to.match(new RegExp(`^"${roleGlyphs.participating}"\\s*/\\s*""$`));
  });

  it('a total is its sum, as text, and one image of its split, labelled in words', async () => {
    const table = await wholePlan();
    const totals = [...table.querySelectorAll('td.total')];
    expect(totals.length).to.equal(table.tBodies[0]!.rows.length + table.tHead!.rows[0]!.cells.length - 1);
    for (const total of totals) {
      expect(total.childElementCount).to.equal(1);
      const split = total.querySelector('.split')!;
      expect(split.getAttribute('role')).to.equal('img');
      const [, lead, participating] = /^●(\d+) ○(\d+)$/.exec(split.textContent!)!;
      expect(split.getAttribute('aria-label')).to.equal(`牽頭 ${lead}、參與 ${participating}`);
      expect(Number(ownText(total))).to.equal(Number(lead) + Number(participating));
    }
  });

  it('the whole plan (48 × 69) holds at most 1.1 elements per cell of its grid, headers and totals included', async () => {
    const table = await wholePlan();
    const grid = [...table.rows].reduce((sum, row) => sum + row.cells.length, 0);
    const elements = table.querySelectorAll('*').length;
    expect(grid).to.equal(50 * 71);
    expect(elements / grid).to.be.at.most(1.1);
  });
});
