/**
 * Review r63 §6, §8, §9 and §10 (judgement policy; §1–§5 are `judgement-r63.test.ts`): a stock reached before its
 * deadline may fall back, so it is on track, not met; a change against a base year is an annual statistic, paced only
 * by a year-end figure; a few whole things complete in lumps, so they are not paced; a growth under half its target is
 * seriously behind. Plain calls, with the readings the supervision office gave.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluatePlanTarget, evaluateTarget, settledStatus, statusTones, type Language, type Status, type Target } from '../src/index.js';
import { fewWholeThings } from '../src/unpaced.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const judge = (t: Target, value: number, asOf: string, lang: Language = 'zh-Hant') => evaluatePlanTarget(dezhouPlan, t, { value, asOf }, { lang });
const statusOf = (id: string, value: number, asOf: string): Status => judge(target(id), value, asOf).status;

describe('§8 a level reached before its deadline is on track, not met: a stock can fall back', () => {
  test('t48.1 跨境電商企業300家: 300 in June is on track, 280 in September not yet at target, 300 at the deadline met', () => {
    assert.deepEqual([statusOf('t48.1', 300, '2023-06-30'), statusOf('t48.1', 280, '2023-09-30'), statusOf('t48.1', 300, '2023-12-31')], ['onTrack', 'belowTarget', 'met']);
    assert.match(judge(target('t48.1'), 300, '2023-06-30').sentence, /已達到目標.*進度正常。$/);
    assert.doesNotMatch(judge(target('t48.1'), 300, '2023-06-30').sentence, /已達成/);
  });

  test('t01.4 4.7, t43.1 1600 (above the band of 1500左右), t14.2 740 in March are on track; met at the deadline', () => {
    const early: [string, number][] = [['t01.4', 4.7], ['t43.1', 1600], ['t14.2', 740]];
    assert.deepEqual(early.map(([id, v]) => statusOf(id, v, '2023-03-31')), ['onTrack', 'onTrack', 'onTrack']);
    assert.deepEqual(early.map(([id, v]) => statusOf(id, v, '2023-12-31')), ['met', 'met', 'met']);
  });

  test('a level paced from a baseline, reached early, is on track too (t03.2 from 800: 900 in June), met at the deadline', () => {
    const at = (value: number, asOf: string) => evaluateTarget(target('t03.2'), { value, asOf, baseline: 800 }).status;
    assert.deepEqual([at(900, '2023-06-30'), at(950, '2023-09-30'), at(900, '2023-12-31')], ['onTrack', 'onTrack', 'met']);
  });

  test('a target of unknown measure reached early is on track, an amount or a rate alike', () => {
    const unknown = { ...target('t48.1'), measure: undefined };
    assert.deepEqual([judge(unknown, 310, '2023-06-30').status, judge(unknown, 310, '2023-12-31').status], ['onTrack', 'met']);
    const share = { ...target('t38.4'), measure: undefined, held: undefined };
    assert.equal(judge(share, 95, '2023-06-30').status, 'onTrack');
  });

  test('flows (a single thing too) and designations reached early stay met: they cannot fall', () => {
    assert.equal(statusOf('t09.1', 3000, '2023-09-30'), 'met');
    assert.equal(statusOf('t29.1', 3, '2023-06-30'), 'met');
    assert.equal(statusOf('t48.2', 1, '2023-06-30'), 'met');
  });

  test('settledStatus: a level’s early onTrack is not settled; a flow met early is', () => {
    assert.equal(settledStatus(judge(target('t48.1'), 300, '2023-06-30')), false);
    assert.equal(settledStatus(judge(target('t09.1'), 3000, '2023-09-30')), true);
    assert.equal(settledStatus(judge(target('t12.4'), 4, '2023-09-30')), true);
  });
});

describe('§9 a change against a base year is an annual statistic: paced at a year’s end only', () => {
  test('inside a year it is not paced: t26.4 6 in June and 0 in March, t26.5 4 in September are not yet at target', () => {
    const cases: [string, number, string][] = [['t26.4', 6, '2023-06-30'], ['t26.4', 0, '2023-03-31'], ['t26.5', 4, '2023-09-30']];
    for (const [id, value, asOf] of cases) {
      const e = judge(target(id), value, asOf);
      assert.deepEqual([id, e.status, e.expected], [id, 'belowTarget', undefined]);
    }
  });

  test('inside a year, reached is on track (it may slip back); a move the wrong way is flagged, seriously behind (review r64 §4)', () => {
    assert.equal(statusOf('t26.4', 12, '2023-06-30'), 'onTrack');
    const wrong = judge(target('t26.4'), -1, '2023-06-30');
    assert.equal(wrong.status, 'seriouslyBehind');
    assert.match(wrong.sentence, /反向變化,嚴重滯後。$/);
  });

  test('a change against the last year’s end (貸款餘額較上年末增長10%) is a stock read any day: paced inside the year (review r64 §3)', () => {
    const balance: Target = { ...target('t26.4'), comparator: 'increaseBy', baselineYear: 2022, value: 10 };
    const e = judge(balance, 3, '2023-06-30');
    assert.deepEqual([e.status, e.expected], ['behind', 0.5]);
    assert.doesNotMatch(e.sentence, /非全年/);
    assert.equal(statusOf('t26.4', 6, '2023-06-30'), 'belowTarget', 'against 2020, an annual statistic, not paced inside a year');
  });

  test('a year-end figure is paced as before: 31 December of any year on the path, and the deadline', () => {
    const e = judge(target('t26.4'), 6, '2022-12-31');
    assert.deepEqual([e.status, e.expected], ['behind', 2 / 3]);
    assert.equal(statusOf('t26.4', -1, '2022-12-31'), 'seriouslyBehind');
    assert.equal(statusOf('t26.4', 12, '2022-12-31'), 'onTrack');
    assert.deepEqual([statusOf('t26.4', 12, '2023-12-31'), statusOf('t26.4', 6, '2023-12-31')], ['met', 'missed']);
    const june = { ...target('t26.4'), deadline: '2023-06-30' };
    assert.deepEqual([judge(june, 6, '2023-06-30').status, judge(june, 6, '2023-06-30').expected], ['missed', 1]);
  });

  test('the sentence says the figure is not an annual one, so no pace is judged, in each language', () => {
    assert.equal(
      judge(target('t26.4'), 6, '2023-06-30').sentence,
      '萬元GDP用水量:截至2023年6月30日為下降6%,目標下降12%(較2020年),低於目標(非全年數據,不作進度判斷),尚未達到目標。',
    );
    assert.match(judge(target('t26.4'), 6, '2023-06-30', 'zh-Hans').sentence, /低于目标\(非全年数据,不作进度判断\),尚未达到目标。$/);
    assert.match(judge(target('t26.4'), 6, '2023-06-30', 'en').sentence, /below the target \(not an annual figure, so no pace is judged\); not yet at target\.$/);
    assert.match(judge(target('t26.4'), 12, '2023-06-30').sentence, /已達到目標\(非全年數據,不作進度判斷\),進度正常。$/);

    assert.doesNotMatch(judge(target('t26.4'), 6, '2022-12-31').sentence, /非全年/);
  });
});

describe('§6 a few whole things come in lumps: paced with one thing’s grace (review r64 §1, §2, §6)', () => {
  test('up to one thing short of the straight pace is on track: the r63 readings', () => {
    // 1 of 4 listings by September is 2 short of 3: behind, not seriously; the others are within a thing of the pace.
    const cases: [string, number, string, Status][] = [
      ['t12.4', 1, '2023-09-30', 'behind'],
      ['t63.1', 1, '2023-09-30', 'behind'],
      ['t16.2', 0, '2023-03-31', 'onTrack'],
      ['t16.2', 0, '2023-06-30', 'onTrack'],
      ['t13.1', 0, '2023-04-30', 'behind'],
      ['t38.2', 0, '2023-04-30', 'onTrack'],
    ];
    for (const [id, value, asOf, status] of cases) {
      const e = judge(target(id), value, asOf);
      assert.deepEqual([id, value, asOf, e.status], [id, value, asOf, status]);
      assert.notEqual(e.expected, undefined, 'paced');
    }
  });

  test('a real stall is flagged: none of 4 listings by late November is seriously behind, none of 2 districts behind', () => {
    assert.deepEqual([statusOf('t12.4', 0, '2023-11-30'), statusOf('t16.2', 0, '2023-11-30'), statusOf('t01.3', 1, '2023-12-15')], ['seriouslyBehind', 'behind', 'seriouslyBehind']);
  });

  test('the same count does not go back and forth month to month: it only worsens as the pace passes it by a whole thing', () => {
    for (const [id, value] of [['t12.4', 1], ['t12.4', 2], ['t16.2', 1], ['t01.3', 5]] as const) {
      const order = ['notStarted', 'onTrack', 'behind', 'seriouslyBehind'];
      const ranks = ['03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30'].map((day) => order.indexOf(statusOf(id, value, `2023-${day}`)));
      assert.ok(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]!)), `${id} ${value}: ${ranks}`);
    }
  });

  test('reached early is met (a running total); short at the deadline, missed; a range’s top passed, met', () => {
    assert.deepEqual([statusOf('t12.4', 4, '2023-09-30'), statusOf('t38.2', 2, '2023-06-30'), statusOf('t38.2', 4, '2023-06-30')], ['met', 'met', 'met']);
    assert.deepEqual([statusOf('t12.4', 3, '2023-12-31'), statusOf('t63.1', 0, '2023-12-31')], ['missed', 'missed']);
  });

  test('one thing alone is done or not: never paced, not yet at target before the deadline', () => {
    const e = judge(target('t48.2'), 0, '2023-09-30');
    assert.deepEqual([e.status, e.expected], ['belowTarget', undefined]);
    assert.match(e.sentence, /\(目標為單個,不作進度判斷\)/);
  });

  test('the line is the path’s months: 11 a calendar year has the grace, 12 not; over two years 12 has it', () => {
    const count = (value: number) => ({ ...target('t12.4'), value });
    assert.deepEqual([fewWholeThings(count(11), '2023-01-01'), fewWholeThings(count(12), '2023-01-01')], [true, false]);
    assert.equal(evaluateTarget(count(11), { value: 5, asOf: '2023-06-30' }).status, 'onTrack', '5 + 1 of 11 by June');
    assert.equal(evaluateTarget(count(12), { value: 5, asOf: '2023-06-30' }).status, 'behind');
    assert.equal(evaluateTarget(count(12), { value: 8, asOf: '2023-06-30' }, { start: '2022-01-01' }).status, 'onTrack', '8 + 1 of 12 at 75% of two years');
  });

  test('only classifiers of whole things built one by one: not days, years of age, events or people, nor what divides', () => {
    for (const unit of ['天', '歲', '場', '人', '次', '公里', '萬人']) assert.equal(fewWholeThings({ ...target('t12.4'), unit }, '2023-01-01'), false, unit);
    for (const unit of ['家', '個', '处', '座', '條', '臺', '項']) assert.equal(fewWholeThings({ ...target('t12.4'), unit }, '2023-01-01'), true, unit);
    assert.equal(fewWholeThings(target('t28.1'), '2023-01-01'), false);
  });

  test('the sentence says why a thing short is on the pace, in each language', () => {
    assert.equal(judge(target('t12.4'), 1, '2023-06-30').sentence, '新增上市企業:截至2023年6月30日為1家,目標4家,完成25%,序時進度50%(目標數量少,容許相差一件),進度正常。');
    assert.match(judge(target('t12.4'), 1, '2023-06-30', 'zh-Hans').sentence, /序时进度50%\(目标数量少,容许相差一件\),进度正常。$/);
    assert.match(judge(target('t12.4'), 1, '2023-06-30', 'en').sentence, /50% of the period elapsed \(a few whole things: one short of the pace is allowed\); on track\.$/);
  });

  test('the Dezhou targets the grace applies to (one thing alone was never paced)', () => {
    const few = dezhouPlan.targets.filter((t) => fewWholeThings(t, dezhouPlan.period.start) && t.value !== 1).map((t) => t.id);
    assert.deepEqual(few, [
      't01.3', 't02.4', 't05.2', 't06.1', 't10.2', 't12.4', 't13.1', 't14.1', 't14.3', 't15.1', 't16.2', 't16.3', 't16.4',
      't17.1', 't22.2', 't22.3', 't23.2', 't23.4', 't23.5', 't25.1', 't36.3', 't38.2', 't59.1', 't60.2', 't62.2', 't63.1',
    ]);
  });
});

describe('§10 a growth under half its target is seriously behind, as a held rate', () => {
  test('t03.3 研發經費增幅 ≥ 10%: 0.1 and 0 in June seriously behind; 5 and 6 behind; at the deadline missed', () => {
    assert.deepEqual(
      [statusOf('t03.3', 0.1, '2023-06-30'), statusOf('t03.3', 0, '2023-06-30'), statusOf('t03.3', 4.9, '2023-06-30'), statusOf('t03.3', 5, '2023-06-30'), statusOf('t03.3', 6, '2023-06-30')],
      ['seriouslyBehind', 'seriouslyBehind', 'seriouslyBehind', 'behind', 'behind'],
    );
    assert.equal(statusOf('t03.3', 0.1, '2023-12-31'), 'missed');
    assert.equal(statusOf('t27.1', 15, '2023-06-30'), 'seriouslyBehind', 'the held rate it follows');
  });
});
