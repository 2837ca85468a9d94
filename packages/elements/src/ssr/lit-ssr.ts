/**
 * Lit SSR, an optional package of `@dz-tasks/elements` (npm leaves it out unless asked: a page that only shows the
 * elements never needs it), loaded here once for the server renderer. When it is not installed, importing
 * `@dz-tasks/elements/ssr` throws a `MissingPackageError` naming `@lit-labs/ssr` and the command that installs it,
 * rather than Node's bare "Cannot find package".
 */
import { loadOptional } from '@dz-tasks/data';

const [ssr, renderResult, domShim] = await loadOptional(
  () => Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('@lit-labs/ssr/lib/dom-shim.js')]),
  'server rendering', ['@lit-labs/ssr'],
);

/** Lit SSR's renderer of a LitElement, which the page's renderer extends. */
export const LitElementRenderer: typeof ssr.LitElementRenderer = ssr.LitElementRenderer;
/** Lit SSR's `render` of a template. */
export const render: typeof ssr.render = ssr.render;
/** A render's result as one string. */
export const collectResultSync: typeof renderResult.collectResultSync = renderResult.collectResultSync;
/** Lit SSR's DOM shim's window, whose globals a render is given for its length. */
export const getWindow: typeof domShim.getWindow = domShim.getWindow;
