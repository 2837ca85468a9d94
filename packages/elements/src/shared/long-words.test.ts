/**
 * Reflow (WCAG 1.4.10) with long words: a URL in a feed's note or in a plan's text, or a long Latin word, breaks
 * inside itself rather than run out of its box or widen the element past a narrow column (a CMS editor's review, r49:
 * at 320 px a card's target rows were 730 px wide; in a 600 px column a gauge's note was 2841 px wide and the unit
 * summary 2518 px; the card's title, section and unit chip, the matrix's caption and row headers, the overview's
 * caption and the gauge's label ran past their boxes, a row header over the cells beside it).
 */
import type { Plan, ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { expectWithin } from '../../test/support/visible-box.js';
import { until, withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import '../target-gauge.js';
import '../task-card.js';
import '../task-matrix.js';
import '../unit-summary.js';

/** A source as an editor pastes it into a note: a URL with no space in it. */
const URL_NOTE = '來源:https://www.dezhou.gov.cn/art/2024/1/15/art_12345_67890123_statistical_communique.html';
/** A long Latin word. */
const WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
const long = (text: string) => `${text} ${WORD} ${URL_NOTE}`;

/** Task 9, its section (2), its lead unit and its first target, each with both long words in its name. */
const plan: Plan = {
  ...dezhouPlan,
  sections: dezhouPlan.sections.map((s) => (s.id === 's02' ? { ...s, title: { ...s.title, 'zh-Hant': long(s.title['zh-Hant']) } } : s)),
  tasks: dezhouPlan.tasks.map((t) => (t.id === 't09' ? { ...t, title: { ...t.title, 'zh-Hant': long(t.title['zh-Hant']) }, body: { ...t.body, 'zh-Hant': long(t.body['zh-Hant']) } } : t)),
  units: dezhouPlan.units.map((u) => (u.id === 'industry-information-technology-bureau' ? { ...u, name: { ...u.name, 'zh-Hant': long(u.name['zh-Hant']) } } : u)),
  targets: dezhouPlan.targets.map((t) => (t.id === 't09.1' ? { ...t, metric: { ...t.metric, 'zh-Hant': long(t.metric['zh-Hant']) } } : t)),
};

/** Readings of task 9's targets, two with a long note. */
const report = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't09.1', value: 2480, note: `${URL_NOTE} ${WORD}` },
    { target: 't09.2', value: 12, note: URL_NOTE },
  ],
} as ProgressReport;

/** How `node` reads in a message. */
const named = (node: Element) => `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}>`;

/** Whether `node` is never seen: a screen reader's text, clipped to a pixel. */
const unseen = (node: Element) => node.closest('.visually-hidden') !== null;

/** The box `text` is laid out in: its nearest ancestor that is not an inline box of its line. */
function boxOf(text: Text): Element {
  let box = text.parentElement!;
  while (['inline', 'contents'].includes(getComputedStyle(box).display) && box.parentElement) box = box.parentElement;
  return box;
}

/**
 * What runs past its box in `el`'s shadow root: each element (the host too) wider inside than it shows, but for the
 * frames in `scrolling`, which scroll their table by design; each text past the box it is laid out in.
 */
function overflowsOf(el: LitElement, scrolling: readonly Element[] = []): string[] {
  const found: string[] = [];
  for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
    // An inline box has no width of its own to scroll (Firefox gives its text's as its scrollWidth).
    if (scrolling.includes(node) || unseen(node) || getComputedStyle(node).display === 'inline') continue;
    if (node.scrollWidth > node.clientWidth) found.push(`${named(node)} is ${node.scrollWidth} px wide inside, ${node.clientWidth} px shown`);
  }
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (!text.data.trim() || unseen(text.parentElement!)) continue;
    const box = boxOf(text);
    const edges = box.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const line of range.getClientRects()) {
      if (line.left < edges.left - 0.5 || line.right > edges.right + 0.5) {
        found.push(`"${text.data.trim().slice(0, 24)}…" runs from ${Math.round(line.left)} to ${Math.round(line.right)} px, past ${named(box)} (${Math.round(edges.left)} to ${Math.round(edges.right)})`);
        break;
      }
    }
  }
  return found;
}

/** The element `template` draws in a column `width` px wide once `shown`; given a feed's URL, with the feed shown. */
async function inColumn<E extends LitElement>(width: number, template: (url: string) => TemplateResult, shown: (el: E) => unknown, fed = true): Promise<{ column: HTMLElement; el: E }> {
  const wrap = (url: string) => html`<div style="inline-size: ${width}px">${template(url)}</div>`;
  const element = (column: HTMLElement) => column.firstElementChild as E;
  const column = fed
    ? ((await withHeldFeed<LitElement>(wrap, report, (wrapper) => !shown(element(wrapper as unknown as HTMLElement)))) as unknown as HTMLElement)
    : await fixture<HTMLElement>(wrap(''));
  const el = element(column);
  await until(() => shown(el), 'the element drawn');
  await el.updateComplete;
  return { column, el };
}

const part = (el: LitElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('long words in a narrow column', () => {
  for (const width of [320, 600]) {
    describe(`${width} px`, () => {
      for (const variant of ['ring', 'bar']) {
        it(`a gauge (${variant}): its label and its feed's note wrap inside the column`, async () => {
          const { column, el } = await inColumn<LitElement>(width, (url) => html`<dz-target-gauge target="t09.1" variant=${variant} .plan=${plan} src=${url}></dz-target-gauge>`, (el) => part(el, 'note'));
          expect(overflowsOf(el)).to.deep.equal([]);
          expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
          await expect(el).to.be.accessible();
        });
      }

      it("a task card: its title, section, unit chip, body, targets and feed's notes wrap inside the column", async () => {
        const { column, el } = await inColumn<LitElement>(width, (url) => html`<dz-task-card task="9" expanded .plan=${plan} progress-src=${url}></dz-task-card>`, (el) => part(el, 'note') ?? el.shadowRoot!.querySelector('.gauge-note'));
        expect(el.shadowRoot!.textContent, 'the long words shown').to.contain(WORD).and.to.contain('statistical_communique');
        expect(overflowsOf(el)).to.deep.equal([]);
        expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
        await expect(el).to.be.accessible();
      });

      it("a unit summary: its heading, tasks, targets and feed's notes wrap inside the column", async () => {
        const { column, el } = await inColumn<LitElement>(
          width,
          (url) => html`<dz-unit-summary unit="industry-information-technology-bureau" .plan=${plan} progress-src=${url}></dz-unit-summary>`,
          (el) => el.shadowRoot!.querySelector('.gauge-note'),
        );
        expect(overflowsOf(el)).to.deep.equal([]);
        expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
        await expect(el).to.be.accessible();
      });

      for (const rows of ['units', 'tasks']) {
        it(`a matrix (rows of ${rows}): its caption and row headers wrap inside the frame, its list inside the column`, async () => {
          // The whole table's height: in a frame that scrolls down, Firefox lays out a table narrower than the element
          // under the frame's scrollbar, a caption's full line too (its last 3 px), long words or not.
          const { column, el } = await inColumn<LitElement>(width, () => html`<dz-task-matrix section="2" rows=${rows} style="--dz-matrix-max-height: none" .plan=${plan}></dz-task-matrix>`, (el) => el.shadowRoot!.querySelector('table, [part="list"]'), false);
          const frame = el.shadowRoot!.querySelector<HTMLElement>('.scroller');
          expect(!!frame, 'the table at 600 px, the list at 320').to.equal(width >= 600);
          expect(el.shadowRoot!.textContent, 'the long words shown').to.contain(WORD);
          expect(overflowsOf(el, frame ? [frame] : [])).to.deep.equal([]);
          if (frame) {
            expectWithin(el.shadowRoot!.querySelector<HTMLElement>('.caption-text')!, frame, 'at the start');
            for (const header of el.shadowRoot!.querySelectorAll<HTMLElement>('tbody th[scope="row"]')) {
              expect(header.getBoundingClientRect().right, `a row header's right edge: ${header.textContent!.slice(0, 24)}`).to.be.at.most(frame.getBoundingClientRect().left + frame.clientLeft + frame.clientWidth + 0.5);
            }
          }
          expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
          await expect(el).to.be.accessible();
        });
      }

      for (const rows of ['sections', 'units']) {
        it(`a plan overview (rows of ${rows}): its caption wraps inside the frame, its row names inside their cells`, async () => {
          const { column, el } = await inColumn<LitElement>(width, () => html`<dz-plan-overview section="2" rows=${rows} .plan=${plan}></dz-plan-overview>`, (el) => el.shadowRoot!.querySelector('table'), false);
          const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
          expect(el.shadowRoot!.textContent, 'the long words shown').to.contain(WORD);
          expect(overflowsOf(el, [frame])).to.deep.equal([]);
          expectWithin(el.shadowRoot!.querySelector<HTMLElement>('.caption-text')!, frame, 'at the start');
          expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
