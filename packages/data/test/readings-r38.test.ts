/**
 * Two readings that came out quietly wrong: a count of a set (4縣(市、區)) read as a share of it (4%), from a supervision
 * office's review; and units in 萬億 or 千萬 scaled by their first character only (1.2萬億元 as 12,000 yuan), from
 * another city's review.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { workbook } from './workbook.js';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { checkReading } from '../src/read-value.js';
import { describeReadingProblem, evaluateTarget, formatAmount, InvalidReadingError, parseReadingValue, type ReadingProblem, type Target, unitScale } from '../src/index.js';
import { importProgressFiles } from '../src/progress/index.js';

const MID_YEAR = '2023-06-30';
const langs = ['zh-Hant', 'zh-Hans', 'en'] as const;

function makeTarget(value: number, extra: Partial<Target> = {}): Target {
  return {
    id: 't98.1',
    taskId: 't98',
    metric: { 'zh-Hant': '社會消費品零售總額', 'zh-Hans': '社会消费品零售总额', en: 'Retail sales' },
    valueText: String(value),
    value,
    unit: '個',
    unitEn: 'units',
    comparator: 'atLeast',
    measure: 'flow',
    firmness: 'plain',
    deadline: '2023-12-31',
    quote: '',
    offset: 0,
    ...extra,
  };
}

describe('a share of a set read from a count (t63.2: 至少1/3的縣(市、區)建有智慧健身設施)', () => {
  const share = getTarget('t63.2')!;

  test('the set’s noun, or 個, after the number is a count, refused as such: never 4%', () => {
    for (const text of ['4縣(市、區)', '4县(市、区)', '4個', '4个', '4個縣(市、區)', '4个县(市、区)', ' 4 縣(市、區) ', '４縣(市、區)']) {
      assert.deepEqual(parseReadingValue(text, share), { problem: { code: 'countForShare', text } }, text);
    }
  });

  test('a/b (4/11, full width too) is the share in percent; a bare number and 36.4% read as before', () => {
    for (const text of ['4/11', '４／１１', ' 4 / 11 ']) assert.deepEqual(parseReadingValue(text, share), { value: 400 / 11 }, text);
    assert.deepEqual(parseReadingValue('1/3', share), { value: 100 / 3 });
    for (const text of ['36.4', '36.4%', '36.4％']) assert.deepEqual(parseReadingValue(text, share), { value: 36.4 }, text);
    assert.equal(evaluateTarget(share, { value: 400 / 11, asOf: '2023-12-31' }).status, 'met');
  });

  test('the count’s words say it is a count and how to write the share, in each language', () => {
    const words = (text: string) => langs.map((lang) => describeReadingProblem({ code: 'countForShare', text }, share, lang));
    assert.deepEqual(words('4縣(市、區)'), [
      '「4縣(市、區)」是個數,不是占比:請填占比,如 36.4%,或寫成「個數/總數」,如 4/11(在 Excel 裡先把儲存格設為文字,否則 4/11 會變成日期)',
      '“4縣(市、區)”是个数,不是占比:请填占比,如 36.4%,或写成“个数/总数”,如 4/11(在 Excel 里先把单元格设为文本,否则 4/11 会变成日期)',
      '"4縣(市、區)" is a count, not a share: write the share, such as 36.4%, or the count over the whole, such as 4/11 (in Excel, format the cell as text first, or 4/11 becomes a date)',
    ]);
    // InvalidReadingError names the code (its words come from describeReadingProblem, as every problem's).
    assert.match(new InvalidReadingError({ code: 'countForShare', text: '4個' }, share).message, /^target t63\.2: the reading cannot be judged \(countForShare: text 4個\)$/);
  });

  test('another unit for such a target names % (the share), not the set’s noun that invites the count', () => {
    const problem: ReadingProblem = { code: 'wrongUnit', text: '4家', unit: '縣(市、區)' };
    assert.deepEqual(parseReadingValue('4家', share), { problem });
    const [hant, hans, en] = langs.map((lang) => describeReadingProblem(problem, share, lang));
    assert.equal(hant, '「4家」的單位與目標不符,目標單位是「%」');
    assert.equal(hans, '“4家”的单位与目标不符,目标单位是“%”');
    assert.equal(en, '"4家" is not in the target\'s unit: write it in %');
  });

  test('a sheet row of 4縣(市、區) is a problem of its own, in each language; one of 4/11 reads 36.36…%', async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const csv = utf8('指標編號,完成值,截至日期\nt63.2,4縣(市、區),2023-06-30\nt63.2,4/11,2023-12-31\n');
    for (const lang of langs) {
      const result = await importProgressFiles([{ name: 'a.csv', data: csv }], dezhouPlan, { lang, today: '2026-12-01' });
      assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'countForShare']], lang);
      assert.match(result.problems[0]!.message, /4\/11/, lang);
      assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t63.2', 400 / 11]], lang);
    }
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t63.2', '4個', '2023-06-30']);
    });
    const result = await importProgressFiles([file], dezhouPlan, { lang: 'zh-Hant', today: '2026-12-01' });
    assert.deepEqual(result.problems.map((p) => p.code), ['countForShare']);
  });
});

describe('units in 萬億 and 千萬 (and 百萬, 十萬) scaled by their whole scale', () => {
  const trillion = makeTarget(1.2, { unit: '萬億元', unitEn: 'yuan', unitZh: { 'zh-Hant': '萬億元', 'zh-Hans': '万亿元' } });
  const tenMillion = makeTarget(3, { unit: '千萬元', unitEn: 'yuan', unitZh: { 'zh-Hant': '千萬元', 'zh-Hans': '千万元' } });

  test('unitScale matches the longest scale a unit begins with; a scale alone is the unit', () => {
    const scales: [string, number][] = [
      ['萬億元', 1e12], ['万亿元', 1e12], ['千萬元', 1e7], ['千万元', 1e7], ['百萬千瓦', 1e6], ['百万千瓦', 1e6], ['十萬人', 1e5], ['十万人', 1e5],
      ['萬人', 1e4], ['万人', 1e4], ['億元', 1e8], ['亿元', 1e8], ['萬千瓦', 1e4], ['個', 1], ['萬', 1], ['萬億', 1], ['千萬', 1], ['千瓦', 1], ['百分點', 1],
    ];
    for (const [unit, scale] of scales) assert.equal(unitScale(unit), scale, unit);
  });

  test('formatAmount in English: 1.2萬億元 is CNY 1.2 trillion, 3千萬元 CNY 30 million', () => {
    assert.equal(formatAmount(trillion, 1.2, 'en'), 'CNY 1.2 trillion');
    assert.equal(formatAmount(tenMillion, 3, 'en'), 'CNY 30 million');
    assert.equal(formatAmount(trillion, 1.2, 'zh-Hans'), '1.2万亿元');
  });

  test('readings in another scale come into the target’s: 8000億 is 0.8萬億, 2000萬 is 2千萬', () => {
    for (const text of ['8000億', '8000亿', '8000億元', '0.8萬億', '0.8万亿', '0.8萬億元', '0.8', '800000000000元']) {
      assert.deepEqual(parseReadingValue(text, trillion), { value: 0.8 }, text);
    }
    for (const text of ['2000萬', '2000万元', '2千萬元', '2千万元', '2', '20000000元']) assert.deepEqual(parseReadingValue(text, tenMillion), { value: 2 }, text);
  });

  test('the wrong-scale rules of 萬/億 units hold for these: a count in yuan, ten times a ceiling', () => {
    assert.deepEqual(checkReading(tenMillion, { value: 20_000_000, asOf: MID_YEAR }, '2023-01-01'), { code: 'wrongScale', value: 20_000_000, suggestion: 2 });
    const ceiling = makeTarget(3, { unit: '千萬元', unitEn: 'yuan', comparator: 'atMost', measure: 'ceiling' });
    assert.equal(checkReading(ceiling, { value: 30, asOf: MID_YEAR }, '2023-01-01')?.code, 'wrongScale');
  });
});
