/**
 * Two statuses a supervision office would not sign (review r92 H2, M5): a sown area honestly 0 before sowing read as
 * 嚴重滯後, and a growth range exceeded listed as off target (高於目標區間).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan, evaluateDezhouTarget, getTarget } from '../src/dezhou-2023.js';
import { evaluatePlanTarget, type Status } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { metBeyondGoal } from '../src/target-band.js';

describe('a sown area (大豆玉米帶狀復合種植面積穩定在35萬畝以上, t37.2) is sown in its season: not held (r92 H2)', () => {
  test('0 in March and 12萬畝 in April, before sowing, are 尚未達到目標 (belowTarget), not 嚴重滯後', () => {
    const at = (value: number, asOf: string) => evaluateDezhouTarget('t37.2', { value, asOf })!.status;
    assert.deepEqual([at(0, '2023-03-31'), at(12, '2023-04-30')], ['belowTarget', 'belowTarget']);
    const target = getTarget('t37.2')!;
    assert.equal(evaluatePlanTarget(dezhouPlan, target, { value: 0, asOf: '2023-03-31' }).status, 'belowTarget');
    assert.equal(evaluatePlanTarget(dezhouPlan, target, { value: 12, asOf: '2023-04-30' }).heldAllYear, false);
  });

  test('reached before the deadline it is on track (it may fall back); short of it at the deadline, missed', () => {
    const at = (value: number, asOf: string) => evaluateDezhouTarget('t37.2', { value, asOf })!.status;
    assert.deepEqual([at(36, '2023-07-31'), at(36, '2023-12-31'), at(30, '2023-12-31')], ['onTrack', 'met', 'missed']);
  });
});

describe('a growth range exceeded (固定資產投資增長3%-5% at 5.6) is more than asked: reached, not off target (r92 M5)', () => {
  /** The status of `value` against the one target of `sentence` in a plan of 2023, on `asOf`. */
  const statusOf = (sentence: string, value: number, asOf: string): Status => {
    const { plan } = planFromText(`1.甲。${sentence}（牽頭單位：市發改委）`, { title: '測試', issuer: '某市人民政府', year: 2023 });
    return evaluatePlanTarget(plan!, plan!.targets[0]!, { value, asOf }).status;
  };

  test('an expected growth range (增長3%-5%) read above its top is on track, met at the deadline, as 增長6%左右 at 6.5', () => {
    assert.equal(statusOf('固定資產投資增長3%-5%。', 5.6, '2023-04-30'), 'onTrack');
    assert.equal(statusOf('固定資產投資增長3%—5%。', 5.6, '2023-12-31'), 'met');
    assert.equal(statusOf('固定資產投資增長6%左右。', 6.5, '2023-04-30'), 'onTrack', 'as a change about a value');
    assert.equal(statusOf('固定資產投資增速3%-5%。', 5.6, '2023-04-30'), 'onTrack', '增速 as 增長');
    assert.equal(statusOf('固定資產投資增長3%-5%。', 2, '2023-04-30'), 'behind', 'below it, a growth held all year');
  });

  test('above its top at the deadline it is 超額完成 (more growth than the plan expected); at its top it is not', () => {
    const { plan } = planFromText('1.甲。固定資產投資增長3%-5%。（牽頭單位：市發改委）', { title: '測試', issuer: '某市人民政府', year: 2023 });
    const target = plan!.targets[0]!;
    assert.deepEqual([metBeyondGoal(target, 5.6), metBeyondGoal(target, 5)], [true, false]);
  });

  test('a range that caps or holds (控制在3%-5%, 穩定在5%—6%, 穩定在30%—35%) keeps 高於目標區間 above it; a fall asked for (下降3%—5%) is more done (r114 F1)', () => {
    assert.equal(statusOf('物價漲幅控制在3%-5%。', 5.6, '2023-04-30'), 'aboveBand');
    assert.equal(statusOf('規上工業增加值增長控制在3%-5%。', 5.6, '2023-04-30'), 'aboveBand');
    assert.equal(statusOf('地區生產總值增長穩定在5%—6%。', 6.5, '2023-04-30'), 'aboveBand');
    assert.equal(statusOf('森林覆蓋率穩定在30%—35%。', 36, '2023-04-30'), 'aboveBand');
    // r92 M5 kept a fall's band; an office counts a larger cut of energy intensity as 超額完成 (change-ranges-r114.test.ts).
    assert.equal(statusOf('單位GDP能耗下降3%—5%。', 5.6, '2023-04-30'), 'onTrack');
  });
});
