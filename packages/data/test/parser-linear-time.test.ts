/**
 * parsePlanText grows linearly (issue 14, item 7: a 5 MB document of 200,000 tasks once took 134 s against 4 s for
 * 0.5 MB). Each shape is parsed at 1× and 10× its size in this process, after a warm-up; the best of a few runs of
 * each is compared, in CPU time of this process (`process.cpuUsage`), which other jobs on the machine do not inflate
 * as they do wall time. Linear work gives about 10×, but up to 32× was seen on a 2-core machine after another job
 * (caches and garbage collection on the large input: CPU time is not free of the machine's state); the bound is 50×,
 * while a quadratic step (100×) cannot pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chineseNumeral, parsePlanText } from '../src/parse-plan-text.js';

/** A document of `tasks` tasks with units, in sections of 500 numbered from 1 (numbers have at most 3 digits). */
function planOf(tasks: number): string {
  const parts: string[] = [];
  for (let i = 0; i < tasks; i++) {
    if (i % 500 === 0) parts.push(`${chineseNumeral(Math.min(99, i / 500 + 1))}、第${i / 500 + 1}部分\n`);
    parts.push(`${(i % 500) + 1}.推動任務${i}。引進成果50項。(牽頭單位:市甲局;配合單位:市乙局、市丙局)\n`);
  }
  return parts.join('');
}

const SHAPES: [string, (n: number) => string][] = [
  ['tasks with units in sections of 500 (the 200,000-task document, scaled down)', planOf],
  ['the same task number again and again (an error diagnostic per task)', (n) => '1.任務。(牽頭單位:市甲局)\n'.repeat(n)],
  ['headings and tasks run together on one line', (n) => '。一、1.甲。(市甲局牽頭)'.repeat(n)],
  ['one task whose units are many groups without a role before the one that has it', (n) => `1.甲。(${'市甲局 '.repeat(n * 10)}市乙局牽頭)`],
];

/** CPU time of this process so far, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The least CPU time of `runs` parses of `text`, in milliseconds. */
function bestOf(runs: number, text: string): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    parsePlanText(text);
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

describe('parsePlanText: 10× the input costs at most 50× the time (linear about 10×, quadratic 100×)', () => {
  for (const [what, make] of SHAPES) {
    test(what, (t) => {
      const small = make(1_000);
      const large = make(10_000);
      // Warm-up of both sizes: the first runs compile, and a size first met may run unoptimised (a small input parsed
      // fully optimised against a large one parsed before it was gave 32× on a quiet machine).
      bestOf(2, small);
      bestOf(1, large);
      const one = bestOf(5, small);
      const ten = bestOf(3, large);
      t.diagnostic(`${small.length.toLocaleString('en')} chars: ${one.toFixed(1)} ms; ${large.length.toLocaleString('en')} chars: ${ten.toFixed(1)} ms (${(ten / one).toFixed(1)}×)`);
      assert.ok(ten <= 50 * Math.max(one, 1), `10× the input took ${(ten / one).toFixed(1)}× the time (${one.toFixed(1)} → ${ten.toFixed(1)} ms)`);
    });
  }
});
