/**
 * The CDN loader, built to `dist/cdn/dz-elements.js`: the one file a CMS editor pastes. It carries no element: it
 * watches the page for `dz-` tags and imports the code of each element the page shows, once, from chunks beside it.
 *
 * The built file has no `import`/`export` statement and never reads `import.meta`, so it runs both as a module and as
 * a classic script (a CMS that drops `type="module"`): a relative `import()` resolves against the script's own URL
 * either way. A second copy (another widget, another URL) finds the first one's registry on `globalThis` and leaves
 * the page to it, so the page runs one Lit (one Trusted Types policy) and one set of chunks.
 *
 * It sees the page's own tree, not the inside of another component's shadow root: an app that puts elements there
 * hands the root over by pushing it to `window.dzElements` (the guide's line: an array until this file has run, not
 * markup named `dzElements`), before or after this file has run.
 */
import type { HandedRoot as Root } from '../shared/handed-roots.js';

/** What the first loader on a page leaves on `globalThis` for later copies. */
interface LoaderRegistry {
  /** Tags whose code has been requested. */
  readonly requested: Set<string>;
  /** The roots watched (the page, the shadow roots handed over), held weakly: where a failure's notes go. */
  readonly roots: WeakRef<Root>[];
  /**
   * Whether Lit's hydration support is imported before each element (once the page shows a server-rendered one):
   * the browser imports a module once, and again after a failure (a network blip), as an element's own code.
   */
  hydration?: true;
}

const registryKey = Symbol.for('dz-tasks.cdn-loader');

// Literal import() calls, so the bundler makes one chunk per element (and shared chunks for Lit and the base class).
const elements: Record<string, () => Promise<unknown>> = {
  'dz-task-card': () => import('../task-card.js'),
  'dz-task-matrix': () => import('../task-matrix.js'),
  'dz-target-gauge': () => import('../target-gauge.js'),
  'dz-unit-summary': () => import('../unit-summary.js'),
  'dz-plan-overview': () => import('../plan-overview.js'),
};

/** The name of the slot of the note an element whose code did not load shows: no slot the element draws. */
const noteSlot = 'dz-load-error';

/**
 * Says in the place of every `tag` element in `root` what went wrong (`code`, and the words in Chinese, of `zhLang`,
 * and English, each marked with its language, WCAG 3.1.2): a note in the element, shown
 * while the element is unknown to the browser (never a blank), and a `dz-error` event; the first note in `root` is its
 * alert, told in the console. The note is in a named slot the element does not draw, so it is neither content the
 * element reports nor shown once a later load (the next element of the tag added) succeeds, which removes it.
 */
function tell(tag: string, code: string, [zh, en, zhLang = 'zh-Hant']: readonly [string, string, string?], root: ParentNode = document): void {
  const selector = CSS.escape(tag);
  const message = `${tag}: ${zh} · ${en}`;
  // One alert per tag's failure on the page, not one per element (157 gauges): its first note announces it.
  let announced = !!root.querySelector(`${selector}>[role=alert][slot=${noteSlot}]`);
  // The console's line too, also when no element is there to note (one in a shadow root the loader was handed).
  if (!announced) console.error(`dz-elements: ${message}`);
  for (const element of root.querySelectorAll(selector)) {
    if (element.querySelector(`:scope>[slot=${noteSlot}]`)) continue;
    const note = document.createElement('span');
    note.slot = noteSlot;
    if (!announced) note.role = 'alert';
    announced = true;
    // In Chinese, its English half marked as English.
    note.lang = zhLang;
    note.append(`⚠ ${tag}: ${zh} · `, Object.assign(document.createElement('span'), { lang: 'en', textContent: en }));
    element.append(note);
    element.dispatchEvent(new CustomEvent('dz-error', { bubbles: true, composed: true, detail: { code, message } }));
  }
}


/**
 * An element's code did not load (a file of the CDN folder missing, or refused): `code-fetch-failed`. Chromium fetches
 * the file again for the next element of the tag; Firefox keeps a module that failed until the page is reloaded, and
 * the new element says so too.
 */
const failed = (tag: string, error: unknown, root: Root) => tell(tag, 'code-fetch-failed', ['無法載入', `could not load (${error})`], root);

/** Calls `each` with every root the loader watches that is still there. */
const inRoots = (registry: LoaderRegistry, each: (root: Root) => void) => registry.roots.forEach((held) => held.deref() && each(held.deref()!));

/** An element of a `dz-` tag of no element here: told when it is a typo for one (unknown-tag.ts, loaded only then). */
const unknown = (element: Element) => import('./unknown-tag.js').then((m) => m.unknownTag(element, elements, tell, noteSlot), console.error);

function load(registry: LoaderRegistry, tag: string): void {
  if (registry.requested.has(tag) || customElements.get(tag)) return;
  registry.requested.add(tag);
  Promise.resolve(registry.hydration && import('./hydrate.js').then((m) => m.supportHydration())).then(elements[tag]).then(
    () => inRoots(registry, (root) => root.querySelectorAll(`${tag}>[slot=${noteSlot}]`).forEach((note) => note.remove())),
    (error: unknown) => {
      registry.requested.delete(tag);
      inRoots(registry, (root) => failed(tag, error, root));
    },
  );
}

/**
 * Loads the code of every dz- element in or under `root` (the elements the browser does not know yet), and says so of
 * a misspelt tag.
 */
function scan(registry: LoaderRegistry, root: ParentNode): void {
  const found = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll(':not(:defined)')];
  // Pre-rendered elements (declarative shadow DOM, by `dz-elements render`) hydrate: Lit's support for it must load
  // before Lit does.
  if (!registry.requested.size && found.some((element) => element.shadowRoot && elements[element.localName])) registry.hydration = true;
  for (const element of found) if (element.localName.startsWith('dz-')) elements[element.localName] ? load(registry, element.localName) : unknown(element);
}

function start(): void {
  const global = globalThis as Pick<Window, 'dzElements'> & { [registryKey]?: LoaderRegistry };
  if (global[registryKey] || typeof document === 'undefined') return;
  const registry: LoaderRegistry = { requested: new Set(), roots: [] };
  global[registryKey] = registry;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(registry, node);
  });
  const watch = (root: Root) => {
    registry.roots.push(new WeakRef(root));
    observer.observe(root, { childList: true, subtree: true });
    scan(registry, root);
  };
  // Roots handed over before the loader ran: an array, not markup the browser named `dzElements` on `window`.
  const pushed = Array.isArray(global.dzElements) ? global.dzElements : [];
  global.dzElements = { push: (...roots: Root[]) => roots.forEach(watch) };
  [document, ...pushed].forEach(watch);
}

start();
