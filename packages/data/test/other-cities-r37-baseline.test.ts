/** 由X提高到Y in a plan built from a document: one target, its baseline X written into plan.json (round 37). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';

test('由2023年的45000元提高到48000元: the target at least 48000 has baseline 45000', () => {
  const { plan } = planFromText('1.甲。城镇居民人均可支配收入由2023年的45000元提高到48000元。（牵头单位：市发展改革委）', { title: '測試', issuer: '某市人民政府', year: 2024 });
  assert.deepEqual(plan?.targets.map((t) => [t.metric['zh-Hans'], t.value, t.comparator, t.measure, t.baseline]), [['城镇居民人均可支配收入', 48000, 'atLeast', 'level', 45000]]);
});
