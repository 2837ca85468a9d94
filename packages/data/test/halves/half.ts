/**
 * The data suite in two processes (`npm test` runs `first.ts` and `second.ts` side by side), not one per test file:
 * each of the 87 files cost about 2 CPU-seconds of starting Node, tsx and the package's modules, and the suite took
 * 70 s on two cores instead of 42. Every `test/*.test.ts` is in one half, so a new file runs without being listed.
 * A file still runs alone: `node --import tsx --test test/parser.test.ts`.
 *
 * The halves are balanced by what each file costs beyond that start (`cost`): every other file by name put the
 * seven costliest in the first half, which took 52.6 s alone against the second's 15.3 s, and the step as long as
 * the first.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const testDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * CPU-seconds of the files that cost more than 1 s beyond Node's start, measured alone one by one
 * (`/usr/bin/time node --import tsx --test test/X.test.ts`, less the 2.2 s the smallest files take). A file not
 * listed counts as `unlisted`: add a file here when it grows past a second, or the halves drift apart again.
 */
export const cost: Readonly<Record<string, number>> = {
  'parser-properties.test.ts': 6.9,
  'progress-lang.test.ts': 6.6,
  'cli-loads.test.ts': 6.2,
  'cli.test.ts': 5.5,
  'progress-cli.test.ts': 2.7,
  'progress-hostile-f170.test.ts': 3.4,
  'build.test.ts': 5.3,
  'parser-linear-time.test.ts': 4.2,
  'progress-import-review.test.ts': 3.7,
  'archive-limits.test.ts': 3.0,
  'validation-lang.test.ts': 2.9,
  'load-plan.test.ts': 2.3,
  'validation-limits.test.ts': 2.3,
  'fuzz.test.ts': 2.1,
  'package.test.ts': 1.9,
  'cli-limits.test.ts': 1.7,
  'parser-forms.test.ts': 1.3,
  'plan-consistency.test.ts': 1.3,
  'pdf-wrapped-text.test.ts': 1.3,
  'progress-sheets-department.test.ts': 1.1,
  'progress-f149.test.ts': 1.5,
  'progress-f156.test.ts': 1.2,
  'progress-sheets-clerk.test.ts': 1.1,
  'progress-f134.test.ts': 1.1,
  'wrapped-lines.test.ts': 1.0,
  'progress-sheets.test.ts': 1.0,
};
const unlisted = 0.4;

/** The test files of each half: the costliest first, each to the half with less so far (ties by name). */
export function halves(files: readonly string[]): [string[], string[]] {
  const split: [string[], string[]] = [[], []];
  const total = [0, 0];
  const weight = (file: string) => cost[file] ?? unlisted;
  for (const file of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const half = total[0]! <= total[1]! ? 0 : 1;
    split[half].push(file);
    total[half]! += weight(file);
  }
  return split;
}

/** Imports the test files of half `half` (0 or 1). */
export async function runHalf(half: 0 | 1): Promise<void> {
  const files = readdirSync(testDir).filter((file) => file.endsWith('.test.ts'));
  for (const file of halves(files)[half].sort()) await import(`../${file.replace(/\.ts$/, '.js')}`);
}
