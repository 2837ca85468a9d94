/**
 * The page suites (`test/pages/`) of the CDN file on pages, and printing, in one process so they share its Chromium
 * and its Firefox (`browserOf` in support/engines.ts): each suite launched its own before, and a launch of Firefox over
 * WebDriver BiDi costs about 7 CPU-seconds. The other page suites run in a second process beside this one
 * (`pages-rendered.test.ts`): in one process the page suites took 129 s one after another while the other test files
 * were done after about 65, a core of two left idle; two processes cost one launch of Chromium more (about 2
 * CPU-seconds; printing, which launched a Firefox of its own, now shares this one's) and take about half the time.
 * Each suite still runs alone: `node --import tsx --test test/pages/gauge-page.test.ts`.
 *
 * - cdn-pages: the CDN file on CMS-like pages (bytes each page fetches, chunks, languages, the loader's forms);
 * - cdn-strings-fail: a CDN folder missing a language's UI strings (a partial upload);
 * - cms-page: examples/cms.html as a CMS editor pastes it;
 * - hostile-page: markup and script URLs in every input, under a strict CSP with Trusted Types;
 * - print: the elements printed to PDF (Chromium by playwright, Firefox by puppeteer) and read back;
 * - cdn-plan-language: a page that does not say its language shows a plan in the plan's own;
 * - cdn-gap: how far a gauge missed, its words fetched only by a page that shows one;
 * - cdn-virtual: the matrix's windowed table, a chunk only a matrix above the threshold fetches.
 */
import './pages/cdn-pages.test.js';
import './pages/cdn-strings-fail.test.js';
import './pages/cms-page.test.js';
import './pages/hostile-page.test.js';
import './pages/print.test.js';
import './pages/cdn-plan-language.test.js';
import './pages/cdn-gap.test.js';
import './pages/cdn-virtual.test.js';
