/**
 * F158 (F155 leftovers): the library shows the plan in the language itself. `diffReports`, `judgedTargets` (and
 * `progressSummary` through it) name a metric that has no English yet in the document's script, not an empty one
 * (` of 0: …`); the import's scale and change messages keep the unit's noun (`shownOf`), as its other messages do.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { progressSummary } from '../src/node/progress-summary.js';
import type { ProgressReport } from '../src/progress-report.js';
import { judgedTargets } from '../src/progress/diff-judged.js';
import { diffReports, importProgressFiles } from '../src/progress/index.js';
import type { Plan, Target } from '../src/schema.js';
import { csv, today } from './progress-import-helpers.js';

/** A plan as one built from a document is: no English metric or unit yet. */
const withoutEnglish = (plan: Plan): Plan => ({ ...plan, targets: plan.targets.map((t) => ({ ...t, metric: { ...t.metric, en: '' }, unitEn: '' })) });
/** t01.4 每萬人發明專利擁有量 is never 0: a reading of 0 is the problem `zeroReading`, whose words name the metric. */
const metric = '每萬人發明專利擁有量';
const emptyMetric = /(?:^|[:"' ]) of 0/;
const zero: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't01.4', value: 0 }] };
const none: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-03-31', entries: [] };

describe('F158: the library judges on the plan as shown in the language', () => {
  const plan = withoutEnglish(dezhouPlan);
  const says = (sentence: string | undefined) => {
    assert.ok(sentence?.startsWith(`${metric} of 0: `), sentence);
    assert.doesNotMatch(sentence!, emptyMetric);
  };
  test('diffReports names the metric of a reading of 0 in the document’s script', () => {
    const [change] = diffReports(none, zero, plan, { lang: 'en', today });
    says(change?.after?.sentence);
  });
  test('judgedTargets and progressSummary alike', () => {
    says(judgedTargets(zero, plan, 'en', today).find((t) => t.target.id === 't01.4')?.reading?.sentence);
    says(progressSummary(zero, plan, { lang: 'en', today }).targets.find((t) => t.target.id === 't01.4')?.reading?.sentence);
  });
});

describe('F158: the import’s amounts keep the unit of a plan without English', () => {
  test('a figure too far from the target (implausibleScale) is said with the unit', async () => {
    const { problems } = await importProgressFiles([csv('a.csv', 't26.3,1.2万,2023-06-30')], withoutEnglish(dezhouPlan), { lang: 'en', today });
    assert.deepEqual(problems.map((p) => p.code), ['implausibleScale']);
    // As the API says an amount of a unit not in English (`format-english.ts`): its scale in English, its noun as written.
    assert.match(problems[0]!.message, /\(12,000 立方米\), too far from the target, 2\.117 billion 立方米:/);
  });
  test('a change read as a rise (contradictedChange, negativeChange) is said with the unit', async () => {
    // t26.4 as a cut in 萬噸 (every change target of Dezhou is in %, whose sign reads alike in every script).
    const tons = (t: Target): Target => (t.id === 't26.4' ? { ...t, unit: '萬噸', value: 12 } : t);
    const plan = withoutEnglish({ ...dezhouPlan, targets: dezhouPlan.targets.map(tons) });
    const { problems, warnings } = await importProgressFiles([csv('a.csv', 't26.4,-7.5,2023-12-31,較2020年回落7.5萬噸', 't26.4,-7.5,2023-06-30,')], plan, { lang: 'en', today });
    assert.deepEqual([problems.map((p) => p.code), warnings.map((w) => w.code)], [['contradictedChange'], ['negativeChange']]);
    for (const { message } of [...problems, ...warnings]) assert.match(message, /if it fell by 75,000 噸, write 7\.5$/, message);
  });
});
