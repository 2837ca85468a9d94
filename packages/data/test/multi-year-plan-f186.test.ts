/**
 * F186 (review r81 M2, the node side): a plan over several years (“十四五”…規劃(2021—2025年)) was read as a plan of its
 * last year alone: its period 2025, every target paced over 2025, and a change in points counted from 2024.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planFromText, type PlanFromTextOptions } from '../src/node/plan-from-text.js';

/** A short document under `title`: a change in points, a level, and a task whose 完成時限 names a year of the period. */
const documentOf = (title: string, preamble = '') =>
  [title, preamble, '', '1.研发经费投入强度提高1个百分点，高新技术企业达到900家。', '牵头单位：市科技局', '2.新增5G基站3000个。', '牵头单位：市工信局；完成时限：2023年底前'].join('\n');
const built = (text: string, options: PlanFromTextOptions = {}) => {
  const { plan, issues } = planFromText(text, { issuer: '某市人民政府', ...options });
  assert.deepEqual(issues, []);
  return plan!;
};
const points = (text: string, options?: PlanFromTextOptions) => built(text, options).targets.find((t) => t.unit === '个百分点')!;

describe('F186: a plan over several years', () => {
  test('a range of years in the title is the plan\'s period, and its last year the plan\'s year', () => {
    for (const title of ['某市"十四五"科技创新规划（2021—2025年）', '某市2021—2025年科技创新重点任务', '某市科技创新规划(2021-2025年)', '某市2021年至2025年科技创新重点任务']) {
      const plan = built(documentOf(title));
      assert.deepEqual([plan.year, plan.period], [2025, { start: '2021-01-01', end: '2025-12-31' }], title);
    }
  });

  test('a title that names no year: the range the preamble names', () => {
    const plan = built(documentOf('某市科技创新规划', '为落实某市国民经济和社会发展第十四个五年规划，制定2021—2025年科技创新重点任务。'));
    assert.deepEqual([plan.year, plan.period], [2025, { start: '2021-01-01', end: '2025-12-31' }]);
  });

  test('a change in points that names no base counts from the end of the year before the period (2020): a change over years', () => {
    const target = points(documentOf('某市"十四五"科技创新规划（2021—2025年）'));
    assert.deepEqual([target.measure, target.baselineYear, target.deadline], ['change', 2020, '2025-12-31']);
  });

  test('deadlines: the period\'s end by default, a year of the period the task names (完成时限：2023年底前) kept', () => {
    const plan = built(documentOf('某市"十四五"科技创新规划（2021—2025年）'));
    assert.deepEqual(plan.targets.map((t) => t.deadline), ['2025-12-31', '2025-12-31', '2023-12-31']);
  });

  test('a plan of one year reads as before; --year wins over a range', () => {
    const plan = built(documentOf('某市2024年科技创新重点任务'));
    assert.deepEqual([plan.year, plan.period, points(documentOf('某市2024年科技创新重点任务')).baselineYear], [2024, { start: '2024-01-01', end: '2024-12-31' }, 2023]);
    // 完成时限：2023年底前 in a plan of 2024 is before it: the year's end, as before.
    assert.deepEqual(plan.targets.map((t) => t.deadline), ['2024-12-31', '2024-12-31', '2024-12-31']);
    const given = built(documentOf('某市"十四五"科技创新规划（2021—2025年）'), { year: 2025 });
    assert.deepEqual([given.year, given.period, points(documentOf('某市"十四五"科技创新规划（2021—2025年）'), { year: 2025 }).baselineYear], [2025, { start: '2025-01-01', end: '2025-12-31' }, 2024]);
  });
});
