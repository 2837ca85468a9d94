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
});
