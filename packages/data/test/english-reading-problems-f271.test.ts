/**
 * F271 (review r110 F5, F6): a reading problem said in English gives the target as the English page shows it
 * (`33,000 people`, `2.117 billion m³`), its scale in English (`units of 10,000 people`) and what to type, with no
 * Chinese unit word but one the editor may type (`3.2萬`); and a share done above 999% is grouped in English, as every
 * other English figure is (`21,000%`), plain in Chinese as `formatNumber` writes Chinese numbers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getTarget } from '../src/dezhou-2023.js';
import { describeReadingProblem, evaluateTarget, formatPercent, parseReadingValue, type ReadingProblem } from '../src/index.js';
import { problemOf } from './helpers.js';
import { checkReading } from '../src/read-value.js';


/** No Han character: a Chinese unit word in an English message. */
const noChinese = /^[^\p{Script=Han}]*$/u;

describe('F271: reading problems in English speak English amounts', () => {
  test('a head count for a target in 萬人: the target, the scale and what to write, in English', () => {
    const graduates = getTarget('t04.3')!;
    const problem = problemOf(() => evaluateTarget(graduates, { value: 21000, asOf: '2023-06-30' }, { lang: 'en' }));
    assert.equal(
      describeReadingProblem(problem, graduates, 'en'),
      '21,000 is 6,364 times the target (33,000 people): the value is read in units of 10,000 people; for 21,000 people, write 2.1',
    );
    // Chinese as before.
    assert.equal(describeReadingProblem(problem, graduates, 'zh-Hant'), '21000 是目標(3.3萬人)的 6364 倍,數值應以「萬人」為單位:21000人 即 2.1萬人');
  });

  test('a volume for a ceiling in 億立方米: the target as the English page shows it', () => {
    const water = getTarget('t26.3')!;
    const problem = problemOf(() => evaluateTarget(water, { value: 2100000000, asOf: '2023-06-30' }, { lang: 'en' }));
    assert.equal(
      describeReadingProblem(problem, water, 'en'),
      '2,100,000,000 is 99,196,977 times the target (2.117 billion m³): the value is read in units of 100 million m³; for 2.1 billion m³, write 21',
    );
  });

  test('a wrong unit says in English what to type: the number alone, or with the plan\'s unit, a form that parses (review r112 F2)', () => {
    const cases: [id: string, text: string, said: string, typed: string][] = [
      ['t09.1', '2100 stations', 'write the number alone, read in units of 1 base station, or with the plan\'s unit, as 2100個', '2100個'],
      ['t13.2', '600 km', 'write the number alone, read in units of 1 km, or with the plan\'s unit, as 600公里', '600公里'],
      ['t04.3', '33000 people', 'write the number alone, read in units of 10,000 people, or with the plan\'s unit, as 33000人', '33000人'],
    ];
    for (const [id, text, said, typed] of cases) {
      const target = getTarget(id)!;
      const { problem } = parseReadingValue(text, target) as { problem: ReadingProblem };
      assert.equal(describeReadingProblem(problem, target, 'en'), `"${text}" is not in the target's unit: ${said}`, id);
      assert.equal('problem' in parseReadingValue(typed, target), false, `${typed} parses for ${id}`);
    }
    const graduates = getTarget('t04.3')!;
    const people = describeReadingProblem({ code: 'wrongUnit', text: '元', unit: '萬人' }, graduates, 'en');
    assert.equal(people, '"元" is not in the target\'s unit: write it in units of 10,000 people', 'no number given: the unit alone');
  });

  test('a figure in too large a unit: the target and the suggestion in English, the 萬 the editor may type', () => {
    const target = getTarget('t60.1')!;
    const problem = checkReading(target, { value: 3.2, asOf: '2023-12-31' }, '2023-01-01')!;
    const said = describeReadingProblem(problem, target, 'en');
    assert.match(said, /^3\.2 is under a thousandth of the target \(30,000 [a-z ]+\): the value is read in units of 1 [a-z ]+; 3\.2萬 \(×10,000\) would be 32,000 [a-z ]+$/);
    assert.match(said.replace('3.2萬', ''), noChinese);
  });

  test('every wrong scale of a scaled target says no Chinese word in English', () => {
    for (const id of ['t04.3', 't26.3', 't26.6', 't01.2']) {
      const target = getTarget(id)!;
      const problem = checkReading(target, { value: target.value * 1e6, asOf: '2023-06-30' }, '2023-01-01');
      assert.equal(problem?.code, 'wrongScale', id);
      assert.match(describeReadingProblem(problem!, target, 'en'), noChinese, id);
    }
  });
});

describe('F271: a share done above 999% is grouped in English', () => {
  test('21,000% in English; 21000% in Chinese, as formatNumber writes Chinese numbers', () => {
    assert.equal(formatPercent(210, [1], 'en'), '21,000%');
    assert.equal(formatPercent(210, [1], 'zh-Hant'), '21000%');
    assert.equal(formatPercent(210, [1], 'zh-Hans'), '21000%');
    assert.equal(formatPercent(12.345, [1], 'en'), '1,235%');
    // Tenths where a whole figure would sit on a line, as before.
    assert.equal(formatPercent(0.9967, [1], 'en'), '99.7%');
    assert.equal(formatPercent(0.4967, [1, 0.5], 'en'), '49.7%');
    assert.equal(formatPercent(Infinity, [1], 'en'), '∞');
    assert.equal(formatPercent(0.7), '70%');
  });
});
