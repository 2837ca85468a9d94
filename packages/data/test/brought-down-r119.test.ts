/**
 * Review r119 F3: a rate the plan brings down by the deadline (城鎮登記失業率降低到4.5%以內, `broughtDown`) is judged at
 * the deadline, not held all year: above it in June its status is 尚未達到目標 (belowTarget), and the gauge beside it
 * said 全年須保持達標 ("held all year", from `heldAllYear`), which contradicts it. A cap the plan holds all year
 * (控制在5.5%以內) is held all year still.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Target } from '../src/index.js';
import { evaluationOf, targetOf } from './one-sentence-plan.js';

/** The evaluation of `value` against `target` on 30 June 2024. */
const june = (target: Target, value: number) => evaluationOf(target, value, '2024-06-30');

describe('a rate brought down by the deadline is not held all year (review r119 F3)', () => {
  test('降低到4.5%以內 at 5, 下降到4‰以下 at 5, 降至5%以內 at 5.3 in June: belowTarget, not held all year', () => {
    for (const [sentence, value] of [['城鎮登記失業率降低到4.5%以內。', 5], ['嬰兒死亡率下降到4‰以下。', 5], ['城鎮調查失業率降至5%以內。', 5.3]] as const) {
      const target = targetOf(sentence);
      assert.equal(target.broughtDown, true, sentence);
      const e = june(target, value);
      assert.deepEqual([e.status, e.heldAllYear], ['belowTarget', false], sentence);
    }
  });

  test('under it in June it is on track, its sentence as before; a cap held all year (控制在5.5%以內) is held all year', () => {
    const down = june(targetOf('城鎮登記失業率降低到4.5%以內。'), 4);
    assert.equal(down.status, 'onTrack');
    assert.doesNotMatch(down.sentence, /期限|deadline/);
    const cap = june(targetOf('城鎮調查失業率控制在5.5%以內。'), 5);
    assert.deepEqual([cap.status, cap.heldAllYear], ['onTrack', true]);
  });
});
