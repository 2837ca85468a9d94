/**
 * Focus a loading state took away comes back (from a keyboard review of the CDN pages): on a CDN page, a language whose
 * names are still loading, or another task or unit, shows the loading state for a moment, and the focused button or
 * link went with the content, leaving focus on the body, so that the next Tab started from the top of the page.
 * `plan = null` then the plan is the same state without a network. The matrix's cell has its own test.
 */
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../all.js';
import type { DzElement } from './base-element.js';
import { until } from '../../test/support/wait.js';

/** The focused element, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const cases: { tag: string; template: TemplateResult; part: string; index: number }[] = [
  { tag: 'dz-task-card', template: html`<dz-task-card task="9"></dz-task-card>`, part: 'toggle', index: 0 },
  { tag: 'dz-unit-summary', template: html`<dz-unit-summary unit="市發改委" show="tasks"></dz-unit-summary>`, part: 'task-link', index: 2 },
  { tag: 'dz-plan-overview', template: html`<dz-plan-overview section="4"></dz-plan-overview>`, part: 'scroller', index: 0 },
];

describe('focus that a loading state took away', () => {
  for (const { tag, template, part, index } of cases) {
    it(`<${tag}>: back on its ${part} (${index + 1}) when the content returns, unless the reader has put focus elsewhere`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>outside</button>${template}</div>`);
      const el = wrapper.querySelector<DzElement>(tag)!;
      const outside = wrapper.querySelector('button')!;
      const target = () => el.shadowRoot!.querySelectorAll<HTMLElement>(`[part="${part}"]`)[index];
      const reload = async (meanwhile?: () => void) => {
        el.plan = null;
        await el.updateComplete;
        expect(target(), 'loading: the content is gone').to.equal(undefined);
        meanwhile?.();
        el.plan = dezhouPlan;
        await until(() => target() !== undefined, 'the content again');
        await el.updateComplete;
      };
      await until(() => target() !== undefined, 'the content');
      target()!.focus();
      await reload();
      // Compared as booleans: a failing comparison of two elements makes chai walk the DOM for its message.
      expect(deepActive() === target(), `focus back on the ${part}, not on ${deepActive()?.localName}`).to.equal(true);

      await reload(() => outside.focus());
      expect(deepActive() === outside, `focus left where the reader put it, not on ${deepActive()?.localName}`).to.equal(true);

      // Focus that left before the render (a click on the page) is not taken back.
      target()!.focus();
      target()!.blur();
      await reload();
      expect(deepActive() === document.body, `focus stays on the body, not on ${deepActive()?.localName}`).to.equal(true);
    });
  }
});
