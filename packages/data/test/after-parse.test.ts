/**
 * The checks after the parse (node/after-parse.ts), as `dz-plan parse` and `build` see them: what other cities write
 * among the units that is no unit (unit-names.ts) and text of a section outside its tasks (section-text.ts). A review
 * as another city's civil servant found each of these read without a word.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { dzPlanHere, cliScratch } from './helpers.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const document = (...tasks: string[]) => ['某市2024年重點工作任務', '某市人民政府', '一、穩增長', ...tasks.map((t, i) => `${i + 1}.${t}`)].join('\n');
const codes = (text: string) => planFromText(text, { lenient: true }).diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column}`);
/** Where `needle` starts in the first task's line (line 4), as a diagnostic places it: `4:24`. */
const place = (text: string, needle: string, after = 0) => {
  const line = text.split('\n')[3]!;
  return `4:${line.indexOf(needle, after) + 1}`;
};
const unitNames = (text: string) => planFromText(text, { lenient: true }).plan!.units.map((u) => u.name['zh-Hant']);

describe('a table of tasks', () => {
  const table = (rows: string[]) => ['某市2024年重點工作任務', '某市人民政府', ...rows].join('\n');
  const tabs = table(['序號\t重點任務\t牽頭單位\t配合單位', '1\t擴大有效投資,完成投資500億元\t市發展改革委\t市財政局', '2\t穩定就業\t市人社局\t']);

  test('tasks in a tab-separated table are said to be a table not read, at its first row, beside "no numbered tasks" (another city’s review)', () => {
    const { diagnostics } = planFromText(tabs, { lenient: true });
    assert.deepEqual(codes(tabs), ['warning noSections 1:1', 'error noTasks 1:1', 'warning tableNotRead 3:1']);
    assert.match(diagnostics[2]!.message, /^line 3 is a row of a table \(its cells separated by tabs\): tables are not read;/);
  });

  test('pipe and grid tables are said too; a tab after a task number, or one line with a tab, is no table', () => {
    const pipes = table(['| 序號 | 重點任務 | 牽頭單位 |', '| --- | --- | --- |', '| 1 | 擴大有效投資 | 市發展改革委 |']);
    assert.deepEqual(codes(pipes), ['warning noSections 1:1', 'error noTasks 1:1', 'warning tableNotRead 3:1']);
    const grid = table(['┌──┬────┐', '│1 │擴大有效投資│', '└──┴────┘']);
    assert.deepEqual(codes(grid), ['warning noSections 1:1', 'error noTasks 1:1', 'warning tableNotRead 4:1']);
    assert.deepEqual(codes(document('\t擴大有效投資。完成投資500億元。(牽頭單位:市發展改革委)', '優化服務。\t(牽頭單位:市發展改革委)').replace('1.', '1.\t')), []);
    // Tasks written whole with a tab before their brackets, one after another, and a rule beside a line with a tab,
    // are no table (a code review: both were said to be one).
    assert.deepEqual(codes(document('擴大有效投資。\t(牽頭單位:市發展改革委)', '優化服務。\t(牽頭單位:市發展改革委)')), []);
    assert.deepEqual(codes(document('擴大有效投資。(牽頭單位:市發展改革委)').replace('一、', '---\n說明\t見附件\n一、')).filter((c) => c.includes('table')), []);
  });

  test('dz-plan parse and build say it in the language of --lang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-plan-table-'));
    try {
      writeFileSync(join(dir, 'city.txt'), tabs);
      const said = { 'zh-Hant': /^warning 3:1 tableNotRead: 第 3 行是表格的一行/m, 'zh-Hans': /^warning 3:1 tableNotRead: 第 3 行是表格的一行/m, en: /^warning 3:1 tableNotRead: line 3 is a row of a table/m };
      for (const [lang, line] of Object.entries(said)) {
        const parse = await dzPlanHere('parse', join(dir, 'city.txt'), '--lang', lang);
        assert.equal(parse.status, 1);
        assert.match(parse.stdout, line, lang);
        const build = await dzPlanHere('build', join(dir, 'city.txt'), '--lang', lang);
        assert.match(build.stderr, line, lang);
      }
      // Without --lang, in English as every other diagnostic of the run (a review found this one alone in Chinese).
      for (const command of ['parse', 'summary'] as const) {
        assert.match((await dzPlanHere(command, join(dir, 'city.txt'))).stdout, said.en, `${command}: English by default`);
      }
      assert.match((await dzPlanHere('build', join(dir, 'city.txt'))).stderr, said.en, 'build: English by default');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('targets after 分別 with no subject', () => {
  test('a 分別 list after a comma pairs with the list before it; with none to pair, a warning says so and no target is proposed (another city’s review)', () => {
    const paired = document('財政收入。一般公共預算收入、稅收收入,分別增長15%、20%。(牽頭單位:市財政局)');
    const plan = planFromText(paired).plan!;
    assert.deepEqual(plan.targets.map((t) => [t.metric['zh-Hant'], t.value]), [['一般公共預算收入', 15], ['稅收收入', 20]]);
    const unnamed = document('財政收入。一般公共預算收入和稅收收入,分別增長15%、20%。(牽頭單位:市財政局)');
    const built = planFromText(unnamed);
    assert.deepEqual(built.plan!.targets, [], 'no target named 15%');
    assert.deepEqual(codes(unnamed), [`warning respectiveWithoutSubject ${place(unnamed, '15%')}`, `warning respectiveWithoutSubject ${place(unnamed, '20%')}`]);
    assert.match(built.diagnostics[0]!.message, /^task 1: 15% follows 分別, but no subject before it pairs with it/);
  });
});

describe('unit names that are no unit', () => {
  test('a field of the bracket (a deadline, a leader) is left out of the units, with a warning unless it is a deadline read', () => {
    for (const field of ['完成時限:2024年底', '完成時間:2024年底', '時間節點:12月底前', '完成時限:長期堅持', '牽頭領導:張三']) {
      const text = document(`擴大有效投資。完成投資500億元以上。(牽頭單位:市發展改革委;配合單位:市財政局;${field})`);
      assert.deepEqual(unitNames(text), ['市發展改革委', '市財政局'], field);
      // A deadline read is the deadline of the task's targets: nothing to do, nothing said (F217).
      assert.deepEqual(codes(text), /長期|領導/u.test(field) ? [`warning fieldAmongUnits ${place(text, field)}`] : [], field);
      assert.ok(planFromText(text).plan, 'a warning: the plan is written');
    }
  });

  test('a full stop left at a name’s end is left out of the name, with a warning', () => {
    const text = document('穩定就業。新增就業6萬人。(牽頭單位:市人社局。配合單位:市財政局.)');
    assert.deepEqual(unitNames(text), ['市人社局', '市財政局']);
    assert.deepEqual(codes(text), [`warning stopInUnitName ${place(text, '。配合')}`, `warning stopInUnitName ${place(text, '.)')}`]);
  });

  test('two units joined by a word are an error; a name with 和 inside is not', () => {
    const joined = document('促進消費。舉辦促銷活動200場。(牽頭單位:市商務局和市文旅局)');
    assert.deepEqual(codes(joined), [`error unitsJoinedByWord ${place(joined, '市商務局和')}`]);
    assert.equal(planFromText(joined).plan, undefined, 'no plan without --lenient');
    const one = document('促進消費。舉辦促銷活動200場。(牽頭單位:市工業和信息化局、市文化和旅遊局、市住房和城鄉建設局)');
    assert.deepEqual(codes(one), []);
  });

  test('a full stop between two names separates them, with a warning (another city: 市醫保局。市財政局 was one unit)', () => {
    const text = document('提升醫療服務。新建醫院2所。(牽頭單位:市衛生健康委。參與單位:市醫保局。市財政局。)');
    assert.deepEqual(unitNames(text), ['市衛生健康委', '市醫保局', '市財政局']);
    const found = planFromText(text, { lenient: true }).diagnostics.map((d) => d.message);
    assert.ok(found.includes('task 1: "市醫保局。市財政局" has a full stop between names: read as 2 units (市醫保局、市財政局)'), found.join('\n'));
    assert.ok(planFromText(text).plan, 'warnings only: the plan is written');
  });

  test('負責 beside 牽頭 (市甲局牽頭,各縣市區政府負責) is an error: 負責 reads as lead, but beside a lead it may mean taking part', () => {
    const text = document('治理大氣污染。PM2.5濃度下降5%。(市生態環境局牽頭,各縣市區政府負責)');
    assert.deepEqual(codes(text), [`error responsibleBesideLead ${place(text, '負責)')}`]);
    assert.equal(planFromText(text).plan, undefined, 'no plan without --lenient');
    // 負責 alone, or as a label's word (負責單位), says who leads: as before.
    assert.deepEqual(codes(document('治理大氣污染。(市生態環境局負責)')), []);
    assert.deepEqual(codes(document('治理大氣污染。(負責單位:市生態環境局;配合單位:市財政局)')), []);
  });

  test('units on two lines (牽頭單位 on one, 配合單位 on the next) are one task’s units, not text after them (another city)', () => {
    const text = ['某市2024年重點工作任務', '某市人民政府', '一、穩增長', '1.穩定就業。新增就業6萬人。', '牽頭單位:市統計局', '配合單位:市人社局、市農業農村局', '2.擴大消費。新增商戶20家。(牽頭單位:市商務局)'].join('\n');
    const { plan, diagnostics } = planFromText(text);
    assert.deepEqual(diagnostics.map((d) => d.code), []);
    const t01 = plan!.tasks[0]!;
    const name = (id: string) => plan!.units.find((u) => u.id === id)!.name['zh-Hant'];
    assert.deepEqual([t01.lead.map(name), t01.participating.map(name)], [['市統計局'], ['市人社局', '市農業農村局']]);
    assert.equal(t01.body['zh-Hant'], '新增就業6萬人。', 'the units lines are no part of the body');
    // Text after the units that is no label line is still an error.
    const stray = text.replace('配合單位:市人社局、市農業農村局', '另見附表');
    assert.deepEqual(planFromText(stray, { lenient: true }).diagnostics.map((d) => d.code), ['textAfterUnits']);
  });

  test('a field on a line of its own at the end of a task’s text (責任領導:李明) is left out of the body, with a warning; one with text after it is said and kept', () => {
    const text = ['某市2024年重點工作任務', '某市人民政府', '一、穩增長', '1.建設污水處理廠。新增日處理能力5萬噸。', '責任領導:李明', '牽頭單位:市住建局', '2.擴大消費。完成時限:2024年底', '新增商戶20家。(牽頭單位:市商務局)'].join('\n');
    const { plan, diagnostics } = planFromText(text);
    assert.deepEqual(plan!.tasks.map((t) => t.body['zh-Hant']), ['新增日處理能力5萬噸。', '完成時限:2024年底\n新增商戶20家。']);
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.code, d.line]), [['warning', 'fieldInTaskText', 5], ['warning', 'fieldInTaskText', 7]]);
    assert.match(diagnostics[0]!.message, /"責任領導:李明" is a field of the task, not its text: left out of the body/);
    assert.match(diagnostics[1]!.message, /kept in the body, as text follows it/);
  });

  test('責任單位 beside 牽頭單位 is an error: its units may be the others, not leads', () => {
    const text = document('優化服務。(牽頭單位:市發展改革委;責任單位:市財政局、市統計局)');
    assert.deepEqual(codes(text), [`error responsibleBesideLead ${place(text, '責任單位')}`]);
    // 責任單位 alone names the units responsible: they lead, as before, and that no role was given is said.
    const alone = document('優化服務。(責任單位:市財政局、市統計局)');
    assert.deepEqual(codes(alone), [`warning rolesNotGiven ${place(alone, '(責任單位')}`]);
  });

  test('a document of three levels (一、 above (一) above 1.): one error naming each 一、 heading\'s line, not lost in silence or called text after units', () => {
    // As another city wrote it (full-width brackets, a comma in the top heading); with 一、 read as the sections, the
    // (一) headings are text before a task instead, which textBeforeFirstTask says.
    const text = ['某市2024年重點工作任務', '某市人民政府', '一、堅持創新驅動,加快產業升級', '（一）培育新興產業', '1.培育集群。新增高新技術企業100家。（牽頭單位:市科技局）', '二、深化改革開放', '（二）優化營商環境', '2.壓縮開辦時間。新增市場主體2萬戶。（牽頭單位:市市場監管局）', '（三）擴大對外開放', '3.穩外貿。進出口總額增長10%。（牽頭單位:市商務局）'].join('\n');
    const { plan, diagnostics } = planFromText(text, { lenient: true });
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.code, d.line]), [['error', 'headingAboveSections', 3]]);
    assert.match(diagnostics[0]!.message, /^the （一） headings are read as the sections, and the 一、 headings above them \(lines 3, 6\) are not read/);
    assert.deepEqual(plan!.sections.map((s) => s.title['zh-Hant']), ['培育新興產業', '優化營商環境', '擴大對外開放']);
    assert.equal(planFromText(text).plan, undefined, 'no plan without --lenient');
    // Two levels, (一) and 1.: nothing to say.
    assert.deepEqual(planFromText(text.replace('一、堅持創新驅動,加快產業升級\n', '').replace('二、深化改革開放\n', '')).diagnostics, []);
  });

  test('a paragraph or a sub-heading between a section heading and its first task is said, not dropped silently', () => {
    const text = ['某市2024年重點工作任務', '某市人民政府', '一、穩增長', '全年地區生產總值增長6%左右。', '1.實施重點項目。(牽頭單位:市發展改革委)', '二、促改革', '(一)擴大有效投資', '2.優化服務。(牽頭單位:市發展改革委)'].join('\n');
    const found = planFromText(text).diagnostics;
    assert.deepEqual(found.map((d) => [d.code, d.line, d.column, d.severity]), [['textBeforeFirstTask', 4, 1, 'warning'], ['textBeforeFirstTask', 7, 1, 'warning']]);
    assert.match(found[0]!.message, /^section 1: "全年地區生產總值增長6%左右。" stands before its first task, in no task: its targets are not read/);
    assert.ok(planFromText(text).plan, 'a warning: the plan is written');
  });

  test('dz-plan parse says them too, and exits 1 on an error', async () => {
    const { at } = cliScratch('dz-plan-unit-names-');
    writeFileSync(at('city.txt'), document('擴大有效投資。(牽頭單位:市發展改革委;完成時限:長期堅持)', '優化服務。(牽頭單位:市發展改革委;責任單位:市財政局)'));
    const r = await dzPlanHere('parse', at('city.txt'));
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^warning 4:\d+ fieldAmongUnits: task 1: "完成時限:長期堅持" is a field of the bracket/m);
    assert.match(r.stdout, /^error 5:\d+ responsibleBesideLead: task 2: 責任單位 beside a lead label/m);
    assert.match(r.stdout, /1\. 擴大有效投資 {2}\(牽頭: 市發展改革委\)$/m, 'the field is no unit in the listing');
  });
});
