/**
 * Readings of other cities' plans a supervision office reads otherwise (F53, review r47 and F48–F51's remainder): a
 * later year alone leading a clause (2025年全市森林覆盖率达到22%, …,2025年达到22% in a plan of 2024) is its sentence's
 * deadline, as 到2025年 is, and no part of the metric; the plan's year leading a later clause (截至2023年底…,2024年再新建
 * 2000个) is cut from its metric too; 恢复到 is out of the metric, as 达到 is; a stretch target after a change
 * (较2020年下降13.5%,力争下降14%) carries its base year as it carries its metric; a multiple in digits no target ends
 * at (以2倍的力度, 付出2倍努力, 2倍于) is rhetoric, as 两倍 is; and 个百分点 is `percentage points` in English. Each case
 * is the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeTarget, describeTargetInWords } from '../src/describe-target.js';
import { withEnglishFallback } from '../src/english-fallback.js';
import { evaluateTarget } from '../src/evaluate-target.js';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import type { Target } from '../src/schema.js';
import { oneTaskPlan, traceable } from './helpers.js';
import { pdf, readingOf as reading, readsAsWithout } from './pdf-spacing.js';

/** Each proposal as its metric, comparator, value, measure, base year and deadline (in a plan of `year`, if given). */
const based = (text: string, year?: number) =>
  extractTargets(text, year === undefined ? {} : { year }).map((p) => [p.metric, p.comparator, p.value, p.measure, p.baselineYear, p.deadline ?? p.deadlineMonth]);
/** Each numeral of `text` not read as a past fact, in a plan of 2024, as what it says and when. */
const past = (text: string) =>
  extractTargetsAndUnread(text, { year: 2024 })
    .unread.filter((u) => u.reason === 'past')
    .map((u) => [u.quantity, u.when]);
/** Each proposal's quote of `text`, read in a plan of `year`, is the text at its offset (and so without a year). */
const traceableIn = (text: string, year: number): void => {
  for (const p of extractTargets(text, { year })) assert.equal(text.slice(p.offset, p.offset + p.quote.length), p.quote, text);
  traceable(text);
};
/** Each target of a one-task plan of 2024 as its metric, comparator, measure, base year and deadline. */
const shape = (t: Target) => [t.metric['zh-Hant'], t.comparator, t.measure, t.baselineYear, t.deadline];
/** The one target of a one-task plan of 2024 with `body`. */
const only = (body: string): Target => {
  const { plan } = oneTaskPlan(body);
  assert.ok(plan, body);
  assert.equal(plan.targets.length, 1, body);
  return plan.targets[0]!;
};

describe('a later year alone leading a clause (1): the sentence’s deadline, as 到2025年 is, and no part of the metric', () => {
  test('2025年全市森林覆盖率达到22% in a plan of 2024: due 2025-12-31, metric 全市森林覆盖率, as 到2025年…', () => {
    assert.deepEqual(based('2025年全市森林覆盖率达到22%。', 2024), [['全市森林覆盖率', 'atLeast', 22, 'rate', undefined, '2025-12-31']]);
    assert.deepEqual(based('2025年全市森林覆蓋率達到22%。', 2024), [['全市森林覆蓋率', 'atLeast', 22, 'rate', undefined, '2025-12-31']]);
    assert.deepEqual(based('2025年全市森林覆盖率达到22%。', 2024), based('到2025年全市森林覆盖率达到22%。', 2024));
    assert.deepEqual(based('2026年,全市新建5G基站3000個。', 2024), [['全市新建5G基站', 'exact', 3000, 'flow', undefined, '2026-12-31']]);
    traceableIn('2025年全市森林覆蓋率達到22%。', 2024);
    traceableIn('2026年,全市新建5G基站3000個。', 2024);
  });
  test('…,2025年达到22%: a later clause, due 2025-12-31, its metric carried, as …,到2025年达到22%', () => {
    assert.deepEqual(based('全市森林覆盖率达到20%,2025年达到22%。', 2024), [
      ['全市森林覆盖率', 'atLeast', 20, 'rate', undefined, undefined],
      ['全市森林覆盖率', 'atLeast', 22, 'rate', undefined, '2025-12-31'],
    ]);
    assert.deepEqual(based('全市森林覆蓋率達到20%,2025年達到22%。', 2024), based('全市森林覆蓋率達到20%,到2025年達到22%。', 2024));
    // A clause that names the metric and no value names the value after it (review r54: the metric was missing).
    assert.deepEqual(based('全市森林覆盖率,2025年达到22%。', 2024), [['全市森林覆盖率', 'atLeast', 22, 'rate', undefined, '2025-12-31']]);
    assert.deepEqual(based('全市森林覆盖率,2025年达到22%。', 2024), based('全市森林覆盖率,到2025年达到22%。', 2024));
    // The plan's year leading a later clause: due in the plan's year, not the 2025 before it.
    assert.deepEqual(based('2025年全市森林覆盖率达到22%,2024年达到21%。', 2024).map(([metric, , value, , , deadline]) => [metric, value, deadline]), [
      ['全市森林覆盖率', 22, '2025-12-31'],
      ['全市森林覆盖率', 21, undefined],
    ]);
    traceableIn('全市森林覆蓋率達到20%,2025年達到22%。', 2024);
    traceableIn('全市森林覆盖率,2025年达到22%。', 2024);
    traceableIn('2025年全市森林覆盖率达到22%,2024年达到21%。', 2024);
  });
  test('a base is never the deadline: 2025年…达到2020年的1.5倍, 2025年…较2020年增长30%, 与2020年相比,2025年…', () => {
    assert.deepEqual(based('2025年地区生产总值达到2020年的1.5倍。', 2024), [['地区生产总值', 'atLeast', 1.5, 'rate', 2020, '2025-12-31']]);
    assert.deepEqual(based('2025年地區生產總值較2020年增長30%。', 2024), [['地區生產總值', 'increaseBy', 30, 'change', 2020, '2025-12-31']]);
    // The year leading the clause is its deadline, not a period of its own: the base clause before it is its base.
    assert.deepEqual(based('与2020年相比,2025年地区生产总值增长30%。', 2024), [['地区生产总值', 'increaseBy', 30, 'change', 2020, '2025-12-31']]);
    assert.deepEqual(based('與2020年相比,2025年地區生產總值增長30%。', 2024), based('與2020年相比,到2025年地區生產總值增長30%。', 2024));
    traceableIn('2025年地區生產總值較2020年增長30%。', 2024);
    traceableIn('與2020年相比,2025年地區生產總值增長30%。', 2024);
  });
  test('with a PDF’s spaces (2025 年全市森林覆盖率达到 22%, 2024 年再新建 2000 个): read as without them', () => {
    for (const plain of [
      '2025年全市森林覆盖率达到22%。',
      '2025年全市森林覆蓋率達到22%。',
      '全市森林覆盖率达到20%,2025年达到22%。',
      '截至2023年底,全市累计建成5G基站1万个,2024年再新建2000个。',
      '截至2023年底,全市累計建成5G基站1萬個,2024年再新建2000個。',
    ]) {
      readsAsWithout(pdf(plain), plain, 2024);
    }
  });
  test('in a one-task plan of 2024: 2025年全市森林覆蓋率達到22% is due 2025-12-31', () => {
    assert.deepEqual(oneTaskPlan('2025年全市森林覆蓋率達到22%。').plan!.targets.map(shape), [['全市森林覆蓋率', 'atLeast', 'rate', undefined, '2025-12-31']]);
  });
  test('the plan’s own year leading its sentence (2024年全市地区生产总值增长6%) is no part of the metric either', () => {
    assert.deepEqual(based('2024年全市地区生产总值增长6%。', 2024), [['全市地区生产总值', 'increaseBy', 6, 'growth', undefined, undefined]]);
    assert.deepEqual(based('2024年全市地區生產總值增長6%。', 2024), [['全市地區生產總值', 'increaseBy', 6, 'growth', undefined, undefined]]);
    assert.deepEqual(based('2024年,全市新建5G基站2000个。', 2024), [['全市新建5G基站', 'exact', 2000, 'flow', undefined, undefined]]);
    assert.deepEqual(oneTaskPlan('2024年全市地區生產總值增長6%。').plan!.targets.map(shape), [['全市地區生產總值', 'increaseBy', 'growth', undefined, '2024-12-31']]);
    traceableIn('2024年全市地區生產總值增長6%。', 2024);
  });
  test('a later year with a quarter in digits (2025年第4季度末) is one deadline, read whole: no 第 left in the metric', () => {
    assert.deepEqual(based('2025年第4季度末新建充电桩300个。', 2024), [['新建充电桩', 'exact', 300, 'flow', undefined, '2025-12-31']]);
    assert.deepEqual(based('2025年第4季度末新建充電樁300個。', 2024), [['新建充電樁', 'exact', 300, 'flow', undefined, '2025-12-31']]);
    traceableIn('2025年第4季度末新建充電樁300個。', 2024);
  });
  test('what stays: the plan’s year as a base (较2024年) or inside a name (2024年度) is not cut', () => {
    assert.deepEqual(based('2024年度全市考核优秀率达到90%。', 2024).map(([metric]) => metric), ['2024年度全市考核优秀率']);
  });
  test('what stays: with no plan year, a year leading its sentence stays in the metric (past and future cannot be told apart)', () => {
    assert.deepEqual(based('2024年全市地区生产总值增长6%。').map(([metric]) => metric), ['2024年全市地区生产总值']);
  });
  test('what stays: a past year (2022年全市地区生产总值增长5%) states a past fact, no target', () => {
    assert.deepEqual(based('2022年全市地区生产总值增长5%。', 2024), []);
    assert.deepEqual(past('2022年全市地区生产总值增长5%。'), [['5%', '2022年']]);
    assert.deepEqual(based('2022年全市地區生產總值增長5%。', 2024), []);
    assert.deepEqual(past('2022年全市地區生產總值增長5%。'), [['5%', '2022年']]);
  });
  test('what stays: a part of a year (2025年前三季度, 2025年6月), a year in a plan of unknown year, a list of years', () => {
    assert.deepEqual(based('2025年前三季度新增就业2万人。', 2024), [['2025年前三季度新增就业', 'exact', 2, 'flow', undefined, undefined]]);
    assert.deepEqual(based('2025年全市森林覆盖率达到22%。'), [['2025年全市森林覆盖率', 'atLeast', 22, 'rate', undefined, undefined]]);
    assert.deepEqual(
      based('2024年、2025年,分别增长15%、20%。', 2024).map(([, , value, , , deadline]) => [value, deadline]),
      [
        [15, undefined],
        [20, undefined],
      ],
    );
  });
});

describe('the plan’s year leading a later clause (7): cut from the metric, as 到2025年 and 年底前 are', () => {
  test('截至2023年底,全市累计建成5G基站1万个,2024年再新建2000个: metric 再新建 (not 2024年再新建); 1万个 a past fact', () => {
    const text = '截至2023年底,全市累计建成5G基站1万个,2024年再新建2000个。';
    assert.deepEqual(based(text, 2024), [['再新建', 'exact', 2000, 'flow', undefined, undefined]]);
    assert.deepEqual(
      based(text, 2024).map(([metric]) => metric),
      based('截至2023年底,全市累计建成5G基站1万个,到2025年再新建2000个。', 2024).map(([metric]) => metric),
    );
    assert.deepEqual(past(text), [['1万个', '截至2023年底']]);
    assert.deepEqual(based('截至2023年底,全市累計建成5G基站1萬個,2024年再新建2000個。', 2024).map(([metric]) => metric), ['再新建']);
    traceableIn(text, 2024);
    traceableIn('截至2023年底,全市累計建成5G基站1萬個,2024年再新建2000個。', 2024);
  });
  test('2023年全市新建5G基站3000个,2024年再新建2000个: the same', () => {
    assert.deepEqual(based('2023年全市新建5G基站3000个,2024年再新建2000个。', 2024).map(([metric, , value]) => [metric, value]), [['再新建', 2000]]);
    traceableIn('2023年全市新建5G基站3000个,2024年再新建2000个。', 2024);
  });
});

describe('恢复到 out of the metric (2), as 达到 is', () => {
  test('全市旅游收入恢复到500亿元: metric 全市旅游收入, at least 500 as 达到 reads it; 恢复至 and 恢復到 the same', () => {
    assert.deepEqual(based('全市旅游收入恢复到500亿元。'), [['全市旅游收入', 'atLeast', 500, 'flow', undefined, undefined]]);
    assert.deepEqual(based('全市旅遊收入恢復到500億元。'), [['全市旅遊收入', 'atLeast', 500, 'flow', undefined, undefined]]);
    assert.deepEqual(based('全市旅游收入恢复至500亿元以上。').map(([metric, comparator]) => [metric, comparator]), [['全市旅游收入', 'atLeast']]);
    traceable('全市旅遊收入恢復到500億元。');
    traceable('全市旅游收入恢复至500亿元以上。');
  });
  test('what stays: 恢复到2019年的1.2倍 (F51), at least it', () => {
    assert.deepEqual(based('全市旅游收入恢复到2019年的1.2倍。'), [['全市旅游收入', 'atLeast', 1.2, 'rate', 2019, undefined]]);
  });
});

describe('a stretch target after a change (4): its base year and measure carried, as its metric is', () => {
  test('单位GDP能耗较2020年下降13.5%,力争下降14%: the 14% is a change since 2020 too', () => {
    assert.deepEqual(based('单位GDP能耗较2020年下降13.5%,力争下降14%。'), [
      ['单位GDP能耗', 'decreaseBy', 13.5, 'change', 2020, undefined],
      ['单位GDP能耗', 'decreaseBy', 14, 'change', 2020, undefined],
    ]);
    assert.deepEqual(based('單位GDP能耗較2020年下降13.5%,力爭下降14%。'), [
      ['單位GDP能耗', 'decreaseBy', 13.5, 'change', 2020, undefined],
      ['單位GDP能耗', 'decreaseBy', 14, 'change', 2020, undefined],
    ]);
    assert.deepEqual(
      extractTargets('單位GDP能耗較2020年下降13.5%,力爭下降14%。').map((p) => p.firmness),
      ['plain', 'strive'],
    );
    assert.deepEqual(oneTaskPlan('單位GDP能耗較2020年下降13.5%,力爭下降14%。').plan!.targets.map(shape), [
      ['單位GDP能耗', 'decreaseBy', 'change', 2020, '2024-12-31'],
      ['單位GDP能耗', 'decreaseBy', 'change', 2020, '2024-12-31'],
    ]);
    traceable('單位GDP能耗較2020年下降13.5%,力爭下降14%。');
  });
  test('what stays: a base of no year (比上年), a period of its own (年均), a level after the change (达到2.5%)', () => {
    assert.deepEqual(based('单位GDP能耗比上年下降3%,力争下降4%。').map(([, , value, measure, year]) => [value, measure, year]), [
      [3, 'growth', undefined],
      [4, 'growth', undefined],
    ]);
    assert.deepEqual(based('单位GDP能耗较2020年下降13.5%,年均下降3%。').map(([, , value, measure, year]) => [value, measure, year]), [
      [13.5, 'change', 2020],
      [3, 'growth', undefined],
    ]);
    assert.deepEqual(based('研发投入强度较2020年提高0.2个百分点,达到2.5%。').map(([, , value, measure, year]) => [value, measure, year]), [
      [0.2, 'change', 2020],
      [2.5, 'rate', undefined],
    ]);
    // The next sentence is its own.
    assert.deepEqual(based('单位GDP能耗较2020年下降13.5%。力争下降14%。').map(([, , value, , year]) => [value, year]), [
      [13.5, 2020],
      [14, undefined],
    ]);
  });
});

describe('a multiple in digits (5): a value only where a target ends, as 两倍 (F51)', () => {
  test('rhetoric is no target: 以2倍的力度推进招商引资, 付出2倍努力, 2倍于全省平均水平', () => {
    for (const text of [
      '以2倍的力度推进招商引资。',
      '以2倍的力度推進招商引資。',
      '付出2倍努力。',
      '付出2倍努力,',
      '2倍于全省平均水平。',
      '2倍於全省平均水平。',
      '以1.5倍的力度推进招商引资。',
      '工业投资增长2倍的目标。',
    ]) {
      assert.deepEqual(extractTargets(text), [], text);
    }
  });
  test('what stays: 达到2020年的2倍, 增长2倍 (以上), 是2020年的2倍, 缩小到2.2倍, 由2.5倍缩小到2.2倍', () => {
    assert.deepEqual(based('地区生产总值达到2020年的2倍。'), [['地区生产总值', 'atLeast', 2, 'rate', 2020, undefined]]);
    assert.deepEqual(based('地區生產總值達到2020年的2倍。'), [['地區生產總值', 'atLeast', 2, 'rate', 2020, undefined]]);
    assert.deepEqual(based('工业投资增长2倍。'), [['工业投资', 'increaseBy', 2, 'growth', undefined, undefined]]);
    assert.deepEqual(reading('工業投資增長2倍以上。').map((r) => [r.metric, r.comparator, r.value, r.floor]), [['工業投資', 'increaseBy', 2, true]]);
    assert.deepEqual(based('地区生产总值是2020年的2倍。'), [['地区生产总值', 'exact', 2, 'rate', 2020, undefined]]);
    assert.deepEqual(based('城乡居民收入差距缩小到2.2倍。').map(([metric, comparator, value]) => [metric, comparator, value]), [['城乡居民收入差距', 'atMost', 2.2]]);
    assert.deepEqual(reading('城鄉居民收入差距由2.5倍縮小到2.2倍。').map((r) => [r.metric, r.comparator, r.value]), [['城鄉居民收入差距', 'atMost', 2.2]]);
    traceable('地區生產總值達到2020年的2倍。');
    traceable('城鄉居民收入差距由2.5倍縮小到2.2倍。');
  });
});

describe('个百分点 in English (6): percentage points, whether the plan names its unit in English or not', () => {
  test('研发经费投入强度提高0.2个百分点: ↑ 0.2 percentage points, an increase of 0.2 percentage points', () => {
    const target = only('研发经费投入强度提高0.2个百分点。');
    assert.equal(target.unit, '个百分点');
    assert.equal(describeTarget(target, 'en'), '↑ 0.2 percentage points from 2023');
    assert.equal(describeTargetInWords(target, 'en'), 'an increase of 0.2 percentage points from 2023');
    const filled = withEnglishFallback(oneTaskPlan('研发经费投入强度提高0.2个百分点。').plan!).targets[0]!;
    assert.equal(describeTargetInWords(filled, 'en'), 'an increase of 0.2 percentage points from 2023');
    assert.match(evaluateTarget(target, { value: 0.1, asOf: '2024-06-30' }, { lang: 'en' }).sentence, /an increase of 0\.1 percentage points as of .*target an increase of 0\.2 percentage points from 2023;/);
  });
  test('in Traditional, with a base year: 較2020年提高0.5個百分點 is an increase of 0.5 percentage points from 2020; 1 is one point', () => {
    const target = only('研發經費投入強度較2020年提高0.5個百分點。');
    assert.equal(describeTargetInWords(target, 'en'), 'an increase of 0.5 percentage points from 2020');
    assert.equal(describeTarget(withEnglishFallback(oneTaskPlan('研發經費投入強度提高0.5個百分點。').plan!).targets[0]!, 'en'), '↑ 0.5 percentage points from 2023');
    assert.equal(describeTargetInWords(only('不良貸款率較年初下降1個百分點。'), 'en'), 'a decrease of 1 percentage point from 2023');
  });
  test('what stays: the Chinese, 增长0.2个百分点 and 增長0.5個百分點(較2020年)', () => {
    assert.equal(describeTargetInWords(only('研发经费投入强度提高0.2个百分点。'), 'zh-Hans'), '增长0.2个百分点(较2023年)');
    assert.equal(describeTargetInWords(only('研發經費投入強度較2020年提高0.5個百分點。'), 'zh-Hant'), '增長0.5個百分點(較2020年)');
  });
});
