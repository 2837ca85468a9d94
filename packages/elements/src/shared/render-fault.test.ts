/**
 * A fault of an element's own (a throw while it derives or draws its view, as a crash of an English gauge once did)
 * is said in its place and as `dz-error` (`render-failed`), never a loading skeleton for ever; the element draws again
 * once what it is given no longer makes it fail.
 */
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzErrorDetail } from './events.js';
import type { ElementView } from './base-element.js';
import type { GaugeReady } from '../target-gauge/target-gauge.view.js';

/** The fault the test elements throw for target `t09.2`, as code would that reads a field the data lacks. */
const fault = () => new TypeError("Cannot read properties of undefined (reading 'floor')");

/** A gauge that fails to draw target t09.2 (in its render). */
class DrawFaultGauge extends DzTargetGauge {
  protected override renderReady(view: ElementView<GaugeReady> & { readonly kind: 'ready' }): TemplateResult {
    if (this.target === 't09.2') throw fault();
    return super.renderReady(view);
  }
}
customElements.define('test-draw-fault-gauge', DrawFaultGauge);

/** A gauge that fails to derive its view of target t09.2 (in willUpdate). */
class DeriveFaultGauge extends DzTargetGauge {
  protected override deriveView(): ElementView<GaugeReady> {
    if (this.target === 't09.2') throw fault();
    return super.deriveView();
  }
}
customElements.define('test-derive-fault-gauge', DeriveFaultGauge);

const alertOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

describe('a fault of the element’s own', () => {
  let logged: unknown[];
  let consoleError: typeof console.error;
  beforeEach(() => {
    logged = [];
    consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args[0]);
  });
  afterEach(() => {
    console.error = consoleError;
  });

  for (const [tag, where] of [
    ['test-draw-fault-gauge', 'drawing'],
    ['test-derive-fault-gauge', 'deriving'],
  ] as const) {
    it(`while ${where} its view is said in its place, once as dz-error, and logged; the element draws again once it no longer fails`, async () => {
      const errors: DzErrorDetail[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></div>`);
      const el = document.createElement(tag) as DzTargetGauge;
      el.setAttribute('target', 't09.2');
      el.setAttribute('value', '5');
      el.setAttribute('as-of', '2023-06-30');
      wrapper.append(el);
      await el.updateComplete;

      const alert = alertOf(el);
      expect(alert, 'an error in place of the content').to.not.equal(null);
      expect(alert!.textContent).to.contain('顯示出錯').and.to.contain("reading 'floor'");
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'no loading state').to.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(['render-failed']);
      expect(logged.some((entry) => entry instanceof TypeError), 'the fault, with its stack, in the console').to.equal(true);

      el.target = 't09.1';
      el.value = 2100;
      await elementUpdated(el);
      expect(alertOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="meter"]')).to.not.equal(null);
      expect(el.status).to.equal('onTrack');
      await expect(el).to.be.accessible();
    });
  }

  it('is worded in the element’s language', async () => {
    const el = await fixture<DzTargetGauge>(html`<test-draw-fault-gauge target="t09.2" value="5" as-of="2023-06-30" lang="en"></test-draw-fault-gauge>`);
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('Could not be shown').and.to.contain("reading 'floor'");
  });
});
