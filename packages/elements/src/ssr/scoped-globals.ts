/// <reference types="node" />
/**
 * Lit SSR's DOM shim on `globalThis` for the length of one synchronous render, never longer: a server that renders
 * our elements keeps `typeof document === 'undefined'` and the rest, which libraries read to tell a browser from a
 * server (review r48: `@lit-labs/ssr/lib/install-global-dom-shim.js` put them there for good).
 */
import { getWindow } from '@lit-labs/ssr/lib/dom-shim.js';

/**
 * Runs `run` with `values` on `globalThis`, then puts back what each name was: its own property as it was (a getter
 * stays a getter), or none. `run` must be synchronous: no other code of the process runs while the values are there.
 */
export function withGlobals<T>(values: Readonly<Record<string, unknown>>, run: () => T): T {
  const names = Object.keys(values);
  const own = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  for (const name of names) Object.defineProperty(globalThis, name, { value: values[name], writable: true, configurable: true, enumerable: false });
  try {
    return run();
  } finally {
    names.forEach((name, i) => (own[i] ? Object.defineProperty(globalThis, name, own[i]) : delete (globalThis as Record<string, unknown>)[name]));
  }
}

/**
 * Names of Lit's DOM shim left out of a render's globals: `fetch` (node-fetch's, whose responses are no web
 * `Response`; a render fetches nothing, its data read before), `window` (the shim leaves it undefined, as Lit advises)
 * and the shim's fresh `customElements` registry (the render's is the one the elements were defined in).
 */
const leftOut = new Set(['fetch', 'window', 'customElements']);

/** Lit SSR's DOM shim (`getWindow` of `@lit-labs/ssr`), made once: the same `document` and classes for every render. */
let shim: Record<string, unknown> | undefined;

/**
 * Runs `render` (synchronous: Lit renders an element in one pass) with Lit SSR's DOM shim on `globalThis` where the
 * process has no such name of its own (`document`, `location`, `Element`, `ShadowRoot`: the elements' language is read
 * with `instanceof Element`), and `registry` as `customElements` (the elements' classes are there, whatever the
 * process put in its place since); then puts back the process's globals as they were ({@link withGlobals}). Lit
 * itself needs no global shim in Node: its `node` build extends the shim's `HTMLElement` and sets `customElements`.
 */
export function withDomShim<T>(registry: CustomElementRegistry, render: () => T): T {
  shim ??= getWindow({});
  const values: Record<string, unknown> = globalThis.customElements === registry ? {} : { customElements: registry };
  for (const [name, value] of Object.entries(shim)) if (!leftOut.has(name) && !(name in globalThis)) values[name] = value;
  return withGlobals(values, render);
}
