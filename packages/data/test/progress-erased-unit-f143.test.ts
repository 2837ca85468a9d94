/**
 * F143 (review r70 L7): a 填報單位 line whose name a clerk erased (`填報單位:`, `填报单位（盖章）：` with an empty next
 * cell) says the sheet is a unit's without saying whose: a problem, not the office's own sheet read without a word.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importFiles, inEach, utf8 } from './progress-import-helpers.js';

/** A CSV file `name`: the line above the header, the template's columns, t09.1 and t09.2 filled in. */
const sheet = (name: string, line: string) =>
  ({ name, data: utf8([line, '指標編號,完成值,截至日期,備註', 't09.1,2480,2023-06-30,', 't09.2,1200,2023-06-30,'].join('\r\n')) });

describe('r70 L7: a 填報單位 line with its name erased', () => {
  test('is a problem at the line, quoting it; nothing of that sheet is imported, the other sheets are', async () => {
    for (const [line, text] of [
      ['填報單位:', '填報單位:'],
      ['填報單位：\u3000', '填報單位：'],
      ['填报单位（盖章）：,,', '填报单位（盖章）：'],
      ['Reporting unit:', 'Reporting unit:'],
    ] as const) {
      const office = { name: 'office.csv', data: utf8(['指標編號,完成值,截至日期,備註', 't02.2,1,2023-06-28,'].join('\r\n')) };
      const result = await importFiles([sheet('gxj.csv', line), office]);
      assert.deepEqual(result.problems.map((p) => [p.code, p.file, p.row, p.text]), [['unnamedUnit', 'gxj.csv', 1, text]], line);
      assert.deepEqual(result.report?.entries, [{ target: 't02.2', value: 1 }], line);
    }
  });

  test('says so in each language, naming the file, the rows not imported, and what to do', async () => {
    const result = await inEach([sheet('gxj.csv', '填報單位:')]);
    assert.deepEqual(Object.fromEntries(Object.entries(result).map(([lang, r]) => [lang, r.problems.map((p) => p.message)])), {
      'zh-Hant': ['gxj.csv 第 1 行:填報單位沒有寫單位名稱,不知是哪個單位的表,本表填了數值的 2 行未匯入:請寫上單位名稱,或刪去此行,作為督查辦自己的表匯入'],
      'zh-Hans': ['gxj.csv 第 1 行:填报单位没有写单位名称,不知是哪个单位的表,本表填了数值的 2 行未导入:请写上单位名称,或删去此行,作为督查办自己的表导入'],
      en: ["gxj.csv, row 1: the reporting unit's name is empty, so whose sheet this is is not known: the sheet's 2 rows with a value are not imported; write the unit's name, or delete the line to import the sheet as the office's own"],
    });
  });
});
