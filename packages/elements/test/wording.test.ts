/** Wording fixes from the language review, in the elements' UI strings and the status words they show. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../src/shared/i18n/en.js';
import { tallyWord } from '../src/shared/status-tally.js';

describe('UI wording (English)', () => {
  it('a status bar counts readings that cannot be judged as "3 cannot be judged", not "3 cannot judge"', () => {
    assert.equal(en.statusCount(tallyWord('unjudged', 'en', en as never), 3), '3 cannot be judged');
  });
});
