/**
 * F131 (review r68 M1, L3): who reported what. A unit's sheet (its template, whose line above the header names the unit
 * since F134, review r69 H1) with a row for a target it does not lead is a problem naming both units, not a figure filed
 * as the lead unit's; the report says which unit's sheets gave each reading (`reportedBy`), the import where
 * (`sources`), and a total that falls is said with its rows. One split of a 牽頭單位 cell into units, hand-typed commas
 * (`，`) too.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseProgressReport } from '../src/index.js';
import { appendPeriod, progressTemplate, templateCsv, type ProgressTemplate } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';
import { importFiles, langs, plan, utf8 } from './progress-import-helpers.js';

const [gxj, kjj, zzb] = ['industry-information-technology-bureau', 'science-technology-bureau', 'party-organization-department'];

/** How many lines a template's CSV writes above its first row: a unit's line (`填報單位:…`) and the header. */
const linesAbove = (template: ProgressTemplate) => (template.unit ? 2 : 1);

/** `template` as a CSV file `name`, each of `values` (id → value, date, note) filled in, and `extra` rows added under it. */
function sheet(name: string, template: ProgressTemplate, values: Readonly<Record<string, readonly string[]>>, ...extra: (readonly string[])[]) {
  const rows = template.rows.map((row) => (values[row[0]!] ? [...row.slice(0, 8), ...values[row[0]!]!] : row));
  return { name, data: utf8(templateCsv({ ...template, rows: [...rows, ...extra] })), row: (id: string) => rows.length + linesAbove(template) + 1 + extra.findIndex((r) => r[0] === id) };
}

/** A row a clerk adds under a unit's template: the id, the metric, the value, the date and the note, no 牽頭單位. */
const added = (id: string, metric: string, value: string, date: string, note: string) => [id, '', metric, '', '', '', '', '', value, date, note];

describe('M1: a unit’s sheet reporting a target it does not lead', () => {
  const template = progressTemplate(plan, { unit: '市工業和信息化局' });
  // 工信局 takes part in task 2, which 科技局 leads: its row for t02.2 was filed as 科技局's figure (已達成).
  const file = sheet('gxj.csv', template, { 't09.1': ['2480', '2023-06-30', ''] }, added('t02.2', '國家企業技術中心', '1', '2023-06-28', '德州某企業獲批'));
  const row = file.row('t02.2');

  test('a participating unit (工信局, t02.2): a problem naming the target, its lead unit, the sheet’s unit, the row and what was typed', async () => {
    const expected = {
      'zh-Hant': `gxj.csv 第 ${row} 行「完成值」欄:t02.2 由市科技局牽頭,市工業和信息化局只是參與單位;市工業和信息化局的表所填 1(2023-06-28,備註「德州某企業獲批」)未匯入,以免記作市科技局的數值:請市科技局填報或確認`,
      'zh-Hans': `gxj.csv 第 ${row} 行“完成值”列:t02.2 由市科技局牵头,市工业和信息化局只是参与单位;市工业和信息化局的表所填 1(2023-06-28,备注“德州某企業獲批”)未导入,以免记作市科技局的数值:请市科技局填报或确认`,
      en: `gxj.csv, row ${row}, 完成值: t02.2 is led by Dezhou Municipal Science and Technology Bureau; Dezhou Municipal Bureau of Industry and Information Technology, whose sheet this is, only takes part in its task: its figure, 1 (2023-06-28, note "德州某企業獲批"), is not imported, lest it count as Dezhou Municipal Science and Technology Bureau's; ask the lead unit to report or confirm it`,
    };
    for (const lang of langs) {
      const result = await importFiles([file], lang);
      assert.deepEqual(result.problems.map((p) => [p.code, p.row, p.column, p.text]), [['notLeadUnit', row, '完成值', '1']], lang);
      assert.equal(result.problems[0]!.message, expected[lang]);
      assert.deepEqual(result.report?.entries.map((e) => e.target), ['t09.1'], lang);
      assert.equal(result.rejected, 1);
    }
  });

  test('a unit that neither leads nor takes part (組織部, t09.1 代報): the same problem, said so', async () => {
    const ours = progressTemplate(plan, { unit: '市委組織部', lang: 'zh-Hans' });
    const zzbFile = sheet('zzb.csv', ours, { 't04.1': ['28个', '2023-06-30', ''] }, added('t09.1', '新开通5G基站', '2,500个', '2023-06-30', '组织部代报'));
    const result = await importFiles([zzbFile], 'zh-Hans');
    assert.deepEqual(result.problems.map((p) => [p.code, p.row, p.text]), [['notLeadUnit', zzbFile.row('t09.1'), '2,500个']]);
    assert.match(result.problems[0]!.message, /:t09\.1 由市工业和信息化局牵头,市委组织部不牵头也不参与;市委组织部的表所填 2,500个\(2023-06-30,备注“组织部代报”\)未导入/);
    assert.deepEqual(result.report?.entries.map((e) => e.target), ['t04.1']);
  });

  test('the office’s own sheet (the whole plan’s template, no line naming a unit): read as before, no unit recorded', async () => {
    const whole = sheet('all.csv', progressTemplate(plan), { 't02.2': ['1', '2023-06-28', ''], 't09.1': ['2480', '2023-06-30', ''] });
    const result = await importFiles([whole]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report?.entries, [
      { target: 't02.2', value: 1, asOf: '2023-06-28' },
      { target: 't09.1', value: 2480 },
    ]);
  });
});

describe('who reported what: the report’s reportedBy, the import’s sources', () => {
  test('each reading names the unit whose sheet gave it (both, when two units’ sheets agree), and the rows it came from', async () => {
    const mine = progressTemplate(plan, { unit: '市工業和信息化局' });
    const science = progressTemplate(plan, { unit: '市科技局' });
    const rowOf = (id: string, template = mine) => template.targets.findIndex((t) => t.id === id) + linesAbove(template) + 1;
    const ours = sheet('gxj.csv', mine, { 't03.1': ['56', '2023-06-30', ''], 't09.1': ['2480', '2023-06-30', ''] });
    const theirs = sheet('kjj.csv', science, { 't03.1': ['56', '2023-06-30', ''] });
    const result = await importFiles([ours, theirs]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report?.entries, [
      { target: 't03.1', value: 56, reportedBy: [gxj, kjj] },
      { target: 't09.1', value: 2480, reportedBy: [gxj] },
    ]);
    assert.deepEqual(result.sources, [
      { target: 't03.1', asOf: '2023-06-30', rows: [{ file: 'gxj.csv', row: rowOf('t03.1'), unit: gxj }, { file: 'kjj.csv', row: rowOf('t03.1', science), unit: kjj }] },
      { target: 't09.1', asOf: '2023-06-30', rows: [{ file: 'gxj.csv', row: rowOf('t09.1'), unit: gxj }] },
    ]);
  });

  test('a report with reportedBy is valid; the same reading appended from another unit keeps both', () => {
    const june = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't03.1', value: 56, reportedBy: [kjj] }] };
    assert.equal(parseProgressReport(june, plan).success, true);
    const again = appendPeriod(june, { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't03.1', value: 56, reportedBy: [gxj] }] });
    assert.deepEqual(again.entries, [{ target: 't03.1', value: 56, reportedBy: [kjj, gxj] }]);
    const corrected = appendPeriod(june, { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't03.1', value: 58, reportedBy: [kjj] }] });
    assert.deepEqual(corrected.entries, [{ target: 't03.1', value: 58, reportedBy: [kjj] }], 'a unit’s corrected figure is its own');
    // Another unit's different figure is no correction but a dispute (r121 F1): neither kept.
    const other = appendPeriod(june, { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't03.1', value: 58, reportedBy: [zzb] }] });
    assert.deepEqual([other.entries, other.disputes], [[], [{ target: 't03.1', figures: [{ value: 56, reportedBy: [kjj] }, { value: 58, reportedBy: [zzb] }] }]]);
  });
});

describe('L3: a total that falls is said with the rows of its readings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-f131-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);

  test('both readings from the sheets, each with its file and row (in English, and after --into, in progress-supervision and progress-cli)', async () => {
    writeFileSync(at('both.csv'), '指標編號,完成值,截至日期\nt09.1,2100,2023-06-30\nt09.1,1800,2023-09-30\n');
    const zh = await dzPlanHere('progress', 'import', at('both.csv'), '-o', at('both.json'));
    assert.match(zh.stderr, /^指標 t09\.1:2023-09-30 的 1800個\(both\.csv 第 3 行\)低於 2023-06-30 的 2100個\(both\.csv 第 2 行\),而這是全年累計的數:請核對這兩個數值$/m);
  });
});

describe('one split of a 牽頭單位 cell into units', () => {
  test('a 市水利局 sheet whose 牽頭單位 cells were typed with `，` is its sheet all the same: its unreported targets are named', async () => {
    const template = progressTemplate(plan, { unit: '市水利局' });
    const typed = { ...template, rows: template.rows.map((row) => row.map((cell, i) => (i === 7 ? cell.replaceAll('、', '，') : cell))) };
    const file = sheet('water.csv', typed, Object.fromEntries(template.targets.filter((t) => t.id !== 't26.3').map((t) => [t.id, ['1', '2023-06-30', '']])));
    const result = await importFiles([file], 'zh-Hant');
    assert.deepEqual(result.warnings.map((w) => [w.code, w.targets]), [['unreported', ['t26.3']]]);
  });
});
