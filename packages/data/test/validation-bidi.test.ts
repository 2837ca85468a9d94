/**
 * Bidirectional control characters in what a page shows (review r49): U+202E in a unit's name (`市\u202E局育教`) shows
 * as 市教育局 while the data says otherwise, so a reader, a search and a supervision office see different names.
 * validatePlan and parseProgressReport refuse them where a text is shown, naming the field, in the caller's language.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { validatePlan } from '../src/load-plan.js';
import { parseProgressReport } from '../src/progress-report.js';
import type { Plan } from '../src/schema.js';

const copy = (): Plan => JSON.parse(JSON.stringify(dezhouPlan)) as Plan;
const issuesOf = (plan: unknown, lang: 'en' | 'zh-Hant' = 'en') => {
  const result = validatePlan(plan, { lang });
  return result.success ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('bidirectional control characters', () => {
  test('a unit name, a task body, a target quote and an English title with one are refused, each named by its path', () => {
    const plan = copy() as unknown as { units: { name: Record<string, string> }[]; tasks: { body: Record<string, string>; title: Record<string, string> }[]; targets: { quote: string }[] };
    plan.units[0]!.name['zh-Hant'] = '市\u202E局育教';
    plan.tasks[2]!.body['zh-Hans'] = `\u2067${plan.tasks[2]!.body['zh-Hans']}\u2069`;
    plan.targets[0]!.quote = `${plan.targets[0]!.quote}\u202D`;
    plan.tasks[0]!.title.en = 'Digital \u202Aeconomy';
    const issues = issuesOf(plan);
    for (const path of ['units[0].name.zh-Hant', 'tasks[2].body.zh-Hans', 'targets[0].quote', 'tasks[0].title.en']) {
      assert.ok(issues.some((issue) => issue.startsWith(`${path}: contains a bidirectional control character`)), `${path} in ${issues.join('\n')}`);
    }
    assert.ok(issuesOf(plan, 'zh-Hant').some((issue) => issue === 'units[0].name.zh-Hant: 含有雙向控制字元(U+202A–U+202E、U+2066–U+2069),會使文字顯示的次序與儲存的不同,請刪去'));
  });

  test('what stays: the Dezhou plan, an empty English text, and marks that reorder nothing (U+200E, U+200D)', () => {
    assert.deepEqual(issuesOf(copy()), []);
    const plan = copy() as unknown as { units: { name: Record<string, string> }[] };
    plan.units[0]!.name.en = '';
    plan.units[1]!.name.en = 'Bureau\u200E of\u200D Finance';
    assert.deepEqual(issuesOf(plan), []);
  });

  test('a progress report’s note with one is refused; the same note without it is read', () => {
    const report = (note: string) => ({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100, note }] });
    const refused = parseProgressReport(report('5G \u202Efirst half'), dezhouPlan);
    assert.equal(refused.success, false);
    assert.match(refused.success ? '' : refused.issues.map((i) => `${i.path}: ${i.message}`).join('\n'), /^entries\[0\]\.note: contains a bidirectional control character/m);
    assert.equal(parseProgressReport(report('5G first half'), dezhouPlan).success, true);
  });
});
