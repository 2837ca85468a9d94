/**
 * Acceptance facts of the Dezhou plan, checked against the seed. The unit assignments are re-extracted from the
 * seed here with a deliberately simple regex, independently of the parser.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toSimplified } from '../scripts/build-plan.js';
import { dezhou, dezhouPlan, getTask, getUnit } from '../src/dezhou-2023.js';
import { normalizeKey } from '../src/plan-index.js';

// Queries without a Dezhou shorthand are methods of dezhou().
const { getSection } = dezhou();
import { seed } from './helpers.js';

const plan = dezhouPlan;
const unitName = (id: string): string => {
  const unit = plan.units.find((u) => u.id === id);
  assert.ok(unit, `unit id ${id} exists`);
  return unit.name['zh-Hant'];
};
const slice = (span: { offset: number; length: number }) => seed.slice(span.offset, span.offset + span.length);
const pad = (n: number) => String(n).padStart(2, '0');

describe('plan counts', () => {
  test('11 sections, 69 tasks, 48 distinct units', () => {
    assert.equal(plan.sections.length, 11);
    assert.equal(plan.tasks.length, 69);
    assert.equal(plan.units.length, 48);
    assert.equal(new Set(plan.units.map((u) => u.id)).size, 48);
    const used = new Set(plan.tasks.flatMap((t) => [...t.lead, ...t.participating]));
    assert.equal(used.size, 48, 'every unit is named by at least one task');
  });

  test('tasks 67–69 name no units; every other task has a lead unit', () => {
    for (const task of plan.tasks) {
      if (task.number >= 67) {
        assert.deepEqual([task.lead, task.participating], [[], []], `task ${task.number}`);
        assert.equal(task.source.units, undefined, `task ${task.number} has no units span`);
      } else {
        assert.ok(task.lead.length > 0, `task ${task.number} has a lead unit`);
        assert.ok(task.source.units, `task ${task.number} has a units span`);
      }
    }
  });

  test('task 14 is led by 市發展改革委 and 市自然資源局; task 15 by 市發展改革委 and 國網德州供電公司', () => {
    const t14 = getTask(14);
    const t15 = getTask(15);
    assert.ok(t14 && t15);
    assert.deepEqual(t14.lead.map(unitName), ['市發展改革委', '市自然資源局']);
    assert.deepEqual(t14.participating, []);
    assert.deepEqual(t15.lead.map(unitName), ['市發展改革委', '國網德州供電公司']);
    assert.deepEqual(t15.participating, []);
  });
});

describe('unit assignments match the seed (independent extraction)', () => {
  const parentheses = [...seed.matchAll(/\(牽頭單位:([^)]*)\)/g)];

  test('the seed has 66 units parentheses holding 186 (task, name, role) triples', () => {
    assert.equal(parentheses.length, 66);
    const names = parentheses.flatMap((m) => m[1]!.split(',參與單位:').flatMap((part) => part.split(/[、,]/)));
    assert.equal(names.filter(Boolean).length, 186);
    assert.ok(names.every((n) => n.length > 0), 'no empty names');
  });

  test('the 186 assignments equal the plan’s, in document order', () => {
    const withUnits = plan.tasks.filter((t) => t.source.units);
    assert.equal(withUnits.length, parentheses.length, 'one parenthesis per task with units');
    const expected: [number, string, string][] = [];
    const actual: [number, string, string][] = [];
    parentheses.forEach((m, i) => {
      const task = withUnits[i]!;
      const span = task.source.units!;
      // Attribute the parenthesis to a task only once the plan's offset is proven to point at it.
      assert.equal(span.offset, m.index, `task ${task.number}: units offset`);
      assert.equal(slice(span), m[0], `task ${task.number}: units span text`);
      const [leadList, participatingList] = m[1]!.split(',參與單位:');
      for (const name of leadList!.split(/[、,]/)) expected.push([task.number, name, 'lead']);
      for (const name of participatingList ? participatingList.split(/[、,]/) : []) expected.push([task.number, name, 'participating']);
    });
    for (const task of plan.tasks) {
      for (const id of task.lead) actual.push([task.number, unitName(id), 'lead']);
      for (const id of task.participating) actual.push([task.number, unitName(id), 'participating']);
    }
    assert.equal(expected.length, 186);
    assert.deepEqual(actual, expected);
  });
});

describe('tasks and sections against the seed', () => {
  test('every task title and body is the seed text at its span', () => {
    for (const task of plan.tasks) {
      assert.equal(slice(task.source.title), task.title['zh-Hant'], `task ${task.number} title`);
      assert.equal(slice(task.source.body), task.body['zh-Hant'], `task ${task.number} body`);
      assert.ok(task.title['zh-Hant'].length > 0 && task.body['zh-Hant'].length > 0, `task ${task.number} non-empty`);
      // The title is the heading sentence: it is directly preceded by "N." and followed by 。
      const prefix = `${task.number}.`;
      assert.equal(seed.slice(task.source.title.offset - prefix.length, task.source.title.offset), prefix, `task ${task.number} number`);
      assert.equal(seed[task.source.title.offset + task.source.title.length], '。', `task ${task.number} title ends at 。`);
      assert.ok(task.source.body.offset > task.source.title.offset, `task ${task.number} body after title`);
      if (task.source.units) {
        assert.equal(task.source.units.offset, task.source.body.offset + task.source.body.length, `task ${task.number} units follow the body`);
      }
    }
  });

  test('tasks are numbered 1..69 in document order with ids t01..t69', () => {
    assert.deepEqual(plan.tasks.map((t) => t.number), Array.from({ length: 69 }, (_, i) => i + 1));
    assert.deepEqual(plan.tasks.map((t) => t.id), Array.from({ length: 69 }, (_, i) => `t${pad(i + 1)}`));
    for (let i = 1; i < plan.tasks.length; i++) {
      assert.ok(plan.tasks[i]!.source.title.offset > plan.tasks[i - 1]!.source.title.offset, `task ${i + 1} after task ${i}`);
    }
  });

  test('sections are s01..s11, numbered 1..11, and list their tasks', () => {
    assert.deepEqual(plan.sections.map((s) => s.id), Array.from({ length: 11 }, (_, i) => `s${pad(i + 1)}`));
    assert.deepEqual(plan.sections.map((s) => s.number), Array.from({ length: 11 }, (_, i) => i + 1));
    for (const task of plan.tasks) {
      const section = plan.sections.find((s) => s.id === task.sectionId);
      assert.ok(section, `task ${task.number}: section ${task.sectionId} exists`);
      assert.ok(section.taskIds.includes(task.id), `section ${section.id} lists ${task.id}`);
    }
    const listed = plan.sections.flatMap((s) => s.taskIds);
    assert.deepEqual(listed, plan.tasks.map((t) => t.id), 'every task listed exactly once, in order');
    assert.equal(getSection(1)?.taskIds[0], 't01');
    assert.equal(getSection(11)?.taskIds.at(-1), 't69');
  });

  test('each section title stands in the seed right after its Chinese numeral heading', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    let from = 0;
    plan.sections.forEach((section, i) => {
      const heading = `${numerals[i]}、${section.title['zh-Hant']}`;
      const at = seed.indexOf(heading, from);
      assert.ok(at >= from, `section ${section.number}: "${heading}" in the seed after the previous section`);
      const firstTask = plan.tasks.find((t) => t.id === section.taskIds[0])!;
      assert.equal(at + heading.length, firstTask.source.title.offset - `${firstTask.number}.`.length, `section ${section.number} is followed by its first task`);
      from = at + heading.length;
    });
  });
});

describe('units', () => {
  test('unit ids are unique kebab-case ASCII', () => {
    const ids = plan.units.map((u) => u.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every name, Simplified name, English name and alias resolves back to its own unit', () => {
    for (const unit of plan.units) {
      for (const key of [unit.id, unit.name['zh-Hant'], unit.name['zh-Hans'], unit.name.en, ...unit.aliases]) {
        assert.equal(getUnit(key)?.id, unit.id, `"${key}" → ${unit.id}`);
      }
    }
  });

  test('no name or alias belongs to two units', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const unit of plan.units) {
      const keys = new Set([unit.id, unit.name['zh-Hant'], unit.name['zh-Hans'], unit.name.en, ...unit.aliases].map(normalizeKey));
      for (const key of keys) {
        const other = owner.get(key);
        if (other && other !== unit.id) collisions.push(`"${key}": ${other} and ${unit.id}`);
        owner.set(key, unit.id);
      }
    }
    assert.deepEqual(collisions, []);
  });

  test('市發改委 and 市发改委 resolve to 市發展改革委', () => {
    const ndrc = getUnit('市發展改革委');
    assert.ok(ndrc);
    assert.equal(getUnit('市發改委'), ndrc);
    assert.equal(getUnit('市发改委'), ndrc);
    assert.equal(getUnit('市发展改革委'), ndrc);
  });
});

describe('Simplified Chinese', () => {
  test('task 1 title is 推动科技成果转化 in zh-Hans, different from zh-Hant', () => {
    const t1 = getTask(1)!;
    assert.equal(t1.title['zh-Hant'], '推動科技成果轉化');
    assert.equal(t1.title['zh-Hans'], '推动科技成果转化');
    assert.notEqual(t1.title['zh-Hans'], t1.title['zh-Hant']);
  });

  test('zh-Hans fields are the OpenCC conversion of the zh-Hant fields', () => {
    const pairs: [string, { 'zh-Hant': string; 'zh-Hans': string }][] = [
      ['plan title', plan.title],
      ['issuer', plan.issuer],
      ...plan.sections.map((s) => [`section ${s.number} title`, s.title] as [string, typeof s.title]),
      ...plan.tasks.map((t) => [`task ${t.number} title`, t.title] as [string, typeof t.title]),
      ...plan.tasks.map((t) => [`task ${t.number} body`, t.body] as [string, typeof t.body]),
      ...plan.units.map((u) => [`unit ${u.id} name`, u.name] as [string, typeof u.name]),
      ...plan.targets.map((t) => [`target ${t.id} metric`, t.metric] as [string, typeof t.metric]),
    ];
    for (const [what, text] of pairs) assert.equal(text['zh-Hans'], toSimplified(text['zh-Hant']), what);
    const changed = plan.tasks.filter((t) => t.body['zh-Hans'] !== t.body['zh-Hant']).length;
    assert.equal(changed, 69, 'every task body has Traditional characters to convert');
  });
});
