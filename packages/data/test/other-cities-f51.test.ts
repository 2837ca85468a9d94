/**
 * Readings of other cities' plans a supervision office reads otherwise (F51, review r47): a PDF's space inside Chinese
 * text (重污染天数 5 天 以内, 增长 7% 左右, 完成 30% 的任务, 2025年底 前) reads as the text without it, its bound word
 * kept, each quote verbatim at its offset; a space beside Latin text or between two numbers stays. A multiple in
 * Chinese numerals (两倍) is a value only after a year's 的 or a change word, and at a target's end (以两倍的力度 is
 * rhetoric). A base before 的 and a multiple (上年的1.1倍, “十三五”末的1.5倍, 2020年底的1.5倍, 2020年水平的1.5倍) or a
 * percentage of a past year's level (恢复到2019年的120%) is the base, never a deadline, and no part of the metric; and
 * 节能减排 is a noun, no fall. Each case is the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { foldForReading } from '../src/extract/normalize.js';
import type { Target } from '../src/schema.js';
import { oneTaskPlan, traceable } from './helpers.js';
import { foldsTo, pdf, readingOf as reading, readsAsWithout } from './pdf-spacing.js';

/** Each proposal as its metric, comparator, value, measure, base year and deadline (in a plan of `year`, if given). */
const based = (text: string, year?: number) =>
  extractTargets(text, year === undefined ? {} : { year }).map((p) => [p.metric, p.comparator, p.value, p.measure, p.baselineYear, p.deadline ?? p.deadlineMonth]);
/** Each target of a one-task plan of 2024 as its metric, comparator, measure, base year and deadline. */
const shape = (t: Target) => [t.metric['zh-Hant'], t.comparator, t.measure, t.baselineYear, t.deadline];

describe('a space inside Chinese text (H2): 重污染天数 5 天 以内 reads as 重污染天数5天以内', () => {
  test('全年重污染天数 5 天 以内: a ceiling of 5 days, met at 2, as without the spaces', () => {
    assert.deepEqual(
      extractTargets('全年重污染天数 5 天 以内。').map((p) => [p.metric, p.comparator, p.value, p.unit, p.measure, p.quote]),
      [['重污染天数', 'atMost', 5, '天', 'ceiling', '重污染天数 5 天 以内']],
    );
    readsAsWithout('全年重污染天数 5 天 以内。', '全年重污染天数5天以内。');
    readsAsWithout('全年重污染天數 5 天 以內。', '全年重污染天數5天以內。');
  });
  test('the bound word after a space: 增长 7% 左右 (about), 4.5% 以内, 21.17 亿立方米 以内, 95% 以上, 下降16% 以上 (a floor)', () => {
    assert.deepEqual(
      reading('规模以上工业增加值增长 7% 左右。').map((r) => [r.metric, r.comparator, r.value, r.approx]),
      [['规模以上工业增加值', 'increaseBy', 7, true]],
    );
    assert.deepEqual(reading('單位GDP能耗下降16% 以上。').map((r) => [r.metric, r.comparator, r.value, r.floor]), [['單位GDP能耗', 'decreaseBy', 16, true]]);
    for (const [spaced, plain] of [
      ['规模以上工业增加值增长 7% 左右。', '规模以上工业增加值增长7%左右。'],
      ['規模以上工業增加值增長 7% 左右。', '規模以上工業增加值增長7%左右。'],
      ['用水总量 21.17 亿立方米 以内。', '用水总量21.17亿立方米以内。'],
      ['用水總量 21.17 億立方米 以內。', '用水總量21.17億立方米以內。'],
      ['城镇登记失业率 4.5% 以内。', '城镇登记失业率4.5%以内。'],
      ['城鎮登記失業率 4.5% 以內。', '城鎮登記失業率4.5%以內。'],
      ['农作物秸秆综合利用率 95% 以上。', '农作物秸秆综合利用率95%以上。'],
      ['農作物秸稈綜合利用率 95% 以上。', '農作物秸稈綜合利用率95%以上。'],
      ['单位GDP能耗下降16% 以上。', '单位GDP能耗下降16%以上。'],
      ['單位GDP能耗下降16% 以上。', '單位GDP能耗下降16%以上。'],
    ] as const) {
      readsAsWithout(spaced, plain);
    }
  });
  test('after a percentage: 一季度末前完成 30% 的任务 (metric 完成任务, not 完成 的任务)', () => {
    assert.deepEqual(reading('一季度末前完成 30% 的任务。').map((r) => [r.metric, r.value, r.deadline]), [['完成任务', 30, 3]]);
    readsAsWithout('一季度末前完成 30% 的任务。', '一季度末前完成30%的任务。');
    readsAsWithout('一季度末前完成 30% 的任務。', '一季度末前完成30%的任務。');
  });
  test('between two Chinese characters: 到2025年底 前新建5G基站300个 (metric 新建5G基站, not 前新建5G基站)', () => {
    assert.deepEqual(reading('到2025年底 前新建5G基站300个。').map((r) => [r.metric, r.deadline]), [['新建5G基站', '2025-12-31']]);
    readsAsWithout('到2025年底 前新建5G基站300个。', '到2025年底前新建5G基站300个。');
    readsAsWithout('到 2025 年底 前新建5G基站 300 個。', '到2025年底前新建5G基站300個。');
  });
  test('the ideographic space of a PDF, and a space by Chinese punctuation or a quote: “十四五” 末, 目标， 全年', () => {
    readsAsWithout('全年重污染天数\u30005\u3000天\u3000以内。', '全年重污染天数5天以内。');
    readsAsWithout('到“十四五” 末,森林覆盖率达到 20%。', '到“十四五”末,森林覆盖率达到20%。');
    readsAsWithout('主要目标： 全年重污染天数 5 天 以内。', '主要目标：全年重污染天数5天以内。');
  });
  test('the fold drops a space where Chinese text is on both sides (an ideograph or % on one), each unit at its place', () => {
    for (const [text, folded] of [
      ['重污染天数 5 天 以内', '重污染天数5天以内'],
      ['增长 7% 左右', '增长7%左右'],
      ['完成 30% 的任务', '完成30%的任务'],
      ['达到 30 %', '达到30%'],
      ['千分之二 以下', '千分之二以下'],
      ['2025年底 前', '2025年底前'],
      ['年底　 前', '年底前'],
      ['“十四五” 末', '“十四五”末'],
      ['目标， 全年', '目标,全年'],
      ['完成 。', '完成。'],
    ] as const) foldsTo(text, folded);
  });
  test('the rule at work on every sentence, in both scripts (a space after % and a unit, before a bound word)', () => {
    for (const [plain, year] of [
      ['全年重污染天数5天以内。'],
      ['全年重污染天數5天以內。'],
      ['用水总量21.17亿立方米以内。'],
      ['用水總量21.17億立方米以內。'],
      ['城镇登记失业率4.5%以内,农作物秸秆综合利用率95%以上。'],
      ['城鎮登記失業率4.5%以內,農作物秸稈綜合利用率95%以上。'],
      ['规模以上工业增加值增长7%左右,单位GDP能耗下降16%以上。'],
      ['規模以上工業增加值增長7%左右,單位GDP能耗下降16%以上。'],
      ['一季度末前完成30%的任务。'],
      ['一季度末前完成30%的任務。'],
      ['到2025年,地区生产总值达到上年的1.1倍。', 2024],
      ['到2025年,地區生產總值達到上年的1.1倍。', 2024],
    ] as const) {
      readsAsWithout(pdf(plain), plain, year);
    }
  });
});

describe('what stays (H2): a space beside Latin text or between two numbers', () => {
  test('the fold keeps PM2.5 浓度, 5G 基站, 300 km, 2024 2025, 7% 8%, smart 城市 and the space in 5 G', () => {
    for (const [text, folded] of [
      ['PM2.5 浓度', 'PM2.5 浓度'],
      ['5G 基站', '5G 基站'],
      ['建成 300 km', '建成300 km'],
      ['2024 2025 年', '2024 2025年'],
      ['增长 7% 8%', '增长7% 8%'],
      ['smart 城市', 'smart 城市'],
      ['新建 5 G 基站', '新建5 G 基站'],
      ['G20 峰会', 'G20 峰会'],
    ] as const) {
      assert.equal(foldForReading(text).folded, folded, text);
    }
  });
  test('新建 5 G 基站 300 个: the 5 is not glued to its G; 300 个 is read, quoted as written', () => {
    assert.deepEqual(
      extractTargets('新建 5 G 基站 300 个。').map((p) => [p.metric, p.value, p.unit, p.quote]),
      [['新建5 G 基站', 300, '个', '新建 5 G 基站 300 个']],
    );
    traceable('新建 5 G 基站 300 个。');
  });
  test('a text with no space is read as it was (the fast path: the same strings)', () => {
    const text = '全年重污染天数5天以内。';
    const read = foldForReading(text);
    assert.equal(read.shown, text);
    assert.equal(read.start(3), 3);
  });
});

describe('a multiple in Chinese numerals (M1): 两倍 only after a year’s 的 or a change word, at a target’s end', () => {
  test('rhetoric is no target: 以两倍的力度推进招商引资, 付出两倍努力, 两倍于全省平均水平, 以三倍的力度', () => {
    for (const text of [
      '以两倍的力度推进招商引资。',
      '以兩倍的力度推進招商引資。',
      '付出两倍努力。',
      '付出兩倍努力。',
      '两倍于全省平均水平。',
      '兩倍於全省平均水平。',
      '以三倍的力度推进招商引资。',
      '全市投资增速是全省的两倍。',
      '工业投资增长两倍的目标。',
      '工业投资增长三倍于全省。',
    ]) {
      assert.deepEqual(extractTargets(text), [], text);
    }
  });
  test('what stays: 达到2020年的两倍 (base 2020), 增长两倍 (a growth), 增长两倍以上 (a floor), 提高三倍', () => {
    assert.deepEqual(based('地区生产总值达到2020年的两倍。'), [['地区生产总值', 'atLeast', 2, 'rate', 2020, undefined]]);
    assert.deepEqual(based('地區生產總值達到2020年的兩倍。'), [['地區生產總值', 'atLeast', 2, 'rate', 2020, undefined]]);
    assert.deepEqual(based('工业投资增长两倍。'), [['工业投资', 'increaseBy', 2, 'growth', undefined, undefined]]);
    assert.deepEqual(based('工業投資增長兩倍,'), [['工業投資', 'increaseBy', 2, 'growth', undefined, undefined]]);
    assert.deepEqual(reading('工业投资增长两倍以上。').map((r) => [r.metric, r.comparator, r.value, r.floor]), [['工业投资', 'increaseBy', 2, true]]);
    assert.deepEqual(based('出口额提高三倍。'), [['出口额', 'increaseBy', 3, 'growth', undefined, undefined]]);
    traceable('地區生產總值達到2020年的兩倍。');
    traceable('工業投資增長兩倍,');
  });
});

describe('a base before 的 and a multiple (L1): the base year, no deadline, out of the metric', () => {
  test('全市旅游收入恢复到2019年的1.2倍: metric 全市旅游收入 (恢复到 trimmed as 达到 is), at least 1.2 as 达到 reads it, base 2019', () => {
    assert.deepEqual(based('全市旅游收入恢复到2019年的1.2倍。'), [['全市旅游收入', 'atLeast', 1.2, 'rate', 2019, undefined]]);
    assert.deepEqual(based('全市旅遊收入恢復到2019年的1.2倍。'), [['全市旅遊收入', 'atLeast', 1.2, 'rate', 2019, undefined]]);
    assert.deepEqual(based('全市旅游收入到2019年的1.2倍。').map(([metric, , , , year]) => [metric, year]), [['全市旅游收入', 2019]]);
    traceable('全市旅遊收入恢復到2019年的1.2倍。');
  });
  test('上年的1.1倍: the year before the plan’s (2023 in a plan of 2024), none without; 达到 and 是 out of the metric', () => {
    assert.deepEqual(based('地区生产总值达到上年的1.1倍。', 2024), [['地区生产总值', 'atLeast', 1.1, 'rate', 2023, undefined]]);
    assert.deepEqual(based('地區生產總值達到上年的1.1倍。'), [['地區生產總值', 'atLeast', 1.1, 'rate', undefined, undefined]]);
    assert.deepEqual(based('地区生产总值是上年的1.1倍。', 2024), [['地区生产总值', 'exact', 1.1, 'rate', 2023, undefined]]);
    assert.deepEqual(based('到2025年,地區生產總值達到上年的1.1倍。', 2024), [['地區生產總值', 'atLeast', 1.1, 'rate', 2023, '2025-12-31']]);
    assert.deepEqual(oneTaskPlan('地區生產總值達到上年的1.1倍。').plan!.targets.map(shape), [['地區生產總值', 'atLeast', 'rate', 2023, '2024-12-31']]);
    traceable('地區生產總值是上年的1.1倍。');
  });
  test('达到“十三五”末的1.5倍: base 2020', () => {
    assert.deepEqual(based('地区生产总值达到“十三五”末的1.5倍。'), [['地区生产总值', 'atLeast', 1.5, 'rate', 2020, undefined]]);
    assert.deepEqual(based('地區生產總值達到"十三五"末的1.5倍。'), [['地區生產總值', 'atLeast', 1.5, 'rate', 2020, undefined]]);
    traceable('地區生產總值達到“十三五”末的1.5倍。');
  });
  test('2020年底的, 2020年度的, 2020年水平的 1.5倍: base 2020, no deadline of 2020-12-31, the metric whole', () => {
    for (const [text, metric] of [
      ['地区生产总值达到2020年底的1.5倍。', '地区生产总值'],
      ['地區生產總值達到2020年底的1.5倍。', '地區生產總值'],
      ['地区生产总值达到2020年度的1.5倍。', '地区生产总值'],
      ['地區生產總值達到2020年度的1.5倍。', '地區生產總值'],
      ['地区生产总值达到2020年水平的1.5倍。', '地区生产总值'],
      ['地區生產總值達到2020年水平的1.5倍。', '地區生產總值'],
      ['地区生产总值达到2020年末的1.5倍。', '地区生产总值'],
    ] as const) {
      assert.deepEqual(based(text), [[metric, 'atLeast', 1.5, 'rate', 2020, undefined]], text);
      assert.deepEqual(based(text, 2024), [[metric, 'atLeast', 1.5, 'rate', 2020, undefined]], text);
      traceable(text);
    }
    assert.deepEqual(oneTaskPlan('地區生產總值達到2020年底的1.5倍。').plan!.targets.map(shape), [['地區生產總值', 'atLeast', 'rate', 2020, '2024-12-31']]);
  });
  test('a percentage of a past year’s level: 恢复到2019年的120% is based on 2019, no deadline of 2019-12-31', () => {
    assert.deepEqual(based('全市旅游收入恢复到2019年的120%。', 2024), [['全市旅游收入', 'atLeast', 120, 'rate', 2019, undefined]]);
    assert.deepEqual(based('全市旅遊收入恢復到2019年的120%。'), [['全市旅遊收入', 'atLeast', 120, 'rate', 2019, undefined]]);
    // In a plan of 2024, 2023 is past too.
    assert.deepEqual(based('全市旅游收入恢复到2023年的120%。', 2024), [['全市旅游收入', 'atLeast', 120, 'rate', 2023, undefined]]);
    assert.deepEqual(based('全市旅游收入恢复到上年的120%。', 2024), [['全市旅游收入', 'atLeast', 120, 'rate', 2023, undefined]]);
    assert.deepEqual(oneTaskPlan('全市旅遊收入恢復到2019年的120%。').plan!.targets.map(shape), [['全市旅遊收入', 'atLeast', 'rate', 2019, '2024-12-31']]);
    traceable('全市旅遊收入恢復到2019年的120%。');
  });
  test('what stays: 提高到2025年的22% is due in 2025 (no past year), in a plan of 2024 or with none', () => {
    assert.deepEqual(based('森林覆盖率提高到2025年的22%。'), [['森林覆盖率', 'atLeast', 22, 'rate', undefined, '2025-12-31']]);
    assert.deepEqual(based('森林覆蓋率提高到2025年的22%。', 2024), [['森林覆蓋率', 'atLeast', 22, 'rate', undefined, '2025-12-31']]);
    assert.deepEqual(based('森林覆盖率提高到2024年的22%。', 2024), [['森林覆盖率', 'atLeast', 22, 'rate', undefined, '2024-12-31']]);
  });
});

describe('节能减排 is a noun (L1): 减排 after 节能 is no change word', () => {
  test('完成节能减排10万吨标准煤: metric 完成节能减排, a flow of 10 万吨标准煤, no fall', () => {
    assert.deepEqual(
      extractTargets('完成节能减排10万吨标准煤。').map((p) => [p.metric, p.comparator, p.value, p.unit, p.measure]),
      [['完成节能减排', 'exact', 10, '万吨标准煤', 'flow']],
    );
    assert.deepEqual(
      extractTargets('完成節能減排10萬噸標準煤。').map((p) => [p.metric, p.comparator, p.value, p.measure]),
      [['完成節能減排', 'exact', 10, 'flow']],
    );
    traceable('完成節能減排10萬噸標準煤。');
  });
  test('what stays: 二氧化碳减排10% is a fall', () => {
    assert.deepEqual(based('二氧化碳减排10%。'), [['二氧化碳', 'decreaseBy', 10, 'growth', undefined, undefined]]);
  });
});
