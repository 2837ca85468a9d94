/**
 * Values with no unit of measure (review r65 L3, F106; F110): a plan bounds an index, a coefficient or a ratio's value
 * with the words of a target (数据中心PUE值控制在1.3以内, 空气质量综合指数控制在4.5以内, 基尼系数低于0.4). The parser
 * reads each as a level of unit `''` (unitless-levels-f110.test.ts shows, evaluates and imports them), named by its
 * metric as written, quoted with its bound word. A count with no unit (新建基站达到500以上) is `noUnit` as before.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { oneTaskPlan } from './helpers.js';

/**
 * Each target of `text`, in a plan of 2024, as its comparator, the value and the end of its quote (the value with its
 * bound word), and its metric; each of unit `''`, a level, quoted as the text at its offset; no numeral left unread.
 */
function levels(text: string): unknown[][] {
  const { targets, unread } = extractTargetsAndUnread(text, { year: 2024 });
  assert.deepEqual(unread, [], text);
  return targets.map((t) => {
    assert.equal(text.slice(t.offset, t.offset + t.quote.length), t.quote, text);
    assert.deepEqual([t.unit, t.measure], ['', 'level'], text);
    return [t.comparator, t.quote.slice(t.quote.indexOf(t.valueText)), t.metric];
  });
}

/** Each numeral of `text` not read, in a plan of 2024, as its reason, the numeral and what it says (none of a count). */
function unread(text: string): unknown[][] {
  const { targets, unread } = extractTargetsAndUnread(text, { year: 2024 });
  assert.deepEqual(targets, [], text);
  return unread.map((u) => [u.reason, u.quantity ?? u.numeral, u.when]);
}

describe('a value with no unit after a metric that measures none: a level of unit "", not a missing unit', () => {
  test('PUE值, 指数, 系数 in Simplified, the bound word before or after the value', () => {
    assert.deepEqual(levels('新建数据中心PUE值控制在1.3以内。'), [['atMost', '1.3以内', '新建数据中心PUE值']]);
    assert.deepEqual(levels('空气质量综合指数控制在4.5以内。'), [['atMost', '4.5以内', '空气质量综合指数']]);
    assert.deepEqual(levels('营商环境指数达到80以上。'), [['atLeast', '80以上', '营商环境指数']]);
    assert.deepEqual(levels('城乡居民收入基尼系数低于0.4。'), [['atMost', '0.4', '城乡居民收入基尼系数']]);
    assert.deepEqual(levels('农田灌溉水有效利用系数达到0.65以上。'), [['atLeast', '0.65以上', '农田灌溉水有效利用系数']]);
  });
  test('a ratio (比, 比值, 比率), 容积率 and an abbreviation alone (PUE) in Traditional', () => {
    assert.deepEqual(levels('新建空調能效比不低於3.0。'), [['atLeast', '3.0', '新建空調能效比']]);
    assert.deepEqual(levels('工業用地容積率不低於1.0。'), [['atLeast', '1.0', '工業用地容積率']]);
    assert.deepEqual(levels('PM2.5與PM10比值控制在0.6以下。'), [['atMost', '0.6以下', 'PM2.5與PM10比值']]);
    assert.deepEqual(levels('城鄉居民收入比縮小到2.2以內。'), [['atMost', '2.2以內', '城鄉居民收入比']]);
    assert.deepEqual(levels('數據中心PUE不高於1.25。'), [['atMost', '1.25', '數據中心PUE']]);
    assert.deepEqual(levels('規上工業企業流動比率不低於1.5。'), [['atLeast', '1.5', '規上工業企業流動比率']]);
  });
  test('a PDF’s spaces are quoted as written; a deadline, a year or an item’s number is no part of the metric', () => {
    assert.deepEqual(levels('数据中心PUE值控制在 1.3 以内。'), [['atMost', '1.3 以内', '数据中心PUE值']]);
    assert.deepEqual(levels('到2025年,空气质量综合指数控制在4.5以内。'), [['atMost', '4.5以内', '空气质量综合指数']]);
    assert.deepEqual(levels('2025年空氣質量綜合指數控制在4.5以內。'), [['atMost', '4.5以內', '空氣質量綜合指數']]);
    assert.deepEqual(levels('1.空气质量综合指数控制在4.5以内。'), [['atMost', '4.5以内', '空气质量综合指数']]);
    assert.deepEqual(levels('全市2025年空气质量综合指数控制在4.5以内。'), [['atMost', '4.5以内', '全市空气质量综合指数']]);
    assert.deepEqual(levels('数据中心PUE值由1.5降至1.3以下。'), [['atMost', '1.3以下', '数据中心PUE值']]);
    assert.deepEqual(levels('數據中心電能利用效率(PUE)控制在1.3以內。'), [['atMost', '1.3以內', '數據中心電能利用效率(PUE)']]);
    assert.deepEqual(levels('一是空气质量综合指数控制在4.5以内,二是营商环境指数达到80以上。'), [
      ['atMost', '4.5以内', '空气质量综合指数'],
      ['atLeast', '80以上', '营商环境指数'],
    ]);
  });
  test('not one that sizes what follows (PUE值1.5以上的数据中心), nor a change of it (下降0.2): said, as a count with no unit is', () => {
    assert.deepEqual(unread('改造PUE值1.5以上的数据中心。'), [['noUnit', '1.5', undefined]]);
    assert.deepEqual(unread('空气质量综合指数下降0.2以上。'), [['noUnit', '0.2', undefined]]);
  });
  test('a value with no unit of what has one stays `noUnit`: 增加值, 产值, 均值, 峰值, 占比, a count', () => {
    const cases = [
      ['规上工业增加值达到500以上。', '500'],
      ['全市工业总产值达到1000以上。', '1000'],
      ['全市PM2.5年均值控制在35以内。', '35'],
      ['全社会用电负荷峰值控制在500以内。', '500'],
      ['数字经济占比达到30以上。', '30'],
      ['新建基站达到500以上。', '500'],
      ['GDP值达到5000以上。', '5000'],
    ];
    for (const [text, numeral] of cases) assert.deepEqual(unread(text!), [['noUnit', numeral, undefined]], text);
  });
  test('a condition’s index stays the level of a condition (当空气质量指数超过200时)', () => {
    const text = '当空气质量指数超过200时,启动应急响应。';
    assert.deepEqual(
      extractTargetsAndUnread(text, { year: 2024 }).unread.map((u) => [u.reason, u.numeral]),
      [['condition', '200']],
    );
  });
});

describe('dz-plan build reads it beside a target with a unit, and says nothing of it; a count with no unit is said', () => {
  test('数据中心PUE值控制在1.3以内, 新建5G基站500个', () => {
    const { plan, diagnostics } = oneTaskPlan('數據中心PUE值控制在1.3以內,新建5G基站500個。');
    assert.deepEqual(plan?.targets.map((t) => [t.value, t.unit]), [[1.3, ''], [500, '個']]);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'numeralNotRead'), []);
  });
  test('a count with no unit is said as before, in each language', () => {
    const said = oneTaskPlan('新建基站達到500以上。').diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.deepEqual(said.map((d) => d.message), ['task 1: the numeral 500 has no unit and is not read as a target; if it is one, add it in an overlay (targets.add)']);
    assert.equal(diagnosticIn(said[0]!, 'zh-Hant').message, '任務 1:數值 500 沒有單位,未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)');
  });
});

test('the Dezhou seed’s task bodies have no value left unread, in either script (its 157 readings: generated.test.ts)', () => {
  for (const task of dezhouPlan.tasks) {
    for (const script of ['zh-Hant', 'zh-Hans'] as const) {
      assert.deepEqual(extractTargetsAndUnread(task.body[script], { year: 2023 }).unread, [], `${task.id} ${script}`);
    }
  }
});
