/**
 * The CDN loader's `window.dzElements` (docs/guide-developers.md, "The CDN loader and shadow roots"): an app whose
 * components show `dz-` elements in their own shadow roots hands each root over, before or after the loader has run.
 * Types only; `@dz-tasks/elements/cdn/dz-elements.js` brings them to a TypeScript app.
 */

/** A tree the loader watches: the document, or a shadow root an app hands over. */
export type HandedRoot = ParentNode & Node;

/** What `window.dzElements` is once the loader has run: `push` watches each root from then on. */
export interface HandedRoots {
  push(...roots: HandedRoot[]): unknown;
}

declare global {
  interface Window {
    /** Shadow roots for the CDN loader to watch: an array until the loader runs, then its {@link HandedRoots}. */
    dzElements?: HandedRoot[] | HandedRoots;
  }
}
