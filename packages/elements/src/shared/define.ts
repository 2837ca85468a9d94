import { config } from 'zod/mini';

let configured = false;

/**
 * Registers an element once. A second copy of the bundle on one page (two CMS widgets, say) finds the name taken
 * and leaves it be instead of throwing.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!configured) {
    // zod probes `new Function` to speed up object parsing; under a CSP without 'unsafe-eval' the probe is reported
    // as a violation. Registering an element is the moment the package starts running in a page, so opt out here.
    config({ jitless: true });
    configured = true;
  }
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, constructor);
}
