/** Words a CMS editor reads (a CMS editor's review): what a value is when it is not one number, and zh-Hant's own terms. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { describeReadingProblem, EDITOR_LEFTOVERS, editorUrl, parseProgressReport, parseReadingValue, validatePlan } from '../src/index.js';

describe('words for a CMS editor', () => {
  const target = getTarget('t09.1')!;
  it('a range and a number with 千 are said to be what they are, not a wrong unit', () => {
    for (const [text, said] of [['2.1-2.2', '範圍'], ['2.1～2.2', '範圍'], ['2.1千', '千']] as const) {
      const read = parseReadingValue(text, target);
      assert.ok('problem' in read, text);
      const words = describeReadingProblem(read.problem, target, 'zh-Hant');
      assert.ok(words.includes(said) && !words.includes('單位與目標不符'), words);
    }
    // The whole number to write is the one the text meant (review r106 L9: 1.2千 and 2百 were both told 2100).
    for (const [text, lang, whole] of [['1.2千', 'zh-Hant', '即 1200'], ['2百', 'zh-Hans', '即 200'], ['3千萬', 'zh-Hant', '即 3000萬'], ['1.5千', 'en', ': 1500'], ['1.2千個', 'zh-Hant', '即 1200個']] as const) {
      const read = parseReadingValue(text, target);
      assert.ok('problem' in read, text);
      const words = describeReadingProblem(read.problem, target, lang);
      assert.ok(words.includes(whole) && !words.includes('2100'), words);
    }
    // Not one number and one multiplier: the general example, no guess.
    const mixed = parseReadingValue('2千5百', target);
    assert.ok('problem' in mixed && describeReadingProblem(mixed.problem, target, 'zh-Hant').includes('如 2100'));
    const other = parseReadingValue('2100元', target);
    assert.ok('problem' in other && other.problem.code === 'wrongUnit');
  });

  it('a whole number is offered only before nothing, 萬 or 億, or the target’s own unit; a unit word with 千 is a unit (r107 M2)', () => {
    const said = (text: string, t = target, lang: 'zh-Hant' | 'zh-Hans' | 'en' = 'zh-Hant') => {
      const read = parseReadingValue(text, t);
      assert.ok('problem' in read, text);
      return describeReadingProblem(read.problem, t, lang);
    };
    // Another unit after 千: the general words, not 即 1200元 (1.2千元 is no count of 個).
    for (const text of ['1.2千元', '3百家']) {
      const words = said(text);
      assert.ok(words.includes('十、百、千不會讀作倍數') && words.includes('如 2100') && !/即 \d/.test(words), words);
    }
    assert.ok(said('1.2千個').includes('即 1200個'));
    assert.ok(said('3千萬', target, 'zh-Hans').includes('即 3000萬'));
    // 千米, 千克, 千瓦 are units, not 千 and a unit: the wrong unit (or, in the import, read by its table), never 即 12500米.
    const km = getTarget('t13.2')!;
    for (const [text, t] of [['12.5千米', km], ['12.5千米', getTarget('t28.1')!], ['500千克', target], ['2千瓦', target]] as const) {
      const words = said(text, t);
      assert.ok(words.includes('單位與目標不符') && !words.includes('倍數'), words);
    }
    assert.ok(!said('12.5千米', km, 'en').includes('12500'));
  });

  it('zh-Hant validation words use 物件 and 陣列, not the mainland 對象 and 數組', () => {
    const result = validatePlan({ id: 'x', sections: {}, tasks: 'none' }, { lang: 'zh-Hant' });
    assert.equal(result.success, false);
    const text = JSON.stringify(result.issues);
    assert.match(text, /陣列|物件/);
    assert.doesNotMatch(text, /對象|數組/);
  });

  it('a plan file given as a progress report is said to be a plan, in each language', () => {
    const said = { 'zh-Hant': '這是計劃檔,不是進度報告', 'zh-Hans': '这是计划文件,不是进度报告', en: 'this is a plan file, not a progress report' } as const;
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const result = parseProgressReport(dezhouPlan, dezhouPlan, { lang });
      assert.equal(result.success, false);
      assert.deepEqual(result.issues, [{ path: '(root)', message: said[lang] }]);
    }
    // Anything else without entries is still told field by field.
    const other = parseProgressReport({ sections: 3, entries: [] }, dezhouPlan);
    assert.notEqual(other.issues[0]?.message, said.en);
  });
});

describe('a URL as a CMS editor leaves it', () => {
  it('quotes and white space go at its ends, invisible characters anywhere; a quote inside stays', () => {
    assert.equal(editorUrl("\u200b “/data/o'brien.json”\u200b "), "/data/o'brien.json");
    assert.equal(editorUrl('「/tasks/{num\u200bber}」'), '/tasks/{number}');
    assert.equal(editorUrl('/data/p.json'), '/data/p.json');
  });

  it('a quote that ends the address is kept unless one opened it: a query in quotes is the address written', () => {
    for (const url of ['/s?q=「德州」', '/search?q="德州"', "/api/find?name='o'", "/search?unit={id}&kind='lead'"]) {
      assert.equal(editorUrl(url), url);
      assert.equal(editorUrl(`“${url}”\u200b`), url);
      assert.equal(editorUrl(`「${url}」`), url);
    }
    // Quotes opened and closed in different forms, as a rich-text editor curls one and not the other.
    assert.equal(editorUrl('"/data/p.json”'), '/data/p.json');
    assert.equal(editorUrl('“/data/p.json'), '/data/p.json');
  });

  it('drops every quote EDITOR_LEFTOVERS names around an address, and nothing else', () => {
    const quotes = [...EDITOR_LEFTOVERS.source.split('[')[1]!.split(']')[0]!.replace('\\p{Cf}', '')];
    assert.equal(quotes.length, 12);
    for (const quote of quotes) assert.equal(editorUrl(`${quote}/data/p.json${quote}`), '/data/p.json', quote);
  });
});
