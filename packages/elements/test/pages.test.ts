/**
 * The page suites (`test/pages/`), in one process so they share its Chromium and its Firefox (`browserOf` in
 * support/engines.ts): each suite launched its own before, and a launch of Firefox over WebDriver BiDi costs about
 * 7 CPU-seconds, a sixth of the elements' Node suite's time on two cores with five suites. Each suite still runs
 * alone: `node --import tsx --test test/pages/gauge-page.test.ts`.
 *
 * - cdn-pages: the CDN file on CMS-like pages (bytes each page fetches, chunks, languages, the loader's forms);
 * - cdn-loads: a chunk failing once (the plan's first part, the hydration support), shadow roots handed to the
 *   loader, and markup named dzElements (no suite `npm test` ran imported it until a reread found it);
 * - cdn-strings-fail: a CDN folder missing a language's UI strings (a partial upload);
 * - cms-page: examples/cms.html as a CMS editor pastes it;
 * - hostile-page: markup and script URLs in every input, under a strict CSP with Trusted Types;
 * - gauge-page: a page of 157 gauges (off-screen rings skipped, yet read, found and printed);
 * - ssr-pages: pre-rendered HTML, with scripts off and hydrated;
 * - ssr-notices-hydrate: pre-rendered elements with notices about their inputs, and task cards, hydrated;
 * - ssr-dates: pre-rendered elements read on a later day than rendered, and their `status` with scripts off.
 */
import './pages/cdn-pages.test.js';
import './pages/cdn-loads.test.js';
import './pages/cdn-strings-fail.test.js';
import './pages/cms-page.test.js';
import './pages/hostile-page.test.js';
import './pages/gauge-page.test.js';
import './pages/ssr-pages.test.js';
import './pages/ssr-notices-hydrate.test.js';
import './pages/ssr-dates.test.js';
