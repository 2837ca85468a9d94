/**
 * Floors of the 157 gauges (issue 10): `tsx scripts/bench/floors.ts [rounds]` times, in interleaved rounds, the
 * static rings (the goal's baseline), the static page of the same content (`static-gauges`), our gauges, and the
 * very shadow content our gauges draw built in 157 shadow roots without any of the element's work
 * (bench/floors-page.js): a custom element cloning it (`clone`), declarative shadow DOM (`dsd`) and a Lit element
 * with the markup as a template without bindings (`lit`). Prints each against the rings, round by round. Needs
 * `SUITE=gauges phases.ts` run once (it writes the fixtures); `CDN=` another build's loader for our gauges.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { chromiumLaunchOptions, serveStatic } from '../lib/static-server.js';
import { median, openReadyBenchPage, rotated, runBenchCase } from './harness.js';

const rounds = Number(process.argv[2] ?? 15);
const server = await serveStatic(new URL('../../', import.meta.url).pathname);
const browser = await puppeteer.launch(chromiumLaunchOptions);
try {
  const open = (peer: string, cdn?: string): Promise<Page> => openReadyBenchPage(browser, server.origin, peer, cdn);
  const dz = await open('dz', process.env.CDN);
  await dz.addScriptTag({ url: '/packages/elements/bench/floors-page.js' });
  await dz.evaluate('window.setUpFloors()');
  const rings = await open('static-rings');
  const statics = await open('static-gauges');
  const cases: (readonly [string, Page, () => Promise<unknown>])[] = [
    ['static-rings', rings, () => runBenchCase(rings, 'static-rings')],
    ['static-gauges', statics, () => runBenchCase(statics, 'static-gauges')],
    ['dz-target-gauge', dz, () => runBenchCase(dz, 'dz-target-gauge ×157')],
    ...['clone', 'dsd', 'lit'].map((floor) => [`floor ${floor}`, dz, () => dz.evaluate(`window.floors.${floor}()`)] as const),
  ];
  const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, page, run] of rotated(cases, round)) {
      await page.bringToFront();
      const ms = (await run()) as number;
      if (round > 0) samples.get(name)!.push(ms);
    }
  }
  const ringTimes = samples.get('static-rings')!;
  console.log(`${rounds} interleaved rounds; medians in ms, and per-round ratios to the static rings`);
  for (const [name] of cases) {
    const times = samples.get(name)!;
    console.log(`${name.padEnd(16)} ${median(times).toFixed(1).padStart(7)} ms  ${median(times.map((t, i) => t / ringTimes[i]!)).toFixed(2)}× the rings`);
  }
} finally {
  await browser.close();
  await server.close();
}
