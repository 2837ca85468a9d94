/**
 * `@dz-tasks/elements/hydrate-support.js`: for pages that hold elements rendered on a server (`renderPage`,
 * `dz-elements render`). Import it first in your bundle's entry, before `lit` and the elements: it loads Lit's
 * hydration support, so the elements take over the server's shadow roots instead of drawing them again, and draws
 * afresh an element rendered on another day than the reader's (the server's status and date would stay). The CDN
 * loader imports it itself (`cdn/hydrate.ts`), before any element, on a page that holds server-rendered elements.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, type PropertyValues } from 'lit';
import { TODAY_ATTRIBUTE } from './ssr/rendered-today.js';

type Support = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Lit's field, across its packages, that says an element is still to hydrate: `_$needsHydration`, which Lit's
 * production build (the CDN's) names `_$AG`.
 */
const needsHydration = ['_$AG', '_$needsHydration'] as const;

/** An element as Lit's support sees it: one of {@link needsHydration} true until it hydrates. */
type Hydrated = LitElement & { [field in (typeof needsHydration)[number]]?: boolean };

/** `LitElement.prototype.update`, which the support replaced with one that hydrates. */
type Update = (this: Hydrated, changed: PropertyValues) => void;

let dated = false;

/**
 * Whether `day` (`YYYY-MM-DD`, `localIsoDate()` on the server) is another day than the reader's: compared as local
 * calendar days, not through `localIsoDate` itself, which would add an export to the chunk the gauge shares and so
 * change the gauge page's files.
 */
const otherDay = (day: string) => new Date(`${day}T00:00`).toDateString() !== new Date().toDateString();

/**
 * Has each element rendered on a server on another day than the reader's (`renderPage` wrote the day on its tag) drawn
 * afresh at its first render instead of hydrated: the server's words (on track, as of its day) would stay, as
 * hydration adopts text and attributes, while the reader's day is later (behind). Its nodes are replaced at the
 * render that would hydrate them, which comes once its data is there (the base element keeps the server's content
 * until then), so nothing flashes; its styles (the server's `<style>`, which Lit does not adopt again) stay.
 */
function redrawOtherDays(): void {
  if (dated) return;
  dated = true;
  const proto = LitElement.prototype as unknown as { update: Update };
  const update = proto.update;
  proto.update = function (changed) {
    const field = needsHydration.find((name) => this[name]);
    const day = field && this.getAttribute(TODAY_ATTRIBUTE);
    if (day && otherDay(day)) {
      for (const node of [...this.renderRoot.childNodes]) if ((node as Element).localName !== 'style') node.remove();
      this[field] = false;
    }
    update.call(this, changed);
  };
}

/**
 * Has each dz- element defined before the support was applied, and still to take over its server's content, hydrate
 * at its next render as it would have with the support there first: a multi-page build evaluates the chunk its pages
 * share (Lit and the elements, which upgrade the server's tags) before its entry's import of this module. The
 * support's `createRenderRoot` marks the element to hydrate ({@link needsHydration}, whatever Lit's build names it);
 * Lit's own, which ran, set `renderBefore` to the server's first node, where the element would draw beside that
 * content and, once hydrated, look for what it drew. "Still to take over" is the base element's `hydrating`: read as
 * it connected (before Lit gave it a shadow root), true until it draws, also while it keeps the server's content
 * waiting for its data. Searched in the document and the open shadow roots in it, but a dz- element's own. An element
 * in a closed shadow root, or out of the document when this runs, is still drawn twice: import the support first.
 */
function hydrateDefined(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    const hydrating = (el as { hydrating?: boolean }).hydrating;
    if (hydrating && el instanceof LitElement && el.localName.startsWith('dz-')) {
      (LitElement.prototype as unknown as { createRenderRoot(this: LitElement): void }).createRenderRoot.call(el);
      delete el.renderOptions.renderBefore;
    }
    // A dz- element's own shadow root holds none (and a matrix's holds thousands of cells).
    if (el.shadowRoot && !el.localName.startsWith('dz-')) hydrateDefined(el.shadowRoot);
  }
}

/**
 * Applies the support to `LitElement`, once, and the check of the day rendered ({@link redrawOtherDays}); this module
 * calls it when it loads, and again does nothing. `LitElement`'s module applies the support itself when it is there
 * first (imported before `lit`); in the CDN build Lit is one shared chunk with lit-html, which the support imports, so
 * `LitElement` is evaluated first and the support is applied here, as it is when a build evaluated the elements before
 * this module ({@link hydrateDefined}).
 */
export function supportHydration(): void {
  const support = (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport;
  // Applied already (the support was there before `LitElement`) when `LitElement` has its own `observedAttributes`.
  if (support && !Object.hasOwn(LitElement, 'observedAttributes')) {
    support({ LitElement });
    if (globalThis.document) hydrateDefined(document);
  }
  redrawOtherDays();
}

supportHydration();
