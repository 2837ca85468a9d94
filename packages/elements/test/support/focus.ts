/**
 * Focus across an element's loading state, for each element's tests: on a CDN page a language whose names are still
 * loading, or another task or unit, shows the loading state for a moment, and the focused button or link went with the
 * content. `plan = null` then the plan is the same state without a network.
 */
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { DzElement } from '../../src/shared/base-element.js';
import { deepActive } from './keys.js';
import { until } from './wait.js';

/**
 * Renders `template` (one dz- element) after a button, focuses the element's `index`th `[part=part]`, and checks that
 * focus comes back to it after a loading state; stays on the button if the reader focused it meanwhile; and stays on
 * the body if it had left the element before the render.
 */
export async function expectFocusBackAfterLoading(template: TemplateResult, part: string, index = 0): Promise<void> {
  const wrapper = await fixture<HTMLElement>(html`<div><button>outside</button>${template}</div>`);
  const el = wrapper.lastElementChild as DzElement;
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
}
