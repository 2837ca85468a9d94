/**
 * validatePlan on plans that are well formed but say something wrong: a misspelt key, a valueText that is not the
 * value, a target value that cannot be judged, and cross-references that contradict one another.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { loadPlan, type Plan, type Target, validatePlan } from '../src/index.js';
import { applyOverlay, planFromText } from '../src/node/index.js';
import { fixturesDir, seed } from './helpers.js';

const clone = (): Plan => structuredClone(dezhouPlan);
const indexOf = (plan: Plan, id: string) => plan.targets.findIndex((t) => t.id === id);
/** The plan's issues, `path: message`, in `lang`. */
const issuesOf = (plan: unknown, lang?: 'en' | 'zh-Hant' | 'zh-Hans') => validatePlan(plan, lang ? { lang } : {}).issues.map((i) => `${i.path}: ${i.message}`);
/** A copy of the plan with one target's fields changed. */
function withTarget(id: string, change: (target: Target) => void): Plan {
  const plan = clone();
  change(plan.targets[indexOf(plan, id)]!);
  return plan;
}

describe('a key the plan model does not have is an issue, never dropped', () => {
  test('baselineYear misspelt on t26.4 is refused, naming the key and its path, in each language', () => {
    const plan = clone();
    const i = indexOf(plan, 't26.4');
    const target = plan.targets[i] as unknown as Record<string, unknown>;
    target.baseLineYear = target.baselineYear;
    delete target.baselineYear;
    const [en] = issuesOf(plan);
    assert.match(en ?? '', new RegExp(`^targets\\[${i}\\]: unknown key "baseLineYear" \\(the keys here are id, taskId, .*baselineYear`));
    assert.match(issuesOf(plan, 'zh-Hant')[0] ?? '', /無法識別的欄位「baseLineYear」/);
    assert.match(issuesOf(plan, 'zh-Hans')[0] ?? '', /无法识别的字段“baseLineYear”/);
    assert.throws(() => loadPlan(plan), /baseLineYear/);
  });

  test('a misspelt key anywhere in a plan is refused at its own path', () => {
    const t = indexOf(dezhouPlan, 't09.1');
    const cases: [string, (plan: Record<string, any>) => void, string][] = [
      ['meassure', (p) => (p.targets[t].meassure = 'flow'), `targets[${t}]`],
      ['Each', (p) => (p.targets[t].Each = { 'zh-Hant': '縣', 'zh-Hans': '县', en: 'county' }), `targets[${t}]`],
      ['leader', (p) => (p.tasks[2].leader = ['x']), 'tasks[2]'],
      ['titel', (p) => (p.sections[0].titel = p.sections[0].title), 'sections[0]'],
      ['aliasses', (p) => (p.units[0].aliasses = []), 'units[0]'],
      ['years', (p) => (p.years = 2023), '(root)'],
      ['ends', (p) => (p.period.ends = '2023-12-31'), 'period'],
      ['hash', (p) => (p.source.hash = 'x'), 'source'],
      ['unit', (p) => (p.tasks[0].source.unit = { offset: 0, length: 1 }), 'tasks[0].source'],
      ['len', (p) => (p.tasks[0].source.body.len = 3), 'tasks[0].source.body'],
      ['zh-hant', (p) => (p.tasks[0].title['zh-hant'] = 'x'), 'tasks[0].title'],
      ['zh-hans', (p) => (p.tasks[0].body['zh-hans'] = 'x'), 'tasks[0].body'],
      ['denominatr', (p) => (p.targets.find((x: Target) => x.fraction).fraction.denominatr = 3), `targets[${dezhouPlan.targets.findIndex((x) => x.fraction)}].fraction`],
    ];
    for (const [key, change, path] of cases) {
      const plan = clone() as unknown as Record<string, any>;
      change(plan);
      const issues = issuesOf(plan);
      assert.ok(issues.some((line) => line.startsWith(`${path}: unknown key "${key}"`)), `${key}: ${issues.join(' | ')}`);
    }
  });

  test('every plan the repository builds still validates: Dezhou, and the parser\'s plans of every fixture', () => {
    assert.deepEqual(issuesOf(JSON.parse(readFileSync(new URL('../dist/plan.json', import.meta.url), 'utf8'))), []);
    assert.deepEqual(issuesOf(clone()), []);
    assert.deepEqual(issuesOf(JSON.parse(JSON.stringify(planFromText(seed).plan))), []);
    const texts = [
      join(fixturesDir, 'invented-simplified.txt'),
      ...readdirSync(join(fixturesDir, 'forms')).map((file) => join(fixturesDir, 'forms', file)),
    ];
    for (const file of texts) {
      const { plan } = planFromText(readFileSync(file, 'utf8'));
      if (plan) assert.deepEqual(issuesOf(JSON.parse(JSON.stringify(plan))), [], file);
    }
  });
});

describe('valueText and value agree', () => {
  test('a hand-edited value of 300 beside valueText 3000 is refused, naming the target and both numbers', () => {
    const plan = withTarget('t09.1', (t) => (t.value = 300));
    assert.deepEqual(issuesOf(plan), [`targets[${indexOf(plan, 't09.1')}].value: target t09.1: valueText "3000" reads 3000, not the value 300`]);
    assert.match(issuesOf(plan, 'zh-Hant')[0] ?? '', /t09\.1.*「3000」.*3000.*300/);
    assert.match(issuesOf(plan, 'zh-Hans')[0] ?? '', /t09\.1.*“3000”.*3000.*300/);
  });

  test('an upper value that is not the range\'s upper end is refused', () => {
    const range = dezhouPlan.targets.find((t) => t.upperValue !== undefined)!;
    const plan = withTarget(range.id, (t) => (t.upperValue = t.upperValue! + 1));
    assert.deepEqual(issuesOf(plan).map((line) => line.split(':')[0]), [`targets[${indexOf(plan, range.id)}].upperValue`]);
    const single = withTarget(range.id, (t) => (t.valueText = String(t.value)));
    assert.deepEqual(issuesOf(single).map((line) => line.split(':')[0]), [`targets[${indexOf(plan, range.id)}].upperValue`], 'a single number has no upper end');
  });

  test('every form of digits a valueText is written in is read: grouped, full-width, ranges, fractions, 萬', () => {
    const forms: [string, number, number?][] = [
      ['3000', 3000],
      ['1,700', 1700],
      ['３０００', 3000],
      ['2.5', 2.5],
      ['1.5萬', 15000],
      ['2億', 2e8],
      ['7—8', 7, 8],
      ['7-8', 7, 8],
      ['2~3', 2, 3],
      ['2至3', 2, 3],
      ['1/3', 100 / 3],
      ['7%—8%', 7, 8],
    ];
    for (const [valueText, value, upperValue] of forms) {
      const plan = withTarget('t09.1', (t) => Object.assign(t, { valueText, value }, upperValue === undefined ? {} : { upperValue }));
      assert.deepEqual(issuesOf(plan), [], valueText);
      const wrong = withTarget('t09.1', (t) => Object.assign(t, { valueText, value: value + 1 }, upperValue === undefined ? {} : { upperValue: upperValue + 1 }));
      assert.notDeepEqual(issuesOf(wrong), [], `${valueText} with ${value + 1}`);
    }
  });

  test('a valueText in Chinese numerals (十五, 千分之二: other cities\' documents) is not read, so not checked', () => {
    for (const valueText of ['十五', '千分之二']) {
      const plan = withTarget('t09.1', (t) => Object.assign(t, { valueText, value: 16 }));
      assert.deepEqual(issuesOf(plan), [], valueText);
    }
  });

  test('an overlay changing value without valueText (or the other way round) is refused, not left disagreeing', () => {
    for (const change of [{ value: 3500 }, { valueText: '3500' }, { upperValue: 3500 }]) {
      const { plan, issues } = applyOverlay(dezhouPlan, { targets: { change: { 't09.1': change } } }, seed);
      assert.equal(plan, undefined, JSON.stringify(change));
      assert.deepEqual(issues.map((i) => i.path), ['overlay.targets.change.t09.1'], JSON.stringify(change));
      assert.match(issues[0]!.message, /valueText.*value|value.*valueText/);
    }
    const both = applyOverlay(dezhouPlan, { targets: { change: { 't09.1': { value: 3500, valueText: '3500' } } } }, seed);
    assert.deepEqual(both.issues, []);
    assert.equal(both.plan!.targets[indexOf(dezhouPlan, 't09.1')]!.value, 3500);
    const disagreeing = applyOverlay(dezhouPlan, { targets: { change: { 't09.1': { value: 3500, valueText: '3000' } } } }, seed);
    assert.match(disagreeing.issues.map((i) => i.message).join(), /valueText "3000" reads 3000, not the value 3500/);
  });
});

describe('a target value that cannot be judged is refused', () => {
  test('a negative value is refused for every comparator, naming the target', () => {
    for (const comparator of ['atLeast', 'atMost', 'exact', 'approx', 'increaseBy', 'decreaseBy'] as const) {
      const plan = withTarget('t09.1', (t) => Object.assign(t, { valueText: '-50', value: -50, comparator }));
      assert.ok(issuesOf(plan).some((line) => line.startsWith(`targets[${indexOf(plan, 't09.1')}].value: target t09.1: `) && /-50/.test(line)), `${comparator}: ${issuesOf(plan).join(' | ')}`);
    }
  });

  test('zero is refused where nothing can be paced or reached (a floor, a count, a change), kept for an upper limit', () => {
    for (const comparator of ['atLeast', 'exact', 'approx', 'increaseBy', 'decreaseBy'] as const) {
      const plan = withTarget('t09.1', (t) => Object.assign(t, { valueText: '0', value: 0, comparator }, comparator.endsWith('By') ? { measure: 'change', baselineYear: 2020 } : {}));
      const issues = issuesOf(plan);
      assert.ok(issues.some((line) => line.startsWith(`targets[${indexOf(plan, 't09.1')}].value: target t09.1: `)), `${comparator}: ${issues.join(' | ')}`);
    }
    // 零事故: at most 0 accidents, judged against the limit directly.
    for (const measure of ['level', 'rate', 'growth', 'flow', undefined] as const) {
      const plan = withTarget('t09.1', (t) => Object.assign(t, { valueText: '0', value: 0, comparator: 'atMost', measure }));
      assert.deepEqual(issuesOf(plan), [], String(measure));
    }
    // A ceiling's share used of a total of nothing paces nothing.
    const ceiling = withTarget('t26.3', (t) => Object.assign(t, { valueText: '0', value: 0 }));
    assert.equal(issuesOf(ceiling).length, 1);
  });
});

describe('cross-references that contradict one another are issues', () => {
  const t091 = indexOf(dezhouPlan, 't09.1');
  const task = (plan: Plan, id: string) => plan.tasks.findIndex((t) => t.id === id);

  test('a target whose taskId is not the task that lists it', () => {
    const plan = clone();
    plan.targets[t091]!.taskId = 't10';
    assert.deepEqual(issuesOf(plan).sort(), [
      `targets[${t091}].id: target id t09.1 does not start with its task id t10`,
      `targets[${t091}].taskId: target t09.1 is not listed by its task t10`,
      `tasks[${task(plan, 't09')}].targetIds[0]: target t09.1 belongs to task t10, not to t09`,
    ].sort());
  });

  test('a task whose targetIds leave out a target that names it', () => {
    const plan = clone();
    plan.tasks[task(plan, 't09')]!.targetIds.shift();
    assert.deepEqual(issuesOf(plan), [`targets[${t091}].taskId: target t09.1 is not listed by its task t09`]);
  });

  test('a section listing a task of another section, and a task its section leaves out', () => {
    const plan = clone();
    const t = task(plan, 't09');
    const own = plan.sections.findIndex((s) => s.id === plan.tasks[t]!.sectionId);
    const other = plan.sections.findIndex((s, i) => i !== own);
    plan.tasks[t]!.sectionId = plan.sections[other]!.id;
    const issues = issuesOf(plan);
    const j = plan.sections[own]!.taskIds.indexOf('t09');
    assert.deepEqual(issues.sort(), [
      `sections[${own}].taskIds[${j}]: task t09 belongs to section ${plan.sections[other]!.id}, not to ${plan.sections[own]!.id}`,
      `tasks[${t}].sectionId: task t09 is not listed by its section ${plan.sections[other]!.id}`,
    ].sort());
  });

  test('a task number that is not its id\'s, and a target id that is not its task\'s', () => {
    const plan = clone();
    plan.tasks[task(plan, 't09')]!.number = 90;
    assert.deepEqual(issuesOf(plan), [`tasks[${task(plan, 't09')}].number: task t09 has the number 90, not 9`]);
    const moved = clone();
    moved.targets[t091]!.id = 't10.9';
    moved.tasks[task(moved, 't09')]!.targetIds[0] = 't10.9';
    assert.deepEqual(issuesOf(moved), [`targets[${t091}].id: target id t10.9 does not start with its task id t09`]);
  });

  test('a unit both leading and taking part in one task', () => {
    const plan = clone();
    const t = plan.tasks.findIndex((x) => x.participating.length > 0);
    const lead = plan.tasks[t]!.lead[0]!;
    plan.tasks[t]!.participating.push(lead);
    assert.deepEqual(issuesOf(plan), [`tasks[${t}].participating[${plan.tasks[t]!.participating.length - 1}]: unit ${lead} is also a lead unit of task ${plan.tasks[t]!.id}`]);
  });

  test('a period that ends before it starts', () => {
    const plan = clone();
    plan.period = { start: '2023-12-31', end: '2023-01-01' };
    assert.deepEqual(issuesOf(plan), ['period.end: the period ends on 2023-01-01, before it starts on 2023-12-31']);
    assert.match(issuesOf(plan, 'zh-Hant')[0] ?? '', /2023-01-01.*2023-12-31/);
  });
});
