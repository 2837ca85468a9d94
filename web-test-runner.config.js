// Browser tests of @dz-tasks/elements in Debian's Chromium and Firefox ESR (test tools cannot download browsers here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/lib/browsers.js';
import { countReporter } from './scripts/test-reporters/wtr-count.js';
import { react19Plugin } from './scripts/lib/wtr-react.js';
import { dependencyBundlePlugin } from './scripts/lib/wtr-deps.js';
import { testBundlePlugin } from './scripts/lib/wtr-test-bundle.js';
import { testPages } from './scripts/lib/wtr-test-groups.js';


/**
 * Each Chromium test page (a folder's test files, or one file named with --files) is a new page in one browser
 * context for the whole run, as Firefox's launcher does (its default context), instead of a context of its own: a new
 * context starts with empty caches, so every page fetched, parsed and compiled its 170 modules afresh. A page is
 * closed when its tests end. 13 short files took 45 s instead of 64 in Chromium; the whole suite 0.88 of its time and
 * core-seconds in both browsers.
 */
const sharedContexts = new WeakMap();
async function pageInSharedContext({ browser }) {
  if (!sharedContexts.has(browser)) sharedContexts.set(browser, browser.newContext());
  const context = await sharedContexts.get(browser);
  let page;
  return {
    newPage: async () => (page = await context.newPage()),
    close: async () => page?.close(),
  };
}

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
  createBrowserContext: pageInSharedContext,
});

// One content process for every test page, started when needed: a process per site and prelaunched ones cost each
// test file's page a process start (the suite in Firefox alone took 107 s instead of 118).
const firefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'fission.autostart': false, 'dom.ipc.processCount': 1, 'dom.ipc.processPrelaunch.enabled': false },
  },
});
firefox.name = 'Firefox';

const tsconfig = fileURLToPath(new URL('./packages/elements/tsconfig.test.json', import.meta.url));

const only = process.env.BROWSERS?.split(',');
const browsers = [
  ['chromium', chromium],
  ['firefox', firefox],
].filter(([name]) => !only || only.includes(name)).map(([, launcher]) => launcher);

/** A whole run's pages: one per folder of the elements' source (scripts/lib/wtr-test-groups.js); --files, one per file. */
const pages = testPages('packages/elements/src');

export default {
  files: pages,
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  browsers,
  // One test page at a time per browser: keyboard and focus tests need the page to have focus, which a second
  // page of the same Firefox instance would take away.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter({ suite: 'elements (Chromium + Firefox)', file: 'test-results/elements.json' })],
  // A ceiling for a hung test, not a speed limit: the axe checks of the whole matrix take seconds on two busy cores.
  testFramework: { config: { timeout: 60_000 } },
  // A ceiling for a hung test page, not a speed limit (the default, 120 s, is less than shared/'s page, with the fuzz
  // and input tables, takes on two busy cores).
  testsFinishTimeout: 900_000,
  // The fuzz suite's runs per element (src/shared/fuzz.test.ts): FUZZ_RUNS in both browsers when given, else the
  // suite's own default (100 in Chromium, 80 in Firefox).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>globalThis.FUZZ_RUNS = ${Number(process.env.FUZZ_RUNS) || 0};</script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  // What does not change during a run (the dependency bundle, the test files' shared chunks, what is left of
  // node_modules) is cached by the browser for the run: without this each page asked the dev server for every module
  // again (a 304 each); both engines' suite took 194 s instead of 228. Bundled, a page loads about 45 modules instead
  // of 230 (the dependencies, scripts/lib/wtr-deps.js: 196 s → 181 s; the test files, wtr-test-bundle.js: → 167 s).
  middleware: [
    async (context, next) => {
      await next();
      if (context.status === 200 && /^\/(node_modules|__deps|__test-chunks)\//.test(context.path)) {
        context.set('Cache-Control', 'public, max-age=3600, immutable');
      }
    },
  ],
  plugins: [
    dependencyBundlePlugin(),
    testBundlePlugin({ folder: 'packages/elements/src', pages, tsconfig }),
    react19Plugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
  ],
};
