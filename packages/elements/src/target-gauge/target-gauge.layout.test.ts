import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import type { DzTargetGauge } from '../target-gauge.js';
import { until } from '../../test/support/wait.js';

/** The first box of `element` (an inline one may have a box per line). */
const firstBox = (element: Element) => element.getClientRects()[0]!;

/** The spacing WCAG 1.4.12 asks content to bear (as in `unit-summary.text-spacing.test.ts`). */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

/** How many lines `element`'s text is laid out on (its boxes of one line share their bottom). */
const linesOf = (element: Element) => new Set([...element.getClientRects()].map((box) => Math.round(box.bottom))).size;

describe('dz-target-gauge layout in a narrow column', () => {
  it('keeps a long error message (a long URL) inside its box, the page not scrolled sideways', async () => {
    const src = `ftp://example.org/${'progress-report-of-the-bureau-'.repeat(8)}.json`;
    const box = await fixture<HTMLElement>(html`<div style="width: 200px"><dz-target-gauge target="t09.1" src=${src} lang="en"></dz-target-gauge></div>`);
    const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
    await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error message');
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(message.textContent).to.contain('ftp://example.org/');
    expect(message.scrollWidth, 'the message box scrolls').to.be.at.most(message.clientWidth);
    expect(box.scrollWidth, 'the container scrolls').to.be.at.most(box.clientWidth);
  });

  for (const variant of ['ring', 'bar']) {
    it(`starts a date or the progress words wrapped onto a line of their own at the left edge, as the lines above (${variant})`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 130px"><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" variant=${variant} lang="en"></dz-target-gauge></div>`);
      const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
      await el.updateComplete;
      const wrapped = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.due, .as-of, .progress')].filter((item) => {
        const line = item.parentElement!;
        return firstBox(item).top >= line.getBoundingClientRect().top + firstBox(item).height / 2;
      });
      expect(wrapped.map((item) => item.className), 'none wraps at 130 px: the test shows nothing').not.to.be.empty;
      for (const item of wrapped) {
        const line = item.parentElement!;
        const contentLeft = line.getBoundingClientRect().left + parseFloat(getComputedStyle(line).paddingInlineStart);
        expect(firstBox(item).left, `.${item.className} starts off the left edge`).to.be.closeTo(contentLeft, 0.5);
      }
    });
  }

  for (const variant of ['ring', 'bar']) {
    it(`wraps a long status with text spacing at 320 px (a page's margins of 16 leave 288), its glyph with its first word (${variant})`, async () => {
      // "used faster than the pace": with the spacing, 317 px wide on one line (review r59 M1).
      const box = await fixture<HTMLElement>(html`<div style="width: 288px"><dz-target-gauge target="t26.3" value="20" as-of="2023-09-30" variant=${variant} lang="en"></dz-target-gauge></div>`);
      const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
      expect(status.textContent).to.contain('used faster than the pace');
      expect(linesOf(status), 'without the spacing, the status on one line').to.equal(1);
      // The reader's style sheet, in the page and in the shadow root.
      for (const root of [box, el.shadowRoot!]) {
        const style = document.createElement('style');
        style.textContent = TEXT_SPACING;
        root.append(style);
      }
      const right = Math.max(...[...status.getClientRects()].map((line) => line.right));
      expect(right, "the status's right edge").to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(el.scrollWidth, 'the gauge').to.be.at.most(el.clientWidth);
      expect(box.scrollWidth, 'the column').to.be.at.most(box.clientWidth);
      const glyph = status.querySelector('.gauge-glyph')!.getBoundingClientRect();
      const first = document.createRange();
      const words = [...status.childNodes].find((node): node is Text => node instanceof Text && /\w/.test(node.data))!;
      const start = words.data.search(/\w/);
      first.setStart(words, start);
      first.setEnd(words, words.data.indexOf(' ', start));
      const word = first.getBoundingClientRect();
      expect(word.top < glyph.bottom && glyph.top < word.bottom, `the glyph (${Math.round(glyph.top)} to ${Math.round(glyph.bottom)}) on the line of "${first.toString()}" (${Math.round(word.top)} to ${Math.round(word.bottom)})`).to.equal(true);
    });
  }

  it("says the reading's date on a line of its own, not run into the pace's words before it (r67 M4)", async () => {
    // "Compared with the target directly, not paced as of 30 June 2023" read as if the pace had a date.
    const box = await fixture<HTMLElement>(
      html`<div style="width: 375px"
        ><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang="en"></dz-target-gauge
        ><dz-target-gauge target="t09.5" value="2.2" as-of="2023-06-30" lang="en"></dz-target-gauge
      ></div>`,
    );
    for (const el of box.querySelectorAll<DzTargetGauge>('dz-target-gauge')) {
      await el.updateComplete;
      const pace = el.shadowRoot!.querySelector<HTMLElement>('[part="expected"]')!;
      const asOf = el.shadowRoot!.querySelector<HTMLElement>('.as-of')!;
      expect(asOf.textContent).to.equal('as of 30 June 2023');
      expect(pace.contains(asOf), `${pace.textContent} holds the date`).to.equal(false);
      expect(firstBox(asOf).top, 'the date below the pace').to.be.at.least(pace.getBoundingClientRect().bottom - 0.5);
    }
  });

  it('keeps each line of words one line of text to copy (the target with its date), not a piece per word', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 480px"><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang="en"></dz-target-gauge></div>`);
    const el = box.querySelector<DzTargetGauge>('dz-target-gauge')!;
    await el.updateComplete;
    const goal = el.shadowRoot!.querySelector<HTMLElement>('[part="target"]')!;
    expect(goal.innerText.trim()).to.match(/^Target 3,000 .+ due 31 December 2023$/);
  });
});

describe('dz-target-gauge in a page that centres its text', () => {
  // Vite's starter templates centre the app's root (`#app { text-align: center }`): review F88 found the gauge's
  // labels centred while its ring stayed at the start. Its own text starts at the start edge, whatever the direction.
  it('starts its text at the start edge, not centred as the page around it: a ring, a bar, a target alone', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="text-align: center"
        ><dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" lang="en"></dz-target-gauge
        ><dz-target-gauge target="t26.3" value="15" as-of="2023-06-30" variant="bar" lang="en"></dz-target-gauge
        ><dz-target-gauge target="t09.1" lang="en"></dz-target-gauge
      ></div>`,
    );
    const gauges = [...box.querySelectorAll<DzTargetGauge>('dz-target-gauge')];
    await Promise.all(gauges.map((el) => el.updateComplete));
    const all = gauges.flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]);
    // The ring's centre (the percent and the glyph in its hole) and a status glyph in its 1em box are centred on purpose.
    const centred = all.filter((node) => !node.closest('.ring-center, .gauge-glyph') && !['start', 'left'].includes(getComputedStyle(node).textAlign));
    expect(centred.map((node) => node.getAttribute('part') ?? node.getAttribute('class') ?? node.localName)).to.deep.equal([]);
    expect(all.filter((node) => node.matches('[part~="label"], [part~="value"], [part~="status"], [part~="target"], [part~="expected"]')).length).to.be.greaterThan(10);
  });
});
