/**
 * F155 (F152 leftover): every message of the import, `diff` and `summary` that names a target's metric names it as the
 * plan shows it. A plan built from a document has no English yet; its English messages name the metric in the
 * document's own script (`shownIn`), not an empty one (` of 0: …`).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { importProgressFiles } from '../src/progress/index.js';
import { cliScratch, dzPlanHere } from './helpers.js';
import { csv, today } from './progress-import-helpers.js';

/** The Dezhou plan as a plan built from its document is: no English metric or unit yet. */
const noEnglish = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => ({ ...t, metric: { ...t.metric, en: '' }, unitEn: '' })) };
/** t01.4 每萬人發明專利擁有量 is never 0: a reading of 0 is the problem `zeroReading`, whose words name the metric. */
const metric = '每萬人發明專利擁有量';
/** A metric left empty: a colon, a space or a quote right before ` of 0`, or two spaces. */
const emptyMetric = /(?:^|[:"' ]) of 0|\S {2}\S/m;
const report = JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't01.4', value: 0 }] });

describe('F155: the metric as the plan shows it, in English', () => {
  test('the import names the metric of a reading of 0 in the document’s script', async () => {
    const { problems } = await importProgressFiles([csv('a.csv', 't01.4,0,2023-06-30,')], noEnglish, { lang: 'en', today });
    assert.deepEqual(problems.map((p) => p.code), ['zeroReading']);
    assert.ok(problems[0]!.message.includes(`${metric} of 0`), problems[0]!.message);
    assert.doesNotMatch(problems[0]!.message, emptyMetric);
  });

  const { at } = cliScratch('dz-plan-f155-');
  test('diff and summary name it so too', async () => {
    writeFileSync(at('plan.json'), JSON.stringify(noEnglish));
    writeFileSync(at('june.json'), report);
    const summary = await dzPlanHere('progress', 'summary', at('june.json'), '--plan', at('plan.json'), '--lang', 'en');
    const diff = await dzPlanHere('progress', 'diff', at('june.json'), at('june.json'), '--plan', at('plan.json'), '--lang', 'en');
    for (const { stderr } of [summary, diff]) {
      assert.ok(stderr.includes(`t01.4 at 2023-06-30: ${metric} of 0`), stderr);
      assert.doesNotMatch(stderr, emptyMetric);
    }
  });
});
