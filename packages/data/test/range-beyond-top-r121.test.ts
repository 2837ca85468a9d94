/**
 * Review r121 F4: an amount whose target is a range (秸稈綜合利用重點縣2—3個, t38.2) read above its top at the deadline is
 * met beyond its goal, which an office publishes as 超額完成: it said 完成200%…已達成 with no 超額完成, though more than
 * the most the plan expected was done. At its top it is met, not beyond; a rate held in a band (穩定在30%—35%) above its
 * top is off its band, never 超額完成.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget, getTarget, type Target } from '../src/index.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { isExceeded } from '../src/node/progress-summary.js';

describe('an amount range read above its top (review r121 F4)', () => {
  const t382 = dezhouPlan.targets.find((t) => t.id === 't38.2')!;
  const at = (target: Target, value: number, plan: Parameters<typeof evaluatePlanTarget>[0] = dezhouPlan, asOf = '2023-12-31') =>
    evaluatePlanTarget(plan, target, { value, asOf }, { lang: 'zh-Hant' });

  test('t38.2 (2—3個) at 4 on 31 December: met, 超額完成; at 3: met, not beyond', () => {
    assert.equal(t382.comparator, 'range');
    const four = at(t382, 4);
    assert.equal(four.status, 'met');
    assert.match(four.sentence, /超額完成/);
    assert.equal(isExceeded({ key: 'met', target: t382, reading: { value: 4 } } as never), true);
    const three = at(t382, 3);
    assert.equal(three.status, 'met');
    assert.doesNotMatch(three.sentence, /超額完成/);
  });

  test('a rate held in a band above its top is aboveBand, never 超額完成', () => {
    const held = planFromText('1.甲。城鎮化率穩定在30%—35%。（牽頭單位：市發改委）', { title: '測試', issuer: '某市人民政府', year: 2024 }).plan!;
    const e = at(held.targets[0]!, 36, held, '2024-12-31');
    assert.equal(e.status, 'aboveBand');
    assert.doesNotMatch(e.sentence, /超額完成/);
  });
});
