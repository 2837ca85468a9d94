/** planFromText, applyOverlay, lintPlan and `dz-plan build` / `dz-plan lint`: from a document to a plan JSON. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { SEED_SHA256 } from '../scripts/seed.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { describeTarget, describeTargetInWords, formatAmount, loadPlan, parseReadingValue, type Plan } from '../src/index.js';
import { applyOverlay, lintPlan, planFromText } from '../src/node/index.js';
import { cliScratch, dzPlan, dzPlanHere, fixturesDir, packageDir, seed } from './helpers.js';

const invented = readFileSync(resolve(fixturesDir, 'invented-simplified.txt'), 'utf8');
const inventedOptions = { issuer: '虚构市人民政府', sourceFile: 'invented-simplified.txt' };

/** The names of a plan's units, by id. */
const namesOf = (plan: Plan) => new Map(plan.units.map((u) => [u.id, u.name['zh-Hant']]));

describe('planFromText on the Dezhou seed', () => {
  const { plan, diagnostics, issues } = planFromText(seed, { sourceFile: 'dezhou-2023-key-tasks.zh-Hant.txt' });

  test('builds a valid plan with no error, titled and issued as the document says, with the seed hash', () => {
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(issues, []);
    assert.ok(plan);
    assert.equal(plan.title['zh-Hant'], dezhouPlan.title['zh-Hant']);
    assert.equal(plan.issuer['zh-Hant'], '德州市人民政府');
    assert.equal(plan.year, 2023);
    assert.equal(plan.id, 'dezhou-2023-key-tasks');
    assert.equal(plan.source?.sha256, SEED_SHA256);
    assert.equal(plan.sourceLanguage, 'zh-Hant');
    loadPlan(JSON.parse(JSON.stringify(plan)));
  });

  test('its sections, tasks, units and assignments equal the curated plan’s', () => {
    assert.ok(plan);
    assert.deepEqual(
      plan.sections.map((s) => [s.number, s.title['zh-Hant'], s.title['zh-Hans'], s.taskIds]),
      dezhouPlan.sections.map((s) => [s.number, s.title['zh-Hant'], s.title['zh-Hans'], s.taskIds]),
    );
    assert.deepEqual(
      plan.tasks.map((t) => [t.id, t.title['zh-Hant'], t.body['zh-Hant'], t.body['zh-Hans'], t.source]),
      dezhouPlan.tasks.map((t) => [t.id, t.title['zh-Hant'], t.body['zh-Hant'], t.body['zh-Hans'], t.source]),
    );
    assert.deepEqual(plan.units.map((u) => u.name['zh-Hant']).sort(), dezhouPlan.units.map((u) => u.name['zh-Hant']).sort());
    const built = namesOf(plan);
    const curated = namesOf(dezhouPlan);
    plan.tasks.forEach((t, i) => {
      const c = dezhouPlan.tasks[i]!;
      assert.deepEqual(t.lead.map((id) => built.get(id)), c.lead.map((id) => curated.get(id)), `${t.id} lead`);
      assert.deepEqual(t.participating.map((id) => built.get(id)), c.participating.map((id) => curated.get(id)), `${t.id} participating`);
    });
  });

  test('unit ids are stable kebab-case pinyin, unique, and English is left for a person to write', () => {
    assert.ok(plan);
    const ids = plan.units.map((u) => u.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.equal(plan.units.find((u) => u.name['zh-Hant'] === '市發展改革委')?.id, 'fa-zhan-gai-ge-wei');
    assert.ok(plan.units.every((u) => u.name.en === ''));
    assert.equal(plan.units.find((u) => u.name['zh-Hant'] === '市委組織部')?.kind, 'partyOffice');
    assert.equal(planFromText(seed).plan?.units.map((u) => u.id).join(), ids.join(), 'the same document gives the same ids');
  });

  test('the targets it proposes find the curated ones (recall ≥ 95%, precision ≥ 90%), each quoted verbatim', () => {
    assert.ok(plan);
    for (const t of plan.targets) assert.equal(seed.slice(t.offset, t.offset + t.quote.length), t.quote, t.id);
    const overlaps = (a: { taskId: string; offset: number; quote: string }, b: typeof a) =>
      a.taskId === b.taskId && a.offset < b.offset + b.quote.length && b.offset < a.offset + a.quote.length;
    const matched = dezhouPlan.targets.filter((c) => plan.targets.some((p) => overlaps(p, c) && p.value === c.value));
    const correct = plan.targets.filter((p) => dezhouPlan.targets.some((c) => overlaps(p, c) && p.value === c.value));
    const recall = matched.length / dezhouPlan.targets.length;
    const precision = correct.length / plan.targets.length;
    console.log(`dz-plan build on the Dezhou seed: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}% (${plan.targets.length} proposed, ${dezhouPlan.targets.length} curated)`);
    assert.ok(recall >= 0.95, `recall ${recall}`);
    assert.ok(precision >= 0.9, `precision ${precision}`);
  });
});

describe('planFromText on an invented Simplified document', () => {
  test('an --issuer or --title typed in the other script is given in both (a county web team typed 縣 for a Simplified document)', () => {
    const { plan } = planFromText(invented, { ...inventedOptions, issuer: '虛構市人民政府', title: '虛構市2024年重點工作任務' });
    assert.ok(plan);
    assert.deepEqual([plan.issuer['zh-Hans'], plan.issuer['zh-Hant']], ['虚构市人民政府', '虛構市人民政府']);
    assert.deepEqual([plan.title['zh-Hans'], plan.title['zh-Hant']], ['虚构市2024年重点工作任务', '虛構市2024年重點工作任務']);
  });

  test('reads the document in its own script and converts to Traditional with OpenCC', () => {
    const { plan, issues } = planFromText(invented, inventedOptions);
    assert.deepEqual(issues, []);
    assert.ok(plan);
    assert.equal(plan.sourceLanguage, 'zh-Hans');
    assert.equal(plan.title['zh-Hans'], '虚构市2024年重点工作任务');
    assert.equal(plan.title['zh-Hant'], '虛構市2024年重點工作任務');
    assert.equal(plan.year, 2024);
    assert.equal(plan.period.end, '2024-12-31');
    assert.equal(plan.id, 'xugou-2024-key-tasks');
    const t1 = plan.tasks[0]!;
    assert.equal(t1.title['zh-Hant'], '推動成果轉化');
    assert.ok(plan.targets.some((t) => t.taskId === 't01' && t.value === 50 && t.comparator === 'atLeast'), JSON.stringify(plan.targets.filter((t) => t.taskId === 't01')));
  });

  test('its units of measure are in both scripts: a Traditional page says 萬噸 and 項, and reads a value written either way', () => {
    const { plan } = planFromText(invented, inventedOptions);
    assert.ok(plan);
    const api = loadPlan(JSON.parse(JSON.stringify(plan)));
    const coal = api.plan.targets.find((t) => t.quote.includes('节约标准煤'))!;
    const results = api.plan.targets.find((t) => t.quote.includes('引进科技成果'))!;
    assert.equal(coal.unit, '万吨', 'the unit as written');
    assert.equal(formatAmount(coal, 4.5, 'zh-Hant'), '4.5萬噸');
    assert.equal(formatAmount(coal, 4.5, 'zh-Hans'), '4.5万吨');
    assert.equal(formatAmount(results, 50, 'zh-Hant'), '50項');
    assert.equal(describeTarget(results, 'zh-Hant').includes('项'), false, describeTarget(results, 'zh-Hant'));
    for (const written of ['4.5萬噸', '4.5万吨', '45000噸', '45000吨']) assert.deepEqual(parseReadingValue(written, coal), { value: 4.5 }, written);
  });

  test('without an issuer in the text it asks for one, and builds nothing', () => {
    const { plan, issues } = planFromText(invented, { sourceFile: 'x.txt' });
    assert.equal(plan, undefined);
    assert.deepEqual(issues.map((i) => i.path), ['issuer']);
  });

  test('a document with parse errors gives no plan unless lenient', () => {
    const broken = invented.replace('（牵头单位：市科技局，参与单位：市财政局、市市场监管局）', '（牵头单位：市科技局牵头，参与单位：市财政局）');
    const strict = planFromText(broken, inventedOptions);
    assert.deepEqual(strict.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line]), [['roleWordInUnitName', 5]]);
    assert.equal(strict.plan, undefined);
    assert.ok(planFromText(broken, { ...inventedOptions, lenient: true }).plan);
  });

  test('a task written as one sentence (all of it its title, up to the first 。) has its targets read there too', () => {
    const text = '临江市2024年重点工作任务\n一、主要目标\n1.地区生产总值增长6%左右，一般公共预算收入增长5%。（牵头单位：市发展改革委、市财政局）\n2.扩大消费。社会消费品零售总额增长6%。（牵头单位：市商务局）\n';
    const { plan, issues } = planFromText(text, { issuer: '临江市人民政府' });
    assert.deepEqual(issues, []);
    assert.deepEqual(plan!.targets.map((t) => [t.id, t.quote]), [['t01.1', '地区生产总值增长6%左右'], ['t01.2', '一般公共预算收入增长5%'], ['t02.1', '社会消费品零售总额增长6%']]);
    for (const target of plan!.targets) assert.equal(text.slice(target.offset, target.offset + target.quote.length), target.quote, `${target.id} at its offset`);
  });

  test('tasks numbered from 1 again in each section give no plan, even lenient, and say where and what to change', () => {
    const text = '临江市2024年重点工作任务\n一、扩大内需\n1.扩大消费。新增商户20家。（牵头单位：市商务局）\n二、乡村振兴\n1.稳定粮食生产。建设高标准农田10万亩。（牵头单位：市农业农村局）\n';
    for (const lenient of [false, true]) {
      const { plan, issues } = planFromText(text, { issuer: '临江市人民政府', lenient });
      assert.equal(plan, undefined);
      assert.deepEqual(issues.map((i) => i.path), ['tasks']);
      assert.match(issues[0]!.message, /task 1 \(line 5\) has the number of an earlier task: .*number the tasks on through the document/);
    }
  });
});

describe('the elements’ built-plan fixture', () => {
  test('packages/elements/test-fixtures/built-plan.json is what `dz-plan build` gives for the invented document', () => {
    const fixture = JSON.parse(readFileSync(resolve(packageDir, '../elements/test-fixtures/built-plan.json'), 'utf8'));
    const { plan } = planFromText(invented, inventedOptions);
    assert.deepEqual(fixture, JSON.parse(JSON.stringify(plan)), 'rebuild it: node bin/dz-plan.js build test/fixtures/invented-simplified.txt --issuer 虚构市人民政府 -o ../elements/test-fixtures/built-plan.json');
  });
});

describe('applyOverlay', () => {
  const built = planFromText(invented, inventedOptions).plan!;

  test('gives English names, a unit id and kind, removes, changes and adds targets, and keeps assignments', () => {
    const removed = built.targets[0]!.id;
    const changed = built.targets[1]!.id;
    // The extraction found 节约标准煤4.5万吨; the overlay removes it and adds it back as reviewed.
    const readded = built.targets.find((t) => t.quote === '节约标准煤4.5万吨')!.id;
    const { plan, issues } = applyOverlay(
      built,
      {
        id: 'invented-2024',
        title: { en: 'Invented city 2024 key tasks' },
        sections: { '1': { title: { en: 'Innovation' } } },
        tasks: { '1': { title: { en: 'Transfer research results' } } },
        units: { 市科技局: { id: 'science-technology-bureau', en: 'Municipal Science and Technology Bureau', aliases: ['科技局'] } },
        targets: {
          remove: [removed, readded],
          change: { [changed]: { measure: 'flow', metric: { en: 'Technology contract turnover' } } },
          add: [{ task: 3, quote: '节约标准煤4.5万吨', valueText: '4.5', value: 4.5, unit: '万吨', comparator: 'exact', measure: 'flow', metric: { 'zh-Hans': '节约标准煤' } }],
        },
      },
      invented,
    );
    assert.deepEqual(issues, []);
    assert.ok(plan);
    assert.equal(plan.id, 'invented-2024');
    assert.equal(plan.title.en, 'Invented city 2024 key tasks');
    assert.equal(plan.sections[0]!.title.en, 'Innovation');
    const unit = plan.units.find((u) => u.id === 'science-technology-bureau')!;
    assert.equal(unit.name.en, 'Municipal Science and Technology Bureau');
    assert.ok(unit.aliases.includes('科技局'));
    assert.ok(plan.tasks[0]!.lead.includes('science-technology-bureau'));
    assert.equal(plan.targets.some((t) => t.id === removed), false);
    assert.equal(plan.tasks[0]!.targetIds.includes(removed), false);
    const c = plan.targets.find((t) => t.id === changed)!;
    assert.equal(c.metric.en, 'Technology contract turnover');
    assert.equal(c.confidence, undefined, 'a reviewed target has no confidence');
    const added = plan.targets.find((t) => t.quote === '节约标准煤4.5万吨')!;
    assert.equal(invented.slice(added.offset, added.offset + added.quote.length), added.quote);
    assert.equal(added.metric['zh-Hant'], '節約標準煤');
    assert.ok(plan.tasks[2]!.targetIds.includes(added.id));
    loadPlan(plan);
  });

  test('it marks a threshold each member must reach (each), in the script given, the other converted', () => {
    const first = built.targets[0]!;
    const { plan, issues } = applyOverlay(built, { targets: { change: { [first.id]: { each: { 'zh-Hans': '县(市、区)', en: 'county' } } } } }, invented);
    assert.deepEqual(issues, []);
    const changed = plan!.targets.find((t) => t.id === first.id)!;
    assert.deepEqual(changed.each, { 'zh-Hant': '縣(市、區)', 'zh-Hans': '县(市、区)', en: 'county' });
    assert.match(describeTargetInWords(changed, 'zh-Hant'), /^縣\(市、區\)各/);
    const removed = applyOverlay(plan!, { targets: { change: { [first.id]: { each: null } } } }, invented);
    assert.deepEqual(removed.issues, []);
    assert.equal(removed.plan!.targets.find((t) => t.id === first.id)!.each, undefined, 'each: null removes a set proposed wrongly');
    const partial = applyOverlay(built, { targets: { change: { [first.id]: { each: { en: 'county' } } } } }, invented);
    assert.match(partial.issues[0]?.path ?? '', /each\.zh-Hant$/, 'a set with no Chinese is refused, not shown blank');
  });

  test('a unit it adds or changes is in both scripts, and an added target’s quote is converted from the plan’s own script', () => {
    const coal = built.targets.find((t) => t.quote === '节约标准煤4.5万吨')!;
    const { plan, issues } = applyOverlay(
      built,
      {
        targets: {
          remove: [coal.id],
          change: { [built.targets[0]!.id]: { unit: '万项' } },
          add: [{ task: 3, quote: '节约标准煤4.5万吨', valueText: '4.5', value: 4.5, unit: '万吨', comparator: 'exact', measure: 'flow' }],
        },
      },
      invented,
    );
    assert.deepEqual(issues, []);
    assert.ok(plan);
    const added = plan.targets.find((t) => t.quote === '节约标准煤4.5万吨')!;
    assert.deepEqual(added.metric, { 'zh-Hant': '節約標準煤4.5萬噸', 'zh-Hans': '节约标准煤4.5万吨', en: '' });
    assert.equal(formatAmount(added, 4.5, 'zh-Hant'), '4.5萬噸');
    assert.equal(formatAmount(plan.targets[0]!, 2, 'zh-Hant'), '2萬項', 'the changed unit, not the built one (项)');
    loadPlan(plan);
  });

  test('names every reference the plan does not have, and a quote not in its task, and applies nothing', () => {
    const { plan, issues } = applyOverlay(
      built,
      {
        sections: { '99': { title: { en: 'x' } } },
        units: { 市不存在局: { en: 'Nowhere' } },
        targets: { remove: ['t99.1'], change: { 't98.1': { value: 1 } }, add: [{ task: 1, quote: '不在文中', valueText: '1', value: 1, unit: '個', comparator: 'exact', measure: 'flow' }] },
      },
      invented,
    );
    assert.equal(plan, undefined);
    assert.deepEqual(issues.map((i) => i.path).sort(), ['overlay.sections.99', 'overlay.targets.add[0].quote', 'overlay.targets.change.t98.1', 'overlay.targets.remove[0]', 'overlay.units.市不存在局'].sort());
  });

  test('two entries for one unit, a target both removed and changed, and a target added twice are issues, not silent', () => {
    const first = built.targets[0]!;
    const second = built.targets[1]!;
    const unit = built.units[0]!;
    const { plan, issues } = applyOverlay(
      built,
      {
        units: { [unit.name['zh-Hans']]: { en: 'A' }, [unit.id]: { kind: 'partyOffice' } },
        targets: {
          remove: [first.id],
          change: { [first.id]: { value: 7 } },
          add: [{ task: Number(second.taskId.slice(1)), quote: second.quote, valueText: second.valueText, value: second.value, unit: second.unit, comparator: second.comparator, measure: 'flow' }],
        },
      },
      invented,
    );
    assert.equal(plan, undefined);
    assert.deepEqual(issues.map((i) => i.path).sort(), [`overlay.targets.add[0].quote`, `overlay.targets.change.${first.id}`, `overlay.units.${unit.id}`].sort());
  });

  test('a misspelt key anywhere in an overlay is an issue naming it and the keys there are, never a correction dropped (a new user\'s review)', () => {
    const unit = [...new Set(built.tasks.flatMap((t) => t.lead))][0]!;
    const target = built.targets[0]!.id;
    for (const [overlay, path, key] of [
      [{ unit: { [unit]: { id: 'x' } } }, 'overlay', 'unit'],
      [{ units: { [unit]: { idd: 'x' } } }, `overlay.units.${unit}`, 'idd'],
      [{ targets: { change: { [target]: { comparater: 'atLeast' } } } }, `overlay.targets.change.${target}`, 'comparater'],
      [{ title: { 'zh-hant': '某市' } }, 'overlay.title', 'zh-hant'],
      [{ sections: { '1': { titel: { en: 'x' } } } }, 'overlay.sections.1', 'titel'],
    ] as const) {
      const { plan, issues } = applyOverlay(built, overlay, invented);
      assert.equal(plan, undefined, JSON.stringify(overlay));
      assert.deepEqual(issues.map((i) => i.path), [path], JSON.stringify(issues));
      assert.match(issues[0]!.message, new RegExp(key), issues[0]!.message);
    }
  });

  // `occurrence` counts the quote's appearances in its task: one past the last is an issue, never the first again.
  test('an added target\'s occurrence past the quote\'s last is an issue saying how many times it occurs', () => {
    const task = built.tasks[0]!;
    const body = invented.slice(task.source.body.offset, task.source.body.offset + task.source.body.length);
    const quote = '科技成果';
    const times = body.split(quote).length - 1;
    assert.ok(times >= 1, 'the quote is in task 1');
    const adding = (occurrence: number) => ({ targets: { add: [{ task: 1, quote, occurrence, valueText: '50', value: 50, unit: '项', comparator: 'atLeast', measure: 'flow' }] } });
    for (const occurrence of [times + 1, 1e12]) {
      const { plan, issues } = applyOverlay(built, adding(occurrence), invented);
      assert.equal(plan, undefined, `occurrence ${occurrence}`);
      assert.deepEqual(issues, [{ path: 'overlay.targets.add[0].occurrence', message: `"${quote}" occurs only ${times} time${times === 1 ? '' : 's'} in the text of task 1: give an occurrence from 1 to ${times}` }]);
    }
    const { plan } = applyOverlay(built, adding(times), invented);
    assert.equal(plan?.targets.at(-1)?.offset, task.source.body.offset + body.lastIndexOf(quote), 'the last occurrence is placed where it is');
  });

  test('an occurrence that is not a whole number from 1 is a schema issue, not "not in the text"', () => {
    for (const occurrence of [0, -1, 1.5]) {
      const add = { task: 1, quote: '科技成果', occurrence, valueText: '50', value: 50, unit: '项', comparator: 'atLeast', measure: 'flow' };
      const { plan, issues } = applyOverlay(built, { targets: { add: [add] } }, invented);
      assert.equal(plan, undefined);
      assert.deepEqual(issues.map((i) => i.path), ['overlay.targets.add[0].occurrence'], JSON.stringify(issues));
      assert.match(issues[0]!.message, /whole number from 1/, issues[0]!.message);
    }
  });

  test('a malformed overlay is reported with paths', () => {
    const { plan, issues } = applyOverlay(built, { units: { 市科技局: { kind: 'ministry' } }, targets: { add: [{ task: 1 }] } }, invented);
    assert.equal(plan, undefined);
    assert.ok(issues.some((i) => i.path.startsWith('overlay.units.市科技局.kind')), JSON.stringify(issues));
    assert.ok(issues.some((i) => i.path.startsWith('overlay.targets.add[0]')), JSON.stringify(issues));
  });
});

describe('lintPlan', () => {
  test('lists low-confidence targets, units named once, tasks without units or targets, guessed kinds and missing English', () => {
    const built = planFromText(invented, inventedOptions).plan!;
    const plan: Plan = {
      ...built,
      targets: built.targets.map((t, i) => (i === 0 ? { ...t, confidence: 0.5 } : t)),
      tasks: built.tasks.map((t, i) => (i === 1 ? { ...t, lead: [], participating: [] } : t)),
    };
    const codes = new Set(lintPlan(plan).map((item) => item.code));
    for (const code of ['lowConfidenceTarget', 'unitNamedOnce', 'taskWithoutUnits', 'taskWithoutTargets', 'guessedUnitKind', 'missingEnglish'] as const) {
      assert.ok(codes.has(code), code);
    }
    assert.equal(lintPlan(dezhouPlan).filter((i) => i.code === 'missingEnglish' || i.code === 'lowConfidenceTarget').length, 0, 'the curated plan is reviewed');
  });
});

describe('dz-plan build and lint (the built CLI first, then its main in this process)', () => {
  const scratch = cliScratch('dz-plan-build-', 'node/commands.js');

  test('build writes a plan that loadPlan accepts, and lint lists what to review', () => {
    const out = scratch.at('plan.json');
    const built = dzPlan('build', resolve(fixturesDir, 'invented-simplified.txt'), '-o', out, '--issuer', '虚构市人民政府');
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /xugou-2024-key-tasks: \d+ sections, \d+ tasks, \d+ units, \d+ assignments, \d+ targets/);
    const api = loadPlan(JSON.parse(readFileSync(out, 'utf8')));
    assert.equal(api.getTask(1)?.title.en, '推动成果转化', 'English not yet written reads as the document’s own (Simplified) text');
    const lint = dzPlan('lint', out);
    assert.equal(lint.status, 0, lint.stderr);
    assert.match(lint.stdout, /review plan missingEnglish: /);
    assert.equal(dzPlan('lint', out, '--strict').status, 1);
  });

  test('build takes an overlay, and refuses one that does not fit', async () => {
    const overlay = scratch.at('curated.json');
    writeFileSync(overlay, JSON.stringify({ units: { 市科技局: { en: 'Science and Technology Bureau' } } }));
    const out = scratch.at('overlaid.json');
    const ok = await dzPlanHere('build', resolve(fixturesDir, 'invented-simplified.txt'), '-o', out, '--issuer', '虚构市人民政府', '--overlay', overlay);
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(JSON.parse(readFileSync(out, 'utf8')).units.some((u: { name: { en: string } }) => u.name.en === 'Science and Technology Bureau'));
    writeFileSync(overlay, JSON.stringify({ targets: { remove: ['t99.9'] } }));
    const bad = await dzPlanHere('build', resolve(fixturesDir, 'invented-simplified.txt'), '-o', scratch.at('no.json'), '--issuer', '虚构市人民政府', '--overlay', overlay);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /overlay\.targets\.remove\[0\]: the plan has no target t99\.9/);
    assert.equal(existsSync(scratch.at('no.json')), false, 'nothing written');
  });

  test('no plan written: errors in the document counted in the singular for one, and --lenient not advised when it was given', async () => {
    const restarted = scratch.at('restarted.txt');
    writeFileSync(restarted, '临江市2024年重点工作任务\n一、扩大内需\n1.扩大消费。新增商户20家。（牵头单位：市商务局和市文旅局）\n二、乡村振兴\n1.稳定粮食生产。建设高标准农田10万亩。（牵头单位：市农业农村局）\n');
    const strict = await dzPlanHere('build', restarted, '--issuer', '临江市人民政府', '-o', scratch.at('r.json'));
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /no plan written: 1 error in the document \(fix it, or give --lenient\)/);
    const lenient = await dzPlanHere('build', restarted, '--issuer', '临江市人民政府', '--lenient', '-o', scratch.at('r.json'));
    assert.equal(lenient.status, 1);
    assert.match(lenient.stderr, /task 1 \(line 5\) has the number of an earlier task/);
    assert.match(lenient.stderr, /no plan written: see the problems above/);
  });

  test('a misspelt option or a missing file is a usage error (exit 2) that names it', async () => {
    const misspelt = await dzPlanHere('build', resolve(fixturesDir, 'invented-simplified.txt'), '--overlayy', 'x.json');
    assert.equal(misspelt.status, 2);
    assert.match(misspelt.stderr, /overlayy/);
    const missing = await dzPlanHere('build', scratch.at('nope.txt'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.txt/);
    const badId = await dzPlanHere('build', resolve(fixturesDir, 'invented-simplified.txt'), '--issuer', 'x', '--id', 'Bad Id');
    assert.equal(badId.status, 2);
    assert.match(badId.stderr, /--id must be kebab-case/);
    const unwritable = await dzPlanHere('build', resolve(fixturesDir, 'invented-simplified.txt'), '--issuer', '虚构市人民政府', '-o', scratch.at('no/such/dir/plan.json'));
    assert.equal(unwritable.status, 2);
    assert.match(unwritable.stderr, /無法寫入 .*plan\.json:所在的資料夾不存在/);
    assert.doesNotMatch(unwritable.stderr, /at \w+ \(/, 'no stack trace');
    const parseTypo = await dzPlanHere('parse', resolve(fixturesDir, 'invented-simplified.txt'), '--jsn');
    assert.equal(parseTypo.status, 2);
    assert.match(parseTypo.stderr, /--jsn/);
    const noIssuer = await dzPlanHere('build', resolve(fixturesDir, 'invented-simplified.txt'));
    assert.equal(noIssuer.status, 1);
    assert.match(noIssuer.stderr, /--issuer/);
  });

  test('build reads a .docx as its text', async () => {
    const paragraphs = invented.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`);
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`);
    const docx = scratch.at('invented.docx');
    writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = scratch.at('from-docx.json');
    const result = await dzPlanHere('build', docx, '-o', out, '--issuer', '虚构市人民政府');
    assert.equal(result.status, 0, result.stderr);
    const fromDocx = JSON.parse(readFileSync(out, 'utf8')) as Plan;
    const fromText = planFromText(invented, inventedOptions).plan!;
    assert.deepEqual(fromDocx.tasks.map((t) => [t.number, t.title, t.lead.length]), fromText.tasks.map((t) => [t.number, t.title, t.lead.length]));
  });
});
