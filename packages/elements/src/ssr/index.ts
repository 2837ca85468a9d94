/**
 * `@dz-tasks/elements/ssr` (Node only): pre-rendered HTML. {@link renderPage} fills every dz- element of a page with
 * its server-rendered shadow root, so the content is there with no script; `npx dz-elements render` is its command.
 *
 * @packageDocumentation
 */
export { renderPage, type RenderPageOptions, type RenderedPage } from './render-page.js';
export { RenderError } from './render-error.js';
