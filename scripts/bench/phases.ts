/**
 * Where the time of the whole-plan matrix goes, beside the static table: `tsx scripts/bench/phases.ts [rounds]` runs
 * `static-table` (the goal's baseline), `static-matrix` (the static page of the same content, the fair second
 * baseline: scripts/bench/static-snapshot.ts) and `dz-task-matrix` of bench.html in interleaved rounds under a
 * Chromium trace, and prints per case
 * the median time to first rows and the median main-thread time per phase (script, style, layout, HTML parse, …),
 * the self time of the trace's timeline events (NOTRACE=1: the times alone, without the trace's overhead). Writes the matrix fixture itself (no full `npm run bench` needed).
 * SUITE=gauges traces the 157 gauges instead, beside the static rings (the goal's baseline) and the static page of
 * the same content (`static-gauges`, the fair second baseline); the first case is always the one ratios are against.
 * SUITE=big traces the province-scale plan beside the seed, both through the `plan` property (`plan:seed`,
 * `plan:big`: the goal's ratio), writing the big plan's fixture itself; with BASE, that build's seed and big plan too.
 * Last, one more run of each case traced for Chromium's own style counters (elements styled, matched-properties cache
 * hits, rules matched and rejected) and the boxes laid out: counts, which the machine's load does not move.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plan } from '@dz-tasks/data';
import { chromiumLaunchOptions, serveStatic } from '../lib/static-server.js';
import { buildBigPlan, largestValidToday, provinceScale } from './big-plan-build.js';
import { gaugeFixture, matrixFixture } from './fixtures.js';
import { median, openReadyBenchPage, rotated, runBenchCase } from './harness.js';
import { pairedRatio, roundRatios } from './paired.js';
import { writeStaticPeer } from './static-snapshot.js';

const rounds = Number(process.argv[2] ?? 9);

/** "median 1.31 (95% interval 1.18–1.52)": the per-round ratios of `samples` to `base` and their median's interval (paired.ts). */
function spread(samples: number[], base: number[]): string {
  const r = pairedRatio(samples, base);
  return r ? `median ${r.median.toFixed(2)} (95% interval ${r.low.toFixed(2)}–${r.high.toFixed(2)})` : 'no paired rounds';
}
const repoRoot = new URL('../../', import.meta.url).pathname;
const generated = `${repoRoot}packages/elements/bench/generated/`;
mkdirSync(generated, { recursive: true });
const seedPlan = JSON.parse(readFileSync(`${repoRoot}packages/data/dist/plan.json`, 'utf8')) as Plan;
writeFileSync(`${generated}matrix.json`, JSON.stringify(matrixFixture(seedPlan)));
writeFileSync(`${generated}gauges.json`, JSON.stringify(gaugeFixture(seedPlan)));
const big = process.env.SUITE === 'big';
if (big) {
  writeFileSync(`${generated}big-plan.json`, JSON.stringify(buildBigPlan(seedPlan, provinceScale)));
  writeFileSync(`${generated}big-plan-today.json`, JSON.stringify(buildBigPlan(seedPlan, largestValidToday)));
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (what it would take on an idle machine), where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

/** Timeline event names grouped into phases, as DevTools' summary does. */
const phaseOf = (name: string): string => {
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayerTree|PrePaint|Layerize)$/.test(name)) return 'layout';
  if (/^(ParseHTML|ParseAuthorStyleSheet)$/.test(name)) return 'parse';
  if (/^(Paint|PaintImage|CompositeLayers|Commit|RasterTask)$/.test(name)) return 'paint';
  if (/^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*)$/.test(name)) return 'gc';
  if (/^(FunctionCall|EvaluateScript|v8\.compile|v8\.run|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.callFunction|V8\.Execute|v8\.compileModule|v8\.evaluateModule)$/.test(name)) return 'script';
  return 'other';
};

const openPage = (origin: string, peer: string, cdn?: string): Promise<Page> => openReadyBenchPage(browser, origin, peer, cdn);

/** One run of a case under a Chromium trace of `categories`: its time, the trace's events, and the timed span (µs). */
async function tracedRun(page: Page, name: string, categories: string[]): Promise<{ ms: number; events: TraceEvent[]; from: number; to: number }> {
  await page.tracing.start({ categories });
  const ms = (await runBenchCase(page, name)) as number;
  const events = (JSON.parse(Buffer.from((await page.tracing.stop())!).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  // The timed span: the page's `first-rows` measure (bench-page.js), an async pair of begin and end events.
  const measure = events.filter((e) => e.name === 'first-rows' && e.cat.includes('user_timing'));
  return { ms, events, from: Math.min(...measure.map((e) => e.ts)), to: Math.max(...measure.map((e) => e.ts)) };
}

/** One run of a case under tracing: its time, and the main thread's self time per phase during it. */
async function traced(page: Page, name: string): Promise<{ ms: number; phases: Record<string, number> }> {
  await page.bringToFront();
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  if (process.env.NOTRACE) {
    return { ms: (await runBenchCase(page, name)) as number, phases: {} };
  }
  const { ms, events, from, to } = await tracedRun(page, name, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing']);
  // The page's main thread: of the renderers' main threads (one per page), the busiest.
  const mains = events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const busy = (m: TraceEvent) => events.reduce((sum, e) => sum + (e.ph === 'X' && e.pid === m.pid && e.tid === m.tid ? e.dur ?? 0 : 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && main && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: each event's duration less its children's, clipped to the timed span.
  const phases: Record<string, number> = {};
  const stack: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const e of complete) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur!) - e.dur!);
    else if (e.tdur !== undefined && e.ts < to && e.ts + e.dur! > from) {
      // Top-level events: the main thread's CPU time in the span, which other jobs on the machine do not inflate.
      phases['(main-thread CPU)'] = (phases['(main-thread CPU)'] ?? 0) + (e.tdur * ((Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from)) / e.dur!)) / 1000;
    }
    self.set(e, e.dur!);
    stack.push(e);
  }
  for (const [e, whole] of self) {
    if (e.ts + e.dur! <= from || e.ts >= to) continue;
    // An event running over the span's edges counts in proportion.
    const us = whole * ((Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from)) / e.dur!);
    const phase = phaseOf(e.name);
    if (phase === 'other' && us < 50) continue;
    const key = process.env.BY_EVENT || phase === 'other' ? `${phase}:${e.name}` : phase;
    phases[key] = (phases[key] ?? 0) + us / 1000;
  }
  phases['(traced span)'] = (to - from) / 1000;
  return { ms, phases };
}

/** The counters of Chromium's style recalcs (`Document::updateStyle`, category `blink`) in one run's span, and its boxes laid out. */
async function styleCounters(page: Page, name: string): Promise<Record<string, number>> {
  await page.bringToFront();
  const { events, from, to } = await tracedRun(page, name, ['blink', 'devtools.timeline', 'blink.user_timing']);
  const inSpan = (e: TraceEvent) => e.ph === 'X' && e.ts >= from && e.ts < to;
  const counts: Record<string, number> = {};
  for (const e of events.filter((e) => e.name === 'Document::updateStyle' && inSpan(e))) {
    const counters = (e.args as { counters?: Record<string, number> } | undefined)?.counters ?? {};
    for (const [key, value] of Object.entries(counters)) counts[key] = (counts[key] ?? 0) + value;
  }
  counts['layout objects (Layout dirtyObjects)'] = events
    .filter((e) => e.name === 'Layout' && inSpan(e))
    .reduce((sum, e) => sum + Number((e.args as { beginData?: { dirtyObjects?: number } } | undefined)?.beginData?.dirtyObjects ?? 0), 0);
  return counts;
}

const server = await serveStatic(repoRoot);
const browser = await puppeteer.launch(chromiumLaunchOptions);
try {
  // BASE=path/to/cdn/dz-elements.js (served from the repository) adds that build of the matrix as a third case.
  const base = process.env.BASE;
  const gauges = process.env.SUITE === 'gauges';
  if (gauges) {
    const { counts } = await writeStaticPeer(browser, server.origin, generated, 'static-gauges');
    console.log(`per gauge: ${counts.elements.toFixed(1)} elements, ${counts.texts.toFixed(1)} text nodes in its shadow root`);
  } else if (!big) {
    const { counts } = await writeStaticPeer(browser, server.origin, generated, 'static-matrix');
    console.log(`the matrix: ${counts.elements} elements, ${counts.attributes} attributes, ${counts.texts} text nodes in its shadow root`);
  }
  const ours = gauges ? 'dz-target-gauge ×157' : big ? 'plan:big' : 'dz-task-matrix';
  const bigPage = big ? await openPage(server.origin, 'big') : undefined;
  const cases: (readonly [label: string, name: string, page: Page])[] = big
    ? [
        ['plan:seed', 'plan:seed', bigPage!],
        [ours, ours, bigPage!],
      ]
    : gauges
    ? [
        ['static-rings', 'static-rings', await openPage(server.origin, 'static-rings')],
        ['static-gauges', 'static-gauges', await openPage(server.origin, 'static-gauges')],
        [ours, ours, await openPage(server.origin, 'dz')],
      ]
    : [
        ['static-table', 'static-table', await openPage(server.origin, 'static-table')],
        ['static-matrix', 'static-matrix', await openPage(server.origin, 'static-matrix')],
        [ours, ours, await openPage(server.origin, 'dz')],
      ];
  if (base && big) {
    const basePage = await openPage(server.origin, 'big', base);
    cases.push(['base plan:seed', 'plan:seed', basePage], [`base ${ours}`, ours, basePage]);
  } else if (base) cases.push([`base ${ours}`, ours, await openPage(server.origin, 'dz', base)]);
  const samples = new Map<string, { ms: number; phases: Record<string, number> }[]>(cases.map(([n]) => [n, []]));
  for (let round = 0; round < rounds + 1; round++) {
    for (const [label, name, page] of rotated(cases, round)) {
      const result = await traced(page, name);
      if (round > 0) samples.get(label)!.push(result);
    }
  }
  const keys = [...new Set([...samples.values()].flatMap((runs) => runs.flatMap((r) => Object.keys(r.phases))))].sort();
  const rows = keys
    .map((key) => [key, ...cases.map(([n]) => median(samples.get(n)!.map((r) => r.phases[key] ?? 0)))] as const)
    .filter(([, ...values]) => values.some((v) => v >= 0.3));
  const first = cases.map(([n]) => median(samples.get(n)!.map((r) => r.ms)));
  console.log(`${rounds} interleaved rounds; medians in ms`);
  console.log(`${''.padEnd(34)} ${cases.map(([label]) => label.slice(-8).padStart(8)).join(' ')}`);
  console.log(`${'first rows'.padEnd(34)} ${first.map((v) => v.toFixed(1).padStart(8)).join(' ')}   ratios ${first.slice(1).map((v) => `${(v / first[0]!).toFixed(2)}×`).join(' ')}`);
  for (const [key, ...values] of rows) console.log(`${key.padEnd(34)} ${values.map((v) => v.toFixed(1).padStart(8)).join(' ')}`);
  const times = (label: string) => samples.get(label)!.map((r) => r.ms);
  const cpuTimes = (label: string) => samples.get(label)!.map((r) => r.phases['(main-thread CPU)'] ?? NaN);
  for (const [label] of cases.slice(1)) {
    // Against the first case, or for the base build's big plan against the base build's seed.
    const against = label === `base ${ours}` && samples.has('base plan:seed') ? 'base plan:seed' : cases[0]![0];
    const ratios = samples.get(label)!.map((r, i) => r.ms / samples.get(against)![i]!.ms);
    console.log(`${label} / ${against} per-round ratios: ${ratios.map((r) => r.toFixed(2)).join(' ')}; ${spread(times(label), times(against))}`);
    if (!process.env.NOTRACE) console.log(`${label} / ${against} main-thread CPU per round: ${spread(cpuTimes(label), cpuTimes(against))}`);
  }
  // This build against BASE, round by round (both ran in the same round, so the machine's load hits both alike).
  for (const compared of base ? (big ? ['plan:seed', ours] : [ours]) : []) {
    const paired = roundRatios(times(compared), times(`base ${compared}`))!;
    console.log(`${compared} / base, per round: median ${median(paired).toFixed(3)} (${paired.filter((r) => r < 1).length} of ${paired.length} rounds faster); ${spread(times(compared), times(`base ${compared}`))}`);
    if (!process.env.NOTRACE) {
      const pairedCpu = roundRatios(cpuTimes(compared), cpuTimes(`base ${compared}`))!;
      console.log(`${compared} / base, main-thread CPU per round: median ${median(pairedCpu).toFixed(3)} (${pairedCpu.filter((r) => r < 1).length} of ${pairedCpu.length} rounds less); ${spread(cpuTimes(compared), cpuTimes(`base ${compared}`))}`);
    }
  }
  if (!process.env.NOTRACE) {
    const counted = [];
    for (const [, name, page] of cases) counted.push(await styleCounters(page, name));
    const shown = ['elementsStyled', 'matchedPropertyCacheHit', 'matchedPropertyApply', 'rulesMatched', 'rulesFastRejected', 'rulesRejected', 'layout objects (Layout dirtyObjects)'];
    console.log(`Chromium's style counters in one more traced run of each (counts, free of noise)`);
    for (const key of shown) console.log(`${key.padEnd(34)} ${counted.map((c) => String(c[key] ?? 0).padStart(8)).join(' ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
