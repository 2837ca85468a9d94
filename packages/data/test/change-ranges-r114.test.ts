/**
 * Statuses a supervision office would not publish (F276): a rise or fall beyond the top of its range read off target
 * unless its words said 增長 (review r114 F1, F6: the phrase said twice), and what review r117 found of that fix (F1: a
 * base year written 在…年基礎上 read as a cap; F6: a reading reached above the top said 高於目標區間). Review r113 F4 (a
 * level brought down by the deadline) is brought-down-r113.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget, type Language, type TargetEvaluation } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';

/** The evaluation of `value` on `asOf` against the one target of `sentence` in a plan of `year`. */
const evaluationOf = (sentence: string, value: number, asOf: string, lang: Language = 'zh-Hant', year = +asOf.slice(0, 4)): TargetEvaluation => {
  const { plan } = planFromText(`1.甲。${sentence}（牽頭單位：市發改委）`, { title: '測試', issuer: '某市人民政府', year });
  assert.equal(plan?.targets.length, 1, sentence);
  return evaluatePlanTarget(plan!, plan!.targets[0]!, { value, asOf }, { lang });
};

/** How many times `part` is said in `text`. */
const timesSaid = (text: string, part: string): number => text.split(part).length - 1;

describe('a change asked for by a range (提高1—2個百分點, 下降10%—12%) beyond its top is more than asked, whatever the verb (r114 F1)', () => {
  test('森林覆蓋率提高1—2個百分點 at 2.5 is on track in September and 超額完成 at the deadline, as 增長1—2個百分點', () => {
    for (const sentence of ['森林覆蓋率提高1—2個百分點。', '綠化覆蓋率增長1—2個百分點。']) {
      assert.equal(evaluationOf(sentence, 2.5, '2023-09-30').status, 'onTrack', sentence);
      const met = evaluationOf(sentence, 2.5, '2023-12-31');
      assert.equal(met.status, 'met', sentence);
      assert.match(met.sentence, /超額完成,已達成。$/, sentence);
    }
  });

  test('居民人均可支配收入提高5%—6% at 6.5 is on track, then met beyond its goal', () => {
    assert.equal(evaluationOf('居民人均可支配收入提高5%—6%。', 6.5, '2023-09-30').status, 'onTrack');
    const met = evaluationOf('居民人均可支配收入提高5%—6%。', 6.5, '2023-12-31');
    assert.equal(met.status, 'met');
    assert.match(met.sentence, /超額完成,已達成。$/);
  });

  test('能耗較2020年下降10%—12% at 13: on track inside the year (said once), met beyond its goal at the year end', () => {
    const september = evaluationOf('單位地區生產總值能耗較2020年下降10%—12%。', 13, '2023-09-30');
    assert.equal(september.status, 'onTrack');
    // Reached beyond its top, not off its band: never 高於目標區間 beside 進度正常 (r117 F6).
    assert.match(september.sentence, /,已達到目標\(非全年數據,不作進度判斷\),進度正常。$/);
    const december = evaluationOf('單位地區生產總值能耗較2020年下降10%—12%。', 13, '2023-12-31');
    assert.equal(december.status, 'met');
    assert.match(december.sentence, /超額完成,已達成。$/);
  });

  test('every change verb right before the figure asks for the change (提升, 增加, 減少, 降低, 壓減; zh-Hans 压减, 减少)', () => {
    const asked = ['森林覆蓋率提升1—2個百分點。', '糧食產量增加3%—5%。', '化肥使用量減少3%—5%。', '化肥使用量降低3%—5%。', '化肥使用量壓減3%—5%。', '化肥使用量压减3%—5%。', '化肥使用量减少3%—5%。', '單位GDP能耗下降3%—5%。'];
    for (const sentence of asked) {
      const value = sentence.includes('百分') ? 2.5 : 6;
      assert.equal(evaluationOf(sentence, value, '2023-09-30').status, 'onTrack', sentence);
      const met = evaluationOf(sentence, value, '2023-12-31');
      assert.deepEqual([met.status, met.sentence.includes('超額完成')], ['met', true], sentence);
    }
  });

  test('a band to hold (穩定在30%—35%, 漲幅控制在3%-5%, 增長控制在, 增長穩定在, 下降幅度控制在) keeps its band', () => {
    const held: [string, number][] = [
      ['森林覆蓋率穩定在30%—35%。', 36],
      ['物價漲幅控制在3%-5%。', 5.6],
      ['規上工業增加值增長控制在3%-5%。', 5.6],
      ['地區生產總值增長穩定在5%—6%。', 6.5],
      ['單位地區生產總值能耗較2020年下降幅度控制在10%—12%。', 13],
    ];
    for (const [sentence, value] of held) {
      assert.equal(evaluationOf(sentence, value, '2023-09-30').status, 'aboveBand', sentence);
      assert.equal(evaluationOf(sentence, value, '2023-12-31').status === 'met', false, sentence);
    }
  });

  test('above a band held, read inside a year, 高於目標區間 is said once, in every language (r114 F6)', () => {
    const sentence = '單位地區生產總值能耗較2020年下降幅度控制在10%—12%。';
    const said = { 'zh-Hant': '高於目標區間', 'zh-Hans': '高于目标区间', en: 'above the target band' } as const;
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const e = evaluationOf(sentence, 13, '2023-09-30', lang);
      assert.equal(e.status, 'aboveBand');
      assert.equal(timesSaid(e.sentence, said[lang]), 1, e.sentence);
    }
    assert.match(evaluationOf(sentence, 13, '2023-09-30').sentence, /,高於目標區間\(非全年數據,不作進度判斷\)。$/);
  });

  test('above the top of a range it asks for, read inside a year, the sentence says it reached its goal, in every language (r117 F6)', () => {
    const off = { 'zh-Hant': '高於目標區間', 'zh-Hans': '高于目标区间', en: 'above the target band' } as const;
    const reached = { 'zh-Hant': '已達到目標', 'zh-Hans': '已达到目标', en: 'target reached' } as const;
    for (const [sentence, value] of [['單位地區生產總值能耗較2020年下降10%—12%。', 13], ['地區生產總值增長6%左右。', 6.5], ['市屬企業資產總額達到1500億元左右。', 1700]] as const) {
      for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
        const e = evaluationOf(sentence, value, '2023-09-30', lang);
        assert.equal(e.status, 'onTrack', sentence);
        assert.equal(timesSaid(e.sentence, off[lang]), 0, e.sentence);
        assert.equal(timesSaid(e.sentence, reached[lang]), 1, e.sentence);
      }
    }
  });
});

describe('a base year or a date after 在 (在2022年基礎上, 在2023年底前) is no cap: only 在 right before the figure is (r117 F1)', () => {
  test('在2022年基礎上增長5%—6% at 6.8 is 超額完成 at the deadline, in either script', () => {
    for (const sentence of ['全市規模以上工業增加值在2022年基礎上增長5%—6%。', '全市规模以上工业增加值在2022年基础上增长5%—6%。']) {
      assert.equal(evaluationOf(sentence, 6.8, '2023-09-30').status, 'onTrack', sentence);
      const met = evaluationOf(sentence, 6.8, '2023-12-31');
      assert.equal(met.status, 'met', sentence);
      assert.match(met.sentence, /超額完成,已達成。$/, sentence);
    }
  });

  test('能耗在2020年基礎上下降10%—12% at 13 and 力爭在2023年底前糧食產量增加3%—5% at 6: on track, then met beyond the goal', () => {
    for (const [sentence, value] of [['單位地區生產總值能耗在2020年基礎上下降10%—12%。', 13], ['力爭在2023年底前糧食產量增加3%—5%。', 6]] as const) {
      assert.equal(evaluationOf(sentence, value, '2023-09-30').status, 'onTrack', sentence);
      const met = evaluationOf(sentence, value, '2023-12-31');
      assert.deepEqual([met.status, met.sentence.includes('超額完成')], ['met', true], sentence);
    }
  });

  test('在 right before the figure holds or caps the band, a base year before it or not (增速保持在6%—7%, 在2022年基礎上增長控制在3%-5%)', () => {
    for (const [sentence, value] of [['地區生產總值增速保持在6%—7%。', 7.5], ['規上工業增加值在2022年基礎上增長控制在3%-5%。', 5.6], ['單位地區生產總值能耗在2020年基礎上下降幅度控制在10%—12%。', 13]] as const) {
      assert.equal(evaluationOf(sentence, value, '2023-09-30').status, 'aboveBand', sentence);
      assert.equal(evaluationOf(sentence, value, '2023-12-31').status, 'aboveBand', sentence);
    }
  });
});
