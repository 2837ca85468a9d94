/**
 * The other page suites (`test/pages/`), in one process beside `pages-cdn.test.ts` (why two: see there), sharing its
 * Chromium, its Firefox and its Firefox with scripts off (`browserOf` and `scriptsOff` in support/engines.ts): the
 * three suites of pre-rendered pages are here, the only ones that need the second Firefox.
 *
 * - cdn-loads: a chunk failing once (the plan's first part, the hydration support), shadow roots handed to the
 *   loader, and markup named dzElements (no suite `npm test` ran imported it until a reread found it);
 * - gauge-page: a page of 157 gauges (off-screen rings skipped, yet read, found and printed);
 * - ssr-pages: pre-rendered HTML, with scripts off and hydrated;
 * - ssr-notices-hydrate: pre-rendered elements with notices about their inputs, and task cards, hydrated;
 * - ssr-dates: pre-rendered elements read on a later day than rendered, and their `status` with scripts off.
 */
import './pages/cdn-loads.test.js';
import './pages/gauge-page.test.js';
import './pages/ssr-pages.test.js';
import './pages/ssr-notices-hydrate.test.js';
import './pages/ssr-dates.test.js';
