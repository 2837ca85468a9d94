/**
 * Floors of the 157 gauges (issue 10): `tsx scripts/bench/floors.ts [rounds]` times, in interleaved rounds, the
 * static rings (the goal's baseline), the static page of the same content (`static-gauges`), our gauges, and the
 * very shadow content our gauges draw built in 157 shadow roots without any of the element's work
 * (bench/floors-page.js): a custom element cloning it (`clone`), declarative shadow DOM (`dsd`) and a Lit element
 * with the markup as a template without bindings (`lit`). Prints each against the rings, round by round. Needs
 * `SUITE=gauges phases.ts` run once (it writes the fixtures); `CDN=` another build's loader for our gauges.
 * SUITE=matrix does the same for the whole-plan matrix: the static table (the goal's baseline), our matrix, and the
 * matrix's own shadow markup and sheets parsed into one shadow root (`matrix-shadow-html`): its content, no script;
 * and the same in the page itself, the sheets adopted by the document (`matrix-light-html`): no shadow DOM either.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { chromiumLaunchOptions, serveStatic } from '../lib/static-server.js';
import { median, openReadyBenchPage, rotated, runBenchCase } from './harness.js';
import { pairedRatio } from './paired.js';

const rounds = Number(process.argv[2] ?? 15);
const server = await serveStatic(new URL('../../', import.meta.url).pathname);
const browser = await puppeteer.launch(chromiumLaunchOptions);
try {
  const open = (peer: string, cdn?: string): Promise<Page> => openReadyBenchPage(browser, server.origin, peer, cdn);
  const dz = await open('dz', process.env.CDN);
  await dz.addScriptTag({ url: '/packages/elements/bench/floors-page.js' });
  const matrix = process.env.SUITE === 'matrix';
  const floor = (name: string) => [`floor ${name}`, dz, () => dz.evaluate(`window.floors[${JSON.stringify(name)}]()`)] as const;
  let cases: (readonly [string, Page, () => Promise<unknown>])[];
  if (matrix) {
    await dz.evaluate('window.setUpMatrixFloors()');
    const table = await open('static-table');
    cases = [
      ['static-table', table, () => runBenchCase(table, 'static-table')],
      ['dz-task-matrix', dz, () => runBenchCase(dz, 'dz-task-matrix')],
      floor('matrix-shadow-html'),
      floor('matrix-light-html'),
    ];
  } else {
    await dz.evaluate('window.setUpFloors()');
    const rings = await open('static-rings');
    const statics = await open('static-gauges');
    cases = [
      ['static-rings', rings, () => runBenchCase(rings, 'static-rings')],
      ['static-gauges', statics, () => runBenchCase(statics, 'static-gauges')],
      ['dz-target-gauge', dz, () => runBenchCase(dz, 'dz-target-gauge ×157')],
      ...['clone', 'dsd', 'lit'].map(floor),
    ];
  }
  const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, page, run] of rotated(cases, round)) {
      await page.bringToFront();
      const ms = (await run()) as number;
      if (round > 0) samples.get(name)!.push(ms);
    }
  }
  const [baseline] = cases[0]!;
  const baseTimes = samples.get(baseline)!;
  console.log(`${rounds} interleaved rounds; medians in ms, and the median per-round ratio to ${baseline} (its 95% interval)`);
  for (const [name] of cases) {
    const times = samples.get(name)!;
    const r = pairedRatio(times, baseTimes)!;
    console.log(`${name.padEnd(22)} ${median(times).toFixed(1).padStart(7)} ms  ${r.median.toFixed(2)}× (${r.low.toFixed(2)}–${r.high.toFixed(2)})`);
  }
} finally {
  await browser.close();
  await server.close();
}
