/**
 * F218 (review r87, the rest): a clerk's filled progress sheet. Points for a change in per cent told with an example
 * that read as a conversion (L9); a notes sheet beside the table said only as a sheet without a header (L10); a
 * Simplified sheet answered in Traditional without --lang (L11); a row's value problems unsaid behind its date's (M5's
 * reverse).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere } from './helpers.js';
import { csv, importFiles, inEach, langs } from './progress-import-helpers.js';
import { workbook } from './workbook.js';

describe('F218 L9: points for a change in per cent', () => {
  test('下降7个百分点 for t26.4 (↓12%) says what to write with no figure that reads as a conversion, in each language', async () => {
    const results = await inEach([csv('a.csv', 't26.4,下降7个百分点,2023-06-30,')]);
    const asked = { 'zh-Hant': /百分比.*數字.*%/u, 'zh-Hans': /百分比.*数字.*%/u, en: /per cent.*number.*%/u };
    for (const lang of langs) {
      const [problem, ...more] = results[lang].problems;
      assert.equal(more.length, 0, lang);
      assert.equal(problem!.code, 'pointsForPercent', lang);
      const after = problem!.message.slice(problem!.message.indexOf('下降7个百分点') + '下降7个百分点'.length);
      assert.doesNotMatch(after, /\d/u, problem!.message);
      assert.match(after, asked[lang], problem!.message);
    }
  });
});

describe('F218 L10: a notes sheet beside the table', () => {
  const file = () =>
    workbook((book) => {
      const ws = book.addWorksheet('進度');
      ws.addRow(['指標編號', '完成值', '截至日期', '備註']);
      ws.addRow(['t16.1', 30, '2023-06-30', null]);
      const notes = book.addWorksheet('說明');
      notes.addRow(['本表由張三填寫']);
      notes.addRow(['t16.1', '含續建項目 5 項']);
    });
  const words = {
    'zh-Hant': [/工作表「說明」:/u, /t16\.1/u, /工作表「進度」/u, /「備註」欄/u, /刪去此工作表/u],
    'zh-Hans': [/工作表“說明”:/u, /t16\.1/u, /工作表“進度”/u, /“備註”列/u, /删去此工作表/u],
    en: [/sheet 說明: /u, /t16\.1/u, /sheet 進度/u, /備註 column/u, /delete this sheet/u],
  } as const;
  test('is a problem saying to move its notes into the note column of the table’s sheet, or to delete it, in each language', async () => {
    const results = await inEach([await file()]);
    for (const lang of langs) {
      const { problems } = results[lang];
      assert.deepEqual(problems.map((p) => [p.sheet, p.code]), [['說明', 'noHeader']], lang);
      for (const word of words[lang]) assert.match(problems[0]!.message, word, problems[0]!.message);
    }
  });
});

describe('F218 M5’s reverse: a value’s problem said beside its date’s', () => {
  test('too small, the wrong scale, a fraction for a percent and a bare share are said with the row’s wrong date', async () => {
    // Numbers in an .xlsx, as the clerk's sheet holds them (0.85 in a General cell is read as a number, not as text).
    const file = await workbook((book) => {
      const ws = book.addWorksheet('進度');
      ws.addRow(['指標編號', '完成值', '截至日期']);
      for (const row of [['t26.2', 0.0234], ['t26.3', 1234], ['t26.7', 0.85], ['t63.2', 4]]) ws.addRow([...row, '2023年6月']);
      ws.addRow(['t26.2', 0.0234, '2022-06-30']);
    });
    const result = await importFiles([file], 'zh-Hant');
    assert.deepEqual(
      result.problems.map((p) => [p.row, p.column, p.code]),
      [
        [2, '完成值', 'tooSmall'],
        [2, '截至日期', 'invalidDate'],
        [3, '完成值', 'wrongScale'],
        [3, '截至日期', 'invalidDate'],
        [4, '完成值', 'fractionForPercent'],
        [4, '截至日期', 'invalidDate'],
        [5, '完成值', 'bareShare'],
        [5, '截至日期', 'invalidDate'],
        [6, '完成值', 'tooSmall'],
        [6, '截至日期', 'beforePeriod'],
      ],
    );
    assert.equal(result.rejected, 5);
  });
});

describe('F218 L11: dz-plan progress import speaks the script of the sheets’ headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f218-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const sheet = (name: string, header: string) => {
    writeFileSync(join(dir, name), `${header}\r\nt16.1,约30,2023-06-30,\r\n`);
    return join(dir, name);
  };
  const hans = sheet('hans.csv', '指标编号,完成值,截至日期,备注');
  const hant = sheet('hant.csv', '指標編號,完成值,截至日期,備註');
  const en = sheet('en.csv', 'Target id,Value,As of,Note');
  const run = (...args: string[]) => dzPlanHere('progress', 'import', ...args, '-o', join(dir, 'out.json'));

  test('a Simplified sheet in Simplified, an English one in English, a Traditional one in Traditional; --lang wins', async () => {
    const said = async (...args: string[]) => {
      const r = await run(...args);
      assert.equal(r.status, 1, r.stderr);
      return r.stderr;
    };
    assert.match(await said(hans), /“约30”是约数[^]*未写入/u);
    assert.match(await said(en), /"约30" is an approximate figure[^]*nothing written/u);
    assert.match(await said(hant), /「约30」是約數[^]*未寫入/u);
    assert.match(await said(hans, '--lang', 'zh-Hant'), /「约30」是約數[^]*未寫入/u);
    // Sheets whose headers disagree: the plan's language, as before.
    assert.match(await said(hans, hant), /是約數[^]*未寫入/u);
  });
});
