/**
 * `npm run bench` (elements): our elements side by side with their peers, in one run of Debian's headless Chromium,
 * from the built CDN file — the matrix against a static HTML table, Grid.js and Tabulator; 157 gauges against static
 * SVG rings and ECharts; each also against a static page of what it draws (scripts/bench/static-snapshot.ts);
 * ArrowRight in the matrix; a province-scale plan against the seed; and the gzip bytes each page fetches. Prints
 * every ratio and rewrites docs/performance.md (ratios, not absolute times). Nothing is asserted here and nothing
 * runs in `npm test`.
 */
import puppeteer, { type CDPSession, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Plan } from '@dz-tasks/data';
import { chromiumLaunchOptions, serveStatic } from '../../../scripts/lib/static-server.js';
import { buildBigPlan, largestValidToday, provinceScale } from '../../../scripts/bench/big-plan.js';
import { gaugeFixture, matrixFixture } from '../../../scripts/bench/fixtures.js';
import { median, openBenchPage, rotated, runBenchCase } from '../../../scripts/bench/harness.js';
import { writeReport, type BenchReport, type Timing } from '../../../scripts/bench/report.js';
import { writeStaticPeer, type NodeCounts } from '../../../scripts/bench/static-snapshot.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cdnFile = `${repoRoot}packages/elements/dist/cdn/dz-elements.js`;
if (!existsSync(cdnFile)) {
  console.error('Run `npm run build` first: the benchmark loads dist/cdn/dz-elements.js.');
  process.exit(1);
}

/** Fewer rounds with BENCH_QUICK=1 (a smoke run of the whole path). */
const quick = process.env.BENCH_QUICK === '1';
const rounds = { warm: quick ? 1 : 2, small: quick ? 3 : 21, gauges: quick ? 3 : 21, keys: quick ? 5 : 25, big: quick ? 1 : 15 };

// ---- fixtures ----
const generated = `${repoRoot}packages/elements/bench/generated/`;
mkdirSync(generated, { recursive: true });
const seedPlan = JSON.parse(readFileSync(`${repoRoot}packages/data/dist/plan.json`, 'utf8')) as Plan;
const gauges = gaugeFixture(seedPlan);
writeFileSync(`${generated}matrix.json`, JSON.stringify(matrixFixture(seedPlan)));
writeFileSync(`${generated}gauges.json`, JSON.stringify(gauges));
const bigPlan = buildBigPlan(seedPlan, provinceScale);
const todayPlan = buildBigPlan(seedPlan, largestValidToday);
writeFileSync(`${generated}big-plan.json`, JSON.stringify(bigPlan));
writeFileSync(`${generated}big-plan-today.json`, JSON.stringify(todayPlan));

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

interface BenchPage {
  readonly peer: string;
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Every response the page received: path and body. */
  readonly fetched: Map<string, Buffer>;
  markup?: string;
  /** What the static table's markup is: elements, attributes, text nodes. */
  counts?: NodeCounts;
}

const server = await serveStatic(repoRoot);
const browser = await puppeteer.launch({ ...chromiumLaunchOptions, protocolTimeout: 600_000 });
const started = Date.now();

async function open(peer: string): Promise<BenchPage> {
  const fetched = new Map<string, Buffer>();
  const page = await openBenchPage(browser, server.origin, peer, {
    prepare(p) {
      p.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (response.status() === 200) response.buffer().then((body) => fetched.set(path, body), () => undefined);
      });
      p.on('pageerror', (error) => console.error(`[${peer}] ${error}`));
    },
  });
  const info = (await page.evaluate('window.bench.ready.then((b) => b.info)')) as { markup?: string; counts?: NodeCounts };
  const cdp = await page.createCDPSession();
  return { peer, page, cdp, fetched, markup: info.markup, counts: info.counts };
}

/** Runs one case in its page after a full garbage collection, so one case's garbage is not collected in another's time. */
async function runCase(p: BenchPage, name: string): Promise<number | { error: string }> {
  await p.page.bringToFront();
  await p.cdp.send('HeapProfiler.collectGarbage');
  return runBenchCase(p.page, name);
}

/** Runs a case and then empties its page, so no page holds a live table or chart (observers, timers) while the next runs. */
async function runCaseAlone(p: BenchPage, name: string): Promise<number | { error: string }> {
  const result = await runCase(p, name);
  await p.page.evaluate('window.bench.clear()');
  return result;
}

/**
 * Interleaved rounds (every case once per round, so machine noise hits all alike), each round starting one case later
 * (so no case always follows the same one: a gauge run right after ECharts' took half as long again as one before
 * it); medians after warm-ups.
 */
async function measure(cases: readonly (readonly [BenchPage, string])[], warm: number, count: number): Promise<Map<string, Timing>> {
  const samples = new Map<string, number[]>(cases.map(([, name]) => [name, []]));
  const errors = new Map<string, string>();
  for (let round = 0; round < warm + count; round++) {
    for (const [p, name] of rotated(cases, round)) {
      if (errors.has(name)) continue;
      const result = await runCaseAlone(p, name);
      if (typeof result !== 'number') errors.set(name, result.error);
      else if (round >= warm) samples.get(name)!.push(result);
    }
  }
  return new Map(
    cases.map(([, name]) => {
      const times = samples.get(name)!;
      return [name, errors.has(name) ? { error: errors.get(name)! } : { ms: median(times), runs: times.length, samples: times }];
    }),
  );
}

interface KeyTiming {
  work: number;
  frame: number;
  presses: number;
}

/** ArrowRight `count` times along row 10 of the matrix left in the page (back to column 0 at the end of the row, untimed). */
async function arrowRight(p: BenchPage, count: number): Promise<KeyTiming> {
  await p.page.bringToFront();
  type Bench = { focusCell(r: number, c: number): Promise<{ columns: number }>; armKey(): void; keyResult(): Promise<{ work: number; frame: number }> };
  const bench = 'window.bench';
  let { columns } = (await p.page.evaluate(`${bench}.focusCell(10, 0)`)) as Awaited<ReturnType<Bench['focusCell']>>;
  let column = 0;
  const work: number[] = [];
  const frame: number[] = [];
  for (let i = 0; i < count + rounds.warm; i++) {
    if (column >= columns - 1) {
      ({ columns } = (await p.page.evaluate(`${bench}.focusCell(10, 0)`)) as { columns: number });
      column = 0;
    }
    await p.page.evaluate(`${bench}.armKey()`);
    await p.page.keyboard.press('ArrowRight');
    const result = (await p.page.evaluate(`${bench}.keyResult()`)) as { work: number; frame: number };
    column++;
    if (i >= rounds.warm) {
      work.push(result.work);
      frame.push(result.frame);
    }
  }
  return { work: median(work), frame: median(frame), presses: work.length };
}

/** V8 heap in use (plus Blink's, where Chromium reports it) after a full collection, in bytes. */
async function heapUsed(p: BenchPage): Promise<number> {
  await p.cdp.send('HeapProfiler.collectGarbage');
  const usage = (await p.cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

/** Gzip bytes of what a page fetched, leaving out the harness (and the fixtures, unless the peer needs its data sent). */
function pageBytes(p: BenchPage, dataIsPayload: boolean): { bytes: number; files: string[] } {
  if (p.markup !== undefined) return { bytes: gzip(p.markup), files: ['(the static markup itself)'] };
  let bytes = 0;
  const files: string[] = [];
  for (const [path, body] of p.fetched) {
    if (path.endsWith('/bench.html') || path.endsWith('/bench-page.js') || path.endsWith('.map')) continue;
    if (path.includes('/bench/generated/') && !dataIsPayload) continue;
    if (path.endsWith('/plan.json')) continue;
    bytes += gzip(body);
    files.push(path.replace(/^\/(node_modules|packages)\//, ''));
  }
  return { bytes, files };
}

/**
 * Gzip bytes of everything a CDN test page (`test-fixtures/cdn-*.html`, the pages of issue 10's budgets) fetches once
 * its elements have rendered, the page itself left out: what `test/pages/cdn-pages.test.ts` holds under its ceilings.
 */
async function cdnPageBytes(fixture: string): Promise<{ bytes: number; files: string[] }> {
  const page = await browser.newPage();
  const fetched = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() === 200 && path.startsWith('/packages/elements/dist/cdn/')) fetched.set(path, response.buffer());
  });
  await page.goto(`${server.origin}/packages/elements/test-fixtures/${fixture}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('dz-task-matrix, dz-task-card, dz-target-gauge')];
      return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    },
    { timeout: 60_000 },
  );
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
  let bytes = 0;
  const files: string[] = [];
  for (const [path, body] of fetched) {
    bytes += gzip(await body);
    files.push(path.slice(path.lastIndexOf('/') + 1));
  }
  await page.close();
  return { bytes, files };
}

try {
  const cdnPages = {
    gauge: await cdnPageBytes('cdn-gauge.html'),
    card: await cdnPageBytes('cdn-card.html'),
    matrix: await cdnPageBytes('cdn-matrix.html'),
    all: await cdnPageBytes('cdn-all.html'),
  };
  // The fair second baselines, taken from this build's gauges and matrix before their pages open.
  const { counts: gaugeCounts } = await writeStaticPeer(browser, server.origin, generated, 'static-gauges');
  const staticMatrix = await writeStaticPeer(browser, server.origin, generated, 'static-matrix');
  const pages = Object.fromEntries(
    await Promise.all(
      ['static-table', 'static-matrix', 'gridjs', 'tabulator', 'dz', 'static-rings', 'static-gauges', 'echarts', 'big'].map(async (peer) => [peer, await open(peer)] as const),
    ),
  ) as Record<string, BenchPage>;

  console.log(`Chromium ${await browser.version()}; ${quick ? 'quick run' : 'full run'}`);
  const matrixTimes = await measure(
    [
      [pages['static-table']!, 'static-table'],
      [pages['static-matrix']!, 'static-matrix'],
      [pages.gridjs!, 'gridjs'],
      [pages.tabulator!, 'tabulator'],
      [pages.dz!, 'dz-task-matrix'],
      [pages.dz!, 'dz-task-matrix section=4'],
      [pages.dz!, 'dz-task-card task=26'],
    ],
    rounds.warm,
    rounds.small,
  );
  const gaugeTimes = await measure(
    [
      [pages['static-rings']!, 'static-rings'],
      [pages['static-gauges']!, 'static-gauges'],
      [pages.echarts!, 'echarts'],
      [pages.dz!, 'dz-target-gauge ×157'],
    ],
    rounds.warm,
    rounds.gauges,
  );

  // Keyboard on the seed matrix (whole plan).
  await runCase(pages.dz!, 'dz-task-matrix');
  const seedKeys = await arrowRight(pages.dz!, rounds.keys);

  // Province scale: seed vs. big plan vs. the largest the schema accepted before issue 10, all through the `plan` property.
  const big = pages.big!;
  const planTimes = await measure(
    [
      [big, 'plan:seed'],
      [big, 'plan:big'],
      [big, 'plan:today'],
    ],
    rounds.warm,
    rounds.big,
  );
  const bigResults: BenchReport['big'] = [];
  await big.page.evaluate('window.bench.clear()');
  const heapBefore = await heapUsed(big);
  for (const [name, plan, label] of [
    ['plan:big', bigPlan, `${provinceScale.tasks} tasks × ${provinceScale.units} units`],
    ['plan:today', todayPlan, `${largestValidToday.tasks} tasks × ${largestValidToday.units} units (the largest plan the ids allowed before issue 10)`],
  ] as const) {
    const timing = planTimes.get(name)!;
    const entry: BenchReport['big'][number] = {
      label,
      tasks: plan.tasks.length,
      units: plan.units.length,
      cells: plan.tasks.length * plan.units.length,
      firstRows: timing,
    };
    if ('ms' in timing) {
      await big.page.evaluate(`window.bench.keep(${JSON.stringify(name)})`);
      const heapAfter = await heapUsed(big);
      entry.heapBytes = heapAfter;
      entry.heapDeltaBytes = heapAfter - heapBefore;
      entry.keys = await arrowRight(big, Math.min(rounds.keys, 15));
      await big.page.evaluate('window.bench.clear()');
    }
    bigResults.push(entry);
  }

  const bytes = {
    'static-table': pageBytes(pages['static-table']!, false),
    gridjs: pageBytes(pages.gridjs!, true),
    tabulator: pageBytes(pages.tabulator!, true),
    'static-rings': pageBytes(pages['static-rings']!, false),
    echarts: pageBytes(pages.echarts!, true),
    dz: pageBytes(pages.dz!, false),
  };

  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    chromium: await browser.version(),
    cores: (await import('node:os')).cpus().length,
    quick,
    rounds,
    matrix: Object.fromEntries(matrixTimes),
    gauges: Object.fromEntries(gaugeTimes),
    gaugeCount: gauges.length,
    gaugeCounts,
    matrixCounts: pages['static-table']!.counts && { ours: staticMatrix.counts, staticTable: pages['static-table']!.counts, sameTable: staticMatrix.sameTable },
    seedPlan: planTimes.get('plan:seed')!,
    keys: seedKeys,
    big: bigResults,
    heapBaselineBytes: heapBefore,
    bytes,
    cdnPages,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeReport(report, `${repoRoot}docs/performance.md`);
} finally {
  await browser.close();
  await server.close();
}
