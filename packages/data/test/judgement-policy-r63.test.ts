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
import { fewWholeThings } from '../src/single-thing.js';

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

  test('inside a year, reached is on track (it may slip back); a move the wrong way is not yet at target, said so', () => {
    assert.equal(statusOf('t26.4', 12, '2023-06-30'), 'onTrack');
    const wrong = judge(target('t26.4'), -1, '2023-06-30');
    assert.equal(wrong.status, 'belowTarget');
    assert.match(wrong.sentence, /反向變化/);
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
    assert.match(judge(target('t26.4'), -1, '2023-06-30').sentence, /反向變化\(非全年數據,不作進度判斷\),尚未達到目標。$/);
    assert.doesNotMatch(judge(target('t26.4'), 6, '2022-12-31').sentence, /非全年/);
  });
});

describe('§6 a few whole things complete in lumps: not paced', () => {
  const early: [string, number, string][] = [
    ['t12.4', 1, '2023-09-30'],
    ['t63.1', 1, '2023-09-30'],
    ['t16.2', 0, '2023-03-31'],
    ['t13.1', 0, '2023-04-30'],
    ['t38.2', 0, '2023-04-30'],
  ];
  for (const [id, value, asOf] of early) {
    test(`${id} ${target(id).quote}: ${value} on ${asOf} is not yet at target, not paced`, () => {
      const e = judge(target(id), value, asOf);
      assert.deepEqual([e.status, e.expected], ['belowTarget', undefined]);
      assert.equal(statusTones[e.status], 'warning');
    });
  }

  test('reached early is met (a running total); short at the deadline, missed; a range’s top passed, met', () => {
    assert.deepEqual([statusOf('t12.4', 4, '2023-09-30'), statusOf('t38.2', 2, '2023-06-30'), statusOf('t38.2', 4, '2023-06-30')], ['met', 'met', 'met']);
    assert.deepEqual([statusOf('t12.4', 3, '2023-12-31'), statusOf('t63.1', 0, '2023-12-31')], ['missed', 'missed']);
  });

  test('at or ahead of a straight pace it is on track, paced (3 of 4 listings by March, 2 of 3 parks by June): only a shortfall is not judged', () => {
    for (const [id, value, asOf, expected] of [['t12.4', 3, '2023-03-31', 0.25], ['t63.1', 2, '2023-06-30', 0.5], ['t16.2', 1, '2023-06-30', 0.5]] as const) {
      const e = judge(target(id), value, asOf);
      assert.deepEqual([e.status, e.expected], ['onTrack', expected], `${id} ${value} on ${asOf}`);
      assert.match(e.sentence, /序時進度\d+%,進度正常。$/, e.sentence);
    }
    // Just short of the pace (1 of 4 by June: 25% against 50%) is not judged behind: not yet at target.
    assert.deepEqual([statusOf('t12.4', 1, '2023-06-30'), statusOf('t12.4', 3, '2023-12-31')], ['belowTarget', 'missed']);
  });

  test('within the band of 5家左右 but short of 5, on track until the deadline, as a paced flow is', () => {
    assert.deepEqual([statusOf('t10.2', 4.8, '2023-06-30'), statusOf('t10.2', 4.8, '2023-12-31')], ['onTrack', 'met']);
  });

  test('the line is the path’s months: 11 a calendar year is not paced, 12 is; over two years 12 is not; over half a year 6 is', () => {
    const count = (value: number) => ({ ...target('t12.4'), value });
    assert.deepEqual([fewWholeThings(count(11), '2023-01-01'), fewWholeThings(count(12), '2023-01-01')], [true, false]);
    assert.equal(evaluateTarget(count(11), { value: 1, asOf: '2023-09-30' }).status, 'belowTarget');
    assert.equal(evaluateTarget(count(12), { value: 1, asOf: '2023-09-30' }).status, 'seriouslyBehind');
    assert.equal(evaluateTarget(count(12), { value: 1, asOf: '2023-09-30' }, { start: '2022-01-01' }).status, 'belowTarget');
    assert.equal(evaluateTarget(count(6), { value: 1, asOf: '2023-09-30' }, { start: '2023-07-01' }).status, 'seriouslyBehind');
  });

  test('what divides is paced: 5公里, 1萬畝, 10萬人', () => {
    assert.equal(fewWholeThings({ ...target('t12.4'), unit: '公里' }, '2023-01-01'), false);
    assert.equal(fewWholeThings(target('t28.1'), '2023-01-01'), false);
    assert.equal(fewWholeThings({ ...target('t12.4'), unit: '萬人', value: 10 }, '2023-01-01'), false);
  });

  test('the sentence says why no pace is judged: a few things, or a single one', () => {
    assert.equal(judge(target('t12.4'), 1, '2023-09-30').sentence, '新增上市企業:截至2023年9月30日為1家,目標4家,低於目標(目標數量少,不作進度判斷),尚未達到目標。');
    assert.match(judge(target('t12.4'), 1, '2023-09-30', 'zh-Hans').sentence, /低于目标\(目标数量少,不作进度判断\),尚未达到目标。$/);
    assert.match(judge(target('t12.4'), 1, '2023-09-30', 'en').sentence, /below the target \(a few whole things, so no pace is judged\); not yet at target\.$/);
    assert.match(judge(target('t48.2'), 0, '2023-09-30').sentence, /\(目標為單個,不作進度判斷\)/);
  });

  test('the Dezhou targets the rule takes from the pace (a single thing was never paced)', () => {
    const few = dezhouPlan.targets.filter((t) => fewWholeThings(t, dezhouPlan.period.start) && t.value !== 1).map((t) => t.id);
    assert.deepEqual(few, [
      't01.3', 't02.4', 't05.1', 't05.2', 't06.1', 't10.2', 't12.4', 't13.1', 't14.1', 't14.3', 't15.1', 't16.2', 't16.3', 't16.4',
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
