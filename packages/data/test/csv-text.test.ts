/** CSV text safe to open in a spreadsheet (csv-text.ts): the matrix's export and the progress template write it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvField, toCsv } from '../src/index.js';

describe('CSV text', () => {
  test('quotes fields and defuses formulas', () => {
    assert.equal(csvField('a,"b"'), '"a,""b"""');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
    assert.equal(csvField('=1+1'), "'=1+1");
    assert.equal(csvField(-3), '-3');
    assert.equal(toCsv([['a', 1], ['b', '']]), 'a,1\r\nb,\r\n');
  });

  // OWASP's CSV-injection rules: a formula may hide behind whitespace, control characters, a BOM or a line
  // break, and a spreadsheet using `;` as its list separator (de, fr) splits an unquoted cell at the `;`.
  test('defuses formulas after leading whitespace, NUL, a BOM or a line break, and quotes ; and tabs', () => {
    assert.equal(csvField(' =1+1'), "' =1+1");
    assert.equal(csvField('\u0000=cmd'), "'\u0000=cmd");
    assert.equal(csvField('\uFEFF@SUM(A1)'), "'\uFEFF@SUM(A1)");
    assert.equal(csvField('\t+1'), '"\'\t+1"');
    assert.equal(csvField('＝1+1'), "'＝1+1", 'a full-width equals sign');
    assert.equal(csvField('ok\n=cmd|calc'), '"ok\n\'=cmd|calc"');
    assert.equal(csvField('ok\r\n -1+1'), '"ok\r\n\' -1+1"');
    assert.equal(csvField("a;=cmd|' /C calc'!A0"), "\"a;=cmd|' /C calc'!A0\"");
    assert.equal(csvField('市發改委'), '市發改委');
    assert.equal(csvField('2-3個'), '2-3個');
  });

  // A formula may also hide behind an invisible format character or a space of another kind (a pasted NEL, a
  // zero-width space or word joiner), and the small and minus-sign forms of + and - start one too.
  test('defuses formulas behind any control, format or space character, and after ﹢ ﹣ − ﹦ ﹫ (U+FE62, U+FE63, U+2212, U+FE66, U+FE6B)', () => {
    for (const hidden of ['\u0085', '\u200B', '\u2060', '\u00AD', '\u202E', '\u2028', '\u3000', '\u200B\u0085 ']) {
      for (const sign of ['=', '+', '-', '@']) {
        const field = `${hidden}${sign}1+1`;
        assert.equal(csvField(field), `'${field}`, JSON.stringify(field));
      }
    }
    for (const sign of ['\uFE62', '\uFE63', '\u2212', '\uFE66', '\uFE6B']) {
      assert.equal(csvField(`${sign}1+1`), `'${sign}1+1`, JSON.stringify(sign));
      assert.equal(csvField(`\u200B${sign}1+1`), `'\u200B${sign}1+1`, JSON.stringify(sign));
    }
    assert.equal(csvField('\u200B市發改委'), '\u200B市發改委', 'a hidden character before no formula sign stays as it is');
    assert.equal(csvField('2−3個'), '2−3個', 'a minus sign inside a line is no formula');
  });
});
