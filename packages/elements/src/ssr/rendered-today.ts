/**
 * The attribute `renderPage` writes on each element whose content depends on today's date (a gauge's default date,
 * what counts as a reading after today): the date it was rendered at, `YYYY-MM-DD` as `localIsoDate()` gives it. The
 * hydration support (`hydrate-support.ts`) compares it with the reader's date, and draws an element rendered on another
 * day afresh instead of adopting the server's words. A `data-` attribute: no element reads it as a misspelt one.
 */
export const TODAY_ATTRIBUTE = 'data-dz-today';
