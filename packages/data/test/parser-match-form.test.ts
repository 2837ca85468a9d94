/**
 * The match form folds full-width ASCII and the ideographic space one character for one (by NFKC): every index into it
 * is an index into the input, which every span the parser returns relies on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toMatchForm } from '../src/parse/match-form.js';

describe('toMatchForm', () => {
  test('each full-width ASCII character (U+FF01–U+FF5E) becomes its ASCII character, and U+3000 a space', () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      assert.equal(toMatchForm(String.fromCharCode(code)), String.fromCharCode(code - 0xfee0), `U+${code.toString(16).toUpperCase()}`);
    }
    assert.equal(toMatchForm('\u3000'), ' ');
  });

  test('everything else is kept as written, so the match form is as long as the input', () => {
    const text = '１．推動（市甲局：牽頭；市乙局，配合）\u3000ﬁ①㈠Ａ\uff61\uff00\u00a0𠀀';
    const folded = toMatchForm(text);
    assert.equal(folded, '1.推動(市甲局:牽頭;市乙局,配合) ﬁ①㈠A\uff61\uff00\u00a0𠀀');
    assert.equal(folded.length, text.length);
  });
});
