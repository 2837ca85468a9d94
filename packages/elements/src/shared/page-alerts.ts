/**
 * One announcement per state on a page: each error, and loading. Twenty gauges on a feed that fails all show its
 * error, and each used to be a `role="alert"`: a screen reader read the same words twenty times (an accessibility
 * review counted seven alerts for six gauges and a card on one bad feed). Each loading skeleton, likewise, was a
 * `role="status"`, marked `aria-busy` (a busy live region is held back: its words were never read, or, by another
 * screen reader, read once per element; review r59, L5). Now an element that begins to show a state (an error's code
 * and words, or `loading`) is its live region (an error's alert, the loading status) only if no element on the page
 * is that state's; the others show the same words without a live region, read where the user meets them. An element
 * keeps its answer while it shows the state (a silent copy is never made the live region later, which would announce
 * it again); once no element on the page is the state's, the next to show it is. An element in a hidden part of the
 * page is never the live region (its copy shown is). On a server an element is on no page (no `isConnected`): nothing
 * is kept, for a process that renders many pages, and no state is announced there (`renderPage` refuses an element
 * that shows an error or still loads anyway).
 */

/** The element on the page that is each state's live region. */
const alerts = new Map<string, Element>();

/** The key of the loading state: no error's (an error's code has a hyphen). */
export const LOADING = 'loading';

/**
 * Whether `host`, on the page and showing the state `key` (an error's code and words, or {@link LOADING}), is its
 * live region: it is, if no other element is and it is not in a hidden part of the page (a `hidden` or
 * `visibility: hidden` copy of a layout for another screen), whose live region is never read.
 */
export function claimAlert(host: Element, key: string): boolean {
  const holder = alerts.get(key);
  if (!host.isConnected || (holder && holder !== host) || host.checkVisibility?.({ visibilityProperty: true }) === false) return false;
  alerts.set(key, host);
  return true;
}

/** `host` is no longer the live region of the state `key` (it shows another state, or left the page). */
export function releaseAlert(host: Element, key: string | false | undefined): void {
  if (alerts.get(key as string) === host) alerts.delete(key as string);
}
