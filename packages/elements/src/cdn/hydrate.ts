/**
 * Lit's hydration support, as a chunk the CDN loader imports before any element when the page holds elements
 * rendered on a server (`dz-elements render`), so that the elements take over the server's shadow roots instead of
 * drawing them again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Support = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Applies the support to `LitElement`, once, before any element is defined. `LitElement`'s module applies it itself
 * when the support is there first; in the CDN build Lit is one shared chunk with lit-html, which the support imports,
 * so `LitElement` is evaluated first and the loader calls this. (A function the loader calls, not a statement: the
 * package's `sideEffects` would let the bundler drop a statement.)
 */
export function supportHydration(): void {
  const support = (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport;
  // Applied already (the support was there before `LitElement`) when `LitElement` has its own `observedAttributes`.
  if (support && !Object.hasOwn(LitElement, 'observedAttributes')) support({ LitElement });
}
