/**
 * The data suite in two processes (`npm test` runs `first.ts` and `second.ts` side by side), not one per test file:
 * each of the 39 files cost about 0.8 CPU-seconds of starting Node, tsx and the package's modules, and the suite took
 * 70 s on two cores instead of 42. Every `test/*.test.ts` is in one half (every other file by name), so a new file
 * runs without being listed. A file still runs alone: `node --import tsx --test test/parser.test.ts`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const testDir = fileURLToPath(new URL('..', import.meta.url));

/** Imports the test files of half `half` (0 or 1): the files at even or odd places of test/*.test.ts by name. */
export async function runHalf(half: 0 | 1): Promise<void> {
  const files = readdirSync(testDir).filter((file) => file.endsWith('.test.ts')).sort();
  for (const file of files.filter((_, i) => i % 2 === half)) await import(`../${file.replace(/\.ts$/, '.js')}`);
}
