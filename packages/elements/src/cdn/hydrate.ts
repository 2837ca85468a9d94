/**
 * Lit's hydration support, as a chunk the CDN loader imports before any element when the page holds elements
 * rendered on a server (`dz-elements render`): it must run before Lit's `LitElement` module, so that the elements
 * take over the server's shadow roots instead of drawing them again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
