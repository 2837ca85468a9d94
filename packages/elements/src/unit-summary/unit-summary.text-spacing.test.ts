/**
 * Text spacing (WCAG 1.4.12) in a narrow column (1.4.10's 320 CSS pixels, and 288 for a page of that width with margins
 * of 16): with the spacing a reader's style sheet may set, in the page and in the element's shadow root, nothing is
 * wider than the column, in English, whose words are the longest ("multidimensional").
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { withHeldFeed } from '../../test/support/wait.js';
import '../task-card.js';
import '../unit-summary.js';

/** The spacing WCAG 1.4.12 asks content to bear. */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

const report = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't09.1', value: 2480, note: 'Sample data, not real progress' },
    { target: 't26.3', value: 16.4 },
    { target: 't26.4', value: 9.5 },
  ],
} as ProgressReport;

/** `template(url)` in a column `width` pixels wide, its feed shown, with text spacing in the page and in its shadow root. */
async function spaced(width: number, template: (url: string) => TemplateResult): Promise<{ column: HTMLElement; el: LitElement }> {
  const el = await withHeldFeed<LitElement>(
    (url) => html`<div style="inline-size: ${width}px"><style>${TEXT_SPACING}</style>${template(url)}</div>`,
    report,
    (wrapper) => !(wrapper as unknown as HTMLElement).querySelector<LitElement>('dz-task-card, dz-unit-summary')?.shadowRoot?.querySelector('[role="meter"]'),
  );
  const column = el as unknown as HTMLElement;
  const element = column.lastElementChild as LitElement;
  const style = document.createElement('style');
  style.textContent = TEXT_SPACING;
  element.shadowRoot!.append(style);
  await element.updateComplete;
  return { column, el: element };
}

describe('text spacing in a narrow column', () => {
  for (const width of [320, 288]) {
    it(`a unit summary with a feed is no wider than a column of ${width} pixels (en)`, async () => {
      const { column, el } = await spaced(width, (url) => html`<dz-unit-summary unit="市發改委" lang="en" progress-src=${url}></dz-unit-summary>`);
      expect(el.scrollWidth, 'the summary').to.be.at.most(el.clientWidth);
      expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
    });

    it(`a task card with a feed is no wider than a column of ${width} pixels (en)`, async () => {
      const { column, el } = await spaced(width, (url) => html`<dz-task-card task="9" lang="en" progress-src=${url}></dz-task-card>`);
      expect(el.scrollWidth, 'the card').to.be.at.most(el.clientWidth);
      expect(column.scrollWidth, 'the column').to.be.at.most(column.clientWidth);
    });
  }
});
