/**
 * F154's and F159's leftovers (F163). A joiner after a complete item (新建基站300个和充电桩200个) ran into the next
 * item's metric (和充电桩); a clause after a semicolon that names nothing (新建基站300;2025年达到500个) read an empty
 * metric; a value of no unit in Chinese numerals (新建基站三百,…) was dropped without a word; and a value whose clause
 * names nothing but its statement (…,年均增长7%) was quoted as its numeral alone, so 年均 was lost to its readers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { readIn2024 } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit and deadline; and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('the parser’s leftovers of F154 and F159', () => {
  test('新建基站300个和充电桩200个: a joiner after a complete item starts the next item after it', () => {
    for (const joiner of ['和', '与', '及', '以及', '、']) {
      const text = `新建基站300个${joiner}充电桩200个。`;
      assert.deepEqual(read(text).targets, [
        ['新建基站', 'exact', 300, '个', undefined],
        ['充电桩', 'exact', 200, '个', undefined],
      ], text);
    }
  });

  test('a word that begins with 和 keeps it: 和美乡村 at a clause’s start or after a verb', () => {
    assert.deepEqual(read('新建基站300个,和美乡村10个。').targets[1], ['和美乡村', 'exact', 10, '个', undefined]);
    assert.deepEqual(read('建设和美乡村10个。').targets, [['建设和美乡村', 'exact', 10, '个', undefined]]);
  });

  test('新建基站300;2025年达到500个: the clause after a semicolon that names nothing is about the metric before it', () => {
    assert.deepEqual(read('新建基站300;2025年达到500个。'), { targets: [['基站', 'atLeast', 500, '个', '2025-12-31']], unread: [['noUnit', '300']] });
    assert.deepEqual(read('新建基站300个;2025年达到500个。').targets, [
      ['新建基站', 'exact', 300, '个', undefined],
      ['基站', 'atLeast', 500, '个', '2025-12-31'],
    ]);
    // Only the clause right after the semicolon: a sentence that went on to another matter names its own.
    assert.deepEqual(read('新建基站300个;完善路网;2025年达到500个。').targets[1], ['', 'atLeast', 500, '个', '2025-12-31']);
  });

  test('a firmness word before a semicolon does not reach past it', () => {
    const { targets } = extractTargetsAndUnread('力争新建基站300个;新改建农村公路600公里。', { year: 2024 });
    assert.deepEqual(targets.map((t) => [t.metric, t.firmness]), [
      ['新建基站', 'strive'],
      ['新改建农村公路', 'plain'],
    ]);
  });

  test('新建基站三百,2025年达到五百个: a value of no unit in Chinese numerals is said, and the 五百个 is of 基站', () => {
    assert.deepEqual(read('新建基站三百,2025年达到五百个。'), { targets: [['基站', 'atLeast', 500, '个', '2025-12-31']], unread: [['noUnit', '三百']] });
    assert.deepEqual(read('全市新建5G基站三百。'), { targets: [], unread: [['noUnit', '三百']] });
    // No number (十四五), one (统一) or an ordinal (第三十) is a value.
    assert.deepEqual(read('实现六统一,完成十四五,第三十,新建基站300个。').unread, []);
  });

  test('…分别增长6%、8%,年均增长7%: the 7%’s quote carries its statement words', () => {
    const { targets } = extractTargetsAndUnread('城镇、农村居民人均可支配收入分别增长6%、8%,年均增长7%。', { year: 2024 });
    assert.equal(targets[2]?.quote, '年均增长7%');
    assert.equal(extractTargetsAndUnread('地区生产总值增长6%,年均增长7%。', { year: 2024 }).targets[1]?.quote, '年均增长7%');
    // A clause that names no period nor base is quoted from its value, as before.
    assert.equal(extractTargetsAndUnread('新建基站300个,2025年达到500个。', { year: 2024 }).targets[1]?.quote, '500个');
  });
});
