/**
 * Judgements of changes in percentage points and of multiples (r47, F50): a reading that moved the wrong way is
 * wrong way for any 增长/下降 target, whatever its measure (a rate of 提高2个百分点 at −0.5 is far behind, not below
 * it); a rise in points of a share against a base year further back (研发投入强度较2020年提高0.5个百分点 by 2025) is a
 * `change` paced from the base year, and only a rate of growth (增速) or a change over a year (较上年末, 较年初) a
 * `rate` judged at its deadline; a multiple of a year's level (达到2020年的1.5倍) is said as one, with its unit in
 * English. Each case is the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeTarget, describeTargetInWords } from '../src/describe-target.js';
import { evaluatePlanTarget, evaluateTarget } from '../src/evaluate-target.js';
import { extractTargets } from '../src/extract-targets.js';
import { measureOfChange } from '../src/extract/classify.js';
import type { Language, Target } from '../src/schema.js';
import { oneTaskPlan } from './helpers.js';

/** The one target of a one-task plan of 2024 with `body`. */
const only = (body: string): Target => {
  const { plan } = oneTaskPlan(body);
  assert.ok(plan, body);
  assert.equal(plan.targets.length, 1, body);
  return plan.targets[0]!;
};
/** Each proposal of `text` in a plan of 2024 (or of no year given: `null`) as its metric, comparator, measure and base year. */
const reading = (text: string, year: number | null = 2024) =>
  extractTargets(text, year === null ? {} : { year }).map((p) => [p.metric, p.comparator, p.measure, p.baselineYear]);
/** The target in words in the three languages. */
const inWords = (t: Target) => (['zh-Hans', 'zh-Hant', 'en'] as const).map((lang: Language) => describeTargetInWords(t, lang));

describe('a reading that moved the wrong way is wrong way for any 增长/下降 target, whatever its measure', () => {
  test('存款余额增速较上年末提高2个百分点 at −0.5 in June: seriouslyBehind, 反向变化 (not belowTarget); missed when due', () => {
    const target = only('存款余额增速较上年末提高2个百分点。');
    assert.equal(target.measure, 'rate');
    const june = evaluateTarget(target, { value: -0.5, asOf: '2024-06-30' }, { lang: 'zh-Hans' });
    assert.equal(june.status, 'seriouslyBehind');
    assert.match(june.sentence, /为下降0\.5个百分点,.*反向变化,严重滞后。$/);
    assert.equal(evaluateTarget(target, { value: -0.5, asOf: '2024-12-31' }).status, 'missed');
  });
  test('in Traditional, a fall: 不良貸款率較年初下降0.5個百分點 at −0.3 (a rise of 0.3) is 反向變化,嚴重滯後', () => {
    const target = only('不良貸款率較年初下降0.5個百分點。');
    assert.deepEqual([target.comparator, target.measure, target.baselineYear], ['decreaseBy', 'rate', 2023]);
    const june = evaluateTarget(target, { value: -0.3, asOf: '2024-06-30' });
    assert.equal(june.status, 'seriouslyBehind');
    assert.match(june.sentence, /為增長0\.3個百分點,.*反向變化,嚴重滯後。$/);
    assert.match(evaluateTarget(target, { value: -0.3, asOf: '2024-06-30' }, { lang: 'en' }).sentence, /moved the wrong way/);
  });
  test('whatever the measure: a rate, a level, a flow or none, 增长 or 下降, below zero is wrong way', () => {
    const base = only('存款余额增速较上年末提高2个百分点。');
    for (const comparator of ['increaseBy', 'decreaseBy'] as const)
      for (const measure of ['rate', 'level', 'flow', undefined] as const) {
        const { measure: _, ...rest } = base;
        const target: Target = { ...rest, comparator, ...(measure ? { measure } : {}) };
        assert.equal(evaluateTarget(target, { value: -0.5, asOf: '2024-06-30' }).status, 'seriouslyBehind', `${comparator} ${measure}`);
        assert.equal(evaluateTarget(target, { value: -0.5, asOf: '2024-12-31' }).status, 'missed', `${comparator} ${measure}`);
      }
  });
  test('what stays: a capped growth (增速控制在2%以内) falling is within its cap; a rate short of its rise is belowTarget', () => {
    const capped = only('規模以上工業增加值增速控制在2%以內。');
    assert.deepEqual([capped.comparator, capped.measure], ['atMost', 'growth']);
    assert.equal(evaluateTarget(capped, { value: -1, asOf: '2024-06-30' }).status, 'onTrack');
    const target = only('存款余额增速较上年末提高2个百分点。');
    assert.equal(evaluateTarget(target, { value: 1, asOf: '2024-06-30' }).status, 'belowTarget');
    assert.equal(evaluateTarget(target, { value: 0, asOf: '2024-06-30' }).status, 'belowTarget');
  });
});

describe('a rise in points of a share against a base year further back is a change, paced from the base year', () => {
  test('到2025年,研发经费投入强度较2020年提高0.5个百分点: 0.25 at the end of 2023 is 完成50%, 序时进度60%, 进度滞后', () => {
    const target = only('到2025年，全社会研发经费投入强度较2020年提高0.5个百分点。');
    assert.deepEqual([target.comparator, target.measure, target.baselineYear, target.deadline], ['increaseBy', 'change', 2020, '2025-12-31']);
    const e = evaluateTarget(target, { value: 0.25, asOf: '2023-12-31' }, { lang: 'zh-Hans' });
    assert.equal(e.pathStart, '2021-01-01');
    assert.ok(e.expected !== undefined && Math.abs(e.expected - 0.6) < 0.01, String(e.expected));
    assert.equal(e.status, 'behind');
    assert.match(e.sentence, /完成50%,自2020年底起的序时进度60%,进度滞后。$/);
    // Ahead of the pace, on track; the wrong way, far behind.
    assert.equal(evaluateTarget(target, { value: 0.4, asOf: '2023-12-31' }).status, 'onTrack');
    assert.equal(evaluateTarget(target, { value: -0.1, asOf: '2023-12-31' }).status, 'seriouslyBehind');
    // An intensity is an annual figure: one for mid-2024 is not paced (review r63 §9).
    const june = evaluateTarget(target, { value: 0.3, asOf: '2024-06-30' }, { lang: 'zh-Hans' });
    assert.deepEqual([june.status, june.expected], ['belowTarget', undefined]);
    assert.match(june.sentence, /低于目标\(非全年数据,不作进度判断\),尚未达到目标。$/);
  });
  test('in Traditional: 研發經費投入強度較2020年提高0.5個百分點, 完成50%,自2020年底起的序時進度60%', () => {
    const target = only('到2025年，全社會研發經費投入強度較2020年提高0.5個百分點。');
    assert.deepEqual([target.measure, target.baselineYear], ['change', 2020]);
    const e = evaluatePlanTarget(oneTaskPlan('到2025年，全社會研發經費投入強度較2020年提高0.5個百分點。').plan!, target, { value: 0.25, asOf: '2023-12-31' });
    assert.match(e.sentence, /完成50%,自2020年底起的序時進度60%,進度滯後。$/);
  });
  test('森林覆盖率, 常住人口城镇化率 (以上), 研发投入强度 with no plan year: a change since 2020', () => {
    assert.deepEqual(reading('森林覆盖率较2020年提高1.5个百分点。'), [['森林覆盖率', 'increaseBy', 'change', 2020]]);
    assert.deepEqual(reading('常住人口城镇化率较2020年提高3个百分点以上。'), [['常住人口城镇化率', 'increaseBy', 'change', 2020]]);
    assert.deepEqual(reading('研发投入强度较2020年提高0.5个百分点。', null), [['研发投入强度', 'increaseBy', 'change', 2020]]);
    assert.deepEqual(reading('與2020年相比,森林覆蓋率提高1.5個百分點。'), [['森林覆蓋率', 'increaseBy', 'change', 2020]]);
    // A range of a rise in points, as the single value.
    assert.deepEqual(reading('森林覆盖率较2020年提高1—2个百分点。'), [['森林覆盖率', 'range', 'change', 2020]]);
  });
  test('a rate of growth (增速, 增幅, 涨幅, 增长率, 增长速度) since any base stays a rate, judged at its deadline', () => {
    assert.deepEqual(reading('规模以上工业增加值增速较2020年提高1个百分点。'), [['规模以上工业增加值增速', 'increaseBy', 'rate', 2020]]);
    assert.deepEqual(reading('固定资产投资增幅较2020年提高2个百分点。'), [['固定资产投资增幅', 'increaseBy', 'rate', 2020]]);
    assert.deepEqual(reading('居民消费价格涨幅较2020年下降0.5个百分点。'), [['居民消费价格涨幅', 'decreaseBy', 'rate', 2020]]);
    assert.deepEqual(reading('研发经费增长率较2020年提高2个百分点。'), [['研发经费增长率', 'increaseBy', 'rate', 2020]]);
    assert.deepEqual(reading('工业增长速度较2020年提高1个百分点。'), [['工业增长速度', 'increaseBy', 'rate', 2020]]);
    assert.deepEqual(reading('規模以上工業增加值增速較2020年提高1個百分點。'), [['規模以上工業增加值增速', 'increaseBy', 'rate', 2020]]);
  });
  test('a change over a year (较上年末, 比去年底, 较年初 in a plan of 2024) stays a rate', () => {
    assert.deepEqual(reading('不良贷款率较年初下降0.5个百分点。'), [['不良贷款率', 'decreaseBy', 'rate', 2023]]);
    assert.deepEqual(reading('不良贷款率较上年末下降0.5个百分点。'), [['不良贷款率', 'decreaseBy', 'rate', 2023]]);
    assert.deepEqual(reading('不良贷款率比去年底下降0.5个百分点。'), [['不良贷款率', 'decreaseBy', 'rate', 2023]]);
    assert.deepEqual(reading('不良貸款率較上年末下降0.5個百分點。'), [['不良貸款率', 'decreaseBy', 'rate', 2023]]);
  });
  test('the rule in years: a base the year before the plan’s, or a deadline a year after the base, is a rate', () => {
    const points = '个百分点';
    assert.equal(measureOfChange(points, '研发投入强度', { base: 2020, plan: 2021, deadline: 2025 }), 'rate');
    assert.equal(measureOfChange(points, '研发投入强度', { base: 2023, deadline: 2024 }), 'rate');
    assert.equal(measureOfChange(points, '研发投入强度', { base: 2023, plan: 2024 }), 'rate');
    assert.equal(measureOfChange(points, '研发投入强度', { base: 2020, plan: 2024, deadline: 2025 }), 'change');
    assert.equal(measureOfChange(points, '研发投入强度', { base: 2020, plan: 2024 }), 'change');
    assert.equal(measureOfChange(points, '研发投入强度', { base: 2020 }), 'change');
    // A change in percent is a change whatever its years; a rate of growth is a rate whatever its base.
    assert.equal(measureOfChange('%', '存款余额', { base: 2023, plan: 2024 }), 'change');
    assert.equal(measureOfChange(points, '存款余额增速', { base: 2020, plan: 2024, deadline: 2025 }), 'rate');
  });
  test('what stays: a change in percent since a base is paced; 比上年 in points a growth; no plan year, a growth', () => {
    assert.deepEqual(reading('存款余额较上年末增长10%。'), [['存款余额', 'increaseBy', 'change', 2023]]);
    assert.deepEqual(reading('单位GDP能耗较2020年下降13.5%。'), [['单位GDP能耗', 'decreaseBy', 'change', 2020]]);
    assert.deepEqual(reading('存款余额增速比上年提高2个百分点。'), [['存款余额增速', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(reading('不良贷款率较年初下降0.5个百分点。', null), [['不良贷款率', 'decreaseBy', 'growth', undefined]]);
  });
});

describe('a multiple of a year’s level is said as one, with its unit in English', () => {
  test('地区生产总值达到2020年的1.5倍: 不少于2020年的1.5倍, at least 1.5 times the 2020 level', () => {
    const target = only('地区生产总值达到2020年的1.5倍。');
    assert.deepEqual([target.comparator, target.unit, target.baselineYear], ['atLeast', '倍', 2020]);
    assert.deepEqual(inWords(target), ['不少于2020年的1.5倍', '不少於2020年的1.5倍', 'at least 1.5 times the 2020 level']);
    // The compact form names the level too (it read ≥ 1.5倍, a rise of 1.5 times by its looks).
    assert.deepEqual(
      (['zh-Hans', 'zh-Hant', 'en'] as const).map((lang) => describeTarget(target, lang)),
      ['≥ 2020年的1.5倍', '≥ 2020年的1.5倍', '≥ 1.5 times the 2020 level'],
    );
  });
  test('in Traditional, and 是2020年的2倍 (exact): 2020年的2倍, 2 times the 2020 level', () => {
    assert.deepEqual(inWords(only('地區生產總值達到2020年的1.5倍。')), ['不少于2020年的1.5倍', '不少於2020年的1.5倍', 'at least 1.5 times the 2020 level']);
    const exact = only('地区生产总值是2020年的2倍。');
    assert.equal(exact.comparator, 'exact');
    assert.deepEqual(inWords(exact), ['2020年的2倍', '2020年的2倍', '2 times the 2020 level']);
  });
  test('the evaluation sentence says the target so: 目标不少于2020年的1.5倍', () => {
    const e = evaluateTarget(only('地区生产总值达到2020年的1.5倍。'), { value: 1.35, asOf: '2024-06-30' }, { lang: 'zh-Hans' });
    assert.match(e.sentence, /为1\.35倍,目标不少于2020年的1\.5倍,/);
    const en = evaluateTarget(only('地区生产总值达到2020年的1.5倍。'), { value: 1.35, asOf: '2024-06-30' }, { lang: 'en' });
    assert.match(en.sentence, /1\.35 times/);
    assert.match(en.sentence, /at least 1\.5 times the 2020 level/);
  });
  test('两倍 as written in Chinese, its value in English: 不少于2020年的两倍, at least 2 times the 2020 level; 十五家 likewise', () => {
    const two = only('高新技术企业数量达到2020年的两倍。');
    assert.equal(two.valueText, '两');
    assert.deepEqual(inWords(two), ['不少于2020年的两倍', '不少於2020年的两倍', 'at least 2 times the 2020 level']);
    const fifteen = only('新建养老服务中心十五家。');
    assert.equal(fifteen.valueText, '十五');
    assert.equal(describeTargetInWords(fifteen, 'zh-Hans'), '十五家');
    assert.match(describeTargetInWords(fifteen, 'en'), /^15\b/);
  });
  test('a multiple with no year keeps its unit in English: 缩小到2.2倍 at most 2.2 times, 增长1.5倍 an increase of 1.5 times', () => {
    assert.deepEqual(inWords(only('城乡居民收入差距缩小到2.2倍。')), ['不超过2.2倍', '不超過2.2倍', 'at most 2.2 times']);
    assert.deepEqual(inWords(only('工业投资增长1.5倍。')), ['增长1.5倍', '增長1.5倍', 'an increase of 1.5 times']);
  });
  test('what stays: a change since a year is said with its base (下降12%(较2020年), a decrease of 12% from 2020)', () => {
    assert.deepEqual(inWords(only('单位GDP能耗较2020年下降12%。')), ['下降12%(较2020年)', '下降12%(較2020年)', 'a decrease of 12% from 2020']);
    // A range of a fall says its direction (F200's `direction`; it read as no change at all).
    assert.deepEqual(inWords(only('单位GDP能耗较2020年下降3%—5%。')), ['下降3—5%(较2020年)', '下降3—5%(較2020年)', 'a decrease of 3–5% from 2020']);
  });
});

describe('the scan tells a rise in points over a year from one over years by the plan’s and the deadline’s year', () => {
  test('a base of its own clause (較上年末,), the year before the plan’s, or a path of one year: a rate', () => {
    assert.deepEqual(reading('較上年末,不良貸款率下降0.5個百分點。'), [['不良貸款率', 'decreaseBy', 'rate', 2023]]);
    assert.deepEqual(reading('不良贷款率较2023年下降0.5个百分点。'), [['不良贷款率', 'decreaseBy', 'rate', 2023]]);
    assert.deepEqual(reading('到2024年底,研发投入强度较2023年提高0.3个百分点。'), [['研发投入强度', 'increaseBy', 'rate', 2023]]);
  });
  test('what stays: a share against 2020 by 2025 is a change, paced from 2020', () => {
    assert.deepEqual(reading('到2025年,研發投入強度較2020年提高0.5個百分點。'), [['研發投入強度', 'increaseBy', 'change', 2020]]);
  });
});
