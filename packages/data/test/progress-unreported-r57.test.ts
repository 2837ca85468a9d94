/**
 * Review r57 L8: a unit's sheet (its template, `--unit 市水利局`) that leaves some of the targets it leads without a
 * value (a row deleted, a value left blank) says which, not only a count.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { progressTemplate, templateCsv, type ProgressTemplate } from '../src/progress/index.js';
import { importFiles, langs, plan, utf8, type Lang } from './progress-import-helpers.js';

/**
 * The template filled in, one value per row, less the rows of `deleted` (deleted from the sheet) and with the value
 * of `blank` left empty.
 */
function filled(template: ProgressTemplate, deleted: readonly string[], blank: readonly string[]) {
  const value = template.header.indexOf(template.lang === 'en' ? 'Value' : '完成值');
  const rows = template.rows
    .filter((row) => !deleted.includes(row[0]!))
    .map((row) => row.map((cell, i) => (i === value && !blank.includes(row[0]!) ? '1' : i === value + 1 && !blank.includes(row[0]!) ? '2023-06-30' : cell)));
  return templateCsv({ ...template, rows });
}

const unreported = async (csvText: string, lang: Lang = 'zh-Hant') =>
  (await importFiles([{ name: 'water.csv', data: utf8(csvText) }], lang)).warnings.filter((w) => (w.code as string) === 'unreported');

describe('the targets a unit leads that its sheet leaves without a value (review r57 L8)', () => {
  const deleted = ['t16.4', 't41.1'];
  const blank = ['t26.3'];

  test('a 市水利局 template with two rows deleted and one value blank: one warning naming the three, in each language', async () => {
    for (const lang of langs) {
      const warnings = await unreported(filled(progressTemplate(plan, { unit: '市水利局' }), deleted, blank), lang);
      assert.equal(warnings.length, 1, lang);
      const [warning] = warnings as [(typeof warnings)[number] & { targets?: readonly string[] }];
      assert.deepEqual(warning.targets, ['t16.4', 't26.3', 't41.1']);
      assert.equal(warning.file, 'water.csv');
      assert.equal(warning.row, undefined);
      assert.equal(warning.sheet, undefined);
      const expected = {
        'zh-Hant': 'water.csv:市水利局牽頭的 17 個指標中,3 個沒有數值:t16.4、t26.3、t41.1(本期不報的可不理會)',
        'zh-Hans': 'water.csv:市水利局牵头的 17 个指标中,3 个没有数值:t16.4、t26.3、t41.1(本期不报的可不理会)',
        en: 'water.csv: of the 17 targets Dezhou Municipal Water Resources Bureau leads, 3 have no value: t16.4, t26.3 and t41.1 (fine for those not reported this period)',
      }[lang];
      assert.equal(warning.message, expected);
    }
  });

  test('the same sheet with English headers and lead units: the same warning', async () => {
    const warnings = await unreported(filled(progressTemplate(plan, { unit: '市水利局', lang: 'en' }), deleted, blank), 'en');
    assert.deepEqual(
      warnings.map((w) => (w as { targets?: readonly string[] }).targets),
      [['t16.4', 't26.3', 't41.1']],
    );
  });

  test("a whole plan's template (rows led by several units): no such warning", async () => {
    assert.deepEqual(await unreported(filled(progressTemplate(plan), deleted, blank)), []);
  });

  test('every target given a value: no such warning', async () => {
    assert.deepEqual(await unreported(filled(progressTemplate(plan, { unit: '市水利局' }), [], [])), []);
  });

  test('a template made for a section: only the targets of the sections its rows cover', async () => {
    const template = progressTemplate(plan, { unit: '市水利局', section: 4 });
    const ids = template.targets.map((t) => t.id);
    const warnings = await unreported(filled(template, [], [ids[0]!]));
    assert.deepEqual(
      warnings.map((w) => (w as { targets?: readonly string[] }).targets),
      [[ids[0]]],
    );
    assert.match(warnings[0]!.message, new RegExp(`${ids.length} 個指標中,1 個`));
  });

  test('a sheet without lead units: no such warning', async () => {
    const warnings = await unreported('指標編號,完成值,截至日期\r\nt16.1,1,2023-06-30\r\n');
    assert.deepEqual(warnings, []);
  });
});
