/** The error `renderPage` and `dz-elements render` report: what failed, and where in the page. */

/**
 * A page that cannot be rendered: an unknown `dz-` tag, a feed or plan that cannot be read or is invalid, an element
 * that would show an error, or elements that would show notices about their inputs (unless `lenient`).
 */
export class RenderError extends Error {
  /**
   * @param notices Each notice that refused the page, naming its element and line (`<dz-target-gauge …> (line 12):
   * 已忽略不明屬性「valeu」。`); empty for the other errors.
   */
  constructor(
    message: string,
    readonly notices: readonly string[] = [],
  ) {
    super(message);
    this.name = 'RenderError';
  }
}
