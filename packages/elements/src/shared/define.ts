/**
 * Registers an element once. A second copy of the bundle on one page (two CMS widgets, say) finds the name taken
 * and leaves it be instead of throwing.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, constructor);
}
