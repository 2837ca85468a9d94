/**
 * Review r99 L4: `dz-plan lint`'s English last line said `(and 1 notes)`, and `1 things to review`: each count takes
 * its own number's form.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintWords } from '../src/node/lint-words.js';

test('the English last line: one thing, one note; none and many', () => {
  assert.equal(lintWords.en.toReview(1, 'plan.json', 1), '1 thing to review in plan.json (and 1 note)');
  assert.equal(lintWords.en.toReview(6, 'plan.json', 2), '6 things to review in plan.json (and 2 notes)');
  assert.equal(lintWords.en.toReview(0, 'plan.json', 0), '0 things to review in plan.json');
});
