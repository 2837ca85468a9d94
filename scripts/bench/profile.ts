/**
 * Where the time of one benchmark case goes: `tsx scripts/bench/profile.ts PEER CASE [runs]` (e.g. `dz
 * 'dz-target-gauge ×157'`) runs the case in bench.html under the CDP CPU profiler and prints the functions with the
 * most self time, bundled code named by function and position. Run `npm run bench` once first (it writes the fixtures).
 * INCLUSIVE=1 prints instead each function's time with what it calls (native DOM calls included), per run, CDN code
 * named by its source file and line through the chunks' source maps: where a phase's time goes by caller.
 */
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions, serveStatic } from '../lib/static-server.js';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { openReadyBenchPage, runBenchCase } from './harness.js';

const cdnFolder = new URL('../../packages/elements/dist/cdn/', import.meta.url).pathname;
const sourceMaps = new Map<string, SourceMapConsumer | undefined>();

/** ` [source.ts:line]` of a position in a CDN chunk, from its source map. */
function sourceOf(file: string, line: number, column: number): string {
  if (!sourceMaps.has(file)) {
    const path = `${cdnFolder}${file}.map`;
    sourceMaps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : undefined);
  }
  const found = sourceMaps.get(file)?.originalPositionFor({ line, column });
  return found?.source ? ` [${found.source.split('/').slice(-2).join('/')}:${found.line}]` : '';
}

const [peer = 'dz', name = 'dz-task-matrix', runs = '5'] = process.argv.slice(2);
const server = await serveStatic(new URL('../../', import.meta.url).pathname);
const browser = await puppeteer.launch(chromiumLaunchOptions);
try {
  const page = await openReadyBenchPage(browser, server.origin, peer);
  await runBenchCase(page, name); // warm-up
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < Number(runs); i++) await runBenchCase(page, name);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes as { id: number; children?: number[] }[]) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const where = `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    return `${frame.functionName || '(anonymous)'} ${where}${file.startsWith('dz-') ? sourceOf(file, frame.lineNumber + 1, frame.columnNumber) : ''}`;
  };
  const inclusive = !!process.env.INCLUSIVE;
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    // Self time: the sampled function; inclusive: every function on the stack, once.
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parentOf.get(at) : undefined) names.add(nameOf(at));
    for (const key of names) times.set(key, (times.get(key) ?? 0) + us);
  });
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  console.log(`${peer} / ${name}: ${runs} runs, ${(total / 1000).toFixed(0)} ms sampled; top ${inclusive ? 'inclusive time, ms per run' : 'self time'}:`);
  for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? (inclusive ? 60 : 25)))) {
    console.log(`  ${(inclusive ? (us / 1000 / Number(runs)).toFixed(2) : ((100 * us) / total).toFixed(1) + '%').padStart(7)}  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
