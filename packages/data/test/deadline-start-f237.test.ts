/**
 * F237 (review r95 H2, H3, M1, M2): a closing date (…，10月底前完成) inside a later period its clause names
 * (下半年…) was ignored; a quarter a noun phrase names
 * (三季度的重點任務, 三季度目標) was read as the deadline; 今年 before a later period (今年下半年) or a lead verb before it
 * (力爭, 確保, 全力推動) hid the period's start.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { planFromText } from '../src/node/plan-from-text.js';

/** Each target of a plan of 2024 whose one task says `task`: value, start, deadline, and its status at `asOf` at `share` of its value. */
const read = (task: string, asOf: string, share: number) => {
  const text = ['某市2024年重點工作任務', '一、專項行動', `1.推進重點工作。${task}（牽頭單位：市發展改革委）`].join('\n');
  const plan = planFromText(text, { issuer: '某市人民政府', year: 2024, lenient: true }).plan!;
  return plan.targets.map((t) => [t.value, t.start, t.deadline, evaluatePlanTarget(plan, t, { value: t.value * share, asOf }).status]);
};

describe('F237: deadlines and starts of a later period of the year', () => {
  test('H2: a closing date inside the later period its clause names is its deadline; one before it is not', () => {
    assert.deepEqual(read('下半年新建充電樁500個，10月底前完成。', '2024-10-31', 0.7), [[500, '2024-07-01', '2024-10-31', 'missed']]);
    // Before the period starts: a contradiction, not taken.
    assert.deepEqual(read('下半年新建充電樁500個，6月底前全部完成。', '2024-10-31', 0.7), [[500, '2024-07-01', '2024-12-31', 'onTrack']]);
  });

  test('H2: a closing date inside a quarter its clause names wins over the quarter\'s end (三季度…，年底前完成: start in Q3, done by the year\'s end)', () => {
    assert.deepEqual(read('三季度新建充電樁500個，年底前完成。', '2024-10-31', 0.7), [[500, '2024-07-01', '2024-12-31', 'onTrack']]);
    assert.deepEqual(read('三季度新建充電樁500個，8月底前完成。', '2024-08-31', 0.7), [[500, '2024-07-01', '2024-08-31', 'missed']]);
  });

  test('H3: a quarter a noun phrase names (三季度的…, 三季度目標) is no deadline', () => {
    assert.deepEqual(read('將三季度的重點任務分解落實，新建5G基站800個。', '2024-09-30', 0.6), [[800, undefined, '2024-12-31', 'behind']]);
    assert.deepEqual(read('對照三季度目標，新增就業3000人。', '2024-09-30', 0.6), [[3000, undefined, '2024-12-31', 'behind']]);
  });

  test('M1: 今年 before a later period leaves its start', () => {
    assert.deepEqual(read('今年下半年新增城鎮就業2000人。', '2024-09-30', 0.6), [[2000, '2024-07-01', '2024-12-31', 'onTrack']]);
    assert.deepEqual(read('今年三季度新增就業3000人。', '2024-09-30', 0.6), [[3000, '2024-07-01', '2024-09-30', 'missed']]);
  });

  test('M2: a lead verb before a later period (力爭, 確保, 全力推動) leaves its start', () => {
    for (const task of ['力爭下半年新增就業3000人。', '確保下半年新增就業3000人。', '全力推動下半年新增就業3000人。']) {
      assert.deepEqual(read(task, '2024-09-30', 0.6), [[3000, '2024-07-01', '2024-12-31', 'onTrack']], task);
    }
  });
});
