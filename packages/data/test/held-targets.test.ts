/**
 * Targets the plan holds (穩定在, 保持, 不低於), as a supervision office judges them (a supervision officer's
 * review): a held level reached early can still fall back, so it is on track, not met, until the deadline; a held
 * rate far under its target is seriously behind, not merely behind; a held level below its floor is behind, as a held
 * rate is (review r69 M6).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateDezhouTarget, getTarget } from '../src/dezhou-2023.js';
import { evaluateTarget, extractTargets, type Status, type Target } from '../src/index.js';

const statusesOf = (target: Target, cases: readonly (readonly [number, string])[]): Status[] =>
  cases.map(([value, asOf]) => evaluateTarget(target, { value, asOf }).status);

/**
 * A level held all year (耕地保有量保持在35萬畝以上), a stock that stands at any date, on the frame of t37.2. t37.2
 * itself, a sown area, is not held since F229: it is sown in its season (statuses-f229.test.ts).
 */
const heldLevel: Target = {
  ...getTarget('t37.2')!,
  metric: { 'zh-Hant': '耕地保有量', 'zh-Hans': '耕地保有量', en: 'Farmland retained' },
  held: true,
};

describe('a level the plan holds (穩定在35萬畝以上)', () => {
  test('the extractor marks a level held when its lead words hold it (穩定在, 保持), and a level to reach (達到, 不低於) or a seasonal one not', () => {
    assert.equal(extractTargets('大豆玉米帶狀復合種植面積穩定在35萬畝以上。')[0]?.held, undefined, 'a sown area, sown in its season (F229, F234)');
    assert.equal(extractTargets('耕地保有量保持在500萬畝以上。')[0]?.held, true);
    assert.equal(extractTargets('高新技術企業數量不低於300家。')[0]?.held, undefined, 'a floor to reach: 提前完成 is met');
    assert.equal(extractTargets('森林覆蓋率不低於20%。')[0]?.held, true, 'a rate not below: held');
    assert.equal(extractTargets('科技型中小企業達到900家以上。')[0]?.held, undefined);
    assert.equal(extractTargets('糧食產量穩定在70億斤左右。')[0]?.held, undefined, 'an annual amount (a flow), not a level');
  });

  test('reached before the deadline it is on track (it can fall back), met at the deadline; below it, behind', () => {
    const held = heldLevel;
    assert.deepEqual(
      statusesOf(held, [[36, '2023-03-31'], [35, '2023-11-30'], [36, '2023-12-31'], [30, '2023-06-30'], [30, '2023-12-31']]),
      ['onTrack', 'onTrack', 'met', 'behind', 'missed'],
    );
    const e = evaluateTarget(held, { value: 36, asOf: '2023-03-31' });
    assert.doesNotMatch(e.sentence, /已達成/);
    assert.match(e.sentence, /進度正常。$/);
  });

  test('a baseline does not pace a held level: reached early it is on track, below it behind, as without one', () => {
    // A code review: with a feed's baseline of 30, 36 in March was met and 34 in June on track, below the floor held.
    const held = heldLevel;
    const at = (value: number, asOf: string) => evaluateTarget(held, { value, asOf, baseline: 30 }).status;
    assert.deepEqual([at(36, '2023-03-31'), at(34, '2023-06-30'), at(36, '2023-12-31'), at(34, '2023-12-31')], ['onTrack', 'behind', 'met', 'missed']);
    assert.equal(at(28, '2023-06-30'), 'seriouslyBehind', 'below its baseline: the wrong way');
  });

  test('below its floor before the deadline it is behind, under half of it seriously behind, as a held rate; said without "no pace" (review r69 M6)', () => {
    // 保有量保持在35萬畝以上 is held all year: 14 (40% of it) in June is far behind, as t27.1 (優良水體比例不低於33.3%) at 40%.
    const held = heldLevel;
    const rate = getTarget('t27.1')!;
    const june = (target: Target, share: number) => evaluateTarget(target, { value: target.value * share, asOf: '2023-06-30' }, { lang: 'en' });
    assert.deepEqual([0.97, 0.5, 0.4].map((share) => june(held, share).status), ['behind', 'behind', 'seriouslyBehind']);
    assert.deepEqual([0.97, 0.4].map((share) => june(rate, share).status), ['behind', 'seriouslyBehind'], 'as the held rate');
    assert.equal(june(held, 0.4).sentence, 'Farmland retained: 140,000 mu as of 30 June 2023, target at least 350,000 mu; below the target; seriously behind.');
    assert.equal(evaluateTarget(held, { value: 30, asOf: '2023-12-31' }).status, 'missed');
  });

  test('a level to reach (達到900家) reached before the deadline is on track too, met at the deadline: a stock can fall back (review r63 §8)', () => {
    const reach = extractTargets('科技型中小企業達到900家以上。')[0]!;
    const target = { ...getTarget('t37.2')!, value: 900, unit: '家', unitEn: 'enterprises', held: reach.held };
    assert.deepEqual(statusesOf(target, [[900, '2023-03-31'], [900, '2023-12-31']]), ['onTrack', 'met']);
  });
});

describe('a rate the plan holds (抽檢合格率穩定在98%以上) far below it', () => {
  test('under half of its target before the deadline is seriously behind; nearer, behind; due, missed', () => {
    const t395 = getTarget('t39.5')!;
    assert.equal(t395.held, true);
    const at = (value: number, asOf = '2023-06-30') => evaluateDezhouTarget('t39.5', { value, asOf })!.status;
    // 0 is no reading of a pass rate held (neverZero: a report not made, reading-checks-r63.test.ts), 1 a fraction.
    assert.deepEqual([at(5), at(30), at(48.9), at(49), at(90), at(98), at(30, '2023-12-31')], ['seriouslyBehind', 'seriouslyBehind', 'seriouslyBehind', 'behind', 'behind', 'onTrack', 'missed']);
  });

  test('a rate to reach by the deadline (達到90%) far below it is still not yet at target: it builds up', () => {
    assert.equal(evaluateDezhouTarget('t26.7', { value: 10, asOf: '2023-06-30' })!.status, 'belowTarget');
  });
});
