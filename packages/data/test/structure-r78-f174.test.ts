/**
 * The structure and units of other cities' documents on a second pass (review r78, F174): a PDF copy whose lines are
 * not joined cutting a bound word (8%左⏎右, 50家以⏎上), and a province department's 牵头处室/配合处室.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';

const HEAD = '日照市2024年重点工作任务\n一、发展\n';
/** The parse as `dz-plan parse` reads it: the tasks' numbers, bodies, leads and participants, and the diagnostics' codes. */
const read = (text: string) => {
  const parsed = checkParsed(text, parsePlanText(text));
  return {
    tasks: parsed.tasks.map((t) => [t.number, t.body, t.lead.join('、'), t.participating.join('、')]),
    codes: parsed.diagnostics.map((d) => `${d.severity} ${d.code}`),
  };
};
/** The targets of the plan built from `text`: metric, comparator, value, unit and quote. */
const targets = (text: string) =>
  planFromText(text, { issuer: '日照市人民政府', lenient: true }).plan!.targets.map((t) => [t.metric['zh-Hans'], t.comparator, t.value, t.unit, t.quote]);

describe('review r78: the structure and units of other cities’ documents (F174)', () => {
  test('a bound word cut by a line break in a copy whose lines are not joined (8%左⏎右, 50家以⏎上) is read whole', () => {
    const text = `${HEAD}1.测试任务。营业收入突破2000亿元，同比增长8%左\n右。（牵头单位：市发展改革委）\n2.测试任务二。新增规上企业50家以\n上。（牵头单位：市工业和信息化局）\n`;
    assert.deepEqual(targets(text), [
      ['营业收入', 'atLeast', 2000, '亿元', '营业收入突破2000亿元'],
      ['营业收入', 'increaseBy', 8, '%', '同比增长8%左\n右'],
      ['新增规上企业', 'atLeast', 50, '家', '新增规上企业50家以\n上'],
    ]);
    assert.deepEqual(read(text).tasks.map((t) => t[1]), ['营业收入突破2000亿元，同比增长8%左右。', '新增规上企业50家以上。']);
    // Traditional, and a floor word cut before its number (不⏎低於95%).
    const hant = '日照市2024年重點工作任務\n一、發展\n1.測試任務。數位化轉型覆蓋率不\n低於95%。（牽頭單位：市工業和資訊化局）\n';
    assert.deepEqual(targets(hant).map((t) => t.slice(1, 4)), [['atLeast', 95, '%']]);
  });

  test('what stays: a line that ends a word of its own (予以⏎上报, 以上 of no number) is not joined', () => {
    const text = `${HEAD}1.测试任务。对问题予以\n上报。（牵头单位：市发展改革委）\n`;
    assert.deepEqual(read(text).tasks.map((t) => t[1]), ['对问题予以\n上报。']);
  });

  test('牵头处室：/配合处室： (a province department’s divisions) are read as 牵头部门/配合部门 are, on their lines and in brackets', () => {
    const lines = '山东省发展和改革委员会2024年重点工作任务\n一、着力稳定经济增长\n1.实施项目。实施省重点项目600个。\n牵头处室：重大项目办\n配合处室：投资处、固定资产投资处\n2.发行REITs。发行基础设施REITs项目3单。\n牵头处室：投资处\n二、深化新旧动能转换\n3.稳增长。推动全省地区生产总值增长5%以上。\n牵头科室：国民经济综合处\n配合科室：价格处\n';
    const { tasks, codes } = read(lines);
    assert.deepEqual(tasks, [
      [1, '实施省重点项目600个。', '重大项目办', '投资处、固定资产投资处'],
      [2, '发行基础设施REITs项目3单。', '投资处', ''],
      [3, '推动全省地区生产总值增长5%以上。', '国民经济综合处', '价格处'],
    ]);
    assert.deepEqual(codes, []);
    const bracket = `${HEAD}1.推进项目。新开工项目200个。（牵头处室：投资处；配合处室：规划处）\n2.发展消费。社会消费品零售总额增长6%。（牵头单位：市商务局）\n`;
    assert.deepEqual(read(bracket), {
      tasks: [
        [1, '新开工项目200个。', '投资处', '规划处'],
        [2, '社会消费品零售总额增长6%。', '市商务局', ''],
      ],
      codes: [],
    });
  });

  test('three levels, （一） numbered again under each 一、: --lenient refuses naming the heading, never an internal id', () => {
    const text = '奎文区2024年重点工作任务\n一、经济发展\n（一）稳定增长\n（1）地区生产总值增长6%左右。\n责任单位：区发展和改革局\n（二）招商引资\n（2）引进项目30个以上。\n责任单位：区投资促进服务中心\n二、城市更新\n（一）基础设施\n（3）改造老旧小区45个。\n责任单位：区住房和城乡建设局\n';
    const built = planFromText(text, { issuer: '奎文区人民政府', lenient: true });
    const said = JSON.stringify(built.issues);
    assert.doesNotMatch(said, /s01|t01|sections\[/u);
    assert.match(said, /（一）基础设施/u);
    assert.match(said, /line 10/u);
    assert.equal(built.plan, undefined);
  });

  test('一、 sections with （一） headings under some: the F166 advice, not “make it a task” or text after units', () => {
    const text = '临沂市2024年重点工作任务\n一、聚力扩大有效需求\n（一）扩大有效投资\n1、实施重点项目600个。（市发展改革委牵头）\n（二）提振消费\n2、社会消费品零售总额增长6%。（市商务局牵头）\n二、推动绿色低碳发展\n3、单位GDP能耗下降2.5%。（市发展改革委牵头）\n';
    const parsed = checkParsed(text, parsePlanText(text));
    // F190: one error, naming both 一、 headings' lines.
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.line]), [['headingAboveSections', 2]]);
    assert.match(parsed.diagnostics[0]!.message, /^the 一、 headings are read as the sections, and the （一） headings under those of line 2 are not read; those of line 7 have none/u);
    assert.match(diagnosticIn(parsed.diagnostics[0]!, 'zh-Hans').message, /^“一、”标题读作部分,第 2 行的“一、”标题之下的（一）标题未读;第 7 行的没有（一）标题/u);
  });

  test('（牵头市领导：王某某；牵头单位：…）: the field is left out with its warning alone, no role-word error; units read', () => {
    const text = `${HEAD}1.测试任务。新建基站10个。（牵头市领导：王某某；牵头单位：市发展改革委；配合单位：市财政局）\n2.测试任务二。新建道路5公里。\n牵头市领导：李某某\n（牵头单位：市交通运输局）\n`;
    assert.deepEqual(read(text), {
      tasks: [
        [1, '新建基站10个。', '市发展改革委', '市财政局'],
        [2, '新建道路5公里。', '市交通运输局', ''],
      ],
      codes: ['warning fieldAmongUnits', 'warning fieldInTaskText'],
    });
  });

  test('units in 〔〕 and a line of roles ending in 按职责分工落实 are read (or their words said), not left in the body', () => {
    const hexagonal = `${HEAD}1.测试任务。新建学校3所。〔牵头单位：市自然资源和规划局〕\n2.测试任务二。新建道路5公里。〔牵头单位：市交通运输局；配合单位：市财政局〕\n`;
    assert.deepEqual(read(hexagonal), {
      tasks: [
        [1, '新建学校3所。', '市自然资源和规划局', ''],
        [2, '新建道路5公里。', '市交通运输局', '市财政局'],
      ],
      codes: [],
    });
    const line = `${HEAD}1.测试任务。新建道路5公里。\n市自然资源和规划局牵头，各县市区政府、市属各开发区按职责分工落实。\n`;
    const { tasks, codes } = read(line);
    assert.equal(tasks[0]![1], '新建道路5公里。');
    assert.deepEqual(codes, ['error responsibleBesideLead']); // one error since F187 (was ambiguousUnitRole and roleWordInUnitName)
    // What stays: 〔2024〕 of a document's number is no bracket of units.
    const numbered = `临沂市2024年重点工作任务\n临政办字〔2024〕8号\n一、发展\n1.测试任务。新建学校3所。（牵头单位：市教育局）\n`;
    assert.equal(checkParsed(numbered, parsePlanText(numbered)).preamble, '临沂市2024年重点工作任务\n临政办字〔2024〕8号');
  });

  test('市贸促会等有关单位: the closing 等 and the words after it are dropped, as a closing 等 is', () => {
    const text = `${HEAD}1.测试任务。新建公园2个。（牵头单位：市商务局；配合单位：市贸促会等有关单位）\n`;
    assert.deepEqual(read(text).tasks, [[1, '新建公园2个。', '市商务局', '市贸促会']]);
  });

  test('两个 before its noun, not read: said as a count before its noun, not as a numeral with no unit', () => {
    const text = `${HEAD}1.测试任务。建设两个平台，新建基站达到500以上。（牵头单位：市发展改革委）\n`;
    const said = planFromText(text, { issuer: '日照市人民政府', lenient: true }).diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.deepEqual(said.map((d) => diagnosticIn(d, 'en').message), [
      'task 1: "两个" counts what follows it (a count before its noun is often words, not a target) and is not read as a target; if it is one, add it in an overlay (targets.add)',
      'task 1: the numeral 500 has no unit and is not read as a target; if it is one, add it in an overlay (targets.add)',
    ]);
    assert.match(diagnosticIn(said[0]!, 'zh-Hans').message, /^任务 1:“两个”/u);
  });
});
