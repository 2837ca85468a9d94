/**
 * The language of parts (WCAG 3.1.2): on a page in a language the elements do not speak (French, Japanese), an
 * element draws in zh-Hant, and says so with `lang` on what it draws, so a screen reader reads it with a Chinese voice
 * rather than a French one. In every state: ready, an error, a notice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import type { DzElement } from './base-element.js';

/** The elements a shadow root draws (not its styles), each with the language it says it is in. */
const drawn = (el: Element) =>
  Array.from(el.shadowRoot!.children)
    .filter((node) => node.localName !== 'style' && node.localName !== 'slot' && !(node as HTMLElement).hidden)
    .map((node) => `${node.localName}.${node.getAttribute('part')}: ${node.getAttribute('lang')}`);

describe('the language of what an element draws', () => {
  it('is marked on a page in another language, for every element, ready and in error, with a notice', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr">
      <dz-task-card task="9"></dz-task-card>
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>
      <dz-target-gauge target="t09.1"></dz-target-gauge>
      <dz-task-matrix section="4" unit="市發改委"></dz-task-matrix>
      <dz-unit-summary unit="市發改委"></dz-unit-summary>
      <dz-plan-overview></dz-plan-overview>
      <dz-task-card task="99"></dz-task-card>
      <dz-task-card task="9" sectoin="4"></dz-task-card>
    </div>`);
    const elements = Array.from(page.children) as DzElement[];
    for (const el of elements) await el.updateComplete;
    for (const el of elements) {
      const parts = drawn(el);
      expect(parts.length, el.outerHTML).to.be.above(0);
      for (const part of parts) expect(part, el.outerHTML).to.match(/: zh-Hant$/);
    }
  });

  it('follows the element’s own language and a change of the page’s', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ja"><dz-task-card task="9"></dz-task-card></div>`);
    const card = page.firstElementChild as DzElement;
    await card.updateComplete;
    expect(drawn(card)).to.deep.equal(['article.base: zh-Hant']);
    page.lang = 'en';
    await card.updateComplete;
    expect(drawn(card)).to.deep.equal(['article.base: en']);
  });

  it('draws Simplified Chinese in fonts with Simplified glyphs, Traditional in Traditional ones, the page\'s font first (r67 M10)', async () => {
    // The Han fonts of the element's font stack, quotes removed: PingFang TC on a Simplified page drew Taiwan's glyph forms.
    const hanFonts = (node: Element) =>
      getComputedStyle(node)
        .fontFamily.split(/,\s*/)
        .map((name) => name.replace(/["']/g, ''))
        .filter((name) => /PingFang|CJK|Microsoft/.test(name));
    const page = await fixture<HTMLElement>(html`<div>
      <div lang="zh-CN"><dz-task-card task="9"></dz-task-card></div>
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang="zh-Hans"></dz-target-gauge>
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>
    </div>`);
    const [card, simplified, traditional] = [...page.querySelectorAll<DzElement>('dz-task-card, dz-target-gauge')];
    for (const el of [card!, simplified!, traditional!]) await el.updateComplete;
    const base = (el: DzElement) => el.shadowRoot!.querySelector('[part~="base"]')!;
    for (const el of [card!, simplified!]) expect(hanFonts(base(el)), el.localName).to.deep.equal(['PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei']);
    expect(hanFonts(base(traditional!))).to.deep.equal(['PingFang TC', 'Noto Sans CJK TC', 'Microsoft JhengHei']);
    // A font the page sets (--dz-font-family) wins in every language.
    page.style.setProperty('--dz-font-family', 'serif');
    expect([card!, simplified!, traditional!].map((el) => getComputedStyle(base(el)).fontFamily)).to.deep.equal(['serif', 'serif', 'serif']);
  });
});
