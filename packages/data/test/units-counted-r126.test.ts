/**
 * Review r126 F8: a list of units closed by a count (`市民政局等12個部門`, `市民政局、市財政局等5個單位`) was read as one
 * unit named with the count (`市民政局等12個部門`), silently, or refused for the role word in 單位. The count closes the
 * list as 等單位 does: the units named are read, and when the count is more than those named, a warning
 * (`unitsCounted`) says that the others are not named, so not in the plan.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { planFromText } from '../src/node/index.js';

const doc = (units: string) =>
  ['德州市人民政府', '德州市2024年重點工作任務', '一、經濟發展', `1.強化養老服務。新建養老機構5家。（${units}）`, '2.建設完整社區。新建完整社區試點20個。', '牽頭單位：市住房城鄉建設局'].join('\n') + '\n';

const built = (units: string) => {
  const { plan, diagnostics } = planFromText(doc(units));
  assert.ok(plan, diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`).join('\n'));
  const task = plan.tasks[0]!;
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name['zh-Hant'];
  return { lead: task.lead.map(name), participating: task.participating.map(name), counted: diagnostics.filter((d) => d.code === 'unitsCounted') };
};

describe('units closed by a count (review r126 F8)', () => {
  test('市民政局等12個部門: read as 市民政局, and said that 11 are not named', () => {
    const r = built('牽頭單位：市民政局等12個部門');
    assert.deepEqual(r.lead, ['市民政局']);
    assert.equal(r.counted.length, 1);
    assert.equal(r.counted[0]!.severity, 'warning');
    assert.equal(r.counted[0]!.message, 'task 1: "市民政局等12個部門" counts 12 units and names 1: only the units named are in the plan');
    assert.equal(diagnosticIn(r.counted[0]!, 'zh-Hant').message, '任務 1:「市民政局等12個部門」共 12 個單位,只列出 1 個的名稱:計劃中只有列出名稱的單位');
  });

  test('a count in words, after two names, among participants; said in zh-Hans, the name as written', () => {
    const r = built('牽頭單位：市民政局；配合單位：市財政局、市人力資源社會保障局等十二個單位');
    assert.deepEqual(r.lead, ['市民政局']);
    assert.deepEqual(r.participating, ['市財政局', '市人力資源社會保障局']);
    assert.equal(r.counted[0]!.message, 'task 1: "市人力資源社會保障局等十二個單位" counts 12 units and names 2: only the units named are in the plan');
    assert.equal(diagnosticIn(r.counted[0]!, 'zh-Hans').message, '任务 1:“市人力資源社會保障局等十二個單位”共 12 个单位,只列出 2 个的名称:计划中只有列出名称的单位');
  });

  test('a count equal to the names given says nothing: every unit is named', () => {
    const r = built('牽頭單位：市民政局、市財政局、市衛生健康委等3個部門');
    assert.deepEqual(r.lead, ['市民政局', '市財政局', '市衛生健康委']);
    assert.deepEqual(r.counted, []);
  });

  test('等單位 and 等 without a count are read as before, with nothing said', () => {
    assert.deepEqual(built('牽頭單位：市民政局等單位').lead, ['市民政局']);
    assert.deepEqual(built('牽頭單位：市民政局等').counted, []);
  });
});
