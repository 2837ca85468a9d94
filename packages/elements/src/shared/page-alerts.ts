/**
 * One announcement per error on a page. Twenty gauges on a feed that fails all show its error, and each used to be a
 * `role="alert"`: a screen reader read the same words twenty times (an accessibility review counted seven alerts for
 * six gauges and a card on one bad feed). Now an element that begins to show an error (its code and its words) is its
 * alert only if no element on the page is that error's alert; the others show the same words without a live region,
 * read where the user meets them. An element keeps its answer while it shows the error (a silent copy is never made an
 * alert later, which would announce it again); once no element on the page is the error's alert, the next to show it
 * is. An element in a hidden part of the page is never the alert (its copy shown is). On a server an element is on no
 * page (no `isConnected`): nothing is kept, for a process that renders many pages, and no error is an alert there
 * (`renderPage` refuses an element that shows an error anyway).
 */

/** The element on the page that is each error's alert. */
const alerts = new Map<string, Element>();

/**
 * Whether `host`, on the page and showing the error `key`, is its alert: it is, if no other element is and it is not
 * in a hidden part of the page (a `hidden` or `visibility: hidden` copy of a layout for another screen), whose live
 * region is never read.
 */
export function claimAlert(host: Element, key: string): boolean {
  const holder = alerts.get(key);
  if (!host.isConnected || (holder && holder !== host) || host.checkVisibility?.({ visibilityProperty: true }) === false) return false;
  alerts.set(key, host);
  return true;
}

/** `host` is no longer the alert of the error `key` (it shows another state, or left the page). */
export function releaseAlert(host: Element, key: string | undefined): void {
  if (alerts.get(key!) === host) alerts.delete(key!);
}
