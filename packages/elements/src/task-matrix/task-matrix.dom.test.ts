/**
 * What the whole plan's table asks the browser to style and lay out (issue 10: its first render within 1.3× of the
 * same table as static HTML). Style and layout cost about the same per element and per box, so the table holds few
 * more elements than a static one: a role cell is one element and one box (its word as text, its glyph drawn on
 * screen as the cell's background, and as generated content without alternative text where backgrounds do not
 * show: in print and in forced colours), a total is its sum (text) and one labelled image of its split (words for
 * screen readers, glyphs for the eye).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../task-matrix.js';
import { roleGlyphs } from '../shared/glyphs.js';
import { DzTaskMatrix } from './task-matrix.js';

async function wholePlan(lang = 'zh-Hant'): Promise<HTMLTableElement> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix lang=${lang} style="width: 900px"></dz-task-matrix>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('table')!;
}

/** An element's own text, without its children's. */
const ownText = (node: Element) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('').trim();

/** The generated content of a cell's `::before`: `none` on screen (no box of its own). */
const glyphOf = (cell: Element) => getComputedStyle(cell, '::before').content;

/** The layers of a cell's background image: `radial-gradient(…)` (its glyph), `linear-gradient(…)` (the tint). */
const layersOf = (cell: Element) => getComputedStyle(cell).backgroundImage.match(/[a-z-]+-gradient/g) ?? [];

/**
 * The matrix's rules under a media query that names `media` (`print`, `forced-colors`), as `selector { declarations }`.
 */
function rulesUnder(media: string): string[] {
  const sheets = DzTaskMatrix.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  const rules: string[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes(media)) rules.push(...[...rule.cssRules].map((inner) => inner.cssText));
    }
  }
  return rules;
}

/** The selector lists of the matrix's rules that apply on screen now (top level, or under a media query that matches). */
function screenSelectors(): string[] {
  const sheets = DzTaskMatrix.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  const selectors: string[] = [];
  const collect = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
      else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) collect(rule.cssRules);
    }
  };
  for (const sheet of sheets) collect(sheet.cssRules);
  return selectors;
}

/**
 * Whether a selector's last compound names the `td` type and no class, attribute or id: browsers file such a rule
 * under `td`, so each of the table's 3,000 cells tests it (what is inside `:not()` does not count).
 */
const keyedOnTdAlone = (selector: string) => {
  const last = selector.replace(/:not\([^)]*\)/g, '').trim().split(/\s*[\s>+~]\s*/).pop()!;
  return /^td\b/.test(last) && !/[.[#]/.test(last);
};

/** `content: "●" / ""` of the `::before` rule of a role under a media query, as the browser serialises it. */
const printedGlyph = (media: string, role: 'lead' | 'participating') =>
  rulesUnder(media).find((rule) => rule.startsWith(`td.${role}::before {`) && rule.includes('content'));

describe('dz-task-matrix: what the browser lays out', () => {
  it('a role cell is one element and one box: its word as text, its glyph drawn as its background', async () => {
    const table = await wholePlan();
    const lead = table.querySelector('td.lead')!;
    const participating = table.querySelector('td.participating')!;
    expect([lead.childElementCount, participating.childElementCount]).to.deep.equal([0, 0]);
    expect([lead.textContent, participating.textContent]).to.deep.equal(['牽頭', '參與']);
    // A ::before per role cell cost its style and three boxes (itself, its text, the word's anonymous block): about
    // 2 ms of the whole plan's first render in Chromium, where static HTML takes about 30 ms.
    for (const cell of [lead, participating, table.querySelector('td.empty')!]) expect(glyphOf(cell)).to.equal('none');
    expect(layersOf(lead)).to.deep.equal(['radial-gradient']);
    expect(layersOf(participating)).to.deep.equal(['radial-gradient']);
    expect(getComputedStyle(lead).backgroundImage).to.not.equal(getComputedStyle(participating).backgroundImage);
    expect(layersOf(table.querySelector('td.empty')!)).to.deep.equal([]);
  });

  it('where backgrounds do not show (print, forced colours), the glyph is generated content without alternative text', () => {
    for (const media of ['print', 'forced-colors']) {
      expect(printedGlyph(media, 'lead') ?? '', media).to.match(new RegExp(`content: "${roleGlyphs.lead}"\\s*/\\s*""`));
      expect(printedGlyph(media, 'participating') ?? '', media).to.match(new RegExp(`content: "${roleGlyphs.participating}"\\s*/\\s*""`));
    }
  });

  it('a role cell in the focused row or column keeps its glyph over the tint', async () => {
    const table = await wholePlan();
    const lead = table.querySelector<HTMLElement>('td.lead')!;
    const participating = table.querySelector<HTMLElement>('td.participating')!;
    const host = (table.getRootNode() as ShadowRoot).host as DzTaskMatrix;
    lead.focus();
    await host.updateComplete;
    expect(layersOf(lead)).to.deep.equal(['radial-gradient', 'linear-gradient']);
    participating.focus();
    await host.updateComplete;
    expect(layersOf(participating)).to.deep.equal(['radial-gradient', 'linear-gradient']);
    // A cell of the tinted row without a role: the tint alone.
    const emptyInRow = participating.parentElement!.querySelector('td.empty')!;
    expect(layersOf(emptyInRow)).to.deep.equal(['linear-gradient']);
  });

  it('in English the abbreviated word is shown and the whole word is read', async () => {
    const table = await wholePlan('en');
    const participating = table.querySelector('td.participating')!;
    expect(participating.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Part.');
    expect(participating.querySelector('.visually-hidden')!.textContent).to.equal('Participating');
    expect(layersOf(participating)).to.deep.equal(['radial-gradient']);
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

  it('an empty role cell matches one rule of the matrix, and only the row tint is filed under its tag alone', async () => {
    const table = await wholePlan();
    const empty = table.querySelector('td.empty')!;
    const selectors = screenSelectors();
    // The headers' and totals' box is written into the role cells' own rule, not shared with them through `th, td`.
    expect(selectors.filter((list) => empty.matches(list))).to.deep.equal(['td.cell']);
    // The sticky total row and a windowed table's column widths are keyed on classes and attributes of their cells.
    expect(selectors.flatMap((list) => list.split(',').map((selector) => selector.trim())).filter(keyedOnTdAlone)).to.deep.equal(['.row-hl > td']);
  });

  it("a header's visually hidden title names the fonts with Han characters first, the system font's fallbacks", async () => {
    const table = await wholePlan();
    const host = (table.getRootNode() as ShadowRoot).host;
    const hidden = [...table.querySelectorAll('th .visually-hidden')];
    expect(hidden.length).to.equal(69);
    // The host's fonts: the system font, then those with Han characters (shared.styles.ts), then sans-serif.
    const hostFonts = getComputedStyle(host).fontFamily.split(/,\s*/);
    const han = hostFonts.slice(hostFonts.indexOf('-apple-system') + 1, -1);
    expect(han.length).to.be.at.least(1);
    for (const title of hidden) expect(getComputedStyle(title).fontFamily.split(/,\s*/)).to.deep.equal([...han, 'sans-serif']);
    // The shown number keeps the host's fonts.
    expect(getComputedStyle(table.querySelector('thead th [aria-hidden="true"]')!).fontFamily).to.equal(getComputedStyle(host).fontFamily);
  });

  it('the whole plan (48 × 69) holds at most 1.1 elements per cell of its grid, headers and totals included', async () => {
    const table = await wholePlan();
    const grid = [...table.rows].reduce((sum, row) => sum + row.cells.length, 0);
    const elements = table.querySelectorAll('*').length;
    expect(grid).to.equal(50 * 71);
    expect(elements / grid).to.be.at.most(1.1);
  });
});
