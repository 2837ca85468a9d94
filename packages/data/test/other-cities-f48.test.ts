/**
 * Readings of other cities' plans a supervision office reads otherwise (F48): text copied from a PDF has a space
 * between a number and the Chinese around it (较 2020 年下降13.5%, 到 2025 年底前, 6 月底前, 达到 300 个), which reads
 * exactly as the text without it, each quote still verbatim at its offset; a space inside Latin text (PM2.5 浓度, 5G
 * 基站) or between two numbers stays. And two multiples of a year's level: 是2020年的2倍 (是 out of the metric, as 达到
 * is) and 达到2020年的两倍 (a multiple in Chinese numerals). Each case is the smallest input that went wrong, or that
 * pins what stays.
 */
import assert from 'node:assert/strict';
import { deadlineOfField } from '../src/node/task-deadline.js';
import { describe, test } from 'node:test';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import type { Target } from '../src/schema.js';
import { deadlinesOf as deadlines, oneTaskPlan, readDeadlines as read, traceable } from './helpers.js';
import { foldsTo, pdf, readsAsWithout } from './pdf-spacing.js';

/** Each proposal as its metric, comparator, value, measure and base year. */
const based = (text: string) => extractTargets(text).map((p) => [p.metric, p.comparator, p.value, p.measure, p.baselineYear]);
/** Each target of a one-task plan of 2024 as its metric, comparator, measure, base year and deadline. */
const shape = (t: Target) => [t.metric['zh-Hant'], t.comparator, t.measure, t.baselineYear, t.deadline];

describe('a base with a PDF’s spaces in the clause of its change: 较 2020 年下降13.5%', () => {
  test('单位GDP能耗较 2020 年下降13.5%: a change since 2020, metric 单位GDP能耗, as without the spaces', () => {
    assert.deepEqual(based('单位GDP能耗较 2020 年下降13.5%。'), [['单位GDP能耗', 'decreaseBy', 13.5, 'change', 2020]]);
    assert.deepEqual(based('单位GDP能耗较 2020 年下降 13.5%。'), [['单位GDP能耗', 'decreaseBy', 13.5, 'change', 2020]]);
    traceable('单位GDP能耗较 2020 年下降13.5%。');
    traceable('单位GDP能耗较 2020 年下降 13.5%。');
  });
  test('in Traditional: 單位GDP能耗較 2020 年下降13.5%, 萬元GDP用水量比 2020 年下降 12%', () => {
    assert.deepEqual(based('單位GDP能耗較 2020 年下降13.5%。'), [['單位GDP能耗', 'decreaseBy', 13.5, 'change', 2020]]);
    assert.deepEqual(based('萬元GDP用水量比 2020 年下降 12%。'), [['萬元GDP用水量', 'decreaseBy', 12, 'change', 2020]]);
    traceable('單位GDP能耗較 2020 年下降13.5%。');
    traceable('萬元GDP用水量比 2020 年下降 12%。');
  });
  test('the ideographic space of a PDF and two spaces read the same: 较　2020　年, 较  2020  年', () => {
    assert.deepEqual(based('单位GDP能耗较\u30002020\u3000年下降13.5%。'), [['单位GDP能耗', 'decreaseBy', 13.5, 'change', 2020]]);
    assert.deepEqual(based('單位GDP能耗較  2020  年下降13.5%。'), [['單位GDP能耗', 'decreaseBy', 13.5, 'change', 2020]]);
    traceable('单位GDP能耗较\u30002020\u3000年下降13.5%。');
    traceable('單位GDP能耗較  2020  年下降13.5%。');
  });
});

describe('a deadline with a PDF’s spaces: 到 2025 年底前', () => {
  test('到 2025 年底前新建5G基站300个: due 2025-12-31, metric 新建5G基站, as without the spaces', () => {
    assert.deepEqual(read('到 2025 年底前新建5G基站300个。'), [['新建5G基站', '2025-12-31']]);
    assert.deepEqual(read('到 2025 年底前新建5G基站300个。'), read('到2025年底前新建5G基站300个。'));
    traceable('到 2025 年底前新建5G基站300个。');
  });
  test('in Traditional, and in a plan of 2024 (dz-plan build): due 2025, not at the plan’s year end', () => {
    assert.deepEqual(read('到 2025 年底前新建5G基站 300 個。'), [['新建5G基站', '2025-12-31']]);
    assert.deepEqual(deadlines('到 2025 年底前新建5G基站300個。'), [['新建5G基站', '2025-12-31']]);
    assert.deepEqual(oneTaskPlan('單位GDP能耗較 2020 年下降13.5%。').plan!.targets.map(shape), [['單位GDP能耗', 'decreaseBy', 'change', 2020, '2024-12-31']]);
    traceable('到 2025 年底前新建5G基站 300 個。');
  });
  test('a month (6 月底前) and a deadline inside the metric (全市到 2025 年森林覆盖率) with spaces', () => {
    assert.deepEqual(read('6 月底前完成老旧小区改造 300 个。'), [['完成老旧小区改造', 6]]);
    assert.deepEqual(read('全市到 2025 年森林覆蓋率達到 20%。'), read('全市到2025年森林覆蓋率達到20%。'));
    traceable('6 月底前完成老旧小区改造 300 个。');
  });
});

/** Sentences of the earlier tests, each in Simplified and Traditional, and the plan's year where it matters. */
const SENTENCES: readonly (readonly [string, string, number?])[] = [
  ['单位GDP能耗较2020年下降13.5%。', '單位GDP能耗較2020年下降13.5%。'],
  ['到2025年底前新建5G基站300个。', '到2025年底前新建5G基站300個。'],
  ['单位GDP能耗到2025年较2020年下降3%—5%。', '單位GDP能耗到2025年較2020年下降3%—5%。'],
  ['与2020年相比,单位GDP能耗下降13.5%,地区生产总值年均增长6%—7%。', '與2020年相比,單位GDP能耗下降13.5%,地區生產總值年均增長6%—7%。'],
  ['存款余额较上年末增长10%。', '存款餘額較上年末增長10%。', 2024],
  ['研发投入强度较2020年提高0.5个百分点。', '研發投入強度較2020年提高0.5個百分點。'],
  ['到2025年,地区生产总值达到2020年的1.5倍。', '到2025年,地區生產總值達到2020年的1.5倍。'],
  ['森林覆盖率提高到2025年的22%。', '森林覆蓋率提高到2025年的22%。'],
  ['6月底前完成老旧小区改造300个,科技型中小企业达到900家以上。', '6月底前完成老舊小區改造300個,科技型中小企業達到900家以上。'],
  ['全市到2025年森林覆盖率达到20%。', '全市到2025年森林覆蓋率達到20%。'],
  ['城镇居民人均可支配收入由2023年的45000元提高到48000元。', '城鎮居民人均可支配收入由2023年的45000元提高到48000元。'],
  ['秸秆综合利用重点县2—3个,城乡居民收入差距缩小到2.2倍。', '秸稈綜合利用重點縣2—3個,城鄉居民收入差距縮小到2.2倍。'],
  ['三季度末前新增企业15家,二氧化碳减排10%。', '三季度末前新增企業15家,二氧化碳減排10%。'],
];

describe('the general rule: a space between a number and the Chinese around it reads as without it', () => {
  for (const [hans, hant, year] of SENTENCES) {
    test(`${pdf(hans)}: as ${hans}`, () => readsAsWithout(pdf(hans), hans, year));
    test(`${pdf(hant)}: as ${hant}`, () => readsAsWithout(pdf(hant), hant, year));
  }
  test('a past fact with spaces: the numeral said at its offset, its time and quantity as written', () => {
    const text = '截至 2023 年底,全市已建成5G基站 3000 个,2024 年再新建 2000 个。';
    const { targets, unread } = extractTargetsAndUnread(text, { year: 2024 });
    const plain = extractTargetsAndUnread('截至2023年底,全市已建成5G基站3000个,2024年再新建2000个。', { year: 2024 });
    assert.deepEqual(targets.map((p) => [p.metric, p.value, p.unit]), plain.targets.map((p) => [p.metric, p.value, p.unit]));
    assert.deepEqual(unread.map((u) => [u.numeral, u.reason, u.quantity, u.when]), [['3000', 'past', '3000 个', '截至 2023 年底']]);
    assert.equal(text.slice(unread[0]!.offset, unread[0]!.offset + 4), '3000');
    traceable(text);
  });
  test('quotes at an offset into a longer text: offset plus the index in the spaced text', () => {
    const text = '单位GDP能耗较 2020 年下降13.5%,新建5G基站 300 个。';
    const at100 = extractTargets(text, { offset: 100 });
    assert.deepEqual(at100.map((p) => [p.offset - 100, p.quote]), extractTargets(text).map((p) => [p.offset, p.quote]));
    assert.deepEqual(at100.map((p) => p.quote), ['单位GDP能耗较 2020 年下降13.5%', '新建5G基站 300 个']);
  });
});

describe('what stays: spaces inside Latin text, and between two numbers', () => {
  test('the fold drops only a space between a number and an ideograph, each unit at its place in the text', () => {
    for (const [text, folded] of [
      ['较 2020 年下降 13.5%', '较2020年下降13.5%'],
      ['較 2020 年', '较2020年'],
      ['达到 300 个', '达到300个'],
      ['PM2.5 浓度', 'PM2.5 浓度'],
      ['新建 5G 基站', '新建 5G 基站'],
      ['建成 300 km', '建成300 km'],
      ['2024 2025 年', '2024 2025年'],
      ['年 2024 2025', '年2024 2025'],
      ['G20 峰会', 'G20 峰会'],
    ] as const) foldsTo(text, folded);
  });
  test('PM2.5 浓度 and 新建 5G 基站 keep their spaces, as they read before', () => {
    assert.deepEqual(
      extractTargets('PM2.5 浓度下降到 35 微克/立方米。').map((p) => [p.metric, p.value, p.unit, p.comparator]),
      [['PM2.5 浓度', 35, '微克/立方米', 'atMost']],
    );
    assert.deepEqual(extractTargets('新建 5G 基站 300 个。').map((p) => [p.metric, p.value]), [['新建 5G 基站', 300]]);
    traceable('PM2.5 浓度下降到 35 微克/立方米。');
    traceable('新建 5G 基站 300 个。');
  });
});

describe('a multiple of a year’s level: 是2020年的2倍, 达到2020年的两倍', () => {
  test('地区生产总值是2020年的2倍: 是 is out of the metric, as 达到 and 相当于 are', () => {
    assert.deepEqual(based('地区生产总值是2020年的2倍。'), [['地区生产总值', 'exact', 2, 'rate', 2020]]);
    assert.deepEqual(based('地區生產總值是2020年的2倍。'), [['地區生產總值', 'exact', 2, 'rate', 2020]]);
    assert.deepEqual(read('地区生产总值是2020年的2倍。'), [['地区生产总值', undefined]]);
    traceable('地区生产总值是2020年的2倍。');
  });
  test('地区生产总值达到2020年的两倍: 2 倍 of the level of 2020, no deadline of 2020', () => {
    assert.deepEqual(based('地区生产总值达到2020年的两倍。'), [['地区生产总值', 'atLeast', 2, 'rate', 2020]]);
    assert.deepEqual(based('地區生產總值達到2020年的兩倍。'), [['地區生產總值', 'atLeast', 2, 'rate', 2020]]);
    assert.deepEqual(based('地区生产总值达到2020年的两倍。'), based('地区生产总值达到2020年的2倍。'));
    assert.deepEqual(read('地区生产总值达到2020年的两倍。'), [['地区生产总值', undefined]]);
    assert.deepEqual(deadlines('到2025年,地區生產總值達到2020年的兩倍。'), [['地區生產總值', '2025-12-31']]);
    traceable('地區生產總值達到2020年的兩倍。');
  });
  test('other numerals in words before 倍 (三倍), and with a PDF’s spaces (达到 2020 年的 2 倍): the same base', () => {
    assert.deepEqual(based('地区生产总值达到2020年的三倍。'), [['地区生产总值', 'atLeast', 3, 'rate', 2020]]);
    assert.deepEqual(read('地区生产总值达到2020年的三倍。'), [['地区生产总值', undefined]]);
    assert.deepEqual(based('地區生產總值是 2020 年的 2 倍。'), [['地區生產總值', 'exact', 2, 'rate', 2020]]);
    traceable('地區生產總值是 2020 年的 2 倍。');
  });
  test('what stays: 两 before a count is not read (建设两个平台); 增长两倍 with no year is a growth, as 增长1.5倍', () => {
    assert.deepEqual(extractTargets('建设两个平台。'), []);
    assert.deepEqual(based('工业投资增长两倍。'), [['工业投资', 'increaseBy', 2, 'growth', undefined]]);
    assert.deepEqual(based('工业投资增长两倍。'), based('工业投资增长2倍。'));
  });
});

describe('a deadline field with a PDF’s spaces (完成時限：2024 年 6 月底前)', () => {
  test('reads as without them, in both scripts', () => {
    for (const field of ['完成時限：2024 年 6 月底前', '完成时限:2024 年 6 月底前', '完成時限：2024年6月底前']) {
      const deadline = deadlineOfField(field);
      assert.deepEqual([deadline?.year, deadline?.month], [2024, 6], field);
    }
    assert.equal(deadlineOfField('完成时限:6 月底前')?.month, 6);
  });
});
