/**
 * Values of no unit after 分别, ranges written with any dash, and a value of 1.0 of no unit (F110's leftovers, F123).
 * Before, 数据中心PUE值、WUE值分别控制在1.3、0.8以内 read the first value only (0.8 said to have no unit: its item,
 * WUE值, was not looked at), and 容积率不低于1.0 was read less surely than 不低于1.2 (a count of one, as 1个 may be).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import { readIn2024, traceable } from './helpers.js';

/** Each target proposed in `text` (a plan of 2024) as its metric, comparator, value, upper value, unit and measure, and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.upperValue, t.unit, t.measure]);

describe('分别 pairs metrics of no unit with their values', () => {
  test('PUE值、WUE值分别控制在1.3、0.8以内: two levels of unit "", each with its metric, at most its value', () => {
    const text = '数据中心PUE值、WUE值分别控制在1.3、0.8以内。';
    assert.deepEqual(read(text), {
      targets: [
        ['数据中心PUE值', 'atMost', 1.3, undefined, '', 'level'],
        ['WUE值', 'atMost', 0.8, undefined, '', 'level'],
      ],
      unread: [],
    });
    assert.deepEqual(
      extractTargets(text, { year: 2024 }).map((t) => [t.quote, t.offset]),
      [
        ['数据中心PUE值、WUE值分别控制在1.3', 0],
        ['WUE值分别控制在1.3、0.8以内', 9],
      ],
    );
  });

  test('a bound after the list or before its first value is every value’s; 和 pairs as 、 does; a change is said, not read', () => {
    assert.deepEqual(read('基尼系数、城乡居民收入比分别为0.4、2.2以下。').targets, [
      ['基尼系数', 'atMost', 0.4, undefined, '', 'level'],
      ['城乡居民收入比', 'atMost', 2.2, undefined, '', 'level'],
    ]);
    assert.deepEqual(read('PUE值和WUE值分别不高于1.3和0.8。').targets, [
      ['PUE值', 'atMost', 1.3, undefined, '', 'level'],
      ['WUE值', 'atMost', 0.8, undefined, '', 'level'],
    ]);
    assert.deepEqual(read('空气质量综合指数、营商环境指数分别下降0.2、0.1以上。'), { targets: [], unread: [['noUnit', '0.2'], ['noUnit', '0.1']] });
  });

  test('a count whose unit is missing stays unread in a 分别 list, as out of one: each value said', () => {
    assert.deepEqual(read('新建基站、充电桩分别达到500、300以上。'), { targets: [], unread: [['noUnit', '500'], ['noUnit', '300']] });
    assert.deepEqual(read('新建基站、充电桩分别达到500、300。'), { targets: [], unread: [['noUnit', '500'], ['noUnit', '300']] });
  });
});

test('a value of 1 of no unit (容积率不低于1.0) is read as surely as 1.2: no count of one, which 1个 may be', () => {
  const confidence = (text: string) => extractTargets(text, { year: 2024 }).map((t) => [t.value, t.unit, t.confidence]);
  assert.deepEqual(confidence('容积率不低于1.0。'), confidence('容积率不低于1.2。').map(([, unit, sure]) => [1, unit, sure]));
  assert.deepEqual(confidence('能效比不低于1。').map(([, , sure]) => sure), confidence('容积率不低于1.2。').map(([, , sure]) => sure));
  // A count of one is still read less surely than a count of two.
  const [one] = confidence('建成大数据中心1个。');
  const [two] = confidence('建成大数据中心2个。');
  assert.ok(one![2]! < two![2]!, `${one} against ${two}`);
});

describe('a range written with any dash reads as with a hyphen; a dash that is punctuation is no range', () => {
  /** Each target of `text` as what a range is read as, and its quote (checked verbatim at its offset). */
  const ranges = (text: string) => {
    traceable(text);
    return extractTargets(text, { year: 2024 }).map((t) => [t.metric, t.comparator, t.value, t.upperValue, t.unit, t.measure, t.quote]);
  };
  const sentences = (dash: string) => [`数据中心PUE值控制在1.2${dash}1.3。`, `地区生产总值增长5%${dash}6%。`, `新建5G基站500${dash}600个。`];
  const withHyphen = sentences('-').map(ranges);

  test('an em dash, a full-width hyphen, an en dash, a wave dash, 至 and 到, and their small forms, as the hyphen', () => {
    assert.deepEqual(withHyphen.map((read) => read.map(([, comparator, value, upper]) => [comparator, value, upper])), [[['range', 1.2, 1.3]], [['range', 5, 6]], [['range', 500, 600]]]);
    for (const dash of ['—', '－', '–', '―', '~', '～', '至', '到', '﹣', '﹘']) {
      const read = sentences(dash).map(ranges);
      // The same reading, quoting the range as written.
      assert.deepEqual(read, withHyphen.map((targets) => targets.map((t) => [...t.slice(0, -1), (t.at(-1) as string).replace('-', dash)])), dash);
    }
  });

  test('a dash with spaces around it (1.2 — 1.3, 6% - 8%) joins a range as one without them', () => {
    for (const dash of [' - ', ' — ', '— ', ' －']) {
      const read = sentences(dash).map(ranges);
      assert.deepEqual(read, withHyphen.map((targets) => targets.map((t) => [...t.slice(0, -1), (t.at(-1) as string).replace('-', dash)])), dash);
    }
  });

  test('a Chinese dash before a year or an explanation is punctuation: the value before it stands, no metric starts with it', () => {
    const [pue] = ranges('数据中心PUE值控制在1.3——2025年降至1.25以下。');
    assert.deepEqual(pue, ['数据中心PUE值', 'atMost', 1.3, undefined, '', 'level', '数据中心PUE值控制在1.3']);
    // Named and quoted as after a comma: 新建基站300个,2025年达到500个; 新建基站3000个,其中5G基站2000个.
    const named = (text: string) => ranges(text).map(([metric, comparator, value, , , , quote]) => [metric, comparator, value, quote]);
    const asAfterComma = (text: string) => assert.deepEqual(named(text), named(text.replace('——', ',')), text);
    asAfterComma('新建基站300个——2025年达到500个。');
    asAfterComma('新建基站3000个——其中5G基站2000个。');
    // A range of years is a period, no value: 2023—2025年 and 2023 — 2025年 alike.
    const period = (text: string) => extractTargets(text, { year: 2024 }).map((t) => [t.metric, t.comparator, t.value, t.deadline]);
    assert.deepEqual(period('2023—2025年,新建5G基站500个。'), [['新建5G基站', 'exact', 500, '2025-12-31']]);
    assert.deepEqual(period('2023 — 2025年,新建5G基站500个。'), period('2023—2025年,新建5G基站500个。'));
  });
});
