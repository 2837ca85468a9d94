/**
 * F134 (review r69 H1, M4, M5, L2, L10): whose sheet it is, said by the template. A unit's template states its unit in
 * a line above the header (`填報單位:…`), and the import takes a sheet's unit from that line alone: the office's own
 * section template, every row of it led or co-led by 工信局, is no longer filed as 工信局's. One unit's two sheets that
 * disagree are that unit's two figures; its rows split over two files are checked for unreported targets once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { progressTemplate, readSheets, templateCsv, templateXlsx, type ProgressTemplate } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';
import { importFiles, plan, utf8 } from './progress-import-helpers.js';

const gxj = 'industry-information-technology-bureau';

/** `template` as a CSV file `name`, each of `values` (id → value, date, note) filled in, only the rows `keep` keeps, `extra` rows under it. */
function sheet(name: string, template: ProgressTemplate, values: Readonly<Record<string, readonly string[]>>, keep = (_id: string) => true, ...extra: (readonly string[])[]) {
  const rows = template.rows.filter((row) => keep(row[0]!)).map((row) => (values[row[0]!] ? [...row.slice(0, 8), ...values[row[0]!]!] : row));
  return { name, data: utf8(templateCsv({ ...template, rows: [...rows, ...extra] })) };
}

/** The CSV's lines, without the byte-order mark. */
const linesOf = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('H1: a unit’s template says whose it is, and the import reads that', () => {
  test('a unit’s template writes its unit above the header, in each language, in CSV and .xlsx; a section’s or the whole plan’s writes none', async () => {
    const lines = {
      'zh-Hant': '填報單位:市工業和信息化局',
      'zh-Hans': '填报单位:市工业和信息化局',
      en: 'Reporting unit: Dezhou Municipal Bureau of Industry and Information Technology',
    } as const;
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const template = progressTemplate(plan, { unit: '工信局', lang });
      assert.deepEqual(linesOf(templateCsv(template)).slice(0, 2), [lines[lang], template.header.join(',')], lang);
    }
    const [xlsx] = await readSheets({ name: 'gxj.xlsx', data: await templateXlsx(progressTemplate(plan, { unit: '工信局' })) });
    assert.deepEqual(xlsx!.rows.slice(0, 2).map((row) => row.cells[0]), [lines['zh-Hant'], '指標編號']);
    for (const office of [progressTemplate(plan, { section: 2 }), progressTemplate(plan)]) assert.equal(linesOf(templateCsv(office))[0], office.header.join(','));
  });

  test('the office’s template of section 2 (every task led or co-led by 工信局), filled: the office’s, with no reportedBy, no unreported, a row of another section kept', async () => {
    // r69 s1 case 1: filed as 工信局's, with 18 of its targets "unreported"; t02.2 (科技局's) would have been refused.
    const s2 = progressTemplate(plan, { section: 2, lang: 'en' });
    const first = s2.rows[0]![0]!;
    const added = ['t02.2', '', '', '', '', '', '', '', '1', '2023-06-28', ''];
    const office = sheet('office-s2.csv', s2, { [first]: ['1', '2023-06-30', 'typed by the office'] }, undefined, added);
    const result = await importFiles([office]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.report?.entries, [
      { target: first, value: 1, note: 'typed by the office' },
      { target: 't02.2', value: 1, asOf: '2023-06-28' },
    ]);
  });

  test('the line is read by any name, alias or script of the unit (工信局, Simplified, English); the rows’ 牽頭單位 do not decide', async () => {
    const template = progressTemplate(plan, { unit: '市工業和信息化局' });
    for (const line of ['填報單位:工信局', '填报单位：市工业和信息化局', 'Reporting unit: Dezhou Municipal Bureau of Industry and Information Technology']) {
      const text = templateCsv({ ...template, rows: template.rows.map((row) => (row[0] === 't09.1' ? [...row.slice(0, 8), '2480', '2023-06-30', ''] : row)) });
      const lines = linesOf(text);
      const file = { name: 'gxj.csv', data: utf8([line, ...lines.slice(1)].join('\r\n')) };
      const result = await importFiles([file]);
      assert.deepEqual(result.report?.entries, [{ target: 't09.1', value: 2480, reportedBy: [gxj] }], line);
    }
  });

  test('a line naming no unit of the plan: a problem at the line, quoting it and counting the values not imported; the other sheets are read', async () => {
    const template = progressTemplate(plan, { unit: '市工業和信息化局' });
    const filled = linesOf(templateCsv({ ...template, rows: template.rows.map((row) => (row[0] === 't09.1' || row[0] === 't09.2' ? [...row.slice(0, 8), '2480', '2023-06-30', ''] : row)) }));
    const file = { name: 'gxj.csv', data: utf8(['填報單位:市信息局', ...filled.slice(1)].join('\r\n')) };
    const other = sheet('kjj.csv', progressTemplate(plan, { unit: '市科技局' }), { 't02.2': ['1', '2023-06-28', ''] });
    const result = await importFiles([file, other], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.code, p.file, p.row, p.text]), [['unknownUnit', 'gxj.csv', 1, '填報單位:市信息局']]);
    assert.equal(result.problems[0]!.message, 'gxj.csv 第 1 行:填報單位「市信息局」不是本規劃的單位,本表填了數值的 2 行未匯入:請改為規劃中的單位名稱,或刪去此行,作為督查辦自己的表匯入');
    assert.deepEqual(result.report?.entries, [{ target: 't02.2', value: 1, reportedBy: ['science-technology-bureau'] }]);
  });
});

describe('M4: one unit’s two sheets that disagree', () => {
  test('said as one unit sending two figures, naming both files, asking which is current (r69 s1 case 2)', async () => {
    const template = progressTemplate(plan, { unit: '市工信局', lang: 'en' });
    const a = sheet('gxj.csv', template, { 't09.1': ['2480', '2023-06-30', ''] });
    const b = sheet('gxj-corrected.csv', template, { 't09.1': ['2510', '2023-06-30', 'corrected'] });
    const row = template.targets.findIndex((t) => t.id === 't09.1') + 3;
    const unit = 'Dezhou Municipal Bureau of Industry and Information Technology';
    const result = await importFiles([a, b]);
    assert.deepEqual(result.problems.map((p) => p.message), [
      `gxj.csv, row ${row}, Value: ${unit} sent two figures for t09.1 at the same date: 2,480 here, 2,510 in gxj-corrected.csv, row ${row}; ask ${unit} which one is current`,
      `gxj-corrected.csv, row ${row}, Value: ${unit} sent two figures for t09.1 at the same date: 2,510 here, 2,480 in gxj.csv, row ${row}; ask ${unit} which one is current`,
    ]);
    const zh = await importFiles([a, b], 'zh-Hant');
    assert.match(zh.problems[0]!.message, /:市工業和信息化局對 t09\.1 同一日期報了兩個數值:本行 2480,gxj-corrected\.csv 第 \d+ 行 2510:請向市工業和信息化局確認以哪個為準$/);
  });
});

describe('M5: one unit’s rows split over two files', () => {
  test('its unreported targets are counted over both files, once (r69 s1 case 3)', async () => {
    const template = progressTemplate(plan, { unit: '市工信局', lang: 'en' });
    const values = Object.fromEntries(template.targets.map((t) => [t.id, ['1', '2023-06-30', '']]));
    const part1 = sheet('gxj-part1.csv', template, values, (id) => id === 't09.1');
    const part2 = sheet('gxj-part2.csv', template, values, (id) => id !== 't09.1' && id !== 't09.2');
    const warnings = (await importFiles([part1, part2])).warnings.filter((w) => w.code === 'unreported');
    assert.deepEqual(
      warnings.map((w) => [w.file, w.targets, w.message]),
      [['gxj-part1.csv', ['t09.2'], `gxj-part1.csv, gxj-part2.csv: of the ${template.rows.length} targets Dezhou Municipal Bureau of Industry and Information Technology leads, 1 has no value: t09.2 (fine for those not reported this period)`]],
    );
  });
});

describe('L2 and L10: what the import says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-f134-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);

  test('import --into says a falling total of the report only when the import brings one of its readings', async () => {
    const may = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 1000, asOf: '2023-05-31' }, { target: 't09.1', value: 900 }] };
    writeFileSync(at('report.json'), JSON.stringify(may));
    writeFileSync(at('other.csv'), '指標編號,完成值,截至日期\nt03.1,56,2023-06-30\n');
    const other = await dzPlanHere('progress', 'import', at('other.csv'), '--into', at('report.json'), '-o', at('out.json'));
    assert.equal(other.status, 0, other.stderr);
    assert.doesNotMatch(other.stderr, /t09\.1/);
    writeFileSync(at('june.csv'), '指標編號,完成值,截至日期\nt09.1,900,2023-06-30\n');
    const june = await dzPlanHere('progress', 'import', at('june.csv'), '--into', at('report.json'), '-o', at('out.json'));
    assert.match(june.stderr, /^指標 t09\.1:2023-06-30 的 900個\(june\.csv 第 2 行\)低於 2023-05-31 的 1000個/m);
  });

  test('a 0-byte CSV: the file is empty, not "no header row"', async () => {
    const empty = { name: 'empty.csv', data: new Uint8Array() };
    const expected = { 'zh-Hant': 'empty.csv:檔案是空的,沒有可匯入的內容', 'zh-Hans': 'empty.csv:文件是空的,没有可导入的内容', en: 'empty.csv: the file is empty: nothing to import' };
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const result = await importFiles([empty], lang);
      assert.deepEqual(result.problems.map((p) => [p.code, p.message]), [['emptyFile', expected[lang]]], lang);
    }
  });
});
