/** Query helpers of the Dezhou plan, each compared with a brute-force computation over the plan's arrays. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { taskTitlesEn } from '../scripts/curated/titles.js';
import {
  dezhou,
  dezhouPlan,
  getTarget,
  getTask,
  getUnit,
  targetsOfTask,
  tasksOfUnit,
  unitsOfTask,
} from '../src/dezhou-2023.js';
import { buildBigPlan } from '../../../scripts/bench/big-plan-build.js';
import { createPlanApi, type Plan, type Role, type Task } from '../src/index.js';

// Queries without a Dezhou shorthand are methods of dezhou().
const { getSection, responsibilityMatrix, searchTasks, targetsOfSection, targetsOfUnit, unitWorkload } = dezhou();

const plan = dezhouPlan;
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const roleIn = (task: Task, unitId: string): Role | null =>
  task.lead.includes(unitId) ? 'lead' : task.participating.includes(unitId) ? 'participating' : null;
const targetsOfTasksBrute = (tasks: readonly Task[]) =>
  plan.targets.filter((t) => tasks.some((task) => task.id === t.taskId)).map((t) => t.id);

describe('getTask / getSection / getTarget', () => {
  test('getTask(9), getTask("t09"), getTask("9") and getTask(task) are the same task', () => {
    const t9 = getTask(9);
    assert.ok(t9);
    assert.equal(t9.number, 9);
    assert.equal(t9.id, 't09');
    assert.equal(getTask('t09'), t9);
    assert.equal(getTask('9'), t9);
    assert.equal(getTask('T09'), t9);
    assert.equal(getTask(' 9 '), t9);
    assert.equal(getTask(t9), t9);
    assert.equal(t9, plan.tasks[8]);
  });

  test('unknown tasks are undefined', () => {
    for (const ref of [99, 0, -1, 9.5, '99', 't99', 'x', '']) assert.equal(getTask(ref), undefined, String(ref));
  });

  test('getSection by number, numeric string and id', () => {
    const s4 = getSection(4);
    assert.ok(s4);
    assert.equal(s4.id, 's04');
    assert.equal(getSection('4'), s4);
    assert.equal(getSection('s04'), s4);
    assert.equal(getSection('S04'), s4);
    assert.deepEqual(s4.taskIds, plan.tasks.filter((t) => t.sectionId === 's04').map((t) => t.id));
    assert.equal(getSection(12), undefined);
    assert.equal(getSection('s12'), undefined);
  });

  test('getTarget by id, case-insensitively', () => {
    for (const target of plan.targets) assert.equal(getTarget(target.id), target);
    assert.equal(getTarget('T09.1'), getTarget('t09.1'));
    assert.equal(getTarget('t99.9'), undefined);
  });
});

describe('getUnit', () => {
  const ndrc = plan.units.find((u) => u.name['zh-Hant'] === '市發展改革委')!;

  test('by id, Traditional name, Simplified name, alias, and English name in any case', () => {
    assert.equal(getUnit(ndrc.id), ndrc);
    assert.equal(getUnit('市發展改革委'), ndrc);
    assert.equal(getUnit('市发展改革委'), ndrc);
    assert.equal(getUnit('市發改委'), ndrc);
    assert.equal(getUnit('德州市發展和改革委員會'), ndrc);
    assert.equal(getUnit(ndrc.name.en), ndrc);
    assert.equal(getUnit(ndrc.name.en.toUpperCase()), ndrc);
    assert.equal(getUnit(ndrc.name.en.toLowerCase()), ndrc);
    assert.equal(getUnit(ndrc), ndrc);
  });

  test('unknown units are undefined', () => {
    for (const ref of ['', 'foo', '市不存在局', 'development', '市', '德州市', '場監管局']) assert.equal(getUnit(ref), undefined, ref);
  });

  test('without the 市 or 德州市 prefix, in standard Traditional, variant or mixed script (issue 7)', () => {
    assert.equal(getUnit('發改委'), ndrc);
    assert.equal(getUnit('发改委'), ndrc);
    assert.equal(getUnit('德州市發改委'), ndrc);
    assert.equal(getUnit('發展改革委'), ndrc);
    assert.equal(getUnit('发展改革委'), ndrc);
    const tech = getUnit('市科技局')!;
    assert.ok(tech);
    for (const ref of ['科技局', '德州市科技局', '德州市 科技局', '市科技局']) assert.equal(getUnit(ref), tech, ref);
    assert.deepEqual(tasksOfUnit('科技局', { role: 'lead' })?.map((t) => t.number), [1, 2, 3]);
    // Mixed scripts: Traditional 發 with Simplified 变/展 forms.
    assert.equal(getUnit('市發展改革委'), getUnit('市发展改革委'));
    assert.equal(getUnit('市發展改革委'.replace('發', '发')), ndrc);
  });

  test('every unit is found by each of its names and aliases without the 市 / 德州市 prefix, unless another unit claims it', () => {
    for (const unit of plan.units) {
      for (const name of [unit.name['zh-Hant'], unit.name['zh-Hans'], ...unit.aliases]) {
        const bare = name.replace(/^(德州市|市)/, '');
        if (bare === name || !bare) continue;
        const found = getUnit(bare);
        assert.ok(found, `${name} → ${bare}`);
        if (found !== unit) assert.ok([found.name['zh-Hant'], found.name['zh-Hans'], ...found.aliases].some((n) => n.replace(/^(德州市|市)/, '') === bare), `${bare} is ${found.id}, not ${unit.id}`);
      }
    }
  });
});

describe('tasksOfUnit / unitsOfTask', () => {
  test('a unit a task lists twice in one role (the parser only warns: duplicateUnitInTask) has the task once, as the matrix does', () => {
    const twice = structuredClone(dezhouPlan) as unknown as Plan & { tasks: { lead: string[]; participating: string[] }[] };
    twice.tasks[0]!.lead.push(twice.tasks[0]!.lead[0]!);
    twice.tasks[25]!.participating.push(twice.tasks[25]!.participating[0]!);
    const api = createPlanApi(twice);
    for (const [task, role] of [[twice.tasks[0]!, 'lead'], [twice.tasks[25]!, 'participating']] as const) {
      const unit = task[role][0]!;
      assert.deepEqual(ids(api.tasksOfUnit(unit, { role })!), ids(tasksOfUnit(unit, { role })!), `${unit} ${role}`);
      assert.deepEqual(ids(api.tasksOfUnit(unit)!), ids(tasksOfUnit(unit)!), `${unit} any`);
    }
  });

  test('tasksOfUnit for every unit and role equals a brute-force filter', () => {
    for (const unit of plan.units) {
      const lead = plan.tasks.filter((t) => t.lead.includes(unit.id));
      const participating = plan.tasks.filter((t) => t.participating.includes(unit.id));
      const any = plan.tasks.filter((t) => roleIn(t, unit.id));
      assert.deepEqual(ids(tasksOfUnit(unit.id, { role: 'lead' })!), ids(lead), `${unit.id} lead`);
      assert.deepEqual(ids(tasksOfUnit(unit.id, { role: 'participating' })!), ids(participating), `${unit.id} participating`);
      assert.deepEqual(ids(tasksOfUnit(unit.id, { role: 'any' })!), ids(any), `${unit.id} any`);
      assert.deepEqual(ids(tasksOfUnit(unit.name['zh-Hans'])!), ids(any), `${unit.id} default role, by Simplified name`);
    }
    assert.equal(tasksOfUnit('no such unit'), undefined);
  });

  test('an unknown unit is reported as undefined, not as a unit without tasks', () => {
    for (const ref of ['', 'foo', '市不存在局', '科技']) assert.equal(tasksOfUnit(ref), undefined, ref);
    for (const unit of plan.units) assert.ok(Array.isArray(tasksOfUnit(unit.id)), unit.id);
  });

  test('unitsOfTask lists lead units, then participating units, in document order', () => {
    for (const task of plan.tasks) {
      const got = unitsOfTask(task.number).map((u) => [u.unit.id, u.role]);
      const expected = [...task.lead.map((id) => [id, 'lead']), ...task.participating.map((id) => [id, 'participating'])];
      assert.deepEqual(got, expected, `task ${task.number}`);
    }
    assert.deepEqual(
      unitsOfTask(2).map((u) => [u.unit.name['zh-Hant'], u.role]),
      [
        ['市科技局', 'lead'],
        ['市發展改革委', 'participating'],
        ['市工業和信息化局', 'participating'],
      ],
    );
    assert.deepEqual(unitsOfTask(99), []);
  });
});

describe('targetsOf…', () => {
  test('targetsOfTask equals the targets whose taskId is the task', () => {
    for (const task of plan.tasks) {
      assert.deepEqual(ids(targetsOfTask(task.id)), plan.targets.filter((t) => t.taskId === task.id).map((t) => t.id), task.id);
    }
    assert.equal(targetsOfTask(9)[0]?.quote, '新開通5G基站3000個');
    assert.deepEqual(targetsOfTask(99), []);
  });

  test('targetsOfUnit equals the targets of the unit’s tasks, per role', () => {
    for (const unit of plan.units) {
      for (const role of ['lead', 'participating', 'any'] as const) {
        const tasks = plan.tasks.filter((t) => (role === 'any' ? roleIn(t, unit.id) : roleIn(t, unit.id) === role));
        assert.deepEqual(ids(targetsOfUnit(unit.id, { role })), targetsOfTasksBrute(tasks), `${unit.id} ${role}`);
      }
    }
  });

  test('targetsOfSection equals the targets of the section’s tasks', () => {
    for (const section of plan.sections) {
      const tasks = plan.tasks.filter((t) => t.sectionId === section.id);
      assert.deepEqual(ids(targetsOfSection(section.number)), targetsOfTasksBrute(tasks), section.id);
    }
    const all = plan.sections.flatMap((s) => ids(targetsOfSection(s.id)));
    assert.deepEqual(all, ids(plan.targets), 'sections partition the targets');
    assert.deepEqual(targetsOfSection(12), []);
  });
});

describe('responsibilityMatrix', () => {
  test('section 4: rows, columns and roles agree with brute force; totals add up', () => {
    const m = responsibilityMatrix({ sections: [4] });
    const columns = plan.tasks.filter((t) => t.sectionId === 's04');
    assert.deepEqual(ids(m.columns), ids(columns));
    const involved = new Set(columns.flatMap((t) => [...t.lead, ...t.participating]));
    assert.deepEqual(new Set(ids(m.rows)), involved, 'rows are exactly the units with a role in section 4');
    assert.equal(m.rows.length, involved.size);
    m.rows.forEach((unit, i) => {
      m.columns.forEach((task, j) => assert.equal(m.roles[i]![j], roleIn(task, unit.id), `${unit.id} × ${task.id}`));
      const lead = m.roles[i]!.filter((r) => r === 'lead').length;
      const participating = m.roles[i]!.filter((r) => r === 'participating').length;
      assert.deepEqual(m.rowTotals[i], { lead, participating, total: lead + participating });
    });
    m.columns.forEach((task, j) => {
      assert.deepEqual(m.columnTotals[j], { lead: task.lead.length, participating: task.participating.length, total: task.lead.length + task.participating.length });
    });
    const sum = (list: readonly { lead: number; participating: number; total: number }[]) =>
      list.reduce((a, b) => ({ lead: a.lead + b.lead, participating: a.participating + b.participating, total: a.total + b.total }), { lead: 0, participating: 0, total: 0 });
    const assignments = columns.reduce((n, t) => n + t.lead.length + t.participating.length, 0);
    assert.deepEqual(sum(m.rowTotals), m.totals);
    assert.deepEqual(sum(m.columnTotals), m.totals);
    assert.equal(m.totals.total, assignments);
    assert.deepEqual(m.unknown, { sections: [], units: [] });
  });

  test('the whole plan: 186 assignments, 48 rows, 69 columns', () => {
    const m = responsibilityMatrix();
    assert.equal(m.rows.length, 48);
    assert.equal(m.columns.length, 69);
    assert.equal(m.totals.total, 186);
    assert.equal(m.totals.lead, plan.tasks.reduce((n, t) => n + t.lead.length, 0));
  });

  test("sort: 'load' orders rows by total (then lead) descending, with the same rows and totals", () => {
    const byOrder = responsibilityMatrix({ sections: [4] });
    const byLoad = responsibilityMatrix({ sections: [4], sort: 'load' });
    assert.deepEqual(new Set(ids(byLoad.rows)), new Set(ids(byOrder.rows)));
    assert.deepEqual(byLoad.totals, byOrder.totals);
    for (let i = 1; i < byLoad.rows.length; i++) {
      const a = byLoad.rowTotals[i - 1]!;
      const b = byLoad.rowTotals[i]!;
      assert.ok(a.total > b.total || (a.total === b.total && a.lead >= b.lead), `row ${i} is not heavier than row ${i - 1}`);
    }
    byLoad.rows.forEach((unit, i) => {
      byLoad.columns.forEach((task, j) => assert.equal(byLoad.roles[i]![j], roleIn(task, unit.id)));
    });
    const whole = responsibilityMatrix({ sort: 'load' });
    const heaviest = Math.max(...plan.units.map((u) => plan.tasks.filter((t) => roleIn(t, u.id)).length));
    assert.equal(whole.rowTotals[0]!.total, heaviest);
  });

  test('a units filter accepts aliases; columns are the tasks of those units', () => {
    const ndrc = getUnit('市發展改革委')!;
    const water = getUnit('市水利局')!;
    const m = responsibilityMatrix({ units: ['市發改委', '市水利局', water.name['zh-Hans'], ndrc.id] });
    assert.deepEqual(new Set(ids(m.rows)), new Set([ndrc.id, water.id]));
    assert.deepEqual(ids(m.columns), ids(plan.tasks.filter((t) => roleIn(t, ndrc.id) || roleIn(t, water.id))));
    assert.deepEqual(m.unknown, { sections: [], units: [] });
  });

  test('unknown section and unit references are reported in `unknown`', () => {
    const m = responsibilityMatrix({ sections: [4, 99, 's77'], units: ['市發改委', '市不存在局'] });
    assert.deepEqual(m.unknown, { sections: [99, 's77'], units: ['市不存在局'] });
    assert.deepEqual(ids(m.rows), [getUnit('市發改委')!.id]);
    assert.ok(m.columns.every((t) => t.sectionId === 's04' && roleIn(t, m.rows[0]!.id)));
  });

  test('a province-scale matrix (2,000 tasks × 300 units) builds no 600,000-cell grid: roleAt, totals and the load order come from the roles alone, the grid only when `roles` is read', () => {
    const big = createPlanApi(buildBigPlan(plan, { tasks: 2000, units: 300 }));
    for (const sort of ['order', 'load'] as const) {
      const m = big.responsibilityMatrix({ sort });
      // `roles` is an accessor that builds the grid when read, not a grid built with the matrix.
      assert.equal(typeof Object.getOwnPropertyDescriptor(m, 'roles')?.get, 'function', `${sort}: the grid was built before it was read`);
      const rowTotals = m.rows.map((unit) => {
        const tasks = m.columns.map((task) => roleIn(task, unit.id));
        return { lead: tasks.filter((r) => r === 'lead').length, participating: tasks.filter((r) => r === 'participating').length };
      });
      m.rows.forEach((_, i) => {
        assert.equal(m.rowTotals[i]!.lead, rowTotals[i]!.lead);
        assert.equal(m.rowTotals[i]!.participating, rowTotals[i]!.participating);
      });
      for (const [i, j] of [[0, 0], [5, 17], [m.rows.length - 1, m.columns.length - 1], [150, 1999]] as const) {
        assert.equal(m.roleAt(i, j), roleIn(m.columns[j]!, m.rows[i]!.id), `${sort} roleAt(${i}, ${j})`);
      }
      // Read, the grid agrees with roleAt everywhere.
      assert.equal(m.roles.length, m.rows.length);
      m.roles.forEach((row, i) => row.forEach((role, j) => role !== m.roleAt(i, j) && assert.fail(`${sort} roles[${i}][${j}]`)));
    }
  });

  test('a unit listed twice, or as lead and participating in one task, is one cell: it leads, and counts once', () => {
    const [first, second] = plan.units;
    const task: Task = { ...plan.tasks[0]!, lead: [first!.id, first!.id], participating: [first!.id, second!.id, second!.id] };
    const odd: Plan = { ...plan, tasks: [task, ...plan.tasks.slice(1)] };
    const m = createPlanApi(odd).responsibilityMatrix({ sections: [task.sectionId] });
    const j = m.columns.findIndex((t) => t.id === task.id);
    const row = (id: string) => m.rows.findIndex((u) => u.id === id);
    assert.equal(m.roleAt(row(first!.id), j), 'lead');
    assert.equal(m.roleAt(row(second!.id), j), 'participating');
    assert.deepEqual(m.columnTotals[j], { lead: 1, participating: 1, total: 2 });
    assert.deepEqual(m.rowTotals[row(first!.id)], { lead: 1 + m.columns.slice(1).filter((t) => t.lead.includes(first!.id)).length, participating: m.columns.slice(1).filter((t) => !t.lead.includes(first!.id) && t.participating.includes(first!.id)).length, total: m.roles[row(first!.id)]!.filter(Boolean).length });
  });
});

describe('unitWorkload', () => {
  test('lead, participating and targets agree with brute force for every unit', () => {
    for (const unit of plan.units) {
      const w = unitWorkload(unit.name['zh-Hant']);
      assert.ok(w);
      assert.equal(w.unit, unit);
      assert.deepEqual(ids(w.lead), ids(plan.tasks.filter((t) => t.lead.includes(unit.id))));
      assert.deepEqual(ids(w.participating), ids(plan.tasks.filter((t) => t.participating.includes(unit.id))));
      assert.deepEqual(ids(w.targets), targetsOfTasksBrute(plan.tasks.filter((t) => roleIn(t, unit.id))));
    }
    assert.equal(unitWorkload('市不存在局'), undefined);
  });
});

describe('searchTasks', () => {
  const numbers = (query: string) => searchTasks(query).map((r) => r.task.number);

  test('"5G" finds task 9 among the first two', () => {
    assert.ok(numbers('5G').slice(0, 2).includes(9), numbers('5G').join(','));
    assert.deepEqual(numbers('5g'), numbers('5G'), 'case-insensitive');
  });

  test('Simplified 新能源汽车 finds task 11 first; Traditional too', () => {
    assert.equal(numbers('新能源汽车')[0], 11);
    assert.equal(numbers('新能源汽車')[0], 11);
  });

  test('English words from task 11’s title find task 11 first', () => {
    const title = taskTitlesEn[10]!;
    assert.match(title, /new energy vehicle/i);
    assert.equal(numbers('new energy vehicle')[0], 11);
    assert.equal(numbers('New Energy Vehicle industry')[0], 11);
  });

  test('a number or a task id finds that task first', () => {
    assert.equal(numbers('42')[0], 42);
    assert.equal(numbers('t42')[0], 42);
  });

  test('standard Traditional, Simplified and mixed scripts find the same tasks (issue 7)', () => {
    for (const [typed, written] of [
      ['示範', '示范'],
      ['製造', '制造'],
      ['上雲', '上云'],
      ['製造業', '制造業'],
      ['綠色制造', '綠色製造'],
      ['新能源汽车', '新能源汽車'],
    ] as const) {
      assert.ok(numbers(written).length > 0, written);
      assert.deepEqual(numbers(typed), numbers(written), `${typed} = ${written}`);
    }
  });

  test('English plurals and verb forms match (issue 7: "smart city" finds task 21\'s "smart cities")', () => {
    assert.match(taskTitlesEn[20]!, /smart cities/);
    assert.ok(numbers('smart city').includes(21), numbers('smart city').join(','));
    assert.ok(numbers('smart cities').includes(21));
    assert.ok(numbers('vehicles').includes(11));
    assert.ok(numbers('new energy vehicles')[0] === 11);
    assert.deepEqual(numbers('enterprise'), numbers('enterprises'));
  });

  test('nonsense and empty queries return []', () => {
    assert.deepEqual(searchTasks('qwxzvbn 不存在的詞'), []);
    assert.deepEqual(searchTasks('zzzzzz'), []);
    assert.deepEqual(searchTasks(''), []);
    assert.deepEqual(searchTasks('  ，。 '), []);
  });

  test('results are sorted by score, every term matches, and limit is honoured', () => {
    for (const query of ['5G', '新能源', 'water', '市發改委', '綠色 低碳', 'energy']) {
      const results = searchTasks(query, { limit: 100 });
      assert.ok(results.length > 0, query);
      for (let i = 1; i < results.length; i++) {
        const a = results[i - 1]!;
        const b = results[i]!;
        assert.ok(a.score > b.score || (a.score === b.score && a.task.number < b.task.number), `${query}: result ${i}`);
      }
      assert.ok(results.every((r) => r.score > 0 && r.matchedIn.length > 0));
    }
    assert.equal(searchTasks('市', { limit: 3 }).length, 3);
    assert.ok(searchTasks('市').length <= 20, 'default limit 20');
  });

  test('a unit name finds exactly the unit’s tasks (brute force)', () => {
    const water = getUnit('市水利局')!;
    const expected = plan.tasks.filter((t) => roleIn(t, water.id)).map((t) => t.number);
    const found = searchTasks(water.name['zh-Hant'], { limit: 100 }).map((r) => r.task.number);
    for (const n of expected) assert.ok(found.includes(n), `task ${n}`);
  });
});

describe('the JSDoc examples of src/dezhou.ts hold', () => {
  test('each documented result', () => {
    assert.equal(getTask(9)?.title['zh-Hant'], '大力發展數字經濟');
    assert.deepEqual(getTask('t09')?.lead, ['industry-information-technology-bureau']);
    assert.equal(getSection(4)?.taskIds.length, 7);
    assert.equal(getUnit('市發改委')?.id, getUnit('市发展改革委')?.id);
    assert.equal(getTarget('t09.1')?.value, 3000);
    assert.deepEqual(tasksOfUnit('市科技局', { role: 'lead' })?.map((t) => t.number), [1, 2, 3]);
    assert.deepEqual(unitsOfTask(14).map((u) => u.unit.name['zh-Hant']), ['市發展改革委', '市自然資源局']);
    assert.equal(targetsOfTask(9)[0]?.quote, '新開通5G基站3000個');
    assert.equal(searchTasks('new energy vehicle')[0]?.task.number, 11);
  });
});
