/** The browsers the Node page tests drive with puppeteer-core: Debian's Chromium and Firefox ESR. */
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../../../../scripts/lib/browsers.js';
import { chromiumLaunchOptions } from '../../../../scripts/lib/static-server.js';

/** Each engine by name, and how to launch it headless. */
export const engines = [
  { name: 'Chromium', launch: () => puppeteer.launch(chromiumLaunchOptions) },
  { name: 'Firefox', launch: () => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true }) },
];
