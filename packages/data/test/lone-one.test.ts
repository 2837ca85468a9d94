/**
 * F301: the reading of a lone 一 in a month's note (`countOfOne`), a count of one only before a measure word, not
 * inside a word nor in a slogan of two 一 (reviews r118 F4, r119 F2, r126 F6). Each note is read as `onlyItsMonth` reads
 * it: folded to Simplified (`normalizeForExtraction`), the text before and after each 一 handed over, so a note in
 * Traditional is read as its Simplified twin.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeForExtraction } from '../src/extract/normalize.js';
import { countOfOne } from '../src/progress/lone-one.js';

/** Whether each 一 of `note`, in order, counts one of something (every 一 of these notes is a lone one). */
const onesOf = (note: string): boolean[] => {
  const folded = normalizeForExtraction(note);
  return [...folded.matchAll(/一/gu)].map(({ index: at }) => countOfOne(folded.slice(0, at), folded.slice(at + 1)));
};

/** Each note, in both scripts where they differ, with whether each of its 一 counts. */
const notes: readonly (readonly [notes: readonly string[], counts: readonly boolean[]])[] = [
  // A count of one before a measure word (r118 F4).
  [['本月新增一項', '本月新增一项'], [true]],
  [['本月新增一個', '本月新增一个'], [true]],
  [['本月簽約一家企業', '本月签约一家企业'], [true]],
  [['本月開通一條線路', '本月开通一条线路'], [true]],
  [['9月份完成一件'], [true]],
  [['本月新增一處', '本月新增一处'], [true]],
  // Inside a word: after a character it makes a word with, before no measure word, in 一次性 (r119 F2).
  [['9月份用水量(統一台賬)', '9月份用水量(统一台账)'], [false]],
  [['9月份成交額,第一次統計', '9月份成交额,第一次统计'], [false]],
  [['本月唯一一家'], [false, true]],
  [['本月數,進一步核實中', '本月数,进一步核实中'], [false]],
  [['9月份成交額(統一口徑)', '9月份成交额(统一口径)'], [false]],
  [['本月一次性簽約', '本月一次性签约'], [false]],
  // A slogan of two 一 (r119 F2), one or two characters between.
  [['本月數,一戶一檔', '本月数,一户一档'], [false, false]],
  [['本月新增,一企一策'], [false, false]],
  [['本月成交額,一件事一次辦', '本月成交额,一件事一次办'], [false, false]],
  // Punctuation between is two counts; 一 starting a word makes no slogan (r126 F6).
  [['9月份新增一家,一家在建', '9月份新增一家，一家在建'], [true, true]],
  [['9月份新增一家一般企業', '9月份新增一家一般企业'], [true, false]],
  [['本月新增一項一起推進', '本月新增一项一起推进'], [true, false]],
  [['本月新增一家一直在建'], [true, false]],
  [['本月新增一項,一步到位', '本月新增一项,一步到位'], [true, false]],
  [['本月新增一家一些在建'], [true, false]],
  [['本月新增一家一體推進', '本月新增一家一体推进'], [true, false]],
  [['本月新增一家一樣在建', '本月新增一家一样在建'], [true, false]],
  [['本月新增一家一定完成'], [true, false]],
  // The same before the 一: 一起建一家 is no slogan either.
  [['本月一起建一家'], [false, true]],
];

describe('F301: countOfOne, whether a lone 一 counts one of something', () => {
  for (const [written, counts] of notes) {
    test(written.join(' / '), () => {
      for (const note of written) assert.deepEqual(onesOf(note), counts, note);
    });
  }

  test('it reads folded text only: a Traditional measure word not folded (項) is no measure word', () => {
    assert.equal(countOfOne('本月新增', '項'), false);
    assert.equal(countOfOne('本月新增', '项'), true);
  });
});
