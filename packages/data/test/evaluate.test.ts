/** evaluateTarget and elapsedShare with constructed targets, one comparator at a time, and the sentences it writes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toSimplified } from '../scripts/build-plan.js';
import { dezhouPlan, evaluateDezhouTarget, getTarget } from '../src/dezhou-2023.js';
import { elapsedShare } from '../src/evaluate-target.js';
import { checkReading } from '../src/read-value.js';
import {
  type Comparator,
  describeReadingProblem,
  describeTarget,
  describeTargetInWords,
  evaluateTarget,
  formatAmount,
  formatPercent,
  InvalidReadingError,
  languages,
  parseReadingValue,
  type ReadingProblem,
  Status,
  statusLabels,
  type Target,
  type TargetReading,
} from '../src/index.js';

const MID_YEAR = '2023-06-30';

function makeTarget(comparator: Comparator, value: number, extra: Partial<Target> = {}): Target {
  return {
    id: 't98.1',
    taskId: 't98',
    metric: { 'zh-Hant': '新建綠色工廠數量', 'zh-Hans': '新建绿色工厂数量', en: 'Green factories built' },
    valueText: String(value),
    value,
    unit: '個',
    unitEn: 'units',
    comparator,
    firmness: 'plain',
    deadline: '2023-12-31',
    quote: `新建綠色工廠${value}個`,
    offset: 0,
    ...extra,
  };
}

describe('elapsedShare', () => {
  test('the whole year has elapsed on its last day', () => {
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2023-12-31'), 1);
  });

  test('just past half on 2 July (six months and 2 of 31 days); clamped to 0 before and 1 after the period', () => {
    assert.ok(Math.abs(elapsedShare('2023-01-01', '2023-12-31', '2023-07-02') - (6 + 2 / 31) / 12) < 1e-12);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2022-06-01'), 0);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2024-03-01'), 1);
    assert.ok(Math.abs(elapsedShare('2023-01-01', '2023-12-31', '2023-01-01') - 1 / 31 / 12) < 1e-12);
  });

  test('at a month end it counts whole months, as supervision offices do: a quarter on 31 March, half on 30 June', () => {
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2023-03-31'), 0.25);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', MID_YEAR), 0.5);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2023-09-30'), 0.75);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2023-02-28'), 2 / 12);
    assert.equal(elapsedShare('2024-01-01', '2024-12-31', '2024-02-29'), 2 / 12, 'a leap year');
    assert.ok(Math.abs(elapsedShare('2024-01-01', '2024-12-31', '2024-02-28') - (1 + 28 / 29) / 12) < 1e-12, 'the day before the month end');
    // A path from the end of a base year (較2020年) to the end of 2023: 30 of 36 months on 30 June 2023.
    assert.equal(elapsedShare('2021-01-01', '2023-12-31', MID_YEAR), 30 / 36);
    // Within a month, its share of days: never back below a month end's figure the day after (1 April is past a quarter).
    assert.ok(Math.abs(elapsedShare('2023-01-01', '2023-12-31', '2023-06-29') - (5 + 29 / 30) / 12) < 1e-12);
    assert.ok(elapsedShare('2023-01-01', '2023-12-31', '2023-04-01') > 0.25);
    assert.ok(elapsedShare('2023-01-01', '2023-12-31', '2023-07-01') > 0.5);
    assert.equal(evaluateDezhouTarget('t09.1', { value: 0, asOf: '2023-04-01' })!.status, 'seriouslyBehind');
    assert.equal(evaluateDezhouTarget('t09.1', { value: 1497, asOf: '2023-07-01' })!.status, 'behind');
    // A period not in whole months: days, as before.
    assert.ok(Math.abs(elapsedShare('2023-03-15', '2023-12-31', MID_YEAR) - 108 / 292) < 1e-12);
  });

  test('quarter-end readings are judged against the round pace: nothing by 31 March is seriously behind, 49.7% by 30 June behind', () => {
    const t091 = getTarget('t09.1')!;
    assert.equal(evaluateDezhouTarget('t09.1', { value: 0, asOf: '2023-03-31' })!.status, 'seriouslyBehind');
    assert.equal(evaluateDezhouTarget('t09.1', { value: 1490, asOf: MID_YEAR })!.status, 'behind');
    assert.equal(evaluateDezhouTarget('t09.1', { value: 1500, asOf: MID_YEAR })!.status, 'onTrack');
    assert.equal(evaluateDezhouTarget('t26.3', { value: 10.585, asOf: MID_YEAR })!.status, 'onTrack', 'exactly half the cap at half the year');
    assert.equal(t091.value, 3000);
  });

  test('the sentence never shows a share on the line it falls short of or passes: 99.7%, not 100%, then missed', () => {
    const say = (id: string, value: number, asOf: string) => evaluateDezhouTarget(id, { value, asOf })!.sentence;
    assert.match(say('t09.1', 2990, '2023-12-31'), /完成99\.7%,序時進度100%,未達成。$/);
    assert.match(say('t26.4', 11.95, '2023-12-31'), /完成99\.6%,自2020年底起的序時進度100%,未達成。$/);
    assert.match(say('t26.3', 21.19, '2023-12-31'), /已用上限100\.1%,序時進度100%,已超上限。$/);
    assert.match(say('t09.1', 2240, '2023-09-30'), /完成74\.7%,序時進度75%,進度滯後。$/);
    assert.match(say('t09.1', 1500, MID_YEAR), /完成50%,序時進度50%,進度正常。$/);
    assert.match(say('t09.1', 2100, MID_YEAR), /完成70%,序時進度50%,進度正常。$/);
  });

  test('the sentence never shows a reading on the line it falls short of or passes: 5.699萬人, not 5.7萬人, then missed', () => {
    const say = (id: string, value: number, lang: 'zh-Hant' | 'en' = 'zh-Hant') => evaluateDezhouTarget(id, { value, asOf: '2023-12-31' }, { lang })!.sentence;
    // t57.3 6萬人左右 counts 5.7萬 to 6.3萬 as reached; two decimals would write its edge for a reading below it.
    assert.match(say('t57.3', 5.699), /5\.699萬人/);
    assert.match(say('t57.3', 5.699), /未達成。$/);
    assert.match(say('t57.3', 6.3004), /6\.3004萬人/);
    assert.match(say('t57.3', 5.7), /5\.7萬人/, 'a reading on the edge is written as it is');
    // t26.3 用水總量控制在21.17億立方米以內: over the ceiling by 10,000 m³ is not 21.17.
    assert.match(say('t26.3', 21.1701), /21\.1701億立方米/);
    assert.match(say('t26.3', 21.1701, 'en'), /2\.11701 billion m³/);
    assert.match(say('t26.3', 21.1701), /已超上限。$/);
    // t37.3 150萬噸左右 from 142.5萬噸: 142.499 is not 142.5; away from the lines two decimals stay.
    assert.match(say('t37.3', 142.499), /142\.499萬噸/);
    assert.match(say('t37.3', 140.12345), /140\.12萬噸/);
  });

  test('a reading on a line but for floating-point error is on it: 4/12 of the counties is 33.33%, not 33.333332%', () => {
    const share = getTarget('t63.2')!; // 至少1/3的縣(市、區): its value is 100/3
    assert.equal(formatAmount(share, (4 / 12) * 100, 'zh-Hant'), '33.33%的縣(市、區)');
    assert.equal(formatAmount(makeTarget('atLeast', 0.3), 0.1 + 0.2, 'zh-Hant'), '0.3個');
  });

  test('formatPercent: whole percent, with a tenth where it would meet a line it is not on', () => {
    assert.equal(formatPercent(0.7), '70%');
    assert.equal(formatPercent(0.9967), '99.7%');
    assert.equal(formatPercent(0.99996), '99.9%', 'a tenth that would round onto the line steps back from it');
    assert.equal(formatPercent(1.0003), '100.1%');
    assert.equal(formatPercent(1.0041), '100.4%');
    assert.equal(formatPercent(1), '100%');
    assert.equal(formatPercent(0.4967, [1, 0.5]), '49.7%');
    assert.equal(formatPercent(0.5833, [1, 0.58]), '58.3%');
    assert.equal(formatPercent(0.4959, [0.4967]), '49.6%');
    assert.equal(formatPercent(Infinity), '∞');
  });

  test('invalid dates throw RangeError', () => {
    assert.throws(() => elapsedShare('2023-01-01', '2023-12-31', '30/06/2023'), RangeError);
    assert.throws(() => elapsedShare('2023-1-1', '2023-12-31', '2023-06-30'), RangeError);
  });
});

/** Status at each reading, for one target: `[value, asOf, status]`. */
function assertStatuses(target: Target, cases: readonly (readonly [number, string, Status])[], reading: Partial<TargetReading> = {}): void {
  for (const [value, asOf, status] of cases) {
    assert.equal(evaluateTarget(target, { value, asOf, ...reading }).status, status, `${target.measure} ${target.comparator} ${target.value}: ${value} on ${asOf}`);
  }
}

const START = '2023-01-20'; // 20 of 365 days: early in the period
const LATE_NOVEMBER = '2023-11-25';
const DEADLINE = '2023-12-31';

describe('evaluateTarget: a flow (新建100個) is paced by 序時進度', () => {
  const flow = makeTarget('atLeast', 100, { measure: 'flow' });

  test('early in the period: nothing done is "not started", a little is on track', () => {
    assertStatuses(flow, [[0, START, 'notStarted'], [6, START, 'onTrack'], [3, START, 'behind']]);
  });

  test('mid-year: 60% on track, 30% behind, under half the pace seriously behind', () => {
    const e = evaluateTarget(flow, { value: 60, asOf: MID_YEAR });
    assert.ok(Math.abs(e.expected! - 0.5) < 0.01, `expected ${e.expected}`);
    assert.equal(e.progress, 0.6);
    assert.equal(e.lowerIsBetter, false);
    assertStatuses(flow, [[60, MID_YEAR, 'onTrack'], [30, MID_YEAR, 'behind'], [20, MID_YEAR, 'seriouslyBehind'], [0, MID_YEAR, 'seriouslyBehind']]);
  });

  test('nothing reported in late November is seriously behind, never "not started"', () => {
    assertStatuses(flow, [[0, LATE_NOVEMBER, 'seriouslyBehind'], [85, LATE_NOVEMBER, 'behind'], [95, LATE_NOVEMBER, 'onTrack']]);
  });

  test('reached is met at any date; short of it at the deadline is missed', () => {
    assertStatuses(flow, [[100, '2023-02-01', 'met'], [130, MID_YEAR, 'met'], [80, DEADLINE, 'missed'], [100, DEADLINE, 'met']]);
  });

  test('a start option changes the pace', () => {
    const e = evaluateTarget(flow, { value: 60, asOf: MID_YEAR }, { start: '2023-06-01' });
    assert.ok(e.expected! < 0.2, `expected ${e.expected}`);
    assert.equal(e.status, 'onTrack');
  });

  test('an exact count (實施10個項目) is a flow that may be exceeded', () => {
    // Ten things in a year are fewer than its months: paced with one thing's grace (reviews r63 §6, r64 §1).
    assertStatuses(makeTarget('exact', 10, { measure: 'flow' }), [[10, MID_YEAR, 'met'], [12, MID_YEAR, 'met'], [4, MID_YEAR, 'onTrack'], [3, MID_YEAR, 'behind'], [9, DEADLINE, 'missed']]);
    assertStatuses(makeTarget('exact', 100, { measure: 'flow' }), [[120, MID_YEAR, 'met'], [50, MID_YEAR, 'onTrack'], [90, DEADLINE, 'missed']]);
  });
});

describe('evaluateTarget: a flow of a single thing (建成1家) cannot be paced', () => {
  test('none yet before the deadline is not yet at target, not seriously behind: one thing is done or not', () => {
    const warehouse = evaluateDezhouTarget('t48.2', { value: 0, asOf: MID_YEAR })!;
    assert.equal(warehouse.status, 'belowTarget');
    assert.equal(warehouse.expected, undefined);
    assert.match(warehouse.sentence, /低於目標\(目標為單個,不作進度判斷\),尚未達到目標。$/);
    assertStatuses(makeTarget('exact', 1, { measure: 'flow' }), [[0, LATE_NOVEMBER, 'belowTarget'], [1, MID_YEAR, 'met'], [0, DEADLINE, 'missed']]);
  });

  test('one of a unit that divides (1公里, 1噸) is paced: 0.3 of 1 km is a third of the way', () => {
    assertStatuses(makeTarget('exact', 1, { measure: 'flow', unit: '公里', unitEn: 'km' }), [[0.3, LATE_NOVEMBER, 'seriouslyBehind'], [0.6, MID_YEAR, 'onTrack']]);
  });

  test('a thing a month or more, or one in a scaled unit (1萬畝), is paced as before (two things with one thing’s grace: reviews r63 §6, r64 §1)', () => {
    assertStatuses(makeTarget('exact', 12, { measure: 'flow' }), [[0, MID_YEAR, 'seriouslyBehind'], [6, MID_YEAR, 'onTrack']]);
    assertStatuses(makeTarget('exact', 2, { measure: 'flow' }), [[0, MID_YEAR, 'onTrack'], [1, LATE_NOVEMBER, 'onTrack'], [0, LATE_NOVEMBER, 'behind'], [2, MID_YEAR, 'met']]);
    assert.equal(evaluateDezhouTarget('t28.1', { value: 0.3, asOf: MID_YEAR })!.status, 'behind');
  });
});

describe('evaluateTarget: a level (達到900家)', () => {
  const level = makeTarget('atLeast', 900, { measure: 'level', unit: '家', unitEn: 'enterprises' });

  test('without a baseline it is judged against the target only: no pace; reached early on track, as a stock can fall back', () => {
    const e = evaluateTarget(level, { value: 850, asOf: MID_YEAR });
    assert.equal(e.expected, undefined);
    assert.equal(e.status, 'belowTarget');
    // Reached in June it is on track, met only at the deadline (review r63 §8: 300家 in June, 280 in September).
    assertStatuses(level, [[850, START, 'belowTarget'], [850, LATE_NOVEMBER, 'belowTarget'], [900, MID_YEAR, 'onTrack'], [850, DEADLINE, 'missed'], [950, DEADLINE, 'met']]);
  });

  test('with a baseline in the target it is paced from the baseline', () => {
    const based = { ...level, baseline: 800 };
    const e = evaluateTarget(based, { value: 850, asOf: MID_YEAR });
    assert.equal(e.progress, 0.5);
    assert.equal(e.expected, 0.5, "six of twelve months");
    assertStatuses(based, [[850, MID_YEAR, 'onTrack'], [830, MID_YEAR, 'behind'], [810, MID_YEAR, 'seriouslyBehind'], [800, START, 'notStarted'], [790, MID_YEAR, 'seriouslyBehind'], [900, MID_YEAR, 'onTrack'], [900, DEADLINE, 'met'], [890, DEADLINE, 'missed']]);
  });

  test('a baseline that is not a number is an error; one at or past the target leaves the level judged directly', () => {
    assert.throws(() => evaluateTarget(level, { value: 850, asOf: MID_YEAR, baseline: NaN }), InvalidReadingError);
    assert.throws(() => evaluateTarget(level, { value: 850, asOf: MID_YEAR, baseline: '800' as unknown as number }), InvalidReadingError);
    // Below the target and below a baseline past it, the level fell: seriously behind (a review; it read belowTarget).
    const e = evaluateTarget(level, { value: 850, asOf: MID_YEAR, baseline: 920 });
    assert.equal(e.status, 'seriouslyBehind');
    assert.equal(e.expected, undefined);
    assert.equal(evaluateTarget(level, { value: 930, asOf: MID_YEAR, baseline: 920 }).status, 'onTrack');
    assert.equal(evaluateTarget(level, { value: 930, asOf: DEADLINE, baseline: 920 }).status, 'met');
  });

  test("a baseline in the reading (the report entry) paces a level whose target has none, and wins over the target's", () => {
    assertStatuses(level, [[850, MID_YEAR, 'onTrack'], [810, MID_YEAR, 'seriouslyBehind']], { baseline: 800 });
    assertStatuses({ ...level, baseline: 500 }, [[850, MID_YEAR, 'onTrack']], { baseline: 800 });
  });
});

describe('evaluateTarget: a designation (爭創國家企業技術中心1個) is judged at its deadline', () => {
  test('none yet by mid-year or September is awaiting the decision, not seriously behind: the awarding body keeps its own calendar', () => {
    const centre = evaluateDezhouTarget('t02.2', { value: 0, asOf: MID_YEAR })!;
    assert.equal(centre.status, 'pending');
    assert.equal(centre.expected, undefined, 'no pace');
    assert.equal(evaluateDezhouTarget('t29.1', { value: 1, asOf: '2023-09-30' })!.status, 'pending');
    assert.equal(evaluateDezhouTarget('t36.5', { value: 0, asOf: LATE_NOVEMBER })!.status, 'pending');
  });

  test('reached is met at any date (a title once conferred stays); short of it at the deadline is missed', () => {
    const centres = getTarget('t02.3')!;
    assertStatuses(centres, [[8, START, 'met'], [9, MID_YEAR, 'met'], [3, MID_YEAR, 'pending'], [7, DEADLINE, 'missed'], [0, DEADLINE, 'missed']]);
  });

  test('the sentence says why no pace is judged, in each language, until the deadline', () => {
    const say = (lang: 'zh-Hant' | 'zh-Hans' | 'en', asOf = MID_YEAR) => evaluateDezhouTarget('t29.1', { value: 1, asOf }, { lang })!.sentence;
    assert.equal(say('zh-Hant'), '國家級綠色工廠:截至2023年6月30日為1家,目標力爭3家,低於目標(須經評定,到期前不作進度判斷),待評定。');
    assert.match(say('zh-Hans'), /低于目标\(须经评定,到期前不作进度判断\),待评定。$/);
    assert.match(say('en'), /below the target \(awarded on assessment, so no pace is judged before the deadline\); awaiting decision\.$/);
    assert.match(say('zh-Hant', DEADLINE), /,目標力爭3家,低於目標,未達成。$/);
  });

  test('a designation with an upper limit above it is over the ceiling, not met', () => {
    assertStatuses(makeTarget('atMost', 3, { measure: 'designation' }), [[2, MID_YEAR, 'met'], [4, MID_YEAR, 'overCeiling'], [4, DEADLINE, 'missed']]);
  });
});

describe('a threshold each member of a set must reach (各縣(市、區)至少建設1家) is read as the fewest any member has', () => {
  test('the target names its set, and its goal says "each"', () => {
    assert.deepEqual(getTarget('t57.4')!.each, { 'zh-Hant': '縣(市、區)', 'zh-Hans': '县(市、区)', en: 'county, county-level city or district' });
    assert.equal(describeTargetInWords(getTarget('t57.4')!, 'zh-Hant'), '縣(市、區)各不少於1家');
    assert.equal(describeTargetInWords(getTarget('t48.2')!, 'zh-Hant'), '德城區、禹城市、樂陵市、武城縣等基礎較好的縣(市、區)各力爭不少於1家');
    assert.equal(describeTargetInWords(getTarget('t05.2')!, 'en'), 'at least 5 projects in each industrial chain');
  });

  test('the sentence says the reading is the lowest member, in each language', () => {
    const say = (lang: 'zh-Hant' | 'zh-Hans' | 'en') => evaluateDezhouTarget('t05.2', { value: 3, asOf: MID_YEAR }, { lang })!.sentence;
    // Five projects a chain are fewer than the year's months: paced with one thing's grace (reviews r63 §6, r64 §1).
    assert.equal(say('zh-Hant'), '每個產業鏈引進過億元項目:截至2023年6月30日,產業鏈中最少的為3個,目標為產業鏈各不少於5個,完成60%,序時進度50%(目標數量少,容許相差一件),進度正常。');
    assert.equal(say('zh-Hans'), '每个产业链引进过亿元项目:截至2023年6月30日,产业链中最少的为3个,目标为产业链各不少于5个,完成60%,序时进度50%(目标数量少,容许相差一件),进度正常。');
    assert.equal(
      evaluateDezhouTarget('t05.2', { value: 2, asOf: MID_YEAR })!.sentence,
      '每個產業鏈引進過億元項目:截至2023年6月30日,產業鏈中最少的為2個,目標為產業鏈各不少於5個,完成40%,序時進度50%(目標數量少,容許相差一件),進度正常。',
    );
    assert.match(say('en'), /: 3 projects, the lowest of any industrial chain, as of 30 June 2023, target at least 5 projects in each industrial chain; /);
  });
});

describe('evaluateTarget: a rate or share (利用率≥96%) is compared with the target directly', () => {
  const rate = makeTarget('atLeast', 96, { measure: 'rate', unit: '%', unitEn: 'percent' });
  const held = { ...rate, held: true };

  test('a rate the plan holds (穩定在, 不低於) below its floor is behind at any date (90% on 30 June)', () => {
    const e = evaluateTarget(held, { value: 90, asOf: MID_YEAR });
    assert.equal(e.status, 'behind');
    assert.equal(e.expected, undefined, 'no time pace for a rate');
    assertStatuses(held, [[90, START, 'behind'], [90, LATE_NOVEMBER, 'behind'], [90, DEADLINE, 'missed']]);
    assert.equal(evaluateDezhouTarget('t38.4', { value: 85, asOf: MID_YEAR })!.status, 'behind', '畜禽糞污資源化利用率穩定在90%以上');
  });

  test('a rate to reach by the deadline (達到90%) below it before then is not yet at target: it builds up over the year', () => {
    assertStatuses(rate, [[90, START, 'belowTarget'], [0, START, 'belowTarget'], [90, LATE_NOVEMBER, 'belowTarget'], [90, DEADLINE, 'missed'], [97, MID_YEAR, 'onTrack']]);
    const e = evaluateDezhouTarget('t26.7', { value: 60, asOf: MID_YEAR })!;
    assert.equal(e.status, 'belowTarget', '縣域節水型社會建成率達到90%');
    assert.match(e.sentence, /,低於目標\(到期時判斷,不作進度判斷\),尚未達到目標。$/);
    assert.match(evaluateDezhouTarget('t26.7', { value: 60, asOf: MID_YEAR }, { lang: 'en' })!.sentence, /below the target \(judged at the deadline, not paced\); not yet at target\.$/);
  });

  test('at or above the floor it is on track before the deadline and met at it', () => {
    assertStatuses(rate, [[96, START, 'onTrack'], [97, MID_YEAR, 'onTrack'], [97, DEADLINE, 'met'], [96, DEADLINE, 'met']]);
  });

  test('a level held under a limit (PM2.5濃度控制在42微克/立方米以內) within it before the deadline is on track, not met: it may rise again (a supervision officer review)', () => {
    const limit = makeTarget('atMost', 42, { measure: 'level', unit: '微克/立方米', unitEn: 'μg/m³' });
    assertStatuses(limit, [[38, MID_YEAR, 'onTrack'], [38, DEADLINE, 'met'], [45, DEADLINE, 'missed']]);
    // So is a level to reach (達到900家) reached before the deadline: a stock can fall back (review r63 §8).
    assertStatuses(makeTarget('atLeast', 900, { measure: 'level' }), [[900, MID_YEAR, 'onTrack'], [900, DEADLINE, 'met']]);
  });

  test('a rate with an upper limit (控制在5.5%以內) above it has exceeded its limit, not fallen "behind"', () => {
    const limit = makeTarget('atMost', 5.5, { measure: 'rate', unit: '%', unitEn: 'percent' });
    assertStatuses(limit, [[6, MID_YEAR, 'overCeiling'], [5, MID_YEAR, 'onTrack'], [5, DEADLINE, 'met'], [6, DEADLINE, 'missed']]);
  });

  test('a share of a set written as a fraction (1/3 of counties) is a rate in percent', () => {
    const third = makeTarget('atLeast', 100 / 3, { measure: 'rate', unit: '縣(市、區)', unitEn: 'counties', valueText: '1/3', fraction: { numerator: 1, denominator: 3 } });
    assertStatuses(third, [[40, MID_YEAR, 'onTrack'], [30, MID_YEAR, 'belowTarget'], [100 / 3, DEADLINE, 'met']]);
  });
});

describe('evaluateTarget: a growth rate (增幅10%) is compared with the target growth', () => {
  const growth = makeTarget('increaseBy', 10, { measure: 'growth', unit: '%', unitEn: 'percent' });

  test('6% year on year at mid-year is behind, not on track', () => {
    assert.equal(evaluateTarget(growth, { value: 6, asOf: MID_YEAR }).status, 'behind');
    assert.equal(evaluateTarget(growth, { value: 6, asOf: MID_YEAR }).expected, undefined);
  });

  test('at or above the target growth it is on track, met at the deadline; short of it then is missed', () => {
    assertStatuses(growth, [[11, START, 'onTrack'], [11, MID_YEAR, 'onTrack'], [10, DEADLINE, 'met'], [9, DEADLINE, 'missed']]);
  });

  test('a fall (growth below zero) is seriously behind, and missed once due', () => {
    assertStatuses(growth, [[-2, START, 'seriouslyBehind'], [-2, MID_YEAR, 'seriouslyBehind'], [-2, DEADLINE, 'missed']]);
  });
});

describe('evaluateTarget: a change about a value (增長6%左右) is reached within its band of 左右, as an approximate level is', () => {
  const about = makeTarget('increaseBy', 6, { measure: 'growth', unit: '%', unitEn: 'percent', approx: true, tolerance: 0.05 });

  test('a growth within ±5% of 6% is on track, met once due; short of the band missed; above it more than was asked (超額完成), not off a band as 穩定在60%左右', () => {
    assertStatuses(about, [[5.8, MID_YEAR, 'onTrack'], [5.8, DEADLINE, 'met'], [5.6, DEADLINE, 'missed'], [6.5, MID_YEAR, 'onTrack'], [6.5, DEADLINE, 'met']]);
    const held = makeTarget('approx', 6, { measure: 'growth', unit: '%', unitEn: 'percent', tolerance: 0.05 });
    assertStatuses(held, [[6.5, DEADLINE, 'aboveBand']]);
    const band = evaluateTarget(about, { value: 5.8, asOf: DEADLINE }).band!;
    assert.deepEqual([band.low.toFixed(2), band.high.toFixed(2)], ['5.70', '6.30']);
  });

  test('a change against a base year about a value is paced against the value itself, its band counted as reached', () => {
    const change = makeTarget('decreaseBy', 12, { measure: 'change', unit: '%', unitEn: 'percent', baselineYear: 2020, approx: true });
    // Paced by a year-end figure (a figure inside a year is no annual one: review r63 §9).
    assertStatuses(change, [[11.5, DEADLINE, 'met'], [11, DEADLINE, 'missed'], [13, DEADLINE, 'met'], [6, '2022-12-31', 'behind'], [11.5, '2022-12-31', 'onTrack']]);
  });
});

describe('evaluateTarget: a change against a base year (較2020年下降12%) is paced over the whole path', () => {
  const change = makeTarget('decreaseBy', 12, { measure: 'change', unit: '%', unitEn: 'percent', baselineYear: 2020 });

  test('the path runs from the end of 2020: 6% at the end of 2022 is behind', () => {
    const e = evaluateTarget(change, { value: 6, asOf: '2022-12-31' });
    assert.equal(e.pathStart, '2021-01-01');
    assert.equal(e.expected, 2 / 3);
    assert.equal(e.status, 'behind');
  });

  test('start, middle and end of the path, by year-end figures', () => {
    assertStatuses(change, [[5, '2021-12-31', 'onTrack'], [1, '2021-12-31', 'seriouslyBehind'], [8, '2022-12-31', 'onTrack'], [3, '2022-12-31', 'seriouslyBehind'], [12, DEADLINE, 'met'], [10, DEADLINE, 'missed']]);
    assertStatuses({ ...change, deadline: '2025-12-31' }, [[0, '2021-12-31', 'notStarted'], [0, '2022-12-31', 'seriouslyBehind']]);
  });

  test('a figure inside a year is no annual one: not paced, reached on track, short of it not yet at target, the wrong way flagged (reviews r63 §9, r64 §4)', () => {
    const e = evaluateTarget(change, { value: 6, asOf: MID_YEAR });
    assert.deepEqual([e.pathStart, e.expected, e.status], ['2021-01-01', undefined, 'belowTarget']);
    assertStatuses(change, [[0, '2021-01-20', 'belowTarget'], [11, MID_YEAR, 'belowTarget'], [12, MID_YEAR, 'onTrack'], [-2, MID_YEAR, 'seriouslyBehind']]);
  });

  test('reached before the deadline it is on track, not met: a ratio to a base year can slip back', () => {
    assertStatuses(change, [[13, MID_YEAR, 'onTrack'], [12, DEADLINE, 'met']]);
  });

  test('a move the wrong way (−2) at a year’s end is seriously behind, not "not started"', () => {
    assertStatuses(change, [[-2, '2022-12-31', 'seriouslyBehind'], [-2, DEADLINE, 'missed']]);
    assertStatuses({ ...change, deadline: '2025-12-31' }, [[-2, '2021-12-31', 'seriouslyBehind']]);
  });

  test('without a base year it is paced over the deadline year', () => {
    const e = evaluateTarget({ ...change, baselineYear: undefined }, { value: 6, asOf: MID_YEAR });
    assert.equal(e.pathStart, '2023-01-01');
    assert.equal(e.status, 'onTrack');
  });
});

describe('evaluateTarget: a ceiling (用水總量控制在100以內) is the share used against 序時進度', () => {
  const ceiling = makeTarget('atMost', 100, { measure: 'ceiling' });

  test('used no faster than the year is on track; faster is "used faster than the pace", never "behind"', () => {
    const e = evaluateTarget(ceiling, { value: 40, asOf: MID_YEAR });
    assert.equal(e.status, 'onTrack');
    assert.equal(e.lowerIsBetter, true);
    assertStatuses(ceiling, [[5, START, 'onTrack'], [20, START, 'overPace'], [70, MID_YEAR, 'overPace'], [95, LATE_NOVEMBER, 'overPace'], [85, LATE_NOVEMBER, 'onTrack']]);
  });

  test('exceeded at any date is "ceiling exceeded"; within it at the deadline is met', () => {
    assertStatuses(ceiling, [[110, MID_YEAR, 'overCeiling'], [101, DEADLINE, 'overCeiling'], [100, DEADLINE, 'met'], [95, DEADLINE, 'met']]);
  });

  test('a use of 0 of a total a city always uses (t26.3 用水總量) is a report not made, refused at any date; of a quota, within it', () => {
    const water = getTarget('t26.3')!;
    for (const asOf of [MID_YEAR, '2023-12-31']) {
      assert.throws(
        () => evaluateDezhouTarget('t26.3', { value: 0, asOf }),
        (e: unknown) => e instanceof InvalidReadingError && e.problem.code === 'zeroReading',
        asOf,
      );
    }
    assert.equal(evaluateDezhouTarget('t26.3', { value: 10, asOf: MID_YEAR })!.status, 'onTrack', 'a use above 0 is judged');
    const words = languages.map((lang) => describeReadingProblem({ code: 'zeroReading', value: 0 }, water, lang));
    assert.match(words[0]!, /用水總量.*0.*未填報/);
    assert.match(words[1]!, /用水总量.*0.*未填报/);
    assert.match(words[2]!, /Total water consumption.*0.*not reported/i);
    // A quota may go unused: 0 of it is within it.
    assertStatuses(ceiling, [[0, MID_YEAR, 'onTrack'], [0, DEADLINE, 'met']]);
  });
});

describe('evaluateTarget: approx and range targets have a band', () => {
  test('approx (100左右, ±5% stated in the data) is reached within the band on both sides; an amount above it is more than asked: met (超額完成)', () => {
    const approx = makeTarget('approx', 100, { measure: 'flow', tolerance: 0.05 });
    const e = evaluateTarget(approx, { value: 96, asOf: MID_YEAR });
    assert.deepEqual(e.band, { low: 95, high: 105 });
    // Within the band but short of 100 before the deadline: on track, not yet done (a supervision officer's review:
    // 4 of 5家左右 in June read 已達成); at the deadline, within the band is done.
    assertStatuses(approx, [[96, MID_YEAR, 'onTrack'], [96, DEADLINE, 'met'], [100, MID_YEAR, 'met'], [104, DEADLINE, 'met'], [106, DEADLINE, 'met'], [130, MID_YEAR, 'met'], [94, DEADLINE, 'missed'], [50, MID_YEAR, 'onTrack']]);
    const above = evaluateTarget(approx, { value: 106, asOf: DEADLINE });
    assert.match(above.sentence, /完成106%.*已達成。$/u, above.sentence);
  });

  test('a level about a value (資產總額達到1500億元左右) above the band, with no baseline, is reached: on track until the deadline, then met; said once', () => {
    const level = makeTarget('approx', 1500, { measure: 'level', unit: '億元', unitEn: 'yuan' });
    assertStatuses(level, [[1580, MID_YEAR, 'onTrack'], [1580, DEADLINE, 'met'], [1300, MID_YEAR, 'belowTarget']]);
    // Reached, so said as reached (review r117 F6): 高於目標區間 is the words of another status, aboveBand.
    const sentence = evaluateTarget(level, { value: 1580, asOf: MID_YEAR }).sentence;
    assert.equal(sentence.match(/已達到目標/gu)?.length, 1, sentence);
    assert.doesNotMatch(sentence, /高於目標區間/u);
  });

  test('an amount with an upper limit (不超過) above it is over the ceiling, then missed, never above a band', () => {
    const limit = makeTarget('atMost', 100, { measure: 'flow' });
    assertStatuses(limit, [[120, MID_YEAR, 'overCeiling'], [120, DEADLINE, 'missed'], [80, DEADLINE, 'met']]);
  });

  test('a rate about a value (穩定在60%左右) off the band either way is not on track', () => {
    const approx = makeTarget('approx', 60, { measure: 'rate', unit: '%', unitEn: 'percent', tolerance: 0.1, held: true });
    assertStatuses(approx, [[58, MID_YEAR, 'onTrack'], [50, MID_YEAR, 'behind'], [70, MID_YEAR, 'aboveBand'], [58, DEADLINE, 'met']]);
  });

  test('without a stated tolerance the band is ±5%', () => {
    assert.deepEqual(evaluateTarget(makeTarget('approx', 200, { measure: 'flow' }), { value: 1, asOf: MID_YEAR }).band, { low: 190, high: 210 });
  });

  test('range (2—3個) is reached between its two values', () => {
    const range = makeTarget('range', 2, { measure: 'flow', upperValue: 3, valueText: '2—3' });
    // Two or three things are paced with one thing's grace (reviews r63 §6, r64 §1): 1 by November is on it, none
    // behind; a range of more is paced.
    assertStatuses(range, [[2, DEADLINE, 'met'], [3, MID_YEAR, 'met'], [4, DEADLINE, 'met'], [1, DEADLINE, 'missed'], [1, LATE_NOVEMBER, 'onTrack'], [0, LATE_NOVEMBER, 'behind']]);
    assertStatuses({ ...range, value: 20, upperValue: 30, valueText: '20—30' }, [[10, MID_YEAR, 'onTrack'], [25, DEADLINE, 'met']]);
  });
});

describe('evaluateTarget: a target of unknown measure (another plan, before curation)', () => {
  test('is judged against the target only, never paced', () => {
    const unknown = makeTarget('atLeast', 100);
    const e = evaluateTarget(unknown, { value: 50, asOf: MID_YEAR });
    assert.equal(e.measure, undefined);
    assert.equal(e.expected, undefined);
    assertStatuses(unknown, [[50, MID_YEAR, 'belowTarget'], [100, MID_YEAR, 'onTrack'], [100, DEADLINE, 'met'], [50, DEADLINE, 'missed']]);
  });
});

describe('readings as editors write them, and the wrong ones', () => {
  const graduates = makeTarget('exact', 3.3, { measure: 'flow', unit: '萬人', unitEn: 'people', valueText: '3.3' });
  const stations = makeTarget('exact', 3000, { measure: 'flow' });
  const share = makeTarget('atLeast', 96, { measure: 'rate', unit: '%', unitEn: 'percent' });

  test('2.1萬, 21000人 and 2.1 all read 2.1 for a target in 萬人; grouping, full-width digits and the unit are accepted', () => {
    for (const text of ['2.1', '2.1萬', '2.1万', '21000人', '21,000人', '２１０００人', ' 2.1萬人 ']) assert.deepEqual(parseReadingValue(text, graduates), { value: 2.1 }, text);
    for (const text of ['2100', '2,100', '２，１００', '2100個', '2100个', '0.21萬', '0.21萬個', '0.21万个']) assert.deepEqual(parseReadingValue(text, stations), { value: 2100 }, text);
    const people = makeTarget('atLeast', 30000, { measure: 'flow', unit: '人', unitEn: 'people' });
    for (const text of ['3萬人', '3万人', '3萬', '30000人']) assert.deepEqual(parseReadingValue(text, people), { value: 30000 }, text);
    for (const text of ['36.4', '36.4%', '36.4％']) assert.deepEqual(parseReadingValue(text, share), { value: 36.4 }, text);
  });

  test('text that is not a number, or names another unit, is a problem that quotes it', () => {
    assert.deepEqual(parseReadingValue('二千', stations), { problem: { code: 'notANumber', text: '二千' } });
    assert.deepEqual(parseReadingValue('2,1', stations), { problem: { code: 'notANumber', text: '2,1' } });
    assert.deepEqual(parseReadingValue('36.4%', stations), { problem: { code: 'wrongUnit', text: '36.4%', unit: '個' } });
    assert.deepEqual(parseReadingValue('2100元', stations), { problem: { code: 'wrongUnit', text: '2100元', unit: '個' } });
  });

  test('a head count for a target in 萬人 (21000 for 3.3萬人) is an error naming the scale, never a 636,364% "met"', () => {
    assert.throws(
      () => evaluateTarget(graduates, { value: 21000, asOf: MID_YEAR }),
      (error: unknown) => error instanceof InvalidReadingError && error instanceof RangeError && error.problem.code === 'wrongScale' && error.problem.suggestion === 2.1,
    );
    const problem = checkReading(graduates, { value: 21000, asOf: MID_YEAR }, '2023-01-01')!;
    assert.match(describeReadingProblem(problem, graduates, 'zh-Hant'), /萬人.*2\.1萬人/);
    assert.match(describeReadingProblem(problem, graduates, 'zh-Hans'), /万人.*2\.1万人/);
    assert.match(describeReadingProblem(problem, graduates, 'en'), /6,364 times the target \(33,000 people\).*for 21,000 people, write 2\.1$/);
  });

  test('a head count for a target in 萬人 a hundred times the target or more is an error too (3000 for 3.3萬人)', () => {
    for (const value of [3000, 2000, 330]) {
      assert.throws(() => evaluateTarget(graduates, { value, asOf: MID_YEAR }), (e: unknown) => e instanceof InvalidReadingError && e.problem.code === 'wrongScale', String(value));
    }
    assert.equal(evaluateTarget(graduates, { value: 3.3, asOf: MID_YEAR }).status, 'met');
    // Exactly a hundred times, whatever the rounding (a supervision officer's review: 2117 / 21.17 is 99.99999999999999).
    const water = makeTarget('atMost', 21.17, { measure: 'ceiling', unit: '億立方米', unitEn: 'cubic metres' });
    assert.equal(checkReading(water, { value: 2117, asOf: MID_YEAR }, '2023-01-01')?.code, 'wrongScale');
  });

  test('a wrong-scale suggestion is given only when it is a plausible reading', () => {
    const yuan = makeTarget('atLeast', 90, { measure: 'flow', unit: '億元', unitEn: 'yuan' });
    const problem = checkReading(yuan, { value: 900000, asOf: MID_YEAR }, '2023-01-01');
    assert.deepEqual(problem, { code: 'wrongScale', value: 900000 }, 'not "0.009億元"');
    assert.match(describeReadingProblem(problem!, yuan, 'en'), /read in units of CNY 100 million$/);
  });

  test('a share of a set written as a fraction takes a reading in percent', () => {
    const third = makeTarget('atLeast', 100 / 3, { measure: 'rate', unit: '縣(市、區)', unitEn: 'counties', valueText: '1/3', fraction: { numerator: 1, denominator: 3 } });
    assert.deepEqual(parseReadingValue('33%', third), { value: 33 });
  });

  test('a growth capped (增速控制在2%以內) is within its cap below it, a fall included: never refused as negative', () => {
    const capped = makeTarget('atMost', 2, { measure: 'growth', unit: '%', unitEn: 'percent' });
    assert.equal(evaluateTarget(capped, { value: -1.2, asOf: MID_YEAR }).status, 'onTrack');
    assert.equal(evaluateTarget(capped, { value: 1.5, asOf: MID_YEAR }).status, 'onTrack');
    assert.equal(evaluateTarget(capped, { value: 3, asOf: MID_YEAR }).status, 'overCeiling');
    assert.equal(evaluateTarget(capped, { value: -0.5, asOf: DEADLINE }).status, 'met');
    assert.equal(evaluateTarget(capped, { value: 2.5, asOf: DEADLINE }).status, 'missed');
  });

  test('a range of a fall (單位GDP能耗下降3%—5%) reads the size of the fall: within it on track, a rise the wrong way', () => {
    const fall = makeTarget('range', 3, { upperValue: 5, valueText: '3—5', measure: 'growth', unit: '%', unitEn: 'percent', metric: { 'zh-Hant': '單位GDP能耗下降', 'zh-Hans': '单位GDP能耗下降', en: 'Fall in energy use per unit of GDP' } });
    assert.equal(evaluateTarget(fall, { value: 4, asOf: MID_YEAR }).status, 'onTrack');
    assert.equal(evaluateTarget(fall, { value: 2, asOf: MID_YEAR }).status, 'behind');
    assert.equal(evaluateTarget(fall, { value: -1, asOf: MID_YEAR }).status, 'seriouslyBehind');
    assert.equal(evaluateTarget(fall, { value: 4.5, asOf: DEADLINE }).status, 'met');
    assert.match(evaluateTarget(fall, { value: 4, asOf: MID_YEAR }).sentence, /單位GDP能耗下降/);
  });

  test('above a band, the sentence says so once (高於目標區間 was both the comparison and the status)', () => {
    const band = makeTarget('approx', 60, { tolerance: 0.05, measure: 'rate', unit: '%', unitEn: 'percent' });
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const { status, sentence } = evaluateTarget(band, { value: 70, asOf: MID_YEAR }, { lang });
      assert.equal(status, 'aboveBand');
      const label = statusLabels[lang].aboveBand;
      assert.equal(sentence.split(label).length - 1, 1, sentence);
      assert.ok(sentence.endsWith(lang === 'en' ? `60%; ${label}.` : `60%,${label}。`), sentence);
    }
  });

  test('over a ceiling with no pace, the sentence says so once (超過上限,已超上限 said it twice)', () => {
    const cap = makeTarget('atMost', 5, { measure: 'rate', unit: '%', unitEn: 'percent' });
    const twice = { 'zh-Hant': /超過上限/u, 'zh-Hans': /超过上限/u, en: /above the limit/u };
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const { status, sentence } = evaluateTarget(cap, { value: 7, asOf: MID_YEAR }, { lang });
      assert.equal(status, 'overCeiling');
      const label = statusLabels[lang].overCeiling;
      assert.ok(sentence.endsWith(lang === 'en' ? `5%; ${label}.` : `5%,${label}。`), sentence);
      assert.doesNotMatch(sentence, twice[lang]);
    }
  });

  test('a fall of more than the whole (下降150%, or a growth of -150%) is refused, not judged: nothing falls below zero', () => {
    const cut = makeTarget('decreaseBy', 12, { measure: 'change', unit: '%', unitEn: 'percent', baselineYear: 2020 });
    const growth = makeTarget('increaseBy', 10, { measure: 'growth', unit: '%', unitEn: 'percent' });
    for (const [target, value] of [[cut, 150], [cut, 100.5], [growth, -150]] as const) {
      assert.throws(() => evaluateTarget(target, { value, asOf: MID_YEAR }), (e: unknown) => e instanceof InvalidReadingError && e.problem.code === 'overWhole', `${target.comparator} ${value}`);
    }
    // A fall of the whole is a quantity gone (possible); a growth of 100% is no fall at all (one of 150%, fifteen times
    // the target, is a figure mistyped: implausibleGrowth, reading-checks-r63.test.ts).
    assert.equal(evaluateTarget(cut, { value: 100, asOf: DEADLINE }).status, 'met');
    assert.equal(evaluateTarget(growth, { value: 100, asOf: DEADLINE }).status, 'met');
    const words = languages.map((lang) => describeReadingProblem({ code: 'overWhole', value: 150 }, cut, lang));
    assert.deepEqual(words, ['下降 150% 超過 100%,減少不會多於全部(目標 下降12%)', '下降 150% 超过 100%,减少不会多于全部(目标 下降12%)', 'a fall of 150% is over 100%, more than the whole (target: down 12%)']);
  });

  test('a fraction written for a share in percent (0.9 for 96%) is an error suggesting 90; 0.9% and the number 0.9 are 0.9%', () => {
    assert.deepEqual(parseReadingValue('0.9', share), { problem: { code: 'fractionForPercent', value: 0.9, suggestion: 90 } });
    assert.deepEqual(parseReadingValue('0.9%', share), { value: 0.9 });
    // A number is in the target's unit, as a report holds what `0.9%` read (F135, review r69 M2): judged, not refused.
    assert.equal(evaluateTarget(share, { value: 0.9, asOf: MID_YEAR }).value, 0.9);
  });

  test('NaN, text, a negative count, an impossible date or one before the period are errors; nothing is clamped', () => {
    const codeOf = (value: number, asOf = MID_YEAR) => {
      try {
        evaluateTarget(stations, { value, asOf });
        return 'none';
      } catch (error) {
        assert.ok(error instanceof InvalidReadingError, String(error));
        return error.problem.code;
      }
    };
    assert.equal(codeOf(NaN), 'notANumber');
    assert.equal(codeOf(Infinity), 'notANumber');
    assert.equal(codeOf('5' as unknown as number), 'notANumber');
    assert.equal(codeOf(-5), 'negative');
    assert.equal(codeOf(100, '2023-02-30'), 'invalidDate');
    assert.equal(codeOf(100, '9999-99-99'), 'invalidDate');
    assert.equal(codeOf(100, '2022-12-01'), 'beforePeriod');
    assert.equal(codeOf(100, '2023-12-31'), 'none');
    assert.equal(codeOf(100, '2024-03-01'), 'afterDeadline');
  });

  test('every problem is described in the three languages', () => {
    const problems: ReadingProblem[] = [
      { code: 'notANumber', text: '二千' },
      { code: 'wrongUnit', text: '2100元', unit: '個' },
      { code: 'wrongScale', value: 300000 },
      { code: 'tooSmall', value: 0.3, scale: '萬', suggestion: 3000 },
      { code: 'fractionForPercent', value: 0.9, suggestion: 90 },
      { code: 'negative', value: -5 },
      { code: 'invalidDate', asOf: '2023-02-30' },
      { code: 'beforePeriod', asOf: '2022-12-01', start: '2023-01-01' },
    ];
    for (const problem of problems) {
      const texts = languages.map((lang) => describeReadingProblem(problem, stations, lang));
      assert.equal(new Set(texts).size, 3, JSON.stringify(texts));
      assert.equal(texts[1], toSimplified(texts[1]!), texts[1]);
    }
  });
});

describe('evaluateTarget: sentences and errors', () => {
  test('the sentence names the metric and the status in zh-Hant, zh-Hans and en', () => {
    const target = makeTarget('atLeast', 100, { measure: 'flow' });
    const cases = [
      { value: 60, status: 'onTrack', labels: { 'zh-Hant': '進度正常', 'zh-Hans': '进度正常', en: 'on track' } },
      { value: 30, status: 'behind', labels: { 'zh-Hant': '進度滯後', 'zh-Hans': '进度滞后', en: 'behind' } },
      { value: 100, status: 'met', labels: { 'zh-Hant': '已達成', 'zh-Hans': '已达成', en: 'met' } },
    ] as const;
    for (const c of cases) {
      for (const lang of languages) {
        const e = evaluateTarget(target, { value: c.value, asOf: MID_YEAR }, { lang });
        assert.equal(e.status, c.status);
        assert.ok(e.sentence.includes(target.metric[lang]), `${lang}: metric in «${e.sentence}»`);
        assert.ok(e.sentence.includes(c.labels[lang]), `${lang}: "${c.labels[lang]}" in «${e.sentence}»`);
        assert.equal(statusLabels[lang][c.status], c.labels[lang]);
      }
    }
    const hant = evaluateTarget(target, { value: 60, asOf: MID_YEAR }).sentence;
    assert.ok(hant.includes('序時進度') && hant.includes('2023年6月30日'), hant);
    const en = evaluateTarget(target, { value: 60, asOf: MID_YEAR }, { lang: 'en' }).sentence;
    assert.ok(en.includes('30 June 2023') && en.includes('60%'), en);
  });

  test('the share done is never rounded onto a line where the status turns: half the pace, nothing done, a band edge', () => {
    const flow = makeTarget('atLeast', 3000, { measure: 'flow' });
    const done = (target: Target, value: number, asOf: string) => {
      const e = evaluateTarget(target, { value, asOf });
      return [e.status, /完成([0-9.]+%)/.exec(e.sentence)?.[1]];
    };
    // Half of a pace of 50% is 25%: 749 is under it (seriously behind), 751 over it (behind); neither reads 25%.
    assert.deepEqual(done(flow, 749, MID_YEAR), ['seriouslyBehind', '24.9%']);
    assert.deepEqual(done(flow, 751, MID_YEAR), ['behind', '25.1%']);
    // One done is not nothing done: 0% reads not started.
    assert.deepEqual(done(flow, 1, '2023-02-28'), ['behind', '0.1%']);
    assert.deepEqual(done(flow, 0, '2023-02-28'), ['notStarted', '0%']);
    // 5.7萬人左右 counts from 95% of it: just under the band's edge is not 95%.
    const about = makeTarget('approx', 6, { measure: 'flow', unit: '萬人', tolerance: 0.05 });
    assert.deepEqual(done(about, 5.6999, DEADLINE), ['missed', '94.9%']);
    // At the edge it is in the band, which the sentence says rather than a share short of the pace (a review).
    assert.deepEqual(done(about, 5.7, DEADLINE), ['met', undefined]);
    assert.match(evaluateTarget(about, { value: 5.7, asOf: DEADLINE }).sentence, /在目標區間內/);
  });

  test('each kind says how it was judged, in the three languages: a pace only where there is one', () => {
    const kinds = [
      { target: makeTarget('atLeast', 96, { measure: 'rate', unit: '%', unitEn: 'percent' }), value: 90, words: { 'zh-Hant': '低於目標', 'zh-Hans': '低于目标', en: 'below the target' }, paced: false },
      { target: makeTarget('increaseBy', 10, { measure: 'growth', unit: '%', unitEn: 'percent' }), value: -2, words: { 'zh-Hant': '反向變化', 'zh-Hans': '反向变化', en: 'moved the wrong way' }, paced: false },
      { target: makeTarget('decreaseBy', 12, { measure: 'change', unit: '%', unitEn: 'percent', baselineYear: 2020 }), value: 6, words: { 'zh-Hant': '自2020年底起的序時進度', 'zh-Hans': '自2020年底起的序时进度', en: 'of the path from the end of 2020 elapsed' }, paced: true },
      { target: makeTarget('atMost', 100, { measure: 'ceiling' }), value: 70, words: { 'zh-Hant': '已用上限70%', 'zh-Hans': '已用上限70%', en: '70% of the ceiling used' }, paced: true },
      { target: makeTarget('atLeast', 900, { measure: 'level' }), value: 850, words: { 'zh-Hant': '無基數', 'zh-Hans': '无基数', en: 'no baseline' }, paced: false },
    ] as const;
    for (const { target, value, words, paced } of kinds) {
      for (const lang of languages) {
        // A change is paced by a year-end figure (review r63 §9).
        const e = evaluateTarget(target, { value, asOf: target.measure === 'change' ? '2022-12-31' : MID_YEAR }, { lang });
        assert.ok(e.sentence.includes(words[lang]), `${target.measure} ${lang}: "${words[lang]}" in «${e.sentence}»`);
        assert.ok(e.sentence.includes(statusLabels[lang][e.status]), `${target.measure} ${lang}: status in «${e.sentence}»`);
        const pace = { 'zh-Hant': '序時進度', 'zh-Hans': '序时进度', en: 'elapsed' }[lang];
        assert.equal(e.sentence.includes(pace), paced, `${target.measure} ${lang}: pace ${paced ? '' : 'not '}in «${e.sentence}»`);
      }
    }
  });

  test('every status has a word in each language, the Simplified ones in Simplified characters, all different', () => {
    for (const lang of languages) {
      const words = Object.values(Status).map((status) => statusLabels[lang][status]);
      assert.equal(new Set(words).size, words.length, `${lang}: ${words.join(', ')}`);
    }
    for (const status of Object.values(Status)) assert.equal(statusLabels['zh-Hans'][status], toSimplified(statusLabels['zh-Hant'][status]));
  });

  test('zh-Hans sentences and descriptions are written in Simplified characters only, for every Dezhou target', () => {
    for (const target of dezhouPlan.targets) {
      const texts = [
        evaluateTarget(target, { value: target.value / 2, asOf: MID_YEAR }, { lang: 'zh-Hans' }).sentence,
        describeTarget(target, 'zh-Hans'),
        describeTargetInWords(target, 'zh-Hans'),
      ];
      for (const text of texts) assert.equal(text, toSimplified(text), `${target.id}: «${text}» has Traditional characters`);
    }
  });

  test('English amounts are grouped the same way for the reading and the target (JSDoc example of t09.1)', () => {
    const e = evaluateDezhouTarget('t09.1', { value: 2100, asOf: MID_YEAR }, { lang: 'en' });
    assert.ok(e);
    assert.equal(e.status, 'onTrack');
    assert.ok(e.sentence.startsWith('New 5G base stations opened: 2,100 base stations as of 30 June 2023, target 3,000 base stations;'), e.sentence);
    assert.equal(describeTarget(getTarget('t09.1')!, 'zh-Hant'), '3000個');
    assert.equal(describeTargetInWords(getTarget('t26.3')!, 'zh-Hant'), '不超過21.17億立方米');
  });

  test('an invalid asOf or deadline throws RangeError; so does a non-finite value', () => {
    const target = makeTarget('atLeast', 100);
    for (const asOf of ['2023/06/30', 'June', '', '2023-13-45x']) {
      assert.throws(() => evaluateTarget(target, { value: 1, asOf }), RangeError, asOf);
    }
    assert.throws(() => evaluateTarget({ ...target, deadline: 'soon' }, { value: 1, asOf: MID_YEAR }), RangeError);
    assert.throws(() => evaluateTarget({ ...target, deadline: '2023-02-30' }, { value: 1, asOf: MID_YEAR }), RangeError);
    for (const value of [NaN, Infinity, '5' as unknown as number]) {
      assert.throws(() => evaluateTarget(target, { value, asOf: MID_YEAR }), RangeError, String(value));
    }
  });
});

describe('the README table of measure kinds', () => {
  test('every example call gives the status the table says, on a target of the measure its row names', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `(\w+)` \|.*`evaluateDezhouTarget\('(t\d+\.\d+)', \{ value: ([\d.]+), asOf: '([\d-]+)' \}\)` → `(\w+)` \|$/gm)];
    assert.deepEqual(rows.map((r) => r[1]).sort(), ['ceiling', 'change', 'designation', 'flow', 'growth', 'level', 'rate']);
    for (const [, measure, id, value, asOf, status] of rows) {
      assert.equal(getTarget(id!)?.measure, measure, `${id} is a ${measure}`);
      assert.equal(evaluateDezhouTarget(id!, { value: Number(value), asOf: asOf! })?.status, status, `${id} ${value} on ${asOf}`);
    }
  });
});

describe('the sentence of a change or a growth says the movement, not a level', () => {
  test('下降12.5% against 下降12%, 增長6% against 增長10%, and a move the wrong way as the opposite word', () => {
    const say = (id: string, value: number, lang: 'zh-Hant' | 'zh-Hans' | 'en') => evaluateDezhouTarget(id, { value, asOf: MID_YEAR }, { lang })!.sentence;
    assert.match(say('t26.4', 12.5, 'zh-Hant'), /^萬元GDP用水量:截至2023年6月30日為下降12\.5%,目標下降12%/u);
    assert.match(say('t26.4', 12.5, 'zh-Hans'), /为下降12\.5%,目标下降12%/u);
    assert.match(say('t26.4', 12.5, 'en'), /: a decrease of 12\.5% as of 30 June 2023, target a decrease of 12% from 2020/u);
    assert.match(say('t03.3', 6, 'zh-Hant'), /為增長6%,目標力爭增長10%/u);
    assert.match(say('t26.4', -3, 'zh-Hant'), /為增長3%,目標下降12%.*反向變化/u);
    assert.match(say('t03.3', -2, 'en'), /: a decrease of 2% as of/u);
  });
});

describe('a value in too large a unit (3.2 for 3.2萬 of 30000人) is refused, as one in too small a unit is', () => {
  test('under a thousandth of the target, when 萬 or 億 times it is a plausible reading, with what it would be', () => {
    assert.deepEqual(checkReading(getTarget('t60.1')!, { value: 3.2, asOf: '2023-12-31' }, '2023-01-01'), { code: 'tooSmall', value: 3.2, scale: '萬', suggestion: 32000 });
    assert.deepEqual(checkReading(getTarget('t26.6')!, { value: 0.68, asOf: '2023-12-31' }, '2023-01-01'), { code: 'tooSmall', value: 0.68, scale: '億', suggestion: 6800 });
    const said = describeReadingProblem({ code: 'tooSmall', value: 3.2, scale: '萬', suggestion: 32000 }, getTarget('t60.1')!, 'zh-Hant');
    assert.equal(said, '3.2 不到目標(30000人)的千分之一,數值應以「人」為單位:3.2萬 即 32000人');
    assert.throws(() => evaluateDezhouTarget('t60.1', { value: 3.2, asOf: '2023-12-31' }), (e: unknown) => e instanceof InvalidReadingError && e.problem.code === 'tooSmall');
  });

  test('a small reading that is no unit mistake is judged: a few early on, or what 萬 times would not make plausible', () => {
    assert.equal(checkReading(getTarget('t60.1')!, { value: 2000, asOf: '2023-02-28' }, '2023-01-01'), undefined);
    assert.equal(checkReading(getTarget('t09.1')!, { value: 2, asOf: '2023-01-15' }, '2023-01-01'), undefined, '2 of 3000: 20000 is not plausible');
    assert.equal(checkReading(getTarget('t26.6')!, { value: 5, asOf: '2023-01-15' }, '2023-01-01'), undefined, '5萬 of 6600萬: 5億 is not plausible');
    assert.equal(checkReading(getTarget('t60.1')!, { value: 0, asOf: '2023-02-28' }, '2023-01-01'), undefined, 'nothing done yet');
    for (const [id, value] of [['t60.1', 3], ['t60.1', 6], ['t20.1', 2], ['t54.2', 1]] as const) {
      assert.equal(checkReading(getTarget(id)!, { value, asOf: '2023-01-05' }, '2023-01-01'), undefined, `${value} of ${id} in the first days of the year`);
    }
    assert.equal(checkReading(getTarget('t60.1')!, { value: 3, asOf: '2023-06-30' }, '2023-01-01')?.code, 'tooSmall', '3 of 30000 by mid-year');
  });
});

describe('a target of unknown measure (another plan) held about a value', () => {
  test('in percent, above its band, is above the band (it may be a rate); an amount above it is reached: on track, met at the deadline', () => {
    const rate = makeTarget('approx', 60, { unit: '%', unitEn: 'percent', tolerance: 0.1 });
    const amount = makeTarget('approx', 60, { tolerance: 0.1 });
    assert.equal(rate.measure, undefined);
    assert.equal(evaluateTarget(rate, { value: 70, asOf: MID_YEAR }).status, 'aboveBand');
    assert.equal(evaluateTarget(amount, { value: 70, asOf: MID_YEAR }).status, 'onTrack');
    assert.equal(evaluateTarget(amount, { value: 70, asOf: DEADLINE }).status, 'met');
  });
});
