/**
 * Review r57, M4, L5 and L7: the words for a value or a date a clerk wrote wrongly, where the intent is clear: a unit
 * then a remark in brackets, a bound (60以上, 超过200家), a change written with its direction (下降7%), a total in the id
 * column, a date written nearly right (2023年6月30号) or a period for a date (上半年).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csv, inEach } from './progress-import-helpers.js';

/** The messages of a sheet's rows, one import per language: `rows[i]` gives `messages[lang][i]`. */
async function messagesOf(...rows: string[]) {
  const results = await inEach([csv('r57.csv', ...rows)]);
  const messages = (lang: 'zh-Hant' | 'zh-Hans' | 'en') => rows.map((_, i) => results[lang].problems.find((p) => p.row === i + 2)?.message ?? '(accepted)');
  return { 'zh-Hant': messages('zh-Hant'), 'zh-Hans': messages('zh-Hans'), en: messages('en') };
}

describe('M4a: a unit, then a remark in brackets', () => {
  test('is a note beside the number when the unit is the target\'s own, in either script', async () => {
    const m = await messagesOf('t12.5,25家（新三板）,2023-06-30', 't09.1,2100个(累计),2023-06-30', 't04.2,100名（其中博士20名）,2023-06-30', 't09.1,2100(含室分),2023-06-30');
    for (const message of m['zh-Hant']) assert.match(message, /在數值旁寫了說明:此格只填數值,說明請寫在備註欄$/u);
    for (const message of m['zh-Hans']) assert.match(message, /在数值旁写了说明:此格只填数值,说明请写在备注栏$/u);
    for (const message of m.en) assert.match(message, /holds a note beside the number: write only the number here, and the note in the note column$/u);
  });

  test('another unit before the bracket is still the wrong unit', async () => {
    const m = await messagesOf('t09.1,2100元(累计),2023-06-30');
    assert.match(m['zh-Hant'][0]!, /「2100元\(累计\)」的單位與目標不符,目標單位是「個」$/u);
  });
});

describe('M4b: a bound is no exact figure', () => {
  const rows = ['t09.2,60以上,2023-06-30', 't09.2,60+,2023-06-30', 't09.4,超过200家,2023-06-30', 't03.1,不少于50家,2023-06-30', 't09.4,200家以上,2023-06-30', 't09.2,不足50个,2023-06-30'];

  // Review r58 Low 5: the bound was given as the example to write (不足50個: 如 50, which it is not): no figure is offered.
  test('said as no exact figure, asking for the actual one with no figure offered, in all three languages', async () => {
    const m = await messagesOf(...rows);
    rows.forEach((row, i) => {
      const text = row.split(',')[1]!;
      assert.match(m['zh-Hant'][i]!, new RegExp(`「${text.replace('+', '\\+')}」不是確切的數:請填實際的數$`, 'u'));
      assert.match(m['zh-Hans'][i]!, new RegExp(`“${text.replace('+', '\\+')}”不是确切的数:请填实际的数$`, 'u'));
      assert.match(m.en[i]!, new RegExp(`"${text.replace('+', '\\+')}" is a bound, not an exact figure: write the actual number$`, 'u'));
    });
  });

  test('a bound in percent, for a target in percent', async () => {
    const m = await messagesOf('t26.7,不低于90%,2023-06-30');
    assert.match(m['zh-Hant'][0]!, /「不低于90%」不是確切的數:請填實際的數$/u);
  });
});

describe('M4c: a change written with its direction', () => {
  test('the direction word is not written: the size only', async () => {
    const m = await messagesOf('t26.5,下降7%,2023-06-30', 't26.5,↓7%,2023-06-30', 't03.3,同比增长8.5%,2023-06-30', 't03.3,增長8.5個百分點,2023-06-30');
    assert.match(m['zh-Hant'][0]!, /「下降7%」:此欄只填變化的幅度,下降 7% 請填 7$/u);
    assert.match(m['zh-Hans'][0]!, /“下降7%”:此栏只填变化的幅度,下降 7% 请填 7$/u);
    assert.match(m.en[0]!, /"下降7%": write only the size of the change here: for down 7%, write 7$/u);
    assert.match(m['zh-Hant'][1]!, /「↓7%」:此欄只填變化的幅度,下降 7% 請填 7$/u);
    assert.match(m['zh-Hant'][2]!, /「同比增长8\.5%」:此欄只填變化的幅度,增長 8\.5% 請填 8\.5$/u);
    // Points for a change in per cent are not read as per cent (F78, r58 Low 6): said as written.
    assert.match(m['zh-Hans'][3]!, /“增長8\.5個百分點”以百分点计,但目标的变化以百分比\(%\)计,两者不同/u);
    assert.match(m.en[3]!, /"增長8\.5個百分點" is in percentage points, but the target's change is in per cent/u);
  });

  test('a word in the other direction suggests the negative, as the negativeChange warning explains', async () => {
    const m = await messagesOf('t26.5,增长3%,2023-06-30', 't03.3,下降2%,2023-06-30');
    assert.match(m['zh-Hant'][0]!, /「增长3%」:此欄只填變化的幅度;與目標的方向相反:增長 3% 請填 -3\(負數表示不降反升\)$/u);
    assert.match(m['zh-Hans'][0]!, /“增长3%”:此栏只填变化的幅度;与目标的方向相反:增长 3% 请填 -3\(负数表示不降反升\)$/u);
    assert.match(m.en[0]!, /"增长3%": write only the size of the change here; it goes against the target: for up 3%, write -3 \(a negative value is a rise, not a fall\)$/u);
    assert.match(m['zh-Hant'][1]!, /「下降2%」:此欄只填變化的幅度;與目標的方向相反:下降 2% 請填 -2\(負數表示不增反降\)$/u);
    assert.match(m.en[1]!, /write -2 \(a negative value is a fall, not a rise\)$/u);
  });

  test('the plain example fits a target in percent', async () => {
    const m = await messagesOf('t26.5,约五,2023-06-30', 't26.7,八成五,2023-06-30', 't09.1,二千,2023-06-30');
    assert.match(m['zh-Hant'][0]!, /「约五」不是數字,請用阿拉伯數字填寫,如 5$/u);
    assert.match(m['zh-Hant'][1]!, /「八成五」不是數字,請用阿拉伯數字填寫,如 85$/u);
    assert.match(m['zh-Hans'][1]!, /“八成五”不是数字,请用阿拉伯数字填写,如 85$/u);
    assert.match(m.en[1]!, /"八成五" is not a number: write digits, such as 85$/u);
    // A count's example is its target's own figure, t09.1's 3000 (r80 L5: not 2100 for any plan's target).
    assert.match(m['zh-Hant'][2]!, /「二千」不是數字,請用阿拉伯數字填寫,如 3000$/u, "a count gives its target's figure");
  });
});

describe('L5: a total in the id column', () => {
  test('gets the advice for a total row', async () => {
    const m = await messagesOf('合计,2100,2023-06-30', '合計,2100,2023-06-30', '總計,2100,2023-06-30', '小计,2100,2023-06-30');
    for (const message of m['zh-Hant']) assert.match(message, /不是指標編號:如是合計行,請刪去\(合計不匯入\)$/u);
    for (const message of m['zh-Hans']) assert.match(message, /不是指标编号:如是合计行,请删去\(合计不导入\)$/u);
    for (const message of m.en) assert.match(message, /is not a target id: if it is a total row \(合計\), delete it \(totals are not imported\)$/u);
    assert.match(m['zh-Hant'][0]!, /「合计」不是指標編號/u);
  });

  // Review r58 Low 8: a district's total (全区合计) was "not a target id of the plan".
  test('a district’s or a county’s total too: 全区合计, 全區合計, 全县合计', async () => {
    const m = await messagesOf('全区合计,2100,2023-06-30', '全區合計,2100,2023-06-30', '全县合计,2100,2023-06-30');
    for (const message of m['zh-Hant']) assert.match(message, /不是指標編號:如是合計行,請刪去\(合計不匯入\)$/u);
  });

  test('an id that is no total keeps its words', async () => {
    const m = await messagesOf('t99.9,5,2023-06-30');
    assert.match(m['zh-Hant'][0]!, /「t99\.9」不是本規劃的指標編號$/u);
  });
});

describe('L7: a date whose meaning is clear gets a suggestion', () => {
  test('a whole date written nearly right', async () => {
    const m = await messagesOf('t09.2,60,2023年6月30号', 't09.2,60,2023-6-30T00:00:00');
    for (const i of [0, 1]) {
      assert.match(m['zh-Hant'][i]!, /不是有效日期\(YYYY-MM-DD\):請填 2023-06-30$/u);
      assert.match(m['zh-Hans'][i]!, /不是有效日期\(YYYY-MM-DD\):请填 2023-06-30$/u);
      assert.match(m.en[i]!, /is not a real date \(YYYY-MM-DD\): write 2023-06-30$/u);
    }
  });

  test('a quarter or a half: its last day', async () => {
    const m = await messagesOf('t09.2,60,上半年', 't09.2,60,2023年二季度', 't09.2,60,2023年第3季度');
    assert.match(m['zh-Hant'][0]!, /「上半年」是一段時期,不是日期:請填該期的最後一天,如 2023-06-30$/u);
    assert.match(m['zh-Hans'][0]!, /“上半年”是一段时期,不是日期:请填该期的最后一天,如 2023-06-30$/u);
    assert.match(m.en[0]!, /"上半年" is a period, not a date: write its last day, such as 2023-06-30$/u);
    assert.match(m['zh-Hant'][1]!, /「2023年二季度」是一段時期,不是日期:請填該期的最後一天,如 2023-06-30$/u);
    assert.match(m['zh-Hant'][2]!, /如 2023-09-30$/u);
  });

  test('a date that does not exist gets none', async () => {
    const m = await messagesOf('t09.2,60,2023-02-30', 't09.2,60,2023年2月30号');
    for (const message of m['zh-Hant']) assert.match(message, /不是有效日期\(YYYY-MM-DD\)$/u);
  });
});
