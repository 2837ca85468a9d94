/**
 * F220 (review r89 M2, M3): a clerk's filled progress sheet. An increase written in words on a running total (增加12,
 * 新增5) was told to write digits, such as 12, where +30 was told to write the total (M2); a formula's error value and a
 * mark for no figure yet were said without the row's date problem, which took a second round (M3).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles } from '../src/progress/index.js';
import { csv, importFiles, inEach, langs, today } from './progress-import-helpers.js';

describe('F220 M2: an increase written in words on a running total', () => {
  const words = {
    'zh-Hant': [/^a\.csv 第 2 行「完成值」欄:「增加12」/u, /累計/u, /2023-01-01/u, /請填 12$/u],
    'zh-Hans': [/^a\.csv 第 2 行“完成值”列:“增加12”/u, /累计/u, /2023-01-01/u, /请填 12$/u],
    en: [/^a\.csv, row 2, 完成值: "增加12"/u, /running total/u, /2023-01-01/u, /write 12$/u],
  } as const;
  test('增加12, 新增5, 較上月增加3項 and 多了2條 are said as +30 is: write the total since the period’s start, in each language', async () => {
    const results = await inEach([csv('a.csv', 't17.2,增加12,2023-06-30,', 't16.1,新增5,2023-06-30,', 't16.1,較上月增加3項,2023-06-30,', 't16.4,多了2條,2023-06-30,')]);
    for (const lang of langs) {
      const { problems } = results[lang];
      assert.deepEqual(problems.map((p) => [p.row, p.code]), [[2, 'signedTotal'], [3, 'signedTotal'], [4, 'signedTotal'], [5, 'signedTotal']], lang);
      for (const word of words[lang]) assert.match(problems[0]!.message, word, problems[0]!.message);
      assert.doesNotMatch(problems[0]!.message, /不是數字|不是数字|not a number/u, problems[0]!.message);
      assert.match(problems[1]!.message, /(?:請填|请填|write) 5$/u, problems[1]!.message);
      assert.match(problems[2]!.message, /(?:請填|请填|write) 3$/u, problems[2]!.message);
      assert.match(problems[3]!.message, /(?:請填|请填|write) 2$/u, problems[3]!.message);
    }
  });

  test('a target whose value is a change reads its words as today: its size (增長12 for 增長10%, 增加3 for 比上年增加5萬噸)', async () => {
    const growth = await importFiles([csv('a.csv', 't03.3,增長12,2023-06-30,')], 'zh-Hant');
    assert.deepEqual(growth.problems.map((p) => p.message), ['a.csv 第 2 行「完成值」欄:「增長12」:此欄只填變化的幅度,增長 12% 請填 12']);
    // A flow stated by a change (t01.1) is one of readsAsChange's: 增加3 is its size, not a total's increase.
    const plan = planFromText('1.甲。粮食产量比上年增加5万吨,新建基站1000个。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
    const flows = await importProgressFiles([csv('b.csv', 't01.1,增加3,2024-06-30,', 't01.2,增加3,2024-06-30,')], plan, { lang: 'zh-Hans', today });
    assert.deepEqual(flows.problems.map((p) => [p.row, p.code]), [[2, 'notANumber'], [3, 'signedTotal']]);
    assert.match(flows.problems[0]!.message, /此栏只填变化的幅度,增长 3万吨 请填 3$/u, flows.problems[0]!.message);
  });

  test('a growth in per cent on a running total (增長12%) is no increase of 12', async () => {
    const { problems } = await importFiles([csv('a.csv', 't16.1,增長12%,2023-06-30,')], 'zh-Hant');
    assert.notEqual(problems[0]?.code, 'signedTotal', problems[0]?.message);
  });
});

describe('F220 M3: every problem of a row at once, a formula’s error and a mark for no figure too', () => {
  test('#REF! and — beside 2023年6月: the value and the date are both said, each row rejected once', async () => {
    const result = await importFiles([csv('a.csv', 't16.1,#REF!,2023年6月,', 't16.5,—,2023年6月,')], 'zh-Hans');
    assert.deepEqual(
      result.problems.map((p) => [p.row, p.column, p.code]),
      [
        [2, '完成值', 'formulaError'],
        [2, '截至日期', 'invalidDate'],
        [3, '完成值', 'placeholderValue'],
        [3, '截至日期', 'invalidDate'],
      ],
    );
    assert.match(result.problems[1]!.message, /2023-06-30/u);
    assert.equal(result.rejected, 2);
  });
});
