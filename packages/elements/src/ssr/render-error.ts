/** The error `renderPage` and `dz-elements render` report: what failed, and where in the page. */

/** A page that cannot be rendered: an unknown `dz-` tag, a feed or plan that cannot be read or is invalid, an element that would show an error. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}
