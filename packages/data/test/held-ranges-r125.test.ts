/**
 * Ranges held or capped read as held (review r125 F1, F2, F3, F5). A held growth band whose subject is in the clause
 * before (…同步,增速保持在5%—6%) was read as asked, its quote starting at the figure so the words before it were not
 * read; a band held without 在 (保持3%—5%, 保持於, 控制於, 維持) or with 年均 between 在 and the figure was read as asked;
 * a range of an amount capped with 控制在 (用水總量控制在3億—3.2億立方米) above its top was met; and an overlay that
 * moves a brought-down target off `atMost` kept `broughtDown`, which the schema then refused.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyOverlay } from '../src/node/index.js';
import { evaluationOf, planOf, targetOf, textOf } from './one-sentence-plan.js';

describe('a held growth band whose subject is in the clause before (r125 F1)', () => {
  for (const sentence of ['城鄉居民收入增長與經濟增長同步,增速保持在5%—6%。', '居民收入增長和經濟增長基本同步,增長控制在5%到6%。', '城乡居民收入增长与经济增长同步,增速控制在5%—6%。']) {
    test(`${sentence} above its top is above its band, not 超額完成`, () => {
      const target = targetOf(sentence);
      assert.equal(target.changeAsked, undefined);
      const e = evaluationOf(target, 6.5, '2024-12-31');
      assert.equal(e.status, 'aboveBand');
      assert.doesNotMatch(e.sentence, /超額完成/);
      assert.equal(evaluationOf(target, 5.5, '2024-12-31').status, 'met');
    });
  }
  test('an asked range after a clause (外貿進出口實現穩中有進,增長3%—5%) stays asked', () => {
    const target = targetOf('外貿進出口實現穩中有進,增長3%—5%。');
    assert.equal(target.changeAsked, true);
    assert.equal(evaluationOf(target, 5.6, '2024-12-31').status, 'met');
  });
});

describe('a growth band held without 在, or with 年均 after it (r125 F3)', () => {
  const cases: [string, string, number][] = [
    ['居民人均可支配收入增長保持3%—5%。', '居民人均可支配收入', 5.6],
    ['居民人均可支配收入增速保持於3%—5%。', '居民人均可支配收入', 5.6],
    ['居民人均可支配收入增長控制於3%—5%。', '居民人均可支配收入', 5.6],
    ['地區生產總值增長維持3%—5%。', '地區生產總值', 5.6],
    ['地區生產總值增速保持在年均5%—6%。', '地區生產總值', 6.5],
  ];
  for (const [sentence, metric, above] of cases) {
    test(`${sentence} is held: above its band at ${above}, its metric ${metric}`, () => {
      const target = targetOf(sentence);
      assert.equal(target.changeAsked, undefined);
      assert.equal(target.metric['zh-Hant'], metric);
      assert.equal(evaluationOf(target, above, '2024-12-31').status, 'aboveBand');
    });
  }
  test('增長3%—5% and 增速在2023年基礎上增長3%—5% are still asked', () => {
    assert.equal(targetOf('居民人均可支配收入增長3%—5%。').changeAsked, true);
    assert.equal(targetOf('居民人均可支配收入在2023年基礎上增長3%—5%。').changeAsked, true);
  });
});

describe('a range of a flow held or capped (控制在) is off its band above its top (r125 F2)', () => {
  const cases: [string, number, string, number][] = [
    ['全市用水總量控制在3億—3.2億立方米。', 3.5, '2024-12-31', 3.1],
    ['全市生產安全事故死亡人數控制在10—15人。', 18, '2024-12-31', 12],
    ['新增建設用地規模控制在2000—2500畝。', 2800, '2024-06-30', 2200],
  ];
  for (const [sentence, above, asOf, within] of cases) {
    test(`${sentence} at ${above} on ${asOf} is not met; at ${within} at the deadline it is`, () => {
      const target = targetOf(sentence);
      assert.equal(target.held, true);
      const e = evaluationOf(target, above, asOf);
      assert.equal(e.status, 'aboveBand');
      assert.doesNotMatch(e.sentence, /超額完成/);
      assert.equal(evaluationOf(target, within, '2024-12-31').status, 'met');
    });
  }
  test('a level capped in a range (PM2.5控制在35—38) is not held: below its band it is never behind', () => {
    // Held, a level is held all year, and below its band behind (30 of 35—38 in June): a pollutant under its cap is not.
    const target = targetOf('全年PM2.5平均濃度控制在35—38微克/立方米。');
    assert.equal(target.held, undefined);
    assert.ok(!['behind', 'seriouslyBehind'].includes(evaluationOf(target, 30, '2024-06-30').status));
  });
  test('a range asked for (新建口袋公園20—30個, 達到15—16平方米) is no held range', () => {
    assert.equal(targetOf('新建口袋公園20—30個。').held, undefined);
    assert.equal(evaluationOf(targetOf('新建口袋公園20—30個。'), 35, '2024-12-31').status, 'met');
  });
});

describe('an overlay moving a brought-down target off atMost clears broughtDown (r125 F5)', () => {
  const sentence = 'PM2.5平均濃度下降到38微克/立方米以下。';
  test('comparator approx: no broughtDown, no issue', () => {
    const plan = planOf(sentence);
    const id = plan.targets[0]!.id;
    assert.equal(plan.targets[0]!.broughtDown, true);
    const r = applyOverlay(plan, { targets: { change: { [id]: { comparator: 'approx' } } } }, textOf(sentence), { lang: 'en' });
    assert.deepEqual(r.issues, []);
    assert.equal(r.plan?.targets[0]?.comparator, 'approx');
    assert.equal(r.plan?.targets[0]?.broughtDown, undefined);
  });
  test('comparator atMost kept: broughtDown kept', () => {
    const plan = planOf(sentence);
    const id = plan.targets[0]!.id;
    const r = applyOverlay(plan, { targets: { change: { [id]: { firmness: 'strive' } } } }, textOf(sentence), { lang: 'en' });
    assert.deepEqual(r.issues, []);
    assert.equal(r.plan?.targets[0]?.broughtDown, true);
  });
});
