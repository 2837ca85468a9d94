/**
 * A notice's own attachment list above the plan (review r79, F177): `附件：1.…重点工作任务` ⏎ `2.…重点项目清单` under
 * the notice, then its signature, `附件1`, the plan's title and the plan. The list is the preamble's text, not tasks,
 * and the `附件1` above the plan cuts nothing; a 附件 line cuts the tasks only after a task with units, and never more
 * tasks than it keeps.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';

const NOTICE = [
  '潍坊市人民政府办公室关于印发潍坊市2024年重点工作任务的通知',
  '现将《潍坊市2024年重点工作任务》印发给你们，请认真贯彻执行。',
  '附件：1.潍坊市2024年重点工作任务',
  '      2.潍坊市2024年重点项目清单',
  '潍坊市人民政府办公室',
  '2024年2月1日',
  '附件1',
  '潍坊市2024年重点工作任务',
].join('\n');
const PLAN = ['一、发展', '1.推进甲项目。新建基站300个。（牵头单位：市发展改革委）', '2.推进乙项目。新建公园10个。（牵头单位：市住房城乡建设局）', '二、民生', '3.推进丙项目。新建学校5所。（牵头单位：市教育局）', ''].join('\n');

/** The parse as `dz-plan parse` reads it: the tasks' numbers and leads, and the diagnostics' codes. */
const read = (text: string) => {
  const parsed = checkParsed(text, parsePlanText(text));
  return { parsed, tasks: parsed.tasks.map((t) => [t.number, t.lead.join('、')]), codes: parsed.diagnostics.map((d) => `${d.severity} ${d.code}`) };
};

describe('a notice’s attachment list above the plan (r79)', () => {
  test('附件：1.… ⏎ 2.… under the notice is the preamble’s text, and 附件1 above the plan cuts nothing', () => {
    const text = `${NOTICE}\n${PLAN}`;
    const { parsed, tasks, codes } = read(text);
    assert.deepEqual(tasks, [
      [1, '市发展改革委'],
      [2, '市住房城乡建设局'],
      [3, '市教育局'],
    ]);
    assert.deepEqual(codes, []);
    assert.equal(parsed.preamble, NOTICE, 'the list is read as the preamble’s text, as written');
    const built = planFromText(text);
    assert.deepEqual(built.plan?.tasks.map((t) => t.title['zh-Hans']), ['推进甲项目', '推进乙项目', '推进丙项目']);
    assert.equal(built.plan?.units.length, 3);
    assert.equal(built.plan?.title['zh-Hans'], '潍坊市2024年重点工作任务');
  });

  test('so is it above a plan without sections, where the list’s 2. took the plan’s tasks as its list', () => {
    const text = `${NOTICE}\n${PLAN.replace(/^[一二]、.*\n/gmu, '')}`;
    const { parsed, tasks, codes } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2, 3]);
    assert.deepEqual(codes, ['warning noSections']);
    assert.equal(parsed.preamble, NOTICE);
  });

  test('a 附件 line after a task without units cuts nothing', () => {
    const text = '某市人民政府关于印发重点工作任务的通知\n一、科技\n1.推进甲。新建基站10个。\n附件：\n2.推进乙。新建道路5公里。（牵头单位：市交通局）\n';
    const { tasks, codes } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2]);
    assert.ok(!codes.includes('warning attachmentNotRead'), codes.join());
  });

  test('a 附件 line that would drop more tasks than it keeps cuts nothing', () => {
    const task = (n: number) => `${n}.推进${n}。新建基站${n}个。（牵头单位：市科技局）`;
    const text = ['某市人民政府关于印发重点工作任务的通知', '一、科技', task(1), '附件', task(2), task(3), ''].join('\n');
    const { tasks, codes } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2, 3]);
    assert.ok(!codes.includes('warning attachmentNotRead'), codes.join());
  });
});

describe('a notice’s list on its text’s line, and a notice with its own points (r81 L1, F183)', () => {
  test('附件：1.… 2.… after the notice’s sentence, on its line, is the preamble’s text', () => {
    const notice = [
      '潍坊市人民政府办公室关于印发潍坊市2024年重点工作任务的通知',
      '现将《潍坊市2024年重点工作任务》印发给你们。附件：1.潍坊市2024年重点工作任务 2.潍坊市2024年重点项目清单',
      '潍坊市人民政府办公室',
      '附件1',
      '潍坊市2024年重点工作任务',
    ].join('\n');
    const text = `${notice}\n${PLAN}`;
    const { parsed, tasks, codes } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2, 3]);
    assert.deepEqual(codes, []);
    assert.equal(parsed.preamble, notice);
    assert.deepEqual(planFromText(text).plan?.tasks.map((t) => t['title']['zh-Hans']), ['推进甲项目', '推进乙项目', '推进丙项目']);
  });

  test('a notice’s own points 一、二、 above its 附件 line are its text, not sections of the plan', () => {
    const notice = [
      '潍坊市人民政府关于印发潍坊市2024年重点工作任务的通知',
      '现将《潍坊市2024年重点工作任务》印发给你们，现就有关事项通知如下：',
      '一、加强组织领导。各级各部门要高度重视。',
      '二、强化督导考核。市政府督查室要加强督导。',
      '附件：潍坊市2024年重点工作任务',
      '潍坊市人民政府',
      '附件1',
      '潍坊市2024年重点工作任务',
    ].join('\n');
    const text = `${notice}\n${PLAN}`;
    const { parsed, tasks, codes } = read(text);
    assert.deepEqual(tasks.map((t) => t[0]), [1, 2, 3]);
    assert.deepEqual(codes, []);
    assert.deepEqual(parsed.sections.map((s) => s.number), [1, 2]);
    assert.equal(parsed.preamble, notice);
    assert.equal(planFromText(text).plan?.tasks.length, 3);
  });
});
