/**
 * F192 (reviews r74, r78: other cities' documents): a bracketed second name of one body (`市发展改革委（市能源局）`,
 * 挂牌) is that body, the bracketed name its alias; a province department's plan takes its issuer from the line
 * above its title, and its id from the province; a multi-year plan's id names its period; `A、B分别负责。` on its own
 * line with no 牵头 reads A and B as leads, as `分别牵头` does.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadPlan } from '../src/load-plan.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { parsePlanText } from '../src/parse/parse-plan-text.js';

/** A Simplified plan of 某市 for `years` whose tasks are `tasks`, under one section. */
const plan = (tasks: readonly string[], years = '2024') => [`某市${years}年重点工作任务`, '某市人民政府', '一、发展', ...tasks].join('\n');

describe('a bracketed second name of one body is that body (F192)', () => {
  const text = plan([
    '1.推进项目建设。新开工项目200个。（牵头单位：市发展改革委；配合单位：市财政局）',
    '2.发展新能源。新增装机50万千瓦。（牵头单位：市发展改革委（市能源局），参与单位：市财政局）',
    '3.推进乡村建设。新建村路10公里。（牵头单位：市农业农村局；配合单位：各乡镇（街道））',
  ]);
  const built = planFromText(text).plan!;

  test('one unit, the bracketed name and the name as written its aliases; a name in brackets that is no body\'s stays', () => {
    assert.deepEqual(built.units.map((u) => u.name['zh-Hans']), ['市发展改革委', '市财政局', '市农业农村局', '各乡镇（街道）']);
    const [unit] = built.units;
    assert.deepEqual(built.tasks.map((t) => t.lead), [[unit!.id], [unit!.id], ['nong-ye-nong-cun-ju']]);
    for (const alias of ['市能源局', '市发展改革委（市能源局）', '市發展改革委（市能源局）']) assert.ok(unit!.aliases.includes(alias), alias);
  });

  test('a feed or sheet naming either finds it', () => {
    const api = loadPlan(built);
    assert.equal(api.getUnit('市能源局')?.id, 'fa-zhan-gai-ge-wei');
    assert.equal(api.getUnit('市发展改革委（市能源局）')?.id, 'fa-zhan-gai-ge-wei');
  });

  test('the body named alone elsewhere by its second name is the same unit', () => {
    const alone = planFromText(plan(['1.推进项目。新开工项目2个。（牵头单位：市发展改革委（市能源局））', '2.发展新能源。新增装机5万千瓦。（牵头单位：市能源局）'])).plan!;
    assert.deepEqual(alone.units.map((u) => u.name['zh-Hans']), ['市发展改革委']);
    assert.deepEqual(alone.tasks.map((t) => t.lead), [['fa-zhan-gai-ge-wei'], ['fa-zhan-gai-ge-wei']]);
  });
});

describe('a province department\'s plan (F192)', () => {
  const department = (issuer: string) => [issuer, '2024年全省工业和信息化重点工作任务', '一、稳增长', '1.推进技术改造。实施技改项目1000个。（牵头单位：规划处）'].join('\n');

  test('takes its issuer from the line above its title, and its id from the province', () => {
    const built = planFromText(department('山东省工业和信息化厅')).plan!;
    assert.equal(built.issuer['zh-Hans'], '山东省工业和信息化厅');
    assert.equal(built.id, 'shandong-2024-key-tasks');
    assert.equal(built.title['zh-Hans'], '2024年全省工业和信息化重点工作任务');
  });

  test('a department that names no place: its id from its name', () => {
    const built = planFromText(department('省发展改革委')).plan!;
    assert.equal(built.issuer['zh-Hans'], '省发展改革委');
    assert.equal(built.id, 'shengfazhangaigewei-2024-key-tasks');
  });

  test('--issuer still wins', () => {
    assert.equal(planFromText(department('山东省工业和信息化厅'), { issuer: '山东省人民政府' }).plan!.issuer['zh-Hans'], '山东省人民政府');
  });
});

describe('a multi-year plan\'s id names its period (F192)', () => {
  const tasks = ['1.推进项目。新开工项目200个。（牵头单位：市发展改革委）'];

  test('2021—2025: mou-2021-2025-key-tasks; a one-year plan as before', () => {
    assert.equal(planFromText(plan(tasks, '2021—2025')).plan!.id, 'mou-2021-2025-key-tasks');
    assert.equal(planFromText(plan(tasks)).plan!.id, 'mou-2024-key-tasks');
  });
});

describe('A、B分别负责。 on its own line, with no 牵头 (F192)', () => {
  test('A and B lead, with the warning 分别牵头 gets; the line is no part of the body', () => {
    const text = plan(['1.推进健康校园建设。新建学校5所。', '市教育局、市卫生健康委分别负责。']);
    const parsed = checkParsed(text, parsePlanText(text));
    const [task] = parsed.tasks;
    assert.deepEqual({ lead: task!.lead, participating: task!.participating }, { lead: ['市教育局', '市卫生健康委'], participating: [] });
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`), ['warning respectiveLeads']);
    assert.ok(!task!.body.includes('分别负责'), task!.body);
  });
});
