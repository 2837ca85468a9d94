/**
 * Review r118 F6: a level the plan holds about a value (常住人口穩定在560萬人左右, `held`) above its band has not done more
 * than asked: it is off its band (aboveBand, 高於目標區間), as a rate held about a value is, not 已達到目標 nor 超額完成.
 * A level to reach about a value (資產總額達到1500億元左右) above its band, and an amount (城鎮新增就業6萬人左右), are still
 * 超額完成.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluationOf as statusOf, targetOf } from './one-sentence-plan.js';

describe('a level held about a value, above its band (review r118 F6)', () => {
  test('常住人口穩定在560萬人左右 at 605 in June and December: aboveBand, 高於目標區間', () => {
    for (const sentence of ['常住人口穩定在560萬人左右。', '常住人口稳定在560万人左右。']) {
      const target = targetOf(sentence);
      assert.equal(target.held, true, sentence);
      for (const asOf of ['2024-06-30', '2024-12-31']) {
        const e = statusOf(target, 605, asOf);
        assert.equal(e.status, 'aboveBand', `${sentence} ${asOf}`);
        assert.doesNotMatch(e.sentence, /超額完成|超额完成|已達到目標|已达到目标/, `${sentence} ${asOf}`);
      }
      assert.equal(statusOf(target, 565, '2024-12-31').status, 'met', sentence);
    }
  });

  test('a level to reach about a value and an amount about a value above their bands are still 超額完成', () => {
    for (const [sentence, value] of [['資產總額達到1500億元左右。', 1600], ['城鎮新增就業6萬人左右。', 6.5]] as const) {
      const e = statusOf(targetOf(sentence), value, '2024-12-31');
      assert.equal(e.status, 'met', sentence);
      assert.match(e.sentence, /超額完成/, sentence);
    }
  });
});
