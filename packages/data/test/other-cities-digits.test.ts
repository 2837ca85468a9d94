/**
 * A clerk from another city's review (round 18): a task number followed by digits (`3.2023年底前…`, `2.500個…`) read
 * as a decimal and merged into the task above, and a units line broken in the middle of a unit's name. Each case is the
 * smallest input that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { taskBeforeYear } from './helpers.js';

const options = { title: '测试', issuer: '济宁市人民政府', year: 2023 } as const;
const build = (text: string) => planFromText(text, options);
/** Each task as number, the start of its title and its lead units. */
const tasks = (text: string) => parsePlanText(text).tasks.map((t) => [t.number, t.title.slice(0, 8), t.lead]);
const codes = (diagnostics: readonly { severity: string; code: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}`);

describe('a task number followed by digits, first on its line', () => {
  test('3.2023年底前… after a task with no units is task 3, with its own units (not task 2 led by them)', () => {
    const text = taskBeforeYear;
    assert.deepEqual(tasks(text), [
      [1, '全市地区生产总值', ['市发展改革委']],
      [2, '新建5G基站20', []],
      [3, '2023年底前完', ['市农业农村局']],
    ]);
    // Built, task 2 having no units, it may be task 2's line wrapped at 3.2 (other-cities-regressions.test.ts): a space says it is task 3.
    const { plan } = build(text.replace('3.2023', '3. 2023'));
    assert.ok(plan);
    assert.deepEqual(plan.targets.filter((t) => t.taskId === 't03').map((t) => t.metric['zh-Hans']), ['完成农村改厕']);
    assert.ok(plan.targets.every((t) => t.taskId === 't03' || !t.metric['zh-Hans'].includes('改厕')));
  });
  test('as the last task it is a task, not the closing of the document', () => {
    const text = '一、经济发展\n1.全市地区生产总值增长6%。\n（牵头单位：市发展改革委）\n2.新建5G基站2000个。\n（牵头单位：市工业和信息化局）\n3.2023年底前完成农村改厕1万户。';
    assert.deepEqual(tasks(text).map(([n]) => n), [1, 2, 3]);
    assert.ok(!codes(build(text).diagnostics).includes('warning textAfterLastTask'));
  });
  test('2.500个… and 7.2023—2025年… after units are tasks 2 and 7, with no diagnostic', () => {
    const text = '一、经济发展\n1.全市地区生产总值增长6%。（牵头单位：市发展改革委）\n2.500个行政村完成清洁取暖改造。（牵头单位：市住房城乡建设局）\n3.新建5G基站2000个。（牵头单位：市工业和信息化局）';
    assert.deepEqual(tasks(text), [
      [1, '全市地区生产总值', ['市发展改革委']],
      [2, '500个行政村完', ['市住房城乡建设局']],
      [3, '新建5G基站20', ['市工业和信息化局']],
    ]);
    assert.deepEqual(parsePlanText(text).diagnostics, []);
    const numbered = [1, 2, 3, 4, 5, 6].map((n) => `${n}.甲。\n牵头单位：市交通运输局\n`).join('');
    const liaocheng = `${numbered}7.2023—2025年，每年新建改造农村公路500公里。\n（牵头单位：市交通运输局）`;
    assert.deepEqual(tasks(liaocheng).map(([n]) => n), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(codes(parsePlanText(liaocheng).diagnostics), ['warning noSections']);
  });
  test('1.5 mid-sentence, or first on a line that is not the next task, stays text', () => {
    const text = '1.甲。投资\n1.5万元。力争\n3.5亿元。（牵头单位：市财政局）\n2.乙。增长1.5%。（牵头单位：市统计局）';
    const parsed = parsePlanText(text);
    assert.deepEqual(parsed.tasks.map((t) => t.number), [1, 2]);
    assert.equal(parsed.tasks[0]!.body, '投资\n1.5万元。力争\n3.5亿元。');
    assert.deepEqual(codes(parsed.diagnostics), ['warning noSections']);
  });
});

describe('a units line broken in the middle of a name', () => {
  const text = [
    '1.实际使用外资同比增长10%以上。',
    '牵头单位：县商务局；配合单位：县投资促进服务',
    '中心、县财政局',
    '2.城镇新增就业5000人。',
    '牵头单位：县人力资源和社会保障局',
  ].join('\n');
  test('the next line, the rest of a name and more names after 、, is joined to it, with a warning naming the line', () => {
    const built = build(text);
    assert.deepEqual(codes(built.diagnostics), ['warning noSections', 'warning unitsLineJoined']);
    const joined = built.diagnostics.find((d) => d.code === 'unitsLineJoined')!;
    assert.equal(joined.quote, '中心、县财政局');
    assert.equal(joined.line, 3);
    assert.ok(built.plan);
  });
  test('the names as the parse with its checks reads them', () => {
    const checked = checkParsed(text, parsePlanText(text));
    assert.deepEqual(
      checked.tasks.map((t) => [t.lead, t.participating]),
      [
        [['县商务局'], ['县投资促进服务中心', '县财政局']],
        [['县人力资源和社会保障局'], []],
      ],
    );
    assert.deepEqual(checked.units, ['县商务局', '县投资促进服务中心', '县财政局', '县人力资源和社会保障局']);
  });
  test('a line broken between two names after 、 goes on with new names, never one name made of two', () => {
    const between = text.replace('县投资促进服务\n中心、县财政局', '县投资促进服务中心、\n县财政局、县统计局');
    assert.deepEqual(
      checkParsed(between, parsePlanText(between)).tasks[0]!.participating,
      ['县投资促进服务中心', '县财政局', '县统计局'],
    );
  });
  test('after a complete list (no 、 at its end), a line of names is no more of it: text after the units', () => {
    const complete = text.replace('县投资促进服务\n中心、县财政局', '县投资促进服务中心\n县财政局、县统计局');
    assert.deepEqual(checkParsed(complete, parsePlanText(complete)).tasks[0]!.participating, ['县投资促进服务中心']);
    assert.ok(codes(build(complete).diagnostics).includes('error textAfterUnits'));
  });
  test('with more text after it, it is not joined: the error after the units says where the line may have broken', () => {
    const more = text.replace('中心、县财政局', '中心、县财政局\n全年新增外资企业20家。');
    const after = build(more).diagnostics.filter((d) => d.code === 'textAfterUnits');
    assert.deepEqual(
      after.map((d) => [d.severity, d.line, d.quote]),
      [['error', 3, '中心、县财政局']],
    );
    assert.match(after[0]!.message, /"中心、县财政局" may be the rest of the units line above it .*join it to that line/);
  });
  test('a line of the task text after the units is still text after them', () => {
    const body = text.replace('中心、县财政局', '完成投资5亿元、新建项目3个。');
    assert.ok(codes(build(body).diagnostics).includes('error textAfterUnits'));
  });
});
