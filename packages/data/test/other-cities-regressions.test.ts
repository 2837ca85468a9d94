/**
 * A code review of round 18's reading of other cities' documents (round 24): a line wrapped at a decimal
 * (`3.2万人…`) read as the next task without a word, a signature after the last task joined to its units, and a closing
 * block laid out as a table refused as text after the units. Each case is the smallest document that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { taskBeforeYear } from './helpers.js';

const options = { title: '测试', issuer: '德州市人民政府', year: 2023 } as const;
const build = (text: string, lenient = false) => planFromText(text, { ...options, lenient });
const codes = (text: string) => build(text).diagnostics.map((d) => `${d.severity} ${d.code}`);
const lines = (...written: string[]) => written.join('\n');
/** The units taking part in the last task, as `dz-plan` reads them (the parse and its checks). */
const lastParticipating = (text: string) => checkParsed(text, parsePlanText(text)).tasks.at(-1)!.participating;

describe('a task number followed by digits while the task before has no units', () => {
  const wrapped = lines(
    '一、经济发展',
    '1.实际使用外资增长10%以上。（市商务局牵头）',
    '2.城镇新增就业5000人，农村劳动力转移就业',
    '3.2万人。（市人力资源社会保障局牵头，市农业农村局配合）',
  );
  test('is an error naming its line, with both readings and what to write for each', () => {
    const built = build(wrapped);
    const found = built.diagnostics.filter((d) => d.code === 'taskNumberBeforeDigits');
    assert.deepEqual(found.map((d) => [d.severity, d.line, d.quote.slice(0, 5)]), [['error', 4, '3.2万人']]);
    assert.match(found[0]!.message, /task 2 has no units/);
    assert.match(found[0]!.message, /write a space after its number \(3\. 2万…\)/);
    assert.match(found[0]!.message, /join it to that line/);
    assert.equal(built.plan, undefined);
  });
  test('--lenient builds it as read: task 3 with the units', () => {
    const { plan } = build(wrapped, true);
    assert.ok(plan);
    assert.deepEqual(plan.tasks.map((t) => t.id), ['t01', 't02', 't03']);
  });
  test('a wrapped line inside task 1 (2.5亿元…) is the error at that line, not task 2 repeated at the real task 2', () => {
    const text = lines(
      '一、经济发展',
      '1.加快重大项目建设，全年完成固定资产投资增长8%，新增专项债券',
      '2.5亿元以上。（市发展改革委牵头，市财政局配合）',
      '2.实际使用外资增长10%以上。（市商务局牵头）',
      '3.城镇新增就业5000人。（市人力资源社会保障局牵头）',
    );
    const errors = build(text).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => [d.code, d.line]), [['taskNumberBeforeDigits', 3]]);
  });
  test('3.2023年底前… after a task with no units is the same error; with a space after the number it is task 3', () => {
    const text = taskBeforeYear;
    assert.deepEqual(build(text).diagnostics.filter((d) => d.code === 'taskNumberBeforeDigits').map((d) => d.line), [5]);
    const spaced = build(text.replace('3.2023', '3. 2023'));
    assert.ok(!spaced.diagnostics.some((d) => d.code === 'taskNumberBeforeDigits'));
    assert.ok(spaced.plan);
    assert.deepEqual(spaced.plan.tasks.map((t) => t.id), ['t01', 't02', 't03']);
  });
  test('where the task before has its units, no diagnostic', () => {
    const text = lines(
      '一、经济发展',
      '1.全市地区生产总值增长6%。（牵头单位：市发展改革委）',
      '2.500个行政村完成清洁取暖改造。（牵头单位：市住房城乡建设局）',
      '3.新建5G基站2000个。',
      '（牵头单位：市工业和信息化局）',
      '4.2023年底前完成农村改厕1万户。',
      '（牵头单位：市农业农村局）',
    );
    assert.deepEqual(codes(text), []);
  });
});

describe('text after the last task units, not more of them', () => {
  const signed = lines(
    '一、项目建设',
    '1.全年实施重点项目80个，完成投资120亿元以上。',
    '牵头单位：县发展和改革局；配合单位：县财政局、县自然资源局',
    '2.实际使用外资同比增长10%以上。',
    '牵头单位：县商务局；配合单位：县财政局',
    '嘉祥县人民政府办公室',
  );
  test('a signature under a complete units list is the closing, not a unit of the last task', () => {
    const built = build(signed);
    assert.deepEqual(built.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`), ['warning textAfterLastTask 6']);
    assert.deepEqual(lastParticipating(signed), ['县财政局']);
  });
  test('with a date under it, a warning too, and the plan is built', () => {
    const built = build(`${signed}\n2023年2月10日`);
    assert.deepEqual(built.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`), ['warning textAfterLastTask 6']);
    assert.ok(built.plan);
  });
  test('a list that ends in 、 goes on in the next line; one broken in a name then a signature is the closing as before', () => {
    const open = signed.replace('配合单位：县财政局\n', '配合单位：县财政局、\n县统计局\n');
    assert.deepEqual(lastParticipating(open.replace('\n嘉祥县人民政府办公室', '')), ['县财政局', '县统计局']);
    const broken = signed.replace('配合单位：县财政局\n', '配合单位：县投资促进服务\n中心、县财政局\n');
    assert.deepEqual(codes(broken), ['warning textAfterLastTask']);
  });
});

describe('a closing block laid out as a table, after the last task', () => {
  const closing = lines(
    '一、经济发展',
    '1.实际使用外资增长10%以上。（市商务局牵头）',
    '2.城镇新增就业5000人。（市人社局牵头）',
    '德州市人民政府办公室\t2023年2月1日印发',
    '抄送：市委各部门\t共印50份',
  );
  test('is the closing, said as a table not read, and the plan is built', () => {
    const built = build(closing);
    assert.deepEqual(built.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`), ['warning textAfterLastTask 4', 'warning tableNotRead 4']);
    assert.ok(built.plan);
  });
  test('a row with a task number or a units label or role in it is still an error', () => {
    for (const row of ['3.新建5G基站2000个。\t（市工信局）', '3\t新建5G基站2000个\t市工信局', '新建5G基站2000个\t牵头单位：市工信局', '新建5G基站2000个\t市工信局牵头']) {
      assert.ok(codes(`${closing}\n${row}`).includes('error textAfterUnits'), row);
    }
  });
});
