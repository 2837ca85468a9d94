/**
 * A supervision office's review of the statuses and sentences (2026-12): a level that fell below its target and its
 * baseline, figures rounded onto the lines a status turns on, and a reading inside a 左右 band below the pace.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateDezhouTarget } from '../src/dezhou-2023.js';
import { evaluateTarget, type Language, type Target, type TargetReading } from '../src/index.js';

const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const judge = (id: string, reading: TargetReading, lang: Language = 'zh-Hant') => evaluateDezhouTarget(id, reading, { lang })!;

describe('a level below its target and its baseline moved the wrong way', () => {
  test('met at the start of the year (950 of ≥ 900) and lost (800): seriously behind, then missed; never "no baseline"', () => {
    for (const lang of languages) {
      const june = judge('t03.2', { value: 800, asOf: '2023-06-30', baseline: 950 }, lang);
      assert.equal(june.status, 'seriouslyBehind', june.sentence);
      assert.doesNotMatch(june.sentence, /無基數|无基数|no baseline/, june.sentence);
      assert.match(june.sentence, /950/, `${lang}: the baseline it fell from is said`);
      const end = judge('t03.2', { value: 800, asOf: '2023-12-31', baseline: 950 }, lang);
      assert.equal(end.status, 'missed');
      assert.doesNotMatch(end.sentence, /無基數|无基数|no baseline/, end.sentence);
    }
  });

  test('a baseline at its target, still reached: "reached", without "no baseline"', () => {
    const e = judge('t03.2', { value: 960, asOf: '2023-06-30', baseline: 950 }, 'en');
    // On track until the deadline: a level can fall back (review r63 §8).
    assert.equal(e.status, 'onTrack');
    assert.doesNotMatch(e.sentence, /no baseline/, e.sentence);
  });

  test('below its baseline (790 from 800 towards 900): no negative share done, the fall said', () => {
    for (const lang of languages) {
      const e = judge('t03.2', { value: 790, asOf: '2023-06-30', baseline: 800 }, lang);
      assert.equal(e.status, 'seriouslyBehind');
      assert.doesNotMatch(e.sentence, /-\d/, e.sentence);
      assert.match(e.sentence, /800/, e.sentence);
    }
  });

  test('above its baseline but below the target stays paced as before', () => {
    const e = judge('t03.2', { value: 850, asOf: '2023-06-30', baseline: 800 });
    assert.equal(e.status, 'onTrack');
    assert.match(e.sentence, /完成50%/);
  });
});

describe('the pace is never rounded onto a line its status turns on', () => {
  test('24.7% of the year gone on 30 March is not "25%" (not started, where 25% would be seriously behind)', () => {
    const e = judge('t09.1', { value: 0, asOf: '2023-03-30' });
    assert.equal(e.status, 'notStarted');
    assert.doesNotMatch(e.sentence, /序時進度25%/, e.sentence);
    assert.match(e.sentence, /序時進度24\.\d%/, e.sentence);
  });

  test('99.7% of the year gone on 30 December is not "100%" (behind, where 100% would be missed)', () => {
    for (const lang of languages) {
      const e = judge('t09.1', { value: 2900, asOf: '2023-12-30' }, lang);
      assert.equal(e.status, 'behind');
      assert.doesNotMatch(e.sentence, /(序時進度|序时进度)100%|100% of the period/, e.sentence);
      assert.match(e.sentence, /99\.\d%/, e.sentence);
    }
  });
});

describe('a reading inside a 左右 band is said to be in it, not as a share short of the pace', () => {
  test('1450 of 1500億元左右 from a baseline of 1450 in June: in the band, not "完成0%,序時進度50%,進度正常"', () => {
    for (const lang of languages) {
      const e = judge('t43.1', { value: 1450, asOf: '2023-06-30', baseline: 1450 }, lang);
      assert.equal(e.status, 'onTrack');
      assert.match(e.sentence, /在目標區間內|在目标区间内|within the target band/, e.sentence);
      assert.doesNotMatch(e.sentence, /0%/, e.sentence);
    }
  });

  test('1430 at the deadline from 1400: met, in the band, not "完成30%,序時進度100%"', () => {
    const e = judge('t43.1', { value: 1430, asOf: '2023-12-31', baseline: 1400 });
    assert.equal(e.status, 'met');
    assert.match(e.sentence, /在目標區間內/);
    assert.doesNotMatch(e.sentence, /30%|100%/, e.sentence);
  });

  test('ahead of the pace inside the band, the shares are said as before', () => {
    const e = judge('t43.1', { value: 1480, asOf: '2023-06-30', baseline: 1400 });
    assert.equal(e.status, 'onTrack');
    assert.match(e.sentence, /完成80%/);
  });
});

describe('a level held under a limit, with a baseline (a code review: PM2.5濃度控制在42以內 from 50)', () => {
  const limit: Target = {
    id: 't98.1',
    taskId: 't98',
    metric: { 'zh-Hant': 'PM2.5濃度', 'zh-Hans': 'PM2.5浓度', en: 'PM2.5 concentration' },
    valueText: '42',
    value: 42,
    unit: '微克/立方米',
    unitEn: 'μg/m³',
    comparator: 'atMost',
    measure: 'level',
    firmness: 'plain',
    deadline: '2023-12-31',
    quote: 'PM2.5濃度控制在42微克/立方米以內',
    offset: 0,
  };
  const judge = (value: number, baseline: number, asOf = '2023-06-30', lang: Language = 'zh-Hant') => evaluateTarget(limit, { value, asOf, baseline }, { lang });

  test('falling towards the limit from above it is paced from the baseline, not "ceiling exceeded" before the deadline', () => {
    const e = judge(45, 50);
    assert.equal(e.status, 'onTrack', e.sentence);
    assert.match(e.sentence, /完成63%|完成62\.5%/);
    assert.equal(judge(49, 50).status, 'seriouslyBehind');
    assert.equal(judge(45, 50, '2023-12-31').status, 'missed');
  });

  test('rising away from it is the wrong way, said as a rise from the baseline; never a negative share', () => {
    for (const lang of languages) {
      const e = judge(52, 50, '2023-06-30', lang);
      assert.equal(e.status, 'seriouslyBehind');
      assert.doesNotMatch(e.sentence, /-\d/, e.sentence);
      assert.match(e.sentence, /較基數50微克\/立方米上升|较基数50微克\/立方米上升|up from the baseline of 50/, e.sentence);
    }
  });

  test('under the limit it is on track until the deadline (it may rise again), met at it; a baseline already under it is no pace', () => {
    assert.equal(judge(40, 50).status, 'onTrack');
    assert.equal(judge(40, 50, '2023-12-31').status, 'met');
    const e = judge(38, 40);
    assert.equal(e.status, 'onTrack');
    assert.equal(e.expected, undefined);
    assert.doesNotMatch(e.sentence, /-\d|無基數/, e.sentence);
    assert.equal(judge(45, 40).status, 'overCeiling');
  });
});
