/** The browsers the Node page tests drive with puppeteer-core: Debian's Chromium and Firefox ESR. */
import { after, before, describe } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from '../../../../scripts/lib/browsers.js';
import { chromiumLaunchOptions } from '../../../../scripts/lib/static-server.js';

/** Launches Debian's Firefox ESR headless (puppeteer over WebDriver BiDi). */
export const launchFirefox = (): Promise<Browser> => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });

/** Each engine by name, and how to launch it headless. */
export const engines = [
  { name: 'Chromium', launch: () => puppeteer.launch(chromiumLaunchOptions) },
  { name: 'Firefox', launch: launchFirefox },
];

/**
 * A `describe` per engine, named after it, with its browser launched before its tests and closed after them;
 * `browser()` is that browser while the tests run.
 */
export function describeInEachEngine(body: (browser: () => Browser) => void): void {
  for (const engine of engines) {
    describe(engine.name, () => {
      let browser: Browser | undefined;
      before(async () => {
        browser = await engine.launch();
      });
      after(async () => {
        await browser?.close();
      });
      body(() => {
        if (!browser) throw new Error(`${engine.name} did not launch`);
        return browser;
      });
    });
  }
}
