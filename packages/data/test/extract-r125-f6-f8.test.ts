/**
 * Two misreadings of other cities' targets (review r125 F6, F8). A range of shares in words (百分之五至百分之六) was
 * read as a ceiling at its upper end, its lower end in the metric (城鎮調查失業率控制在百分之五) and said unread, where
 * the same range in digits (5%至6%) is a range; and the span of time a 由 starts a change at (由20個工作日壓減至10個
 * 工作日以內) stayed in the metric's name, where a value of a unit or of none (由45000元, 由1.5) is the change's start.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Target } from '../src/index.js';
import { planFromText } from '../src/node/index.js';

const PLAN = { title: '測試', issuer: '某市人民政府', year: 2024 } as const;
const textOf = (sentence: string): string => `1.甲。${sentence}（牽頭單位：市發改委）`;

/** The one target `sentence` states, and the codes of the diagnostics its reading gives. */
function readingOf(sentence: string): { target: Target; codes: string[] } {
  const { plan, diagnostics } = planFromText(textOf(sentence), PLAN);
  assert.equal(plan?.targets.length, 1, sentence);
  return { target: plan!.targets[0]!, codes: diagnostics.map((d) => d.code) };
}

/** What a reading says of a target: its metric, comparator, values, unit and the flags a range keeps. */
const shapeOf = (t: Target) => ({
  metric: t.metric['zh-Hant'],
  comparator: t.comparator,
  value: t.value,
  upperValue: t.upperValue,
  unit: t.unit,
  direction: t.direction,
  changeAsked: t.changeAsked,
  held: t.held,
  measure: t.measure,
});

describe('a range of shares in words reads as the same range in digits (r125 F8)', () => {
  // [in words, the same in digits, its metric]
  const cases: [string, string, string][] = [
    ['城鎮調查失業率控制在百分之五至百分之六。', '城鎮調查失業率控制在5%至6%。', '城鎮調查失業率'],
    ['城鎮調查失業率控制在百分之五到百分之六。', '城鎮調查失業率控制在5%到6%。', '城鎮調查失業率'],
    ['城鎮調查失業率控制在百分之五—百分之六。', '城鎮調查失業率控制在5%—6%。', '城鎮調查失業率'],
    ['城镇调查失业率控制在百分之五至百分之六。', '城镇调查失业率控制在5%至6%。', '城镇调查失业率'],
    ['城镇调查失业率控制在百分之五到百分之六。', '城镇调查失业率控制在5%到6%。', '城镇调查失业率'],
    ['城镇调查失业率控制在百分之五—百分之六。', '城镇调查失业率控制在5%—6%。', '城镇调查失业率'],
    ['居民人均可支配收入增長百分之五至百分之六。', '居民人均可支配收入增長5%至6%。', '居民人均可支配收入'],
    ['居民人均可支配收入增長控制在百分之五至百分之六。', '居民人均可支配收入增長控制在5%至6%。', '居民人均可支配收入'],
  ];
  for (const [words, digits, metric] of cases) {
    test(`${words} reads as ${digits}: a range 5–6 %, its metric ${metric}, nothing unread`, () => {
      const inWords = readingOf(words);
      const inDigits = readingOf(digits);
      assert.deepEqual(shapeOf(inWords.target), shapeOf(inDigits.target));
      assert.equal(inWords.target.metric['zh-Hant'], metric);
      assert.equal(inWords.target.comparator, 'range');
      assert.equal(inWords.target.value, 5);
      assert.equal(inWords.target.upperValue, 6);
      assert.equal(inWords.target.unit, '%');
      assert.ok(!inWords.codes.includes('numeralNotRead'), inWords.codes.join());
    });
  }
  test('a range of asked growth keeps its direction and its ask (增長百分之五至百分之六)', () => {
    const { target } = readingOf('居民人均可支配收入增長百分之五至百分之六。');
    assert.equal(target.direction, 'increaseBy');
    assert.equal(target.changeAsked, true);
  });
  test('a share in words alone is still one value (控制在百分之五以內)', () => {
    const { target } = readingOf('城鎮調查失業率控制在百分之五以內。');
    assert.deepEqual([target.metric['zh-Hant'], target.comparator, target.value, target.upperValue, target.unit], ['城鎮調查失業率', 'atMost', 5, undefined, '%']);
  });
  test('a falling pair is no range (由百分之六降至百分之五): the ceiling of its second', () => {
    const { target } = readingOf('城鎮調查失業率由百分之六降至百分之五。');
    assert.deepEqual([target.comparator, target.value, target.upperValue, target.unit], ['atMost', 5, undefined, '%']);
  });
});

describe('a span of time a 由 starts a change at is no part of the metric (r125 F6)', () => {
  // [sentence, its metric in zh-Hant (a Simplified sentence's converted), value, unit as written]
  const cases: [string, string, number, string][] = [
    ['項目審批時限由20個工作日壓減至10個工作日以內。', '項目審批時限', 10, '個工作日'],
    ['項目審批時限由20個工作日縮短至10個工作日。', '項目審批時限', 10, '個工作日'],
    ['项目审批时限由20个工作日压减到10个工作日以内。', '項目審批時限', 10, '个工作日'],
    ['企業開辦時間由5天壓縮至1天以內。', '企業開辦時間', 1, '天'],
  ];
  for (const [sentence, metric, value, unit] of cases) {
    test(`${sentence}: ${metric} at most ${value} ${unit}, paced from the span it starts at`, () => {
      const { target, codes } = readingOf(sentence);
      assert.deepEqual([target.metric['zh-Hant'], target.comparator, target.value, target.unit], [metric, 'atMost', value, unit]);
      assert.ok(!codes.includes('numeralNotRead'), codes.join());
    });
  }
  test('the span it starts at is the baseline, as 由1.5 and 由40微克/立方米 are', () => {
    const { target } = readingOf('項目審批時限由20個工作日壓減至10個工作日以內。');
    const noUnit = readingOf('數據中心PUE值由1.5降至1.3以下。').target;
    assert.equal(noUnit.baseline, 1.5);
    assert.equal(target.measure, noUnit.measure);
    assert.equal(target.baseline, 20);
  });
  test('a value of a unit after 由 is still the baseline (由45000元提高到48000元)', () => {
    const { target } = readingOf('城鎮居民人均可支配收入由45000元提高到48000元。');
    assert.deepEqual([target.metric['zh-Hant'], target.comparator, target.value], ['城鎮居民人均可支配收入', 'atLeast', 48000]);
  });
  test('a time limit alone is still read (壓縮至3個工作日內辦結)', () => {
    assert.equal(readingOf('審批時限壓縮至3個工作日內辦結。').target.value, 3);
  });

  test('a span in another unit is no baseline: 由48小時壓縮至1天 is no 48 days (r129 F1)', () => {
    for (const sentence of ['不動產登記辦理時間由48小時壓縮至1天以內。', '辦理時間由3個月壓縮至45天以內。']) {
      const { plan } = planFromText(textOf(sentence), PLAN);
      const target = plan!.targets[0]!;
      assert.equal(target.comparator, 'atMost', sentence);
      assert.equal(target.baseline, undefined, sentence);
      assert.doesNotMatch(target.metric['zh-Hant'], /由/, sentence);
    }
  });
});
