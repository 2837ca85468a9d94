/**
 * A long caption wraps within what the table's scrolling frame shows, and stays in view while the table scrolls
 * sideways (a CMS editor's review: the caption, which names the plan, the sections and the units, was one line as
 * wide as the table, cut at the frame's edge, and in English every line it showed was cut mid-sentence).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';
import { expectWithin } from '../../test/support/visible-box.js';
import { until } from '../../test/support/wait.js';


const units = '市發改委、市財政局、市工信局、市水利局、市生態環境局';

describe('dz-task-matrix: a long caption in a scrolling table', () => {
  const cases = [
    { name: 'six sections and five units (zh-Hant)', lang: 'zh-Hant', section: '1,2,3,4,5,6', unit: units },
    { name: 'six sections and five units (en)', lang: 'en', section: '1,2,3,4,5,6', unit: units },
    { name: 'the whole plan, with a scrollbar (en)', lang: 'en' },
  ] as { name: string; lang: string; section?: string; unit?: string }[];
  for (const { name, lang, section, unit } of cases) {
    it(`wraps within the frame and stays in view as the table scrolls: ${name}`, async () => {
      const el = await fixture<DzTaskMatrix>(
        html`<dz-task-matrix style="width: 760px" lang=${lang} section=${section ?? nothing} unit=${unit ?? nothing}></dz-task-matrix>`,
      );
      await el.updateComplete;
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      const text = el.shadowRoot!.querySelector<HTMLElement>('caption .caption-text')!;
      expect(frame.scrollWidth, 'the table is wider than its frame').to.be.above(frame.clientWidth);
      expect(text.textContent!.length, 'a caption longer than one line of the frame').to.be.above(40);
      if (!section) expect(frame.scrollHeight, 'the whole plan scrolls down too').to.be.above(frame.clientHeight);
      expectWithin(text, frame, 'at the start');
      frame.scrollLeft = frame.scrollWidth;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expectWithin(text, frame, 'scrolled to the end');
    });
  }
});

// The order was said only by an aria-hidden arrow and aria-sort; two export buttons on a page were two identical
// "下載 CSV" (review r59 L6).
describe('dz-task-matrix: the caption says the order, the export button names its table', () => {
  const cases = [
    ['zh-Hant', '單位按分工數排序'],
    ['zh-Hans', '单位按分工数排序'],
    ['en', 'busiest units first'],
  ] as const;
  for (const [lang, words] of cases) {
    it(`sort="load" in the caption's words, and the export button described by the caption, table and list (${lang})`, async () => {
      const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix export sort="load" section="4" lang=${lang} style="width: 760px"></dz-task-matrix>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const layout of ['table', 'list']) {
        if (layout === 'list') {
          el.style.width = '400px';
          await until(() => root.querySelector('.list-caption'), 'the list');
        }
        const caption = root.querySelector<HTMLElement>('[part="caption"]')!;
        expect(caption.textContent!.trim(), `the ${layout}'s caption`).to.match(new RegExp(` — ${words}$`));
        const button = root.querySelector('[part="export-button"]')!;
        expect(root.getElementById(button.getAttribute('aria-describedby') ?? '') === caption, `the ${layout}'s export button described by its caption`).to.equal(true);
      }
      el.setAttribute('sort', 'order');
      await el.updateComplete;
      expect(root.querySelector('[part="caption"]')!.textContent, 'plan order: no words for it').not.to.contain(words);
    });
  }
});
