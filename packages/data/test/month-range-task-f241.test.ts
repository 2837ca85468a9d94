/**
 * Review r97 H1 (F241): a task whose text starts with a month range (`1.1-9月…`, `2.1-9月…`) broke the whole
 * document. A task number followed by digits never moved the run of its numbering style on, so the `1.` style lost to
 * a `（1）` run (or to nothing), and the plan was lost or read as two tasks. It is the task's number where it is the
 * next number of the run; a sub-numbering (`1.1 …`, `1.2 …`) keeps its reading.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked } from '../src/node/parse-checked.js';
import { planFromText } from '../src/node/plan-from-text.js';

const options = { title: '南屏市2024年重点工作任务', issuer: '南屏市人民政府', year: 2024 } as const;
const codes = (text: string) => parsePlanTextChecked(text).diagnostics.map((d) => `${d.severity} ${d.code}`);
const numbers = (text: string) => parsePlanTextChecked(text).tasks.map((t) => t.number);

/** r97's min-h1d: task 1's text starts with the months 1-9. */
const MIN = '南屏市2024年重点工作任务\n一、测试\n1.1-9月网络零售额达到150亿元。\n责任单位：市商务局\n2.新建5G基站100个。\n责任单位：市工业和信息化局\n3.新增高新技术企业80家。\n责任单位：市科技局\n';
const MIN_HANT = '南屏市2024年重點工作任務\n一、測試\n1.1-9月網絡零售額達到150億元。\n責任單位：市商務局\n2.新建5G基站100個。\n責任單位：市工業和信息化局\n3.新增高新技術企業80家。\n責任單位：市科技局\n';

describe('a task whose text starts with digits, its number the next one (F241)', () => {
  for (const [name, text, metric] of [
    ['Simplified', MIN, '网络零售额'],
    ['Traditional', MIN_HANT, '網絡零售額'],
  ] as const) {
    test(`1.1-9月… is task 1, its target due at the end of September (${name})`, () => {
      const { plan, diagnostics } = planFromText(text, options);
      assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
      assert.ok(plan);
      assert.deepEqual(plan.tasks.map((t) => [t.number, t.sectionId]), [[1, 's01'], [2, 's01'], [3, 's01']]);
      const first = plan.targets.filter((t) => t.taskId === 't01');
      assert.deepEqual(first.map((t) => [t.metric['zh-Hans'] === metric || t.metric['zh-Hant'] === metric, t.value, t.deadline]), [[true, 150, '2024-09-30']]);
      assert.deepEqual(plan.targets.filter((t) => t.taskId !== 't01').map((t) => [t.taskId, t.value, t.deadline]), [['t02', 100, '2024-12-31'], ['t03', 80, '2024-12-31']]);
    });
  }

  test('1.1至9月, 1.1—9月, 1.2023年底前 read alike', () => {
    for (const start of ['1.1至9月网络零售额达到150亿元。', '1.1—9月网络零售额达到150亿元。', '1.2023年底前网络零售额达到150亿元。']) {
      const text = MIN.replace('1.1-9月网络零售额达到150亿元。', start);
      assert.deepEqual(numbers(text), [1, 2, 3], start);
      assert.deepEqual(codes(text), [], start);
    }
  });

  test('2.1-9月 in task 2, and （1）（2） items in a later task: the sections and tasks are kept', () => {
    const text = [
      '南屏市2024年重点工作任务',
      '一、稳住经济基本盘',
      '1.全市地区生产总值增长7%左右。',
      '责任单位：市发展改革委',
      '2.1-9月网络零售额达到120亿元，全年社会消费品零售总额增长7.5%。',
      '责任单位：市商务局',
      '3.一般公共预算收入增长5%。',
      '责任单位：市财政局',
      '二、持续增进民生福祉',
      '4.新建、改扩建中小学和幼儿园15所。',
      '责任单位：市教育局',
      '5.深化医药卫生体制改革：',
      '（1）推进紧密型县域医共体建设，年底前实现县域全覆盖；',
      '（2）二级以上公立医院全部接入市级检查检验结果互认平台。',
      '责任单位：市卫生健康委',
      '三、持续优化营商环境',
      '6.新增经营主体3万户。',
      '责任单位：市市场监管局',
    ].join('\n');
    const parsed = parsePlanTextChecked(text);
    assert.deepEqual(codes(text), []);
    assert.deepEqual(parsed.sections.map((s) => [s.number, s.taskIndices]), [[1, [0, 1, 2]], [2, [3, 4]], [3, [5]]]);
    assert.deepEqual(parsed.tasks.map((t) => [t.number, t.lead]), [[1, ['市发展改革委']], [2, ['市商务局']], [3, ['市财政局']], [4, ['市教育局']], [5, ['市卫生健康委']], [6, ['市市场监管局']]]);
    const { plan } = planFromText(text, options);
    assert.ok(plan);
    assert.deepEqual(plan.targets.filter((t) => t.taskId === 't02').map((t) => [t.value, t.deadline]), [[120, '2024-09-30'], [7.5, '2024-12-31']]);
  });
});

describe('sub-numbering keeps its reading (F241)', () => {
  test('1.1 … 1.2 … with no task 1 above: not read, and said', () => {
    for (const text of [
      '一、甲\n1.1推进工作。(牵头单位:市发改委)\n',
      '一、推进数字产业化\n1.1 培育软件产业。软件业务收入增长15%。（牵头单位：市工信局）\n1.2 发展数字贸易。交易额增长20%。（牵头单位：市商务局）\n',
      '一、甲\n1.1 推进工作。(牵头单位:市发改委)\n1.2 推进工作。(牵头单位:市发改委)\n二、乙\n2.1 推进工作。(牵头单位:市发改委)\n2.2 推进工作。(牵头单位:市发改委)\n',
    ]) {
      assert.deepEqual(codes(text).sort(), ['error noTasks', 'error taskNumberingNotRead'], text);
    }
  });
  test('1.1 … 1.2 … under a task 1, and a 3.1 after 3.: text of the task above', () => {
    const text = '一、甲\n1.推进甲：\n1.1 新建基站10个；\n1.2 新建道路5公里。\n（牵头单位：市科技局）\n2.推进乙。（牵头单位：市财政局）\n3.推进丙：\n3.1 新建学校3所。\n（牵头单位：市教育局）\n';
    const parsed = parsePlanTextChecked(text);
    assert.deepEqual(parsed.tasks.map((t) => t.number), [1, 2, 3]);
    assert.match(parsed.tasks[0]!.body, /1\.1 新建基站10个；\n1\.2 新建道路5公里。/u);
    assert.match(parsed.tasks[2]!.body, /3\.1 新建学校3所。/u);
  });
});

describe('the one line that may be such a task, when no task is read (F241)', () => {
  test('taskNumberingNotRead names the task it may be: a space after its number', () => {
    const { diagnostics } = parsePlanTextChecked('一、测试\n1.1-9月网络零售额达到150亿元。（牵头单位：市商务局）\n');
    const said = diagnostics.find((d) => d.code === 'taskNumberingNotRead');
    assert.ok(said);
    assert.match(said.message, /^line 2: the task numbering "1\.1" is not supported: .*"1\. 1-9月…"/u);
  });
});
