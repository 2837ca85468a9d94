/**
 * A page whose clock stands still at one moment: `new Date()` and `Date.now()` say it, from before the page's
 * scripts. Pre-rendered pages carry the day the server rendered them at (`data-dz-today`), and the hydration support
 * draws an element afresh on another day; a test that renders now and opens the page a moment later pins the page's
 * clock to the moment it rendered, so that midnight between the two changes nothing.
 */
import type { Page } from 'puppeteer-core';

/** Has `page`'s clock stand at `time` (milliseconds since 1970) from its next document on. */
export function pinClock(page: Page, time: number): Promise<unknown> {
  return page.evaluateOnNewDocument((at: number) => {
    const Real = Date;
    globalThis.Date = class extends Real {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length) super(...(args as ConstructorParameters<DateConstructor>));
        else super(at);
      }
      static override now() {
        return at;
      }
    } as DateConstructor;
  }, time);
}
