/**
 * Review r66 M1: 主办/协办, the labels of Anhui documents (`（主办单位：市市场监管局；协办单位：市卫生健康委、市公安局）`,
 * `（主办：…；协办：…）`) and role words after names (`市市场监管局主办，市卫生健康委协办`). 主办 leads and 协办 takes part,
 * in both scripts; before, the first gave contradictory diagnostics and the second a task with no lead, silently. 主办 in
 * a task's text (`主办第二届…大会`) stays text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { otherCity } from './helpers.js';

/** A Simplified document of one section whose task 1 has `units` after its text. */
const hans = (units: string, body = '全年食品抽检合格率达到98%以上。') => ['芜湖市2024年重点工作任务', '芜湖市人民政府', '一、加强市场监管', `1.保障食品安全。${body}${units}`].join('\n');
/** A Traditional document of one section whose task 1 has `units` after its text. */
const hant = (units: string) => ['某市2024年重點工作任務', '某市人民政府', '一、加強市場監管', `1.保障食品安全。全年食品抽檢合格率達到98%以上。${units}`].join('\n');

/** Task 1 of the plan built from `text`: its lead and participating units' names as written, its Simplified body, what was said. */
function readOf(text: string) {
  const { plan, diagnostics } = planFromText(text, otherCity);
  assert.ok(plan, `no plan built: ${diagnostics.map((d) => d.message).join('; ')}`);
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name[plan.sourceLanguage];
  const task = plan.tasks[0]!;
  return { lead: task.lead.map(name), participating: task.participating.map(name), body: task.body['zh-Hans'], said: diagnostics.map((d) => `${d.code}: ${d.message}`) };
}

describe('主办 leads, 协办 takes part (review r66 M1)', () => {
  test('labels with 单位, without, and role words after names, in both scripts: no diagnostic', () => {
    const read = [
      [hans('（主办单位：市市场监管局；协办单位：市卫生健康委、市公安局）'), ['市市场监管局'], ['市卫生健康委', '市公安局']],
      [hant('(主辦單位:市市場監管局;協辦單位:市衛生健康委、市公安局)'), ['市市場監管局'], ['市衛生健康委', '市公安局']],
      [hans('（主办：市市场监管局；协办：市卫生健康委）'), ['市市场监管局'], ['市卫生健康委']],
      [hant('(主辦:市市場監管局;協辦:市衛生健康委)'), ['市市場監管局'], ['市衛生健康委']],
      [hans('（市市场监管局主办，市卫生健康委、市公安局协办）'), ['市市场监管局'], ['市卫生健康委', '市公安局']],
      [hant('\n【主辦單位】市市場監管局'), ['市市場監管局'], []],
      [hans('\n市市场监管局主办，市卫生健康委协办。'), ['市市场监管局'], ['市卫生健康委']],
    ] as const;
    for (const [text, lead, participating] of read) {
      const got = readOf(text);
      assert.deepEqual([got.lead, got.participating, got.said], [lead, participating, []], text);
    }
  });

  test('主办 in the task’s text (主办单位 starting a line too, with no colon) is text, not a label', () => {
    const body = '成功主办第二届长三角食品安全大会，主办方式：线上线下结合。\n主办单位要落实安全责任。';
    const got = readOf(hans('（牵头单位：市市场监管局）', body));
    assert.deepEqual([got.lead, got.participating, got.said], [['市市场监管局'], [], []]);
    assert.equal(got.body, body);
  });
});
