/** formatAmount, describeTarget and describeTargetInWords: amounts as each language writes them (issue 7, finding 2). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildUnitsHansSource, unitsHansModulePath } from '../scripts/build-plan.js';
import { measures } from '../scripts/curated/measures.js';
import { readFileSync } from 'node:fs';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { describeTarget, describeTargetInWords, formatAmount, formatNumber, parseReadingValue, type Target, unitScale } from '../src/index.js';
import { progressTemplate, sheetHeaders } from '../src/progress/index.js';
import { checkReading } from '../src/read-value.js';

function target(extra: Partial<Target>): Target {
  return {
    id: 't98.1',
    taskId: 't98',
    metric: { 'zh-Hant': '甲', 'zh-Hans': '甲', en: 'A' },
    valueText: '1',
    value: 1,
    unit: '個',
    unitEn: 'units',
    comparator: 'exact',
    firmness: 'plain',
    deadline: '2023-12-31',
    quote: '甲1個',
    offset: 0,
    ...extra,
  };
}

/** A target with the unit as written and the generic English noun the curated measures give it. */
const withUnit = (unit: string, extra: Partial<Target> = {}) => target({ unit, unitEn: measures[unit]!.en, ...extra });

describe('formatAmount in English scales 萬 and 億', () => {
  test('the three amounts of issue 7, exactly', () => {
    assert.equal(describeTarget(getTarget('t01.2')!, 'en'), '≥ CNY 9 billion');
    assert.equal(describeTarget(getTarget('t26.3')!, 'en'), '≤ 2.117 billion m³');
    assert.equal(formatAmount(getTarget('t04.3')!, 3.3, 'en'), '33,000 people');
    assert.equal(describeTargetInWords(getTarget('t04.3')!, 'en'), '33,000 people');
  });

  test('thousand/million/billion words from a million up, grouped digits below', () => {
    assert.equal(formatAmount(withUnit('萬噸'), 15, 'en'), '150,000 tonnes');
    assert.equal(formatAmount(withUnit('萬千瓦'), 120, 'en'), '1.2 million kW');
    assert.equal(formatAmount(withUnit('萬千瓦'), 15.5, 'en'), '155,000 kW');
    assert.equal(formatAmount(withUnit('萬元'), 30, 'en'), 'CNY 300,000');
    assert.equal(formatAmount(withUnit('億元'), 1500, 'en'), 'CNY 150 billion');
    assert.equal(formatAmount(withUnit('億元'), 66.2, 'en'), 'CNY 6.62 billion');
    assert.equal(formatAmount(withUnit('元'), 1200, 'en'), 'CNY 1,200');
    assert.equal(formatAmount(withUnit('萬人'), 6, 'en'), '60,000 people');
    assert.equal(formatAmount(withUnit('萬畝'), 400, 'en'), '4 million mu');
    assert.equal(formatAmount(withUnit('個'), 2100, 'en'), '2,100 units');
    assert.equal(formatAmount(withUnit('%'), 12, 'en'), '12%');
  });

  test('the JSDoc examples of describe-target.ts hold', () => {
    const t091 = getTarget('t09.1')!;
    assert.deepEqual([formatAmount(t091, 2100, 'zh-Hant'), formatAmount(t091, 2100, 'zh-Hans'), formatAmount(t091, 2100, 'en')], ['2100個', '2100个', '2,100 base stations']);
    assert.equal(describeTarget(getTarget('t03.1')!, 'zh-Hant'), '≥ 100家');
    assert.equal(describeTarget(t091, 'en'), '3,000 base stations');
    assert.equal(describeTargetInWords(getTarget('t26.3')!, 'en'), 'at most 2.117 billion m³');
    assert.equal(describeTargetInWords(getTarget('t26.4')!, 'en'), 'a decrease of 12% from 2020');
    assert.equal(describeTargetInWords(getTarget('t26.4')!, 'zh-Hans'), '下降12%(较2020年)');
  });

  test('Chinese stays as written', () => {
    const t = getTarget('t04.3')!;
    assert.equal(formatAmount(t, 3.3, 'zh-Hant'), '3.3萬人');
    assert.equal(formatAmount(t, 3.3, 'zh-Hans'), '3.3万人');
    assert.equal(describeTarget(getTarget('t26.3')!, 'zh-Hans'), '≤ 21.17亿立方米');
  });

  test('one of a thing is singular; a curated noun is used as given', () => {
    assert.equal(formatAmount(withUnit('個'), 1, 'en'), '1 unit');
    assert.equal(formatAmount(withUnit('人'), 1, 'en'), '1 person');
    assert.equal(formatAmount(withUnit('條'), 1, 'en'), '1 item');
    assert.equal(formatAmount(target({ unitEn: 'counties' }), 1, 'en'), '1 county');
    assert.equal(formatAmount(target({ unitEn: 'national enterprise technology centres' }), 1, 'en'), '1 national enterprise technology centre');
    assert.equal(formatAmount(target({ unitEn: 'rivers' }), 3, 'en'), '3 rivers');
    assert.equal(formatAmount(withUnit('萬畝'), 1, 'en'), '10,000 mu');
  });

  test('a range reads 2–3 counties; a fraction 1/3 of …, and a reading of it as a percentage', () => {
    const range = target({ comparator: 'range', valueText: '2—3', value: 2, upperValue: 3, unitEn: 'counties' });
    assert.equal(describeTarget(range, 'en'), '2–3 counties');
    assert.equal(describeTargetInWords(range, 'en'), '2–3 counties');
    assert.equal(describeTarget(range, 'zh-Hant'), '2—3個');
    const scaledRange = withUnit('萬人', { comparator: 'range', valueText: '2—3', value: 2, upperValue: 3 });
    assert.equal(describeTarget(scaledRange, 'en'), '20,000–30,000 people');
    const share = withUnit('的縣(市、區)', { comparator: 'atLeast', valueText: '1/3', value: 100 / 3, fraction: { numerator: 1, denominator: 3 } });
    assert.equal(describeTarget(share, 'zh-Hant'), '≥ 1/3的縣(市、區)');
    assert.equal(describeTarget(share, 'zh-Hans'), '≥ 1/3的县(市、区)');
    assert.equal(describeTarget(share, 'en'), '≥ 1/3 of counties, county-level cities and districts');
    assert.equal(formatAmount(share, 40, 'en'), '40% of counties, county-level cities and districts');
    assert.equal(formatAmount(share, 40, 'zh-Hant'), '40%的縣(市、區)');
  });

  test('every unit of measure and every target of the plan formats without scale words or "1 units"', () => {
    const all = [...Object.keys(measures).map((unit) => withUnit(unit)), ...dezhouPlan.targets];
    for (const t of all) {
      for (const value of [1, 2, t.value, t.value * 0.37]) {
        for (const text of [formatAmount(t, value, 'en'), describeTarget(t, 'en'), describeTargetInWords(t, 'en')]) {
          assert.doesNotMatch(text, /\d (?:10,000|100 million)\b|(?<![\d.,])1 (?:units|items|people|entities|tonnes|organizations)\b/, `${t.unit}: ${text}`);
          assert.doesNotMatch(text, /undefined|NaN/, `${t.unit}: ${text}`);
        }
      }
    }
  });

  test('the scale formatAmount reads from a unit as written is the one curated in measures.ts', () => {
    for (const [unit, m] of Object.entries(measures)) assert.equal(unitScale(unit), 10 ** (m.scale ?? 0), unit);
    assert.equal(unitScale('万人'), 1e4, 'a Simplified plan’s 万');
    assert.equal(unitScale('亿元'), 1e8, 'a Simplified plan’s 亿');
  });

  test('every target unitEn is a plain noun, not a scaled one', () => {
    for (const t of dezhouPlan.targets) assert.doesNotMatch(t.unitEn, /^\d|million|10,000 (?!residents)/, `${t.id}: ${t.unitEn}`);
    for (const [unit, m] of Object.entries(measures)) assert.doesNotMatch(m.en, /^\d|million/, unit);
  });
});

describe('zh-Hans units', () => {
  test('src/generated/units-hans.ts is what the generator writes (OpenCC over every curated unit)', () => {
    assert.equal(buildUnitsHansSource(dezhouPlan), readFileSync(unitsHansModulePath, 'utf8'));
  });
});

describe('a share of a set written as a fraction (t63.2: 至少1/3的縣(市、區)), read in percent', () => {
  const third = getTarget('t63.2')!;

  test('says 的 between the share and the set, as the document does, for the target and a reading', () => {
    assert.equal(formatAmount(third, third.valueText, 'zh-Hant'), '1/3的縣(市、區)');
    assert.equal(formatAmount(third, 40, 'zh-Hant'), '40%的縣(市、區)');
    assert.equal(formatAmount(third, 40, 'zh-Hans'), '40%的县(市、区)');
    assert.equal(formatAmount(third, 40, 'en'), '40% of counties');
  });

  test('its progress sheet asks for the share in percent, not for the set (a clerk wrote 4 counties, read as 4%)', () => {
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const sheet = progressTemplate(dezhouPlan, { lang });
      const unit = sheet.rows.find((row) => row[0] === 't63.2')![sheet.header.indexOf(sheetHeaders[lang].unit)]!;
      assert.match(String(unit), /^%/u, `${lang}: ${unit}`);
    }
  });

  test('a reading that cannot be a share in percent is refused, as for a target in %: over 100, or a fraction (0.36)', () => {
    assert.deepEqual(checkReading(third, { value: 400, asOf: '2023-12-31' }, '2023-01-01'), { code: 'overWhole', value: 400 });
    assert.deepEqual(parseReadingValue('0.364', third), { problem: { code: 'fractionForPercent', value: 0.364, suggestion: 36.4 } });
    assert.equal(checkReading(third, { value: 36.4, asOf: '2023-12-31' }, '2023-01-01'), undefined);
  });
});

describe('formatNumber: a figure that rounds to zero', () => {
  test('is written 0 in every language, never -0 (formatNumber(-0.001, "en") was "-0", the Chinese "0")', () => {
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      assert.equal(formatNumber(-0.001, lang), '0', lang);
      assert.equal(formatNumber(-0, lang), '0', lang);
    }
  });
  test('unless zero is a line it is not on: then it keeps the decimals that show its sign', () => {
    assert.equal(formatNumber(-0.001, 'en', [0]), '-0.001');
    assert.equal(formatNumber(-0.006, 'en'), '-0.01');
  });
});
