/** The browsers the Node page tests drive with puppeteer-core: Debian's Chromium and Firefox ESR. */
import { after, before, describe } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from '../../../../scripts/lib/browsers.js';
import { chromiumLaunchOptions } from '../../../../scripts/lib/static-server.js';

/** Launches Debian's Firefox ESR headless (puppeteer over WebDriver BiDi). */
export const launchFirefox = (): Promise<Browser> => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });

/** An engine by name, and how to launch it headless. */
export interface Engine {
  readonly name: 'Chromium' | 'Firefox';
  launch(): Promise<Browser>;
}

/** Each engine by name, and how to launch it headless. */
export const engines: readonly Engine[] = [
  { name: 'Chromium', launch: () => puppeteer.launch(chromiumLaunchOptions) },
  { name: 'Firefox', launch: launchFirefox },
];

const launched = new Map<string, Promise<Browser>>();

/**
 * The engine's browser for this process: launched at its first use, closed once every test of the process has run.
 * The page suites share it (`test/pages.test.ts` runs them in one process): a launch of Firefox over WebDriver BiDi
 * costs about 7 CPU-seconds (its BiDi session alone about 2.5 s), Chromium's about 2, and Firefox allows one BiDi
 * session, so other processes cannot share it. Each test closes the pages it opens.
 */
export function browserOf(engine: Engine): Promise<Browser> {
  let browser = launched.get(engine.name);
  if (!browser) launched.set(engine.name, (browser = engine.launch()));
  return browser;
}

// At the top level of a module, `after` is a hook of the process's root test: it runs once all its tests have.
after(async () => {
  const browsers = await Promise.allSettled(launched.values());
  launched.clear();
  await Promise.all(browsers.map((b) => (b.status === 'fulfilled' ? b.value.close() : undefined)));
});

/**
 * A `describe` per engine, named after it, with the engine's browser of this process (`browserOf`) ready before its
 * tests; `browser()` is that browser while the tests run.
 */
export function describeInEachEngine(body: (browser: () => Browser, engine: Engine) => void): void {
  for (const engine of engines) {
    describe(engine.name, () => {
      let browser: Browser | undefined;
      before(async () => {
        browser = await browserOf(engine);
      });
      body(() => {
        if (!browser) throw new Error(`${engine.name} did not launch`);
        return browser;
      }, engine);
    });
  }
}
