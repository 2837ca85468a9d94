/** The browsers the Node page tests drive with puppeteer-core: Debian's Chromium and Firefox ESR. */
import { after, before, describe } from 'node:test';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../../../scripts/lib/browsers.js';
import { chromiumLaunchOptions } from '../../../../scripts/lib/static-server.js';

/**
 * Firefox's content processes as web-test-runner's config has them: one, started when needed, for every page. With a
 * process per site (Fission) and prelaunched ones, every new page and context cost a process start: the CDN pages'
 * Firefox half took 29.2 CPU-seconds instead of 25.5 (two runs each).
 */
const oneContentProcess = { 'fission.autostart': false, 'dom.ipc.processCount': 1, 'dom.ipc.processPrelaunch.enabled': false };

/** Launches Debian's Firefox ESR headless (puppeteer over WebDriver BiDi), with `prefs` beside puppeteer's own. */
export const launchFirefox = (prefs: Record<string, unknown> = {}): Promise<Browser> =>
  puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: { ...oneContentProcess, ...prefs } });

/** An engine by name, and how to launch it headless. */
export interface Engine {
  readonly name: 'Chromium' | 'Firefox';
  launch(): Promise<Browser>;
}

/** Each engine by name, and how to launch it headless. */
export const engines: readonly Engine[] = [
  { name: 'Chromium', launch: () => puppeteer.launch(chromiumLaunchOptions) },
  { name: 'Firefox', launch: () => launchFirefox() },
];

const launched = new Map<string, Promise<Browser>>();

/** The browser launched once per process under `key`, again after it crashed or disconnected. */
function launchedOnce(key: string, launch: () => Promise<Browser>): Promise<Browser> {
  let browser = launched.get(key);
  if (!browser) {
    launched.set(key, (browser = launch()));
    const launching = browser;
    void launching
      .then((b) => b.once('disconnected', () => launched.get(key) === launching && launched.delete(key)))
      .catch(() => launched.get(key) === launching && launched.delete(key));
  }
  return browser;
}

/**
 * The engine's browser for this process: launched at its first use, closed once every test of the process has run.
 * The page suites share it (`test/pages-cdn.test.ts` and `test/pages-rendered.test.ts` each run theirs in one
 * process): a launch of Firefox over WebDriver BiDi costs about 7 CPU-seconds (its BiDi session alone about 2.5 s),
 * Chromium's about 2, and Firefox allows one BiDi session, so other processes cannot share it. A browser that crashed
 * or disconnected is launched again for the next suite.
 */
export function browserOf(engine: Engine): Promise<Browser> {
  return launchedOnce(engine.name, () => engine.launch());
}

/**
 * Pages with scripts off, in a browser context of their own (`close` closes it and its pages). Chromium: a context
 * of the engine's browser, each page switched off. Firefox: its WebDriver BiDi has no switch per page (ESR 153 does
 * not know `emulation.setScriptingEnabled`), so a second Firefox with `javascript.enabled` false, launched once per
 * process like `browserOf`'s: the three pre-rendered pages' suites launched one each, 7 CPU-seconds apiece.
 */
export async function scriptsOff(engine: Engine): Promise<{ newPage(): Promise<Page>; close(): Promise<void> }> {
  const browser = engine.name === 'Chromium' ? browserOf(engine) : launchedOnce('Firefox, scripts off', () => launchFirefox({ 'javascript.enabled': false }));
  const context = await (await browser).createBrowserContext();
  return {
    newPage: async () => {
      const page = await context.newPage();
      if (engine.name === 'Chromium') await page.setJavaScriptEnabled(false);
      return page;
    },
    close: () => context.close(),
  };
}

// At the top level of a module, `after` is a hook of the process's root test: it runs once all its tests have.
after(async () => {
  const browsers = await Promise.allSettled(launched.values());
  launched.clear();
  await Promise.all(browsers.map((b) => (b.status === 'fulfilled' ? b.value.close() : undefined)));
});

/**
 * A `describe` per engine, named after it, with a browser context of its own in the engine's browser of this process
 * (`browserOf`): its pages, storage and permissions are the suite's, and closing it in `after` closes every page the
 * suite opened, also those of a test that failed. `context()` is that context while the tests run.
 */
export function describeInEachEngine(body: (context: () => BrowserContext, engine: Engine) => void): void {
  for (const engine of engines) {
    describe(engine.name, () => {
      let context: BrowserContext | undefined;
      before(async () => {
        context = await (await browserOf(engine)).createBrowserContext();
      });
      after(async () => {
        await context?.close();
      });
      body(() => {
        if (!context) throw new Error(`${engine.name} did not launch`);
        return context;
      }, engine);
    });
  }
}
