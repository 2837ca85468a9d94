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
import { changeDirection } from '../src/index.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { applyOverlay } from '../src/node/overlay.js';
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

/**
 * F205 (review r85 of F192): only another name of the same body is merged, and each merge is said; the issuer line is
 * no recipient line, and a government wins among several; an issuer taken from a line, and an id with no place in it,
 * are said; an overlay sets a range's direction.
 */
describe('a bracket that is a sub-unit is no second name; each merge is said (F205)', () => {
  const text = [
    '淄博市2024年重点工作任务',
    '一、民生',
    '1.推进交通秩序整治。（牵头单位：市公安局（市交警支队））',
    '2.完善信号灯。（牵头单位：市交警支队）',
    '3.畜牧业发展。（牵头单位：市农业农村局（市畜牧兽医服务中心））',
    '4.能源保障。（牵头单位：市发展改革委（市能源局）；配合单位：市能源局）',
    '5.城管。（牵头单位：市城市管理局（市城管执法支队））',
    '6.人才。（牵头单位：市委组织部（市委人才办））',
  ].join('\n');
  const built = planFromText(text, { issuer: '淄博市人民政府' });

  test('支队, 中心 in brackets stay units apart; 市能源局 and 市委人才办 are their bodies\' other names', () => {
    const name = (id: string) => built.plan!.units.find((u) => u.id === id)!.name['zh-Hans'];
    assert.deepEqual(
      built.plan!.tasks.map((t) => t.lead.map(name)),
      [['市公安局（市交警支队）'], ['市交警支队'], ['市农业农村局（市畜牧兽医服务中心）'], ['市发展改革委'], ['市城市管理局（市城管执法支队）'], ['市委组织部']],
    );
  });

  test('each merge is a warning naming both names, in the three languages', () => {
    const merged = built.diagnostics.filter((d) => d.code === 'unitNamesMerged');
    assert.deepEqual(merged.map((d) => [d.severity, d.line]), [['warning', 6], ['warning', 8]]);
    for (const d of merged) for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const { message } = diagnosticIn(d, lang);
      for (const name of d === merged[0] ? ['市发展改革委', '市能源局'] : ['市委组织部', '市委人才办']) assert.ok(message.includes(name), `${lang}: ${message}`);
      if (lang !== 'en') assert.doesNotMatch(message, /[A-Za-z]{2,} [A-Za-z]{2,}/u, message);
    }
    assert.equal(diagnosticIn(merged[0]!, 'zh-Hant').message, '「市发展改革委（市能源局）」讀作一個單位「市发展改革委」,「市能源局」是它的另一個名稱(掛牌):若「市能源局」是另一個單位,請分開寫');
  });
});

describe('the issuer line (F205)', () => {
  const tasks = ['一、民生', '1.甲任务。（牵头单位：市教育局）'];
  const build = (...preamble: string[]) => planFromText([...preamble, ...tasks].join('\n'));
  const codes = (r: ReturnType<typeof build>) => r.diagnostics.map((d) => `${d.severity} ${d.code}`);

  test('a joint document (中共淄博市委 ↵ 淄博市人民政府): the government\'s, said with the other body named', () => {
    const r = build('中共淄博市委', '淄博市人民政府', '淄博市2024年重点工作任务');
    assert.equal(r.plan!.issuer['zh-Hans'], '淄博市人民政府');
    assert.deepEqual(codes(r), ['warning issuerFromLine']);
    assert.match(r.diagnostics[0]!.message, /淄博市人民政府.*中共淄博市委/u);
    assert.equal(r.diagnostics[0]!.line, 2);
  });

  test('a recipient line (各区县教育局) is no issuer: none, and --issuer is asked for', () => {
    const r = build('各区县教育局', '2024年全市教育重点工作任务');
    assert.equal(r.plan, undefined);
    assert.deepEqual(r.issues.map((i) => i.path), ['issuer']);
    assert.equal(build('市教育局、市财政局', '2024年全市教育重点工作任务').plan, undefined);
  });

  test('a department\'s line is said; an id of its name alone is said too, advising --id', () => {
    const r = build('首页 政务公开 市教育局', '市教育局', '2024年全市教育重点工作任务');
    assert.equal(r.plan!.id, 'jiaoyuju-2024-key-tasks');
    assert.deepEqual(codes(r), ['warning issuerFromLine', 'warning idWithoutPlace']);
    assert.match(r.diagnostics[1]!.message, /jiaoyuju-2024-key-tasks.*--id/u);
    assert.deepEqual(r.diagnostics.map((d) => d.line), [2, 2]);
    for (const d of r.diagnostics) assert.doesNotMatch(diagnosticIn(d, 'zh-Hans').message, /[A-Za-z]{2,} [A-Za-z]{2,}/u);
    const province = build('山东省工业和信息化厅', '2024年全省工业重点工作任务');
    assert.deepEqual([province.plan!.id, codes(province)], ['shandong-2024-key-tasks', ['warning issuerFromLine']]);
    // --id, or --issuer: nothing to say.
    assert.deepEqual(codes(planFromText(['市教育局', '2024年全市教育重点工作任务', ...tasks].join('\n'), { id: 'zibo-2024-education', issuer: '淄博市教育局' })), []);
  });

  test('a government\'s office alone above the title, as before F192: not said', () => {
    const r = build('淄博市人民政府办公室', '关于印发淄博市2024年重点工作任务的通知', '各区县人民政府，市政府各部门：');
    assert.deepEqual([r.plan!.issuer['zh-Hans'], r.plan!.id, codes(r)], ['淄博市人民政府办公室', 'zibo-2024-key-tasks', []]);
  });
});

describe('an overlay sets a target\'s direction (F205)', () => {
  const text = '淄博市2024年重点工作任务\n淄博市人民政府\n一、民生\n1.乙任务。化学需氧量排放量较2020年下降8%。（牵头单位：市生态环境局）';
  const built = planFromText(text).plan!;

  test('a change made a range of a fall keeps reading as a fall; null takes a direction away', () => {
    const range = { comparator: 'range', value: 8, upperValue: 10, valueText: '8—10' };
    const { plan, issues } = applyOverlay(built, { targets: { change: { 't01.1': { ...range, direction: 'decreaseBy' } } } }, text);
    assert.deepEqual(issues, []);
    assert.equal(changeDirection(plan!.targets[0]!), 'decreaseBy');
    const back = applyOverlay(plan!, { targets: { change: { 't01.1': { direction: null } } } }, text);
    assert.deepEqual(back.issues, []);
    assert.equal(back.plan!.targets[0]!.direction, undefined);
  });
});
