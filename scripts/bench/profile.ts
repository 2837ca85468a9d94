/**
 * Where the time of one benchmark case goes: `tsx scripts/bench/profile.ts PEER CASE [runs]` (e.g. `dz
 * 'dz-target-gauge ×157'`) runs the case in bench.html under the CDP CPU profiler and prints the functions with the
 * most self time, bundled code named by function and position. Run `npm run bench` once first (it writes the fixtures).
 */
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions, serveStatic } from '../lib/static-server.js';
import { openBenchPage, runBenchCase } from './harness.js';

const [peer = 'dz', name = 'dz-task-matrix', runs = '5'] = process.argv.slice(2);
const server = await serveStatic(new URL('../../', import.meta.url).pathname);
const browser = await puppeteer.launch(chromiumLaunchOptions);
try {
  const page = await openBenchPage(browser, server.origin, peer);
  await page.evaluate('window.bench.ready');
  await runBenchCase(page, name); // warm-up
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < Number(runs); i++) await runBenchCase(page, name);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${peer} / ${name}: ${runs} runs, ${(total / 1000).toFixed(0)} ms sampled; top self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
