/**
 * Review r65 M1: 责任单位 beside 牵头单位 (`（牵头单位：市发展改革委；责任单位：市经济和信息化局、市生态环境局）`), a common
 * form of 2023–24 city plans, and 负责 beside 牵头 (`市生态环境局牵头，各县市区政府负责`). The parser does not guess
 * whether those units lead or take part (`responsibleBesideLead`, an error); `--responsible-beside-lead participating|lead`
 * (`responsibleBesideLead` of `planFromText`) says it for the whole document, without rewriting it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { planFromText, type PlanFromTextOptions } from '../src/node/plan-from-text.js';
import { dzPlanHere, otherCity } from './helpers.js';

/** A Simplified document of one section whose task 1 has `units` after its text. */
const hans = (units: string) => ['芜湖市2024年重点工作任务', '芜湖市人民政府', '一、推进绿色低碳发展', `1.严格能耗双控。全年新增光伏装机20万千瓦。${units}`].join('\n');
/** A Traditional document of one section whose task 1 has `units` after its text. */
const hant = (units: string) => ['某市2024年重點工作任務', '某市人民政府', '一、推進綠色低碳發展', `1.嚴格能耗雙控。全年新增光伏裝機20萬千瓦。${units}`].join('\n');

const labelHans = hans('（牵头单位：市发展改革委；责任单位：市经济和信息化局、市生态环境局）');
const labelHant = hant('\n牽頭單位:市發展改革委\n責任單位:市經濟和信息化局、市生態環境局');
const dutyHans = hans('（市生态环境局牵头，各县市区政府负责）');

/** Task 1 of the plan built from `text` with `options`: its lead and participating units' names as written. */
function rolesOf(text: string, options: PlanFromTextOptions = {}): [string[], string[]] {
  const { plan, diagnostics } = planFromText(text, { ...otherCity, ...options });
  assert.ok(plan, `no plan built: ${diagnostics.map((d) => d.message).join('; ')}`);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name[plan.sourceLanguage];
  const task = plan.tasks[0]!;
  return [task.lead.map(name), task.participating.map(name)];
}

const errorsOf = (text: string, options: PlanFromTextOptions = {}) =>
  planFromText(text, { ...otherCity, ...options }).diagnostics.filter((d) => d.severity === 'error');

describe('责任单位 beside 牵头单位, and 负责 beside 牵头 (review r65 M1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-r65-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('without the option it stays an error (a city may mean co-leads), and the error names the option', () => {
    for (const text of [labelHans, labelHant, dutyHans]) {
      assert.equal(planFromText(text, otherCity).plan, undefined, text);
      const errors = errorsOf(text);
      assert.deepEqual(errors.map((d) => d.code), ['responsibleBesideLead'], text);
      assert.match(errors[0]!.message, /--responsible-beside-lead participating or lead/, text);
    }
  });

  test('participating: the lead label’s units lead, the 责任单位 units take part (both scripts)', () => {
    assert.deepEqual(errorsOf(labelHans, { responsibleBesideLead: 'participating' }), []);
    assert.deepEqual(rolesOf(labelHans, { responsibleBesideLead: 'participating' }), [['市发展改革委'], ['市经济和信息化局', '市生态环境局']]);
    assert.deepEqual(rolesOf(labelHant, { responsibleBesideLead: 'participating' }), [['市發展改革委'], ['市經濟和信息化局', '市生態環境局']]);
    // In document order among the units that take part already; before the lead label too.
    assert.deepEqual(rolesOf(hans('（牵头单位：市发展改革委；配合单位：市统计局；责任单位：市财政局）'), { responsibleBesideLead: 'participating' }), [['市发展改革委'], ['市统计局', '市财政局']]);
    assert.deepEqual(rolesOf(hant('(責任部門:市財政局;牽頭單位:市發展改革委)'), { responsibleBesideLead: 'participating' }), [['市發展改革委'], ['市財政局']]);
    // A document wrapped at a page's width (a PDF copy), 责任单位 cut by a line break: read as the joined text is.
    const wrap = (paragraph: string) => paragraph.match(/.{1,20}/gu)!.join('\n');
    const wrapped = ['芜湖市2024年重点工作任务', '芜湖市人民政府', '一、推进绿色低碳发展',
      wrap('1.严格能耗双控。全年能源消费总量控制在一千五百万吨标准煤以内，新增光伏装机二十万千瓦。（牵头单位：市发展改革委；责任单位：市经济和信息化局、市生态环境局）'),
      wrap('2.持续改善环境质量。空气质量优良天数比例不低于百分之八十二，重污染天数持续减少。（牵头单位：市生态环境局）')].join('\n');
    assert.match(wrapped, /责任单\n位/);
    assert.deepEqual(rolesOf(wrapped, { responsibleBesideLead: 'participating' }), [['市发展改革委'], ['市经济和信息化局', '市生态环境局']]);
  });

  test('lead: all of them lead', () => {
    assert.deepEqual(errorsOf(labelHans, { responsibleBesideLead: 'lead' }), []);
    assert.deepEqual(rolesOf(labelHans, { responsibleBesideLead: 'lead' }), [['市发展改革委', '市经济和信息化局', '市生态环境局'], []]);
    assert.deepEqual(rolesOf(dutyHans, { responsibleBesideLead: 'lead' }), [['市生态环境局', '各县市区政府'], []]);
  });

  test('the duty form (A牵头，B、C负责): the units before 负责 get the role given', () => {
    assert.deepEqual(rolesOf(dutyHans, { responsibleBesideLead: 'participating' }), [['市生态环境局'], ['各县市区政府']]);
    const mixed = hant('(市生態環境局牽頭,市財政局、市統計局負責,市農業農村局配合)');
    assert.deepEqual(rolesOf(mixed, { responsibleBesideLead: 'participating' }), [['市生態環境局'], ['市財政局', '市統計局', '市農業農村局']]);
  });

  test('dz-plan build, parse and summary take the option; without it build writes no plan', async () => {
    const doc = file('wuhu.txt', labelHans);
    const stopped = await dzPlanHere('build', doc);
    assert.equal(stopped.status, 1);
    assert.match(stopped.stderr, /no plan written/);
    const built = await dzPlanHere('build', doc, '--responsible-beside-lead', 'participating', '-o', join(dir, 'plan.json'));
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /1 tasks, 3 units, 3 assignments/);
    const parsed = await dzPlanHere('parse', doc, '--responsible-beside-lead', 'participating');
    assert.equal(parsed.status, 0, parsed.stdout);
    assert.match(parsed.stdout, /1\. 严格能耗双控 {2}\(牵头: 市发展改革委; 参与: 市经济和信息化局、市生态环境局\)$/m);
    assert.equal((await dzPlanHere('parse', doc)).status, 1);
    const summary = await dzPlanHere('summary', doc, '--responsible-beside-lead', 'lead');
    assert.equal(summary.status, 0, summary.stdout);
    assert.doesNotMatch(summary.stdout, /responsibleBesideLead/);
    assert.equal((await dzPlanHere('summary', doc)).status, 1);
  });

  test('a value other than participating or lead exits 2 with the usage', async () => {
    const doc = file('bad.txt', labelHans);
    for (const command of ['build', 'parse', 'summary']) {
      const r = await dzPlanHere(command, doc, '--responsible-beside-lead', 'partner');
      assert.equal(r.status, 2, `${command}: ${r.stderr}`);
      assert.match(r.stderr, /--responsible-beside-lead must be participating or lead, not "partner"/, command);
      assert.match(r.stderr, /Usage:/, command);
    }
  });

  test('the message in each --lang, English without it; both forms', async () => {
    const label = file('label.txt', labelHans);
    const duty = file('duty.txt', dutyHans);
    const said = async (path: string, ...lang: string[]) => (await dzPlanHere('parse', path, ...lang)).stdout.split('\n').find((line) => line.includes('responsibleBesideLead'));
    assert.match((await said(label))!, /responsibleBesideLead: task 1: 责任单位 beside a lead label: whether its units lead or take part is unclear .*--responsible-beside-lead/);
    assert.equal(await said(label, '--lang', 'en'), await said(label));
    assert.match((await said(label, '--lang', 'zh-Hans'))!, /responsibleBesideLead: 任务 1:牵头单位旁的“责任单位”没有写明其单位是牵头还是参与.*--responsible-beside-lead participating\(参与\)或 lead\(牵头\)/);
    assert.match((await said(label, '--lang', 'zh-Hant'))!, /responsibleBesideLead: 任務 1:牽頭單位旁的「责任单位」沒有寫明其單位是牽頭還是參與.*--responsible-beside-lead participating\(參與\)或 lead\(牽頭\)/);
    assert.match((await said(duty))!, /responsibleBesideLead: task 1: 负责 beside 牵头: whether the units before 负责 lead or take part is unclear .*--responsible-beside-lead/);
    assert.match((await said(duty, '--lang', 'zh-Hans'))!, /responsibleBesideLead: 任务 1:“牵头”旁的“负责”没有写明“负责”之前的单位是牵头还是参与.*--responsible-beside-lead/);
    assert.match((await said(duty, '--lang', 'zh-Hant'))!, /responsibleBesideLead: 任務 1:「牵头」旁的「负责」沒有寫明「负责」之前的單位是牽頭還是參與.*--responsible-beside-lead/);
  });
});

/**
 * Review r66 H2: the duty form (A牵头，B、C负责) under a label (`（责任单位：…）`, `【责任单位】…`, a units line
 * `责任单位：…。`) or on a line of its own after the task was read as all leads, silently, or with 负责 kept in a name;
 * the option changed nothing. Each is the same `responsibleBesideLead`, answered by the same option.
 */
describe('负责 beside 牵头 under a label or on a line of its own (review r66 H2)', () => {
  /** Each form in Simplified and Traditional: the units as written after task 1's text. */
  const forms: readonly (readonly [string, string])[] = [
    ['（责任单位：市市场监管局牵头，市卫生健康委、市公安局负责）', '(責任單位:市市場監管局牽頭,市衛生健康委、市公安局負責)'],
    ['\n【责任单位】市市场监管局牵头，市卫生健康委、市公安局负责', '\n【責任單位】市市場監管局牽頭,市衛生健康委、市公安局負責'],
    ['\n责任单位：市市场监管局牵头，市卫生健康委、市公安局负责。', '\n責任單位:市市場監管局牽頭,市衛生健康委、市公安局負責。'],
    ['\n市市场监管局牵头，市卫生健康委、市公安局负责。', '\n市市場監管局牽頭,市衛生健康委、市公安局負責。'],
  ];
  const documents = forms.flatMap(([s, t]) => [hans(s), hant(t)]);
  const traditional = (text: string) => text.includes('某市');
  const lead = (text: string) => (traditional(text) ? '市市場監管局' : '市市场监管局');
  const others = (text: string) => (traditional(text) ? ['市衛生健康委', '市公安局'] : ['市卫生健康委', '市公安局']);

  test('without the option: the one responsibleBesideLead error, naming the option; never all leads in silence', () => {
    for (const text of documents) {
      assert.equal(planFromText(text, otherCity).plan, undefined, text);
      const errors = errorsOf(text);
      assert.deepEqual(errors.map((d) => d.code), ['responsibleBesideLead'], text);
      assert.match(errors[0]!.message, /^task 1: [负負][责責] beside [牵牽][头頭]: /u, text);
      assert.match(errors[0]!.message, /--responsible-beside-lead participating or lead/, text);
    }
  });

  test('participating: the units before 负责 take part; lead: they lead; no name keeps 负责', () => {
    for (const text of documents) {
      assert.deepEqual(errorsOf(text, { responsibleBesideLead: 'participating' }), [], text);
      assert.deepEqual(rolesOf(text, { responsibleBesideLead: 'participating' }), [[lead(text)], others(text)], text);
      assert.deepEqual(rolesOf(text, { responsibleBesideLead: 'lead' }), [[lead(text), ...others(text)], []], text);
    }
  });

  test('a full stop after the last role word of a units line is in no name (配合 too)', () => {
    assert.deepEqual(errorsOf(hans('\n责任单位：市市场监管局牵头，市卫生健康委、市公安局配合。')), []);
    assert.deepEqual(rolesOf(hans('\n责任单位：市市场监管局牵头，市卫生健康委、市公安局配合。')), [['市市场监管局'], ['市卫生健康委', '市公安局']]);
    assert.deepEqual(rolesOf(hant('(市市場監管局牽頭。市衛生健康委配合。)')), [['市市場監管局'], ['市衛生健康委']]);
  });

  test('a line of its own (the guide’s example; 主责, and 负责 beside 主办, too) is read as units, not left in the body', () => {
    for (const units of ['\n市生态环境局牵头，各县市区政府负责。', '\n市市场监管局牵头，各县区人民政府负责。', '\n市生态环境局牵头，各县市区政府主责。', '\n市市场监管局主办，各县区人民政府负责。']) {
      const text = hans(units);
      assert.deepEqual(errorsOf(text).map((d) => d.code), ['responsibleBesideLead'], units);
      const { plan } = planFromText(text, { ...otherCity, responsibleBesideLead: 'participating' });
      assert.ok(plan, units);
      assert.doesNotMatch(plan.tasks[0]!.body['zh-Hans'], /牵头|主办/u, units);
      assert.equal(plan.tasks[0]!.participating.length, 1, units);
      assert.equal(plan.tasks[0]!.lead.length, 1, units);
    }
  });
});
