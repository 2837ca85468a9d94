/**
 * `dz-plan progress template --unit U` for a unit that leads no task (a county web team's review): the template lists
 * the targets of the tasks a unit leads, so it has none; the message says why, alone, not under the whole usage.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { progressTemplate, TemplateScopeError } from '../src/progress/index.js';
import { dezhou } from '../src/dezhou-2023.js';
import { dzPlanHere } from './helpers.js';

const api = dezhou();
/** A unit that only takes part (市機關事務保障中心 takes part in task 30 and leads none), and where. */
const helper = api.plan.units.find((u) => !api.tasksOfUnit(u.id, { role: 'lead' })!.length)!;
const takesPartIn = api.tasksOfUnit(helper.id, { role: 'participating' })!.map((t) => t.number);

describe('a template for a unit that leads no task', () => {
  test('the error names the tasks the unit takes part in', () => {
    assert.ok(takesPartIn.length, `${helper.name['zh-Hant']} takes part in a task`);
    const error = (() => {
      try {
        progressTemplate(api.plan, { unit: helper.name['zh-Hant'] });
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof TemplateScopeError);
    assert.deepEqual(error.scope, { code: 'noTarget', plan: api.plan.id, selection: [helper.name['zh-Hant']], takesPartIn });
    assert.match(error.message, new RegExp(`takes part in task ${takesPartIn[0]}\\b.*tasks a unit leads`));
  });

  for (const [lang, says] of [
    ['zh-Hant', `參與任務 ${takesPartIn.join('、')}`],
    ['zh-Hans', `参与任务 ${takesPartIn.join('、')}`],
    ['en', `takes part in task ${takesPartIn.join(', ')}`],
  ] as const) {
    test(`dz-plan progress template --lang ${lang} says so alone, exit 2`, async () => {
      const run = await dzPlanHere('progress', 'template', '--lang', lang, '--unit', helper.name['zh-Hant']);
      assert.equal(run.status, 2);
      assert.ok(run.stderr.includes(says), run.stderr);
      assert.doesNotMatch(run.stderr, /Usage|用法/, 'not the whole usage');
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    });
  }
});
