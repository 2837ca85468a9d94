/**
 * Review r101 L1: a plan of 2024 holding `2025年4月1日至6月30日，完成重点项目投资10亿元` is due 2025-06-30, after its
 * period, paced from 2024-01-01 (4 on 2024-12-31 read behind), and `dz-plan lint` said only the routine note of dates
 * read. It now says the deadline is after the plan's period (a note: a target beyond the year is also written on purpose).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintPlan } from '../src/node/lint-plan.js';
import { planFromText } from '../src/node/plan-from-text.js';

test('a target due after the plan’s period is said, in each language', () => {
  const text = ['某市2024年重点工作任务', '一、专项行动', '1.扩大投资。年底前完成投资20亿元。（牵头单位：市发展改革委）', '2.推进项目。2025年4月1日至6月30日，完成重点项目投资10亿元。（牵头单位：市发展改革委）'].join('\n');
  const plan = planFromText(text, { issuer: '某市人民政府' }).plan!;
  const t = plan.targets.find((x) => x.deadline === '2025-06-30');
  assert.ok(t, plan.targets.map((x) => x.deadline).join());
  const items = lintPlan(plan, { lang: 'en' }).filter((i) => i.code === 'deadlineAfterPeriod');
  assert.deepEqual(items.map((i) => [i.at, i.severity]), [[t.id, 'note']]);
  assert.match(items[0]!.message, /is due 2025-06-30, after the plan’s period \(2024-01-01 to 2024-12-31\)/);
  assert.match(lintPlan(plan, { lang: 'zh-Hans' }).find((i) => i.code === 'deadlineAfterPeriod')!.message, /期限 2025-06-30 在计划期间\(2024-01-01 至 2024-12-31\)之后/u);
  assert.equal(lintPlan(plan, { lang: 'en' }).filter((i) => i.at === t.id && i.code === 'datesFromText').length, 0, 'said once');
});
