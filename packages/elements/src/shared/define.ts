/**
 * Registers an element once. A second copy of the bundle on one page (two CMS widgets, say) finds the name taken
 * and leaves it be instead of throwing. Where there is no `customElements` registry (Node, say) it registers
 * nothing. (zod's `jitless` mode, for a Content-Security-Policy without `'unsafe-eval'`, is switched on by the
 * validators module, which the elements load only when they validate something.)
 *
 * @example
 * ```ts
 * import { DzTaskCard, defineElement } from '@dz-tasks/elements';
 * class MyTaskCard extends DzTaskCard {}
 * defineElement('my-task-card', MyTaskCard);
 * ```
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, constructor);
}
