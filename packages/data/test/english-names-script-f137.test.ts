/**
 * F137 (review r69 L4): where a plan built from a document has no English yet, `dz-plan progress` says a unit's name
 * and a target's metric in English messages as the API shows them: in the document's own script
 * (`withEnglishFallback`), so a Simplified plan's names are Simplified, never Traditional beside Simplified.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate } from '../src/progress/index.js';
import { cliScratch, dzPlanHere, otherCity } from './helpers.js';

/** 市发展改革委 leads task 1, 市自然资源局 takes part in it: both names differ between the scripts. */
const plan = planFromText('1.甲。高新技术企业达到900家。（牵头单位：市发展改革委，配合单位：市自然资源局）', otherCity).plan!;

describe('F137: a Simplified plan without English names its units in Simplified in English', () => {
  const { at } = cliScratch('dz-plan-f137-');

  test('the plan is Simplified, with no English', () => {
    assert.equal(plan.sourceLanguage, 'zh-Hans');
    assert.deepEqual(plan.units.map((u) => [u.name['zh-Hans'], u.name['zh-Hant'], u.name.en]), [['市发展改革委', '市發展改革委', ''], ['市自然资源局', '市自然資源局', '']]);
  });

  test('the English template writes the metric in the script of its lead unit, the document\'s', () => {
    const [row] = progressTemplate(plan, { lang: 'en' }).rows;
    assert.deepEqual([row![2], row![7]], ['高新技术企业', '市发展改革委']);
  });

  test('the units a name may be short for, and a unit that leads nothing, are named in Simplified', async () => {
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    writeFileSync(at('report.json'), JSON.stringify({ plan: plan.id, asOf: '2024-06-30', entries: [{ target: 't01.1', value: 100 }] }));
    const template = await dzPlanHere('progress', 'template', '--lang', 'en', '--unit', '发改委', '--plan', at('plan.json'));
    assert.equal(template.status, 2);
    assert.match(template.stderr, /did you mean "市发展改革委"\?/);
    const summary = await dzPlanHere('progress', 'summary', at('report.json'), '--unit', '市自然资源局', '--lang', 'en', '--plan', at('plan.json'));
    assert.equal(summary.status, 2);
    assert.match(summary.stderr, /^dz-plan: 市自然资源局 leads no task/m);
  });
});
