/**
 * The hydration support ({@link supportHydration}, the package's `hydrate-support.js`), as a chunk the CDN loader
 * imports before any element when the page holds elements rendered on a server (`dz-elements render`), so that the
 * elements take over the server's shadow roots instead of drawing them again, and one rendered on another day than the
 * reader's is drawn afresh. The loader calls the function too: applied once, whichever comes first.
 */
export { supportHydration } from '../hydrate-support.js';
