/**
 * F130: a reading below zero in the wrong scale says how many times the target it is by its size: -1400 for a gap of
 * 1.4個百分點 (a gap may be negative since F125) is 1000 times the target, not -1000 times; so is -12000 for a cut of 12%
 * (a change may be negative: a move the wrong way).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTarget } from '../src/dezhou-2023.js';
import { describeReadingProblem, evaluatePlanTarget, evaluateTarget } from '../src/index.js';
import { problemOf } from './helpers.js';
import { planFromText } from '../src/node/plan-from-text.js';


test('a negative reading in the wrong scale is the target times its size, never a negative number of times', () => {
  const plan = planFromText('1.甲。农村居民人均可支配收入增速高于城镇居民1.4个百分点。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
  const gap = plan.targets[0]!;
  const gapProblem = problemOf(() => evaluatePlanTarget(plan, gap, { value: -1400, asOf: '2024-06-30' }));
  assert.equal(gapProblem.code, 'wrongScale');
  assert.match(describeReadingProblem(gapProblem, gap, 'zh-Hant'), /^-1400 是目標\(1\.4個百分點\)的 1000 倍,/);
  // 萬元GDP用水量較2020年下降12%: a rise of 12000% read for a cut.
  const water = getTarget('t26.4')!;
  const waterProblem = problemOf(() => evaluateTarget(water, { value: -12000, asOf: '2023-06-30' }));
  assert.equal(waterProblem.code, 'wrongScale');
  assert.match(describeReadingProblem(waterProblem, water, 'en'), /^-12,000 is 1,000 times the target /);
});
