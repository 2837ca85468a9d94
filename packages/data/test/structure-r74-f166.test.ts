/**
 * The structure of other cities' documents (review r74, F166): an attachment list after the tasks (附件：1.…⏎2.…),
 * tasks numbered 第一条, a task numbered 2、 among 1. 3., units unbracketed on a task's line, a running header
 * (济南市人民政府办公厅文件) between tasks and a footnote (注：①…) after the last, and an issuer that is a 办公厅.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';

const HEAD = '淄博市人民政府关于印发淄博市2024年重点工作任务的通知\n一、科技\n';
/** The parse as `dz-plan parse` reads it: the tasks' numbers, bodies and leads, and the diagnostics' codes. */
const read = (text: string) => {
  const parsed = checkParsed(text, parsePlanText(text));
  return {
    tasks: parsed.tasks.map((t) => [t.number, t.body, t.lead.join('、'), t.participating.join('、')]),
    codes: parsed.diagnostics.map((d) => `${d.severity} ${d.code}`),
    messages: parsed.diagnostics.map((d) => d.message),
  };
};

describe('the structure of other cities’ documents (r74)', () => {
  test('附件：1.… ⏎ 2.… after the last task: the list is no task, and the attachment is said', () => {
    const text = `${HEAD}1.推进甲。新建基站10个。（牵头单位：市科技局）\n\n附件：1.淄博市2024年重点项目清单\n      2.任务分工表\n`;
    const { tasks, codes, messages } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1]);
    assert.deepEqual(codes, ['warning attachmentNotRead']);
    assert.equal(messages[0], '"附件：1.淄博市2024年重点项目清单" and what follows it are an attachment, not tasks: not read (its numbers are no task\'s)');
  });

  test('附件 before the tasks (a notice that lists its attachment) ends nothing', () => {
    const text = '淄博市人民政府关于印发重点工作任务的通知\n附件：淄博市2024年重点工作任务\n一、科技\n1.推进甲。新建基站10个。（牵头单位：市科技局）\n2.推进乙。新建道路5公里。（牵头单位：市交通局）\n';
    assert.deepEqual(read(text).tasks.map((t) => t[0]), [1, 2]);
  });

  test('第一条 numbering is said not to be supported, and no wrong words are said', () => {
    const text = `${HEAD}第一条 推进甲。新建基站10个。（牵头单位：市科技局）\n第二条 推进乙。新建道路5公里。（牵头单位：市交通局）\n`;
    const { codes, messages } = read(text);
    assert.deepEqual(codes, ['error noTasks', 'error taskNumberingNotRead']);
    assert.match(messages[1]!, /"第一条" is not supported/u);
  });

  test('2、 among 1. and 3.: read as task 2, with a warning that its numbering differs', () => {
    const text = `${HEAD}1.推进甲。新建基站10个。（牵头单位：市科技局）\n2、推进乙。新建充电桩500个。（牵头单位：市财政局）\n3.推进丙。新建道路5公里。（牵头单位：市交通局）\n二、民生\n4.推进丁。新建学校3所。（牵头单位：市教育局）\n`;
    const { tasks, codes, messages } = read(text);
    assert.deepEqual(tasks.map((t) => t.slice(0, 3)), [
      [1, '新建基站10个。', '市科技局'],
      [2, '新建充电桩500个。', '市财政局'],
      [3, '新建道路5公里。', '市交通局'],
      [4, '新建学校3所。', '市教育局'],
    ]);
    assert.deepEqual(codes, ['warning taskNumberForm']);
    assert.equal(messages[0], 'task 2 is numbered "2、", the other tasks "1.": read as task 2 (number every task alike)');
    const built = planFromText(text, { lenient: true });
    assert.equal(built.plan?.tasks[1]?.targetIds.length, 1, 'task 2 and its target are in the plan');
  });

  test('an in-task list in the other form (1、…⏎2、…) before the units stays in the body', () => {
    const text = `${HEAD}1.推进甲。\n1、新建基站10个。\n2、新建道路5公里。\n（牵头单位：市科技局）\n2.推进乙。新建学校3所。（牵头单位：市教育局）\n`;
    const { tasks, codes } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2]);
    assert.deepEqual(codes, []);
  });

  test('牵头单位：…；配合单位：… unbracketed after the task’s text on its line: read as its units', () => {
    const text = `${HEAD}1.推进甲。新建基站10个。（牵头单位：市科技局）\n2.推进乙。新建道路5公里。牵头单位：市科技局；配合单位：市财政局\n`;
    const { tasks, codes } = read(text);
    assert.deepEqual(tasks[1], [2, '新建道路5公里。', '市科技局', '市财政局']);
    assert.deepEqual(codes, []);
  });

  test('a running header between tasks is skipped; a 注： footnote after the last task is said as a note', () => {
    const text = '济南市人民政府办公厅\n关于印发济南市2024年重点任务的通知\n一、产业\n（1）做强制造业。新建工厂5个①。（市工业和信息化局牵头）\n济南市人民政府办公厅文件\n— 2 —\n（2）壮大数字经济。新建基站400个。（市大数据局牵头）\n\n注：①智能工厂指经省级以上认定的智能工厂。\n';
    const { tasks, codes, messages } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2]);
    assert.deepEqual(codes, ['warning footnoteAfterTask']);
    assert.match(messages[0]!, /^task 2: "注：①智能工厂指/u);
  });

  test('三、 with no （一） under it (tasks alone) is not said to be above the （一） headings (F190: in the one error)', () => {
    const task = (n: number) => `${n}.推进${n}。新建基站${n}个。（牵头单位：市科技局）`;
    const text = ['一、稳增长', '（一）壮大工业', task(1), '（二）扩大需求', task(2), '二、推进振兴', '（一）保障粮食', task(3), '（二）建设乡村', task(4), '三、增进民生', task(5), ''].join('\n');
    const { codes, messages } = read(text);
    assert.deepEqual(codes.filter((c) => c.includes('heading')), ['error headingAboveSections']);
    assert.match(messages[codes.indexOf('error headingAboveSections')]!, /above them \(lines 1, 6\) are not read; those of line 11 have no （一） under them: their tasks are read in the section before: /u);
  });

  test('the issuer 济南市人民政府办公厅 is kept whole', () => {
    const text = '济南市人民政府办公厅\n关于印发济南市2024年重点任务的通知\n一、产业\n（1）做强制造业。新建工厂5个。（市工业和信息化局牵头）\n';
    assert.equal(planFromText(text).plan?.issuer['zh-Hans'], '济南市人民政府办公厅');
  });
});
