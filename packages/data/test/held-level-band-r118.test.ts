/**
 * Review r118 F6: a level the plan holds about a value (常住人口穩定在560萬人左右, `held`) above its band has not done more
 * than asked: it is off its band (aboveBand, 高於目標區間), as a rate held about a value is, not 已達到目標 nor 超額完成.
 * A level to reach about a value (資產總額達到1500億元左右) above its band, and an amount (城鎮新增就業6萬人左右), are still
 * 超額完成.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget, type Target } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';

const targetOf = (sentence: string): Target =>
  planFromText(`1.甲。${sentence}（牽頭單位：市發改委）`, { title: '測試', issuer: '某市人民政府', year: 2024 }).plan!.targets[0]!;
const statusOf = (target: Target, value: number, asOf: string) =>
  evaluatePlanTarget({ period: { start: '2024-01-01', end: '2024-12-31' } }, target, { value, asOf }, { lang: 'zh-Hant' });

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
