/**
 * F214 (review r87): a clerk's filled progress sheet, whose messages misled or cost a second round: a figure too small
 * quoted rounded (M1), a merged date blocking a row not reported (M2), a `+` on a running total dropped unsaid (M3), a
 * period written before the value called a range, and an example not the clerk's own number (M4), one problem said
 * per row where the row had two (M5).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csv, importFiles, inEach, langs } from './progress-import-helpers.js';
import { workbook } from './workbook.js';

describe('F214 M1: a figure too small is quoted as typed', () => {
  test('0.0234 for 234萬立方米: 0.0234億 is 234萬立方米, in each language', async () => {
    const results = await inEach([csv('a.csv', 't26.2,0.0234,2023-06-30,')]);
    for (const lang of langs) {
      const [problem, ...more] = results[lang].problems;
      assert.equal(more.length, 0);
      assert.equal(problem!.code, 'tooSmall');
      assert.match(problem!.message, /[:\s]0\.0234 /u, problem!.message);
      assert.match(problem!.message, /0\.0234(?:億|亿| ?億)/u, problem!.message);
      assert.doesNotMatch(problem!.message, /0\.02(?!3)/u, problem!.message);
    }
  });
});

describe('F214 M2: a date merged over several rows', () => {
  const sheet = (note?: string) =>
    workbook((book) => {
      const ws = book.addWorksheet('進度');
      ws.addRow(['指標編號', '完成值', '截至日期', '備註']);
      ws.addRow(['t16.1', 30, '2023-06-30', null]);
      ws.addRow(['t16.3', null, null, note ?? null]);
      ws.addRow(['t16.4', 3, null, null]);
      ws.mergeCells('C2:C4');
    });

  test('a row with no value whose date is only the merge’s is not reported, as an empty row', async () => {
    const result = await importFiles([await sheet()], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => p.message), []);
    assert.deepEqual(result.report!.entries.map((e) => e.target), ['t16.1', 't16.4']);
  });

  test('a note typed in the row itself is still a date or note without a value', async () => {
    const result = await importFiles([await sheet('待統計')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'missingValue']]);
  });
});

describe('F214 M3: a + on a running total', () => {
  const words = {
    'zh-Hant': [/「\+30」帶正號/u, /累計/u, /請填 30/u],
    'zh-Hans': [/“\+30”带正号/u, /累计/u, /请填 30/u],
    en: [/"\+30" has a plus sign/u, /running total/u, /write 30/u],
  } as const;
  test('is refused, telling the clerk to write the total without a sign, in each language', async () => {
    const results = await inEach([csv('a.csv', 't16.1,+30,2023-06-30,', 't26.3,+1.2,2023-06-30,')]);
    for (const lang of langs) {
      const { problems, report } = results[lang];
      assert.deepEqual(problems.map((p) => [p.row, p.code]), [[2, 'signedTotal'], [3, 'signedTotal']], lang);
      for (const word of words[lang]) assert.match(problems[0]!.message, word, problems[0]!.message);
      assert.match(problems[1]!.message, /1\.2(?!\d)/u);
      assert.equal(report, undefined);
    }
  });
});

describe('F214 M4: a period before the value, and the example of a word before one number', () => {
  test('1-6月2000 is the period and the value: the period goes in the note, the value is 2000', async () => {
    const results = await inEach([csv('a.csv', 't41.1,1-6月2000,2023-06-30,')]);
    // The note column as the sheet's header names it (備註), in any language.
    const note = { 'zh-Hant': /「備註」欄/u, 'zh-Hans': /“備註”列/u, en: /備註 column/u };
    for (const lang of langs) {
      const [problem] = results[lang].problems;
      assert.doesNotMatch(problem!.message, /範圍|范围|range|2100/u, problem!.message);
      assert.match(problem!.message, note[lang], problem!.message);
      assert.match(problem!.message, /1-6月/u);
      assert.match(problem!.message, /(?:填|write) 2000/u, problem!.message);
    }
  });

  // 完成12, not 增加12: on a running total an increase is said as +30 is (F220, r89 M2), the total asked for.
  test('完成12 is told to write 12, not the target’s 20', async () => {
    const results = await inEach([csv('a.csv', 't17.2,完成12,2023-06-30,')]);
    for (const lang of langs) {
      const [problem] = results[lang].problems;
      assert.match(problem!.message, /(?:如|such as) 12$/u, problem!.message);
    }
  });
});

describe('F214 M5: every problem of a row at once', () => {
  test('约30 and 2023年6月: the value and the date are both said, the row rejected once', async () => {
    const result = await importFiles([csv('a.csv', 't16.1,约30,2023年6月,')], 'zh-Hans');
    assert.deepEqual(result.problems.map((p) => [p.row, p.column, p.code]), [[2, '完成值', 'notANumber'], [2, '截至日期', 'invalidDate']]);
    assert.match(result.problems[1]!.message, /2023-06-30/u);
    assert.equal(result.rejected, 1);
  });
});

describe('F214 L7: a formula whose result is an error', () => {
  test('#REF! and #DIV/0! say the formula has an error, not that the value is no number, in each language', async () => {
    const file = await workbook((book) => {
      const ws = book.addWorksheet('進度');
      ws.addRow(['指標編號', '完成值', '截至日期']);
      ws.addRow(['t16.1', { formula: 'Sheet2!#REF!', result: { error: '#REF!' } }, '2023-06-30']);
      ws.addRow(['t16.5', { formula: 'B9/B10', result: { error: '#DIV/0!' } }, '2023-06-30']);
    });
    const words = { 'zh-Hant': /公式.*錯誤/u, 'zh-Hans': /公式.*错误/u, en: /formula.*error/u };
    for (const lang of langs) {
      const { problems } = await importFiles([file], lang);
      assert.deepEqual(problems.map((p) => [p.row, p.code, p.text]), [[2, 'formulaError', '#REF!'], [3, 'formulaError', '#DIV/0!']], lang);
      for (const p of problems) assert.match(p.message, words[lang], p.message);
    }
  });
});

describe('F214 L8: a date written whole in another form', () => {
  test('20230630, 23.6.30, 二〇二三年六月三十日, 6/30/2023 and 30/06/2023 are told 2023-06-30; 6/7/2023 is not guessed', async () => {
    const rows = ['20230630', '23.6.30', '二〇二三年六月三十日', '6/30/2023', '30/06/2023', '6/7/2023'].map((date) => `t16.1,30,${date},`);
    const { problems } = await importFiles([csv('a.csv', ...rows)], 'zh-Hant');
    assert.deepEqual(problems.map((p) => p.code), Array(6).fill('invalidDate'));
    for (const p of problems.slice(0, 5)) assert.match(p.message, /請填 2023-06-30$/u, p.message);
    assert.doesNotMatch(problems[5]!.message, /請填/u, problems[5]!.message);
  });
});
