/**
 * A level or a rate the plan brings down to its value by the deadline (PM2.5平均濃度下降到38微克/立方米以下, 城鄉收入比縮小到2.1,
 * 失業率降至5%以內) is read above it before the deadline as not reached yet, the mirror of a rate to reach short of it
 * (`belowTarget`), not as a cap breached (已超上限) (review r113 F4); the gauge does not call it exceeded (review r118 F1). The extraction marks
 * such a target (`broughtDown`); a cap held all year (控制在5.5%以內) and a quota (用水總量, a ceiling) keep their
 * statuses, as does a target of a plan written without the mark.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluationOf, targetOf } from './one-sentence-plan.js';

/** Each wording that brings a level or a rate down, and a reading above its value. */
const broughtDown: readonly (readonly [string, number])[] = [
  ['PM2.5平均濃度下降到38微克/立方米以下。', 40],
  ['力爭城鄉收入比縮小到2.1。', 2.3],
  ['城鎮調查失業率下降到5%以內。', 5.3],
  ['城鎮調查失業率降至5%以內。', 5.3],
  ['PM2.5平均濃度壓縮至38微克/立方米以下。', 40],
  ['PM2.5平均浓度压缩至38微克/立方米以下。', 40],
  ['PM2.5平均濃度縮減至38微克/立方米以下。', 40],
  ['PM2.5平均浓度缩减至38微克/立方米以下。', 40],
  ['萬元GDP能耗減到0.5噸標準煤。', 0.6],
  ['审批时限缩减至3个工作日以内。', 4],
];

describe('a level or a rate brought down by the deadline is not yet reached above it before then (r113 F4)', () => {
  test('above it in June: 尚未達到目標 (belowTarget), never 已超上限', () => {
    for (const [sentence, value] of broughtDown) {
      const target = targetOf(sentence);
      const june = evaluationOf(target, value, '2024-06-30');
      assert.equal(june.status, 'belowTarget', sentence);
      assert.match(june.sentence, /尚未達到目標。$/, sentence);
      assert.doesNotMatch(june.sentence, /超上限/, sentence);
      assert.equal(target.broughtDown, true, sentence);
    }
  });

  test('above it at the deadline it is missed; at or under it before then on track, at the deadline met', () => {
    for (const [sentence, value] of broughtDown) {
      const target = targetOf(sentence);
      assert.equal(evaluationOf(target, value, '2024-12-31').status, 'missed', sentence);
      assert.equal(evaluationOf(target, target.value, '2024-06-30').status, 'onTrack', sentence);
      assert.equal(evaluationOf(target, target.value, '2024-12-31').status, 'met', sentence);
    }
  });

  test('from a start value (由42微克/立方米下降到38) it is paced as before: 40 in June is on track', () => {
    const target = targetOf('PM2.5平均濃度由42微克/立方米下降到38微克/立方米以下。');
    assert.equal(target.baseline, 42);
    assert.equal(evaluationOf(target, 40, '2024-06-30').status, 'onTrack');
  });

  test('its rising mirror, a rate to reach (普及率達到92%) at 85 in June, is belowTarget', () => {
    assert.equal(evaluationOf(targetOf('農村衛生廁所普及率達到92%。'), 85, '2024-06-30').status, 'belowTarget');
  });
});

describe('a cap held all year and a quota keep their statuses', () => {
  test('控制在5.5%以內 at 5.8 and 控制在38微克/立方米以內 at 40 in June are over the cap; the rate is held all year', () => {
    const rate = targetOf('城鎮調查失業率控制在5.5%以內。');
    const level = targetOf('PM2.5平均濃度控制在38微克/立方米以內。');
    for (const target of [rate, level]) assert.equal(target.broughtDown, undefined, target.quote);
    const june = evaluationOf(rate, 5.8, '2024-06-30');
    assert.deepEqual([june.status, june.heldAllYear], ['overCeiling', true]);
    assert.equal(evaluationOf(level, 40, '2024-06-30').status, 'overCeiling');
  });

  test('a quota, 用水總量控制在/降至21.17億立方米以內, is a ceiling judged by its use, unmarked', () => {
    for (const sentence of ['用水總量控制在21.17億立方米以內。', '用水總量降至21.17億立方米以內。']) {
      const target = targetOf(sentence);
      assert.deepEqual([target.measure, target.broughtDown], ['ceiling', undefined], sentence);
      assert.equal(evaluationOf(target, 10, '2024-06-30').status, 'onTrack', sentence);
      assert.equal(evaluationOf(target, 12, '2024-06-30').status, 'overPace', sentence);
      assert.equal(evaluationOf(target, 22, '2024-06-30').status, 'overCeiling', sentence);
    }
  });

  test('a plan written without the mark (an older plan) reads its target as before: over the cap, the rate held', () => {
    for (const [sentence, value] of broughtDown) {
      const { broughtDown: _, ...unmarked } = targetOf(sentence);
      const june = evaluationOf(unmarked, value, '2024-06-30');
      assert.equal(june.status, 'overCeiling', sentence);
      assert.equal(june.heldAllYear, unmarked.measure === 'rate', sentence);
    }
  });

  test('no Dezhou target is brought down (t26.3 is 控制在)', () => {
    assert.deepEqual(dezhouPlan.targets.filter((t) => t.broughtDown !== undefined).map((t) => t.id), []);
  });
});
