/**
 * The parser's reading of the seed is the committed one (`test/fixtures/seed-reading.ts`): the plan's curated targets
 * override the parser's output, so without this a parser change that reads the seed differently (a firmness, a
 * comparator, a clause cut elsewhere) would pass every other test. One parse of the seed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readSeed, seedYear } from '../scripts/seed.js';
import { seedReadingCommand, seedReadingPath, seedReadingSource } from '../scripts/seed-reading.js';

/** The lines of `committed` that `rebuilt` lacks (`-`) and those it adds (`+`), each in its file's order. */
function changedLines(committed: string, rebuilt: string): string[] {
  const before = committed.split('\n');
  const after = rebuilt.split('\n');
  const kept = new Set(after);
  const had = new Set(before);
  return [...before.filter((l) => !kept.has(l)).map((l) => `- ${l}`), ...after.filter((l) => !had.has(l)).map((l) => `+ ${l}`)];
}

test('the extractor reads the seed as test/fixtures/seed-reading.ts says', () => {
  const rebuilt = seedReadingSource(readSeed(), seedYear);
  const committed = readFileSync(seedReadingPath, 'utf8');
  if (rebuilt === committed) return;
  const changed = changedLines(committed, rebuilt);
  assert.fail(
    `The parser reads the Dezhou seed differently from the committed reading (${changed.length} lines):\n${changed.join('\n')}\n` +
      `If the new reading is right, run \`${seedReadingCommand}\` to accept it, and say why in the commit.`,
  );
});
