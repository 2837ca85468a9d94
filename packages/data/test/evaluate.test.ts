/** evaluateTarget and elapsedShare with constructed targets, one comparator at a time, and the sentences it writes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toSimplified } from '../scripts/build-plan.js';
import {
  dezhouPlan,
  describeTarget,
  describeTargetInWords,
  elapsedShare,
  evaluateDezhouTarget,
  evaluateTarget,
  getTarget,
  languages,
  statusLabels,
  type Comparator,
  type Target,
} from '../src/index.js';

const MID_YEAR = '2023-06-30';

function makeTarget(comparator: Comparator, value: number, extra: Partial<Target> = {}): Target {
  return {
    id: 't98.1',
    taskId: 't98',
    metric: { 'zh-Hant': '新建綠色工廠數量', 'zh-Hans': '新建绿色工厂数量', en: 'Green factories built' },
    valueText: String(value),
    value,
    unit: '個',
    unitEn: 'units',
    comparator,
    firmness: 'plain',
    deadline: '2023-12-31',
    quote: `新建綠色工廠${value}個`,
    offset: 0,
    ...extra,
  };
}

describe('elapsedShare', () => {
  test('the whole year has elapsed on its last day', () => {
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2023-12-31'), 1);
  });

  test('about half on 2 July; clamped to 0 before and 1 after the period', () => {
    assert.ok(Math.abs(elapsedShare('2023-01-01', '2023-12-31', '2023-07-02') - 0.5) < 0.003);
    assert.ok(Math.abs(elapsedShare('2023-01-01', '2023-12-31', MID_YEAR) - 181 / 365) < 1e-12);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2022-06-01'), 0);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2024-03-01'), 1);
    assert.equal(elapsedShare('2023-01-01', '2023-12-31', '2023-01-01'), 1 / 365);
  });

  test('invalid dates throw RangeError', () => {
    assert.throws(() => elapsedShare('2023-01-01', '2023-12-31', '30/06/2023'), RangeError);
    assert.throws(() => elapsedShare('2023-1-1', '2023-12-31', '2023-06-30'), RangeError);
  });
});

describe('evaluateTarget: atLeast', () => {
  const target = makeTarget('atLeast', 100);

  test('0 reached → notStarted', () => {
    assert.equal(evaluateTarget(target, { value: 0, asOf: MID_YEAR }).status, 'notStarted');
  });

  test('60% at mid-year (expected ≈ 0.5) → onTrack', () => {
    const e = evaluateTarget(target, { value: 60, asOf: MID_YEAR });
    assert.ok(Math.abs(e.expected - 0.5) < 0.01, `expected ${e.expected}`);
    assert.equal(e.progress, 0.6);
    assert.equal(e.status, 'onTrack');
    assert.equal(e.lowerIsBetter, false);
  });

  test('30% at mid-year → behind', () => {
    assert.equal(evaluateTarget(target, { value: 30, asOf: MID_YEAR }).status, 'behind');
  });

  test('100% → met, even early in the year', () => {
    assert.equal(evaluateTarget(target, { value: 100, asOf: '2023-02-01' }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 130, asOf: MID_YEAR }).status, 'met');
  });

  test('80% at or after the deadline → missed', () => {
    assert.equal(evaluateTarget(target, { value: 80, asOf: '2024-01-15' }).status, 'missed');
    assert.equal(evaluateTarget(target, { value: 80, asOf: '2023-12-31' }).status, 'missed');
  });

  test('a start option changes the pace', () => {
    const e = evaluateTarget(target, { value: 60, asOf: MID_YEAR }, { start: '2023-06-01' });
    assert.ok(e.expected < 0.2, `expected ${e.expected}`);
    assert.equal(e.status, 'onTrack');
  });
});

describe('evaluateTarget: atMost (lower is better)', () => {
  const ceiling = makeTarget('atMost', 100);

  test('40% of the ceiling used at mid-year → onTrack', () => {
    const e = evaluateTarget(ceiling, { value: 40, asOf: MID_YEAR });
    assert.equal(e.status, 'onTrack');
    assert.equal(e.lowerIsBetter, true);
  });

  test('70% used at mid-year → behind', () => {
    assert.equal(evaluateTarget(ceiling, { value: 70, asOf: MID_YEAR }).status, 'behind');
  });

  test('110% → missed, even mid-year', () => {
    assert.equal(evaluateTarget(ceiling, { value: 110, asOf: MID_YEAR }).status, 'missed');
    assert.equal(evaluateTarget(ceiling, { value: 110, asOf: '2023-12-31' }).status, 'missed');
  });

  test('at or below the ceiling at the deadline → met', () => {
    assert.equal(evaluateTarget(ceiling, { value: 100, asOf: '2023-12-31' }).status, 'met');
    assert.equal(evaluateTarget(ceiling, { value: 95, asOf: '2024-01-10' }).status, 'met');
  });
});

describe('evaluateTarget: decreaseBy, increaseBy, approx, exact', () => {
  test('decreaseBy: a reduction of 12 of 12 → met; 3 of 12 at mid-year → behind', () => {
    const target = makeTarget('decreaseBy', 12, { unit: '%', unitEn: 'percent', baselineYear: 2020 });
    assert.equal(evaluateTarget(target, { value: 12, asOf: '2023-12-31' }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 3, asOf: MID_YEAR }).status, 'behind');
    assert.equal(evaluateTarget(target, { value: 7, asOf: MID_YEAR }).status, 'onTrack');
  });

  test('increaseBy: 10 of 10 → met; 4 of 10 after the deadline → missed', () => {
    const target = makeTarget('increaseBy', 10, { unit: '%', unitEn: 'percent' });
    assert.equal(evaluateTarget(target, { value: 10, asOf: '2023-11-01' }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 4, asOf: '2024-01-01' }).status, 'missed');
  });

  test('approx: 96% → met; 90% at the deadline → missed', () => {
    const target = makeTarget('approx', 100);
    assert.equal(evaluateTarget(target, { value: 96, asOf: MID_YEAR }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 90, asOf: '2023-12-31' }).status, 'missed');
  });

  test('exact: 100% → met; 50% mid-year → onTrack', () => {
    const target = makeTarget('exact', 10);
    assert.equal(evaluateTarget(target, { value: 10, asOf: MID_YEAR }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 5, asOf: MID_YEAR }).status, 'onTrack');
  });
});

describe('evaluateTarget: sentences and errors', () => {
  test('the sentence names the metric and the status in zh-Hant, zh-Hans and en', () => {
    const target = makeTarget('atLeast', 100);
    const cases = [
      { value: 60, status: 'onTrack', labels: { 'zh-Hant': '進度正常', 'zh-Hans': '进度正常', en: 'on track' } },
      { value: 30, status: 'behind', labels: { 'zh-Hant': '進度滯後', 'zh-Hans': '进度滞后', en: 'behind' } },
      { value: 100, status: 'met', labels: { 'zh-Hant': '已達成', 'zh-Hans': '已达成', en: 'met' } },
    ] as const;
    for (const c of cases) {
      for (const lang of languages) {
        const e = evaluateTarget(target, { value: c.value, asOf: MID_YEAR }, { lang });
        assert.equal(e.status, c.status);
        assert.ok(e.sentence.includes(target.metric[lang]), `${lang}: metric in «${e.sentence}»`);
        assert.ok(e.sentence.includes(c.labels[lang]), `${lang}: "${c.labels[lang]}" in «${e.sentence}»`);
        assert.equal(statusLabels[lang][c.status], c.labels[lang]);
      }
    }
    const hant = evaluateTarget(target, { value: 60, asOf: MID_YEAR }).sentence;
    assert.ok(hant.includes('序時進度') && hant.includes('2023年6月30日'), hant);
    const en = evaluateTarget(target, { value: 60, asOf: MID_YEAR }, { lang: 'en' }).sentence;
    assert.ok(en.includes('30 June 2023') && en.includes('60%'), en);
  });

  test('zh-Hans sentences and descriptions are written in Simplified characters only, for every Dezhou target', () => {
    for (const target of dezhouPlan.targets) {
      const texts = [
        evaluateTarget(target, { value: target.value / 2, asOf: MID_YEAR }, { lang: 'zh-Hans' }).sentence,
        describeTarget(target, 'zh-Hans'),
        describeTargetInWords(target, 'zh-Hans'),
      ];
      for (const text of texts) assert.equal(text, toSimplified(text), `${target.id}: «${text}» has Traditional characters`);
    }
  });

  test('English amounts are grouped the same way for the reading and the target (JSDoc example of t09.1)', () => {
    const e = evaluateDezhouTarget('t09.1', { value: 2100, asOf: MID_YEAR }, { lang: 'en' });
    assert.ok(e);
    assert.equal(e.status, 'onTrack');
    assert.ok(e.sentence.startsWith('New 5G base stations opened: 2,100 units as of 30 June 2023, target 3,000 units;'), e.sentence);
    assert.equal(describeTarget(getTarget('t09.1')!, 'zh-Hant'), '3000個');
    assert.equal(describeTargetInWords(getTarget('t26.3')!, 'zh-Hant'), '不超過21.17億立方米');
  });

  test('an invalid asOf or deadline throws RangeError; so does a non-finite value', () => {
    const target = makeTarget('atLeast', 100);
    for (const asOf of ['2023/06/30', 'June', '', '2023-13-45x']) {
      assert.throws(() => evaluateTarget(target, { value: 1, asOf }), RangeError, asOf);
    }
    assert.throws(() => evaluateTarget({ ...target, deadline: 'soon' }, { value: 1, asOf: MID_YEAR }), RangeError);
    for (const value of [NaN, Infinity, '5' as unknown as number]) {
      assert.throws(() => evaluateTarget(target, { value, asOf: MID_YEAR }), RangeError, String(value));
    }
  });
});
