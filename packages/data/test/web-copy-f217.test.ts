/**
 * F217 (review r88 M7, L10, L12, L13): a plan copied from a web page. A sentence broken across lines keeps its target's
 * metric (the line before names it) and a title ending in ， goes on to its sentence's end; 第一條 heading sections is
 * read as their headings; a footnote marker (①) and a full-width space are the page's, not the title's (a quote keeps
 * them, verbatim at its offset); a deadline field that is read is no warning.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const codes = (diagnostics: readonly { code: string }[]) => diagnostics.map((d) => d.code);

const web = `聊城市人民政府办公室
聊城市2024年重点工作任务清单
一、扩大有效投资
　　1．全年实施市级重点项目500个以上，完成投资1000亿元以上，
固定资产投资增长7%左右。（牵头单位：市发展改革委）
　　2．城镇新增就业4.5万人，高校毕业生就业率
保持在90%以上。（牵头单位：市人力资源社会保障局）
　　3．新增规上工业企业200家以上①。（牵头单位：市工业和信息化局）
　　4．改造老旧小区　120个。（牵头单位：市住房城乡建设局）
　　5．大力发展数字经济
数字经济核心产业增加值增长10%。（牵头单位：市大数据局）
`;

describe('a plan copied from a web page', () => {
  const parsed = parsePlanTextChecked(web);
  const { plan, diagnostics } = planFromText(web);
  const targetsOf = (task: string) => plan!.targets.filter((t) => t.taskId === task);

  test('a title ending in ， goes on to its sentence’s end across the line break (M7)', () => {
    const [one] = parsed.tasks;
    assert.deepEqual([one!.title, one!.body], ['全年实施市级重点项目500个以上，完成投资1000亿元以上，固定资产投资增长7%左右', '']);
    assert.deepEqual(targetsOf('t01').map((t) => t.metric['zh-Hans']), ['实施市级重点项目', '完成投资', '固定资产投资']);
    for (const t of plan!.targets) assert.equal(web.slice(t.offset, t.offset + t.quote.length), t.quote, t.id);
  });

  test('a target whose line names no metric takes it from the line before, its sentence cut by the line break (M7)', () => {
    const [, rate] = targetsOf('t02');
    assert.equal(rate?.metric['zh-Hans'], '高校毕业生就业率');
    assert.equal(web.slice(rate!.offset, rate!.offset + rate!.quote.length), rate!.quote, 'the quote is the source’s, line break and all');
    assert.ok(!codes(diagnostics).includes('metricNotNamed'), diagnostics.map((d) => d.message).join('\n'));
  });

  test('a heading title without 。 is not joined to the body after it', () => {
    assert.equal(parsed.tasks[4]!.title, '大力发展数字经济');
    assert.deepEqual(targetsOf('t05').map((t) => t.metric['zh-Hans']), ['数字经济核心产业增加值']);
  });

  test('a footnote marker and a full-width space are left out of a title; the quote keeps them at its offset (L12)', () => {
    assert.deepEqual([parsed.tasks[2]!.title, parsed.tasks[3]!.title], ['新增规上工业企业200家以上', '改造老旧小区120个']);
    const [old] = targetsOf('t04');
    assert.deepEqual([old!.metric['zh-Hans'], old!.quote], ['改造老旧小区', '改造老旧小区　120个']);
    assert.equal(web.slice(old!.offset, old!.offset + old!.quote.length), old!.quote);
  });
});

describe('第一條 heading sections (L10)', () => {
  const text = `嘉祥縣人民政府
嘉祥縣2023年重點工作任務

第一條　做大做強實體經濟
（1）全年實施縣級以上重點項目六十個。（牽頭單位：縣發改局）
（2）規模以上工業增加值增長百分之十。（牽頭單位：縣工信局）
第二條　增進民生福祉
（3）城鎮新增就業三千五百人。（牽頭單位：縣人社局）
`;

  test('read as the sections’ headings, their tasks under them', () => {
    const parsed = parsePlanTextChecked(text);
    assert.deepEqual(codes(parsed.diagnostics), [], parsed.diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(parsed.sections.map((s) => [s.number, s.title, s.taskIndices]), [[1, '做大做強實體經濟', [0, 1]], [2, '增進民生福祉', [2]]]);
    assert.equal(parsed.preamble.includes('第一條'), false);
  });

  test('第一條 as a task’s number is still not read, and said', () => {
    const tasks = parsePlanTextChecked(`嘉祥縣2023年重點工作任務\n一、實體經濟\n第一條　全年實施項目六十個。（牽頭單位：縣發改局）\n`);
    assert.ok(codes(tasks.diagnostics).includes('taskNumberingNotRead'), codes(tasks.diagnostics).join(', '));
  });
});

describe('a deadline field that is read is no warning (L13)', () => {
  const head = '某市2024年重點工作任務\n某市人民政府\n一、穩增長\n';

  test('on a line after the units or in their bracket: no fieldAmongUnits, the deadline read', () => {
    for (const task of ['1.擴大有效投資。新建充電樁300個。\n(牽頭單位:市發展改革委)\n完成時限:2024年6月底前', '1.擴大有效投資。新建充電樁300個。(牽頭單位:市發展改革委;完成時限:2024年6月底前)']) {
      const { plan, diagnostics } = planFromText(`${head}${task}\n`);
      assert.deepEqual(codes(diagnostics), [], task);
      assert.deepEqual(plan?.targets.map((t) => t.deadline), ['2024-06-30'], task);
    }
  });

  test('one not read, or a field that is no deadline, is still said', () => {
    for (const field of ['完成時限:長期堅持', '牽頭領導:張三']) {
      const { diagnostics } = planFromText(`${head}1.擴大有效投資。(牽頭單位:市發展改革委;${field})\n`);
      assert.deepEqual(codes(diagnostics), ['fieldAmongUnits'], field);
    }
  });
});
