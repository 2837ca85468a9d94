/**
 * A tiny benchmark harness. Each group measures its cases against a baseline in the same run, interleaving rounds
 * so machine noise hits all cases alike, and reports the median time per call and the ratio to the baseline.
 * Speed is judged by these ratios, never by wall-clock asserts in tests.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
}

let sink: unknown;

function timePerCall(fn: () => unknown, minMs: number): number {
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink = fn();
    const elapsed = performance.now() - start;
    if (elapsed >= minMs) return elapsed / iterations;
    iterations *= elapsed < minMs / 10 ? 10 : 2;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function format(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
  return `${ms.toFixed(2)} ms`;
}

/** Runs `cases` against `baseline` for `rounds` interleaved rounds and prints a table. Returns the ratios. */
export function group(title: string, baseline: BenchCase, cases: readonly BenchCase[], rounds = 7, minMs = 40): Record<string, number> {
  const all = [baseline, ...cases];
  const samples = new Map(all.map((c) => [c.name, [] as number[]]));
  for (const c of all) timePerCall(c.fn, minMs / 4); // warm-up
  for (let r = 0; r < rounds; r++) for (const c of all) samples.get(c.name)!.push(timePerCall(c.fn, minMs));
  const base = median(samples.get(baseline.name)!);
  console.log(`\n${title}`);
  const ratios: Record<string, number> = {};
  for (const c of all) {
    const m = median(samples.get(c.name)!);
    ratios[c.name] = m / base;
    const tag = c === baseline ? '(baseline)' : `${(m / base).toFixed(3)}× baseline`;
    console.log(`  ${c.name.padEnd(58)} ${format(m).padStart(10)}  ${tag}`);
  }
  void sink;
  return ratios;
}
