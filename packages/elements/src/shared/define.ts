import { config } from 'zod/mini';

let configured = false;

/**
 * Registers an element once. A second copy of the bundle on one page (two CMS widgets, say) finds the name taken
 * and leaves it be instead of throwing. The first call also switches zod to its `jitless` mode, so validation does
 * not trip a Content-Security-Policy without `'unsafe-eval'`. Where there is no `customElements` registry (Node,
 * say) it registers nothing.
 *
 * @example
 * ```ts
 * import { DzTaskCard, defineElement } from '@dz-tasks/elements';
 * class MyTaskCard extends DzTaskCard {}
 * defineElement('my-task-card', MyTaskCard);
 * ```
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
