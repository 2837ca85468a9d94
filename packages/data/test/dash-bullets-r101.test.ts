/**
 * Review r101 H1 (after F244): `——` is the usual bullet of a task's sub-items; its last item ending like a body's name
 * (`——建设市民服务中心。`, `。——新建城乡公交综合服务中心`) was read as the task's lead unit, silently, and dropped from the
 * body. Units after a dash are read only as a list of bodies (each name a place's or 各's: 市…, 县…, 区…, 省…, 各…), and
 * not as the last of a task's bullets.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked } from '../src/node/index.js';

const doc = (task: string) => `某市人民政府\n某市2024年重点工作任务\n一、实体经济\n${task}\n`;
const read = (task: string) => {
  const parsed = parsePlanTextChecked(doc(task));
  const [first] = parsed.tasks;
  return { lead: first?.lead, participating: first?.participating, body: first?.body, codes: parsed.diagnostics.map((d) => d.code) };
};

describe('a dash bullet is no list of units', () => {
  test('the last of a task’s bullets, ending like a body’s name, stays in the body', () => {
    const r = read('1.实施三大工程。\n——实施城市更新工程。\n——建设市民服务中心。');
    assert.deepEqual([r.lead, r.participating], [[], []]);
    assert.match(r.body!, /——建设市民服务中心/u);
    assert.ok(r.codes.includes('taskWithoutUnits'), r.codes.join());
  });
  test('work after a dash on the task’s line stays in the body', () => {
    const r = read('1.完善公共服务设施。——新建城乡公交综合服务中心');
    assert.deepEqual([r.lead, r.participating], [[], []]);
    assert.ok(r.codes.includes('taskWithoutUnits'), r.codes.join());
  });
  test('bodies after a dash are still read (F244)', () => {
    const r = read('1.扩大有效投资，其中上半年完成投资260亿元。——市发展改革委、市重点项目事务中心');
    assert.deepEqual(r.lead?.length ? [...r.lead, ...r.participating!] : r.participating, ['市发展改革委', '市重点项目事务中心']);
  });
});
