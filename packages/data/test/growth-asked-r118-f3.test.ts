/**
 * A range of a change its words ask for as a minimum (增長3%-5%, 提高1—2個百分點, 較2020年下降10%—12%) is 超額完成
 * beyond its top; one its words hold or cap (增長控制在3%-5%, 增速保持在6%—7%, 漲幅3%-5%) keeps its band. The extraction
 * decides it where it reads the figure (`changeAsked`), not a regex of the quote at each evaluation, which missed a
 * figure not written as `String(value)`: 控制在2.50%—3%, 保持在 6%—7% (a blank), full-width 控制在３%—５%, and a 萬
 * figure of value 15000 (review r118 F3): each read as asked, so a reading above the cap was called met.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { extractTargets, validatePlan, type Plan, type Target } from '../src/index.js';
import { applyOverlay } from '../src/node/index.js';
import { growthAsked } from '../src/target-kinds.js';
import { evaluationOf, planOf, targetOf, textOf } from './one-sentence-plan.js';

/** A range of a change held or capped in its band, and a reading above its top. */
const held: readonly (readonly [string, number])[] = [
  ['居民人均可支配收入增長控制在2.50%—3%。', 3.5],
  ['居民人均可支配收入增長保持在 6%—7%。', 7.5],
  ['居民人均可支配收入增長保持在\u30006%—7%。', 7.5],
  ['居民人均可支配收入增長控制在３%—５%。', 5.6],
  ['居民人均可支配收入增長控制在3%-5%。', 5.6],
  ['萬元GDP能耗下降幅度控制在10%—12%。', 13],
  ['居民消費價格漲幅3%-5%。', 5.6],
  // zh-Hans
  ['居民人均可支配收入增长控制在2.50%—3%。', 3.5],
  ['居民人均可支配收入增长保持在 6%—7%。', 7.5],
  ['居民人均可支配收入增长稳定在５%—６%。', 6.5],
  ['居民消费价格涨幅3%-5%。', 5.6],
];

/** A range of a change its words ask for, and a reading beyond its top. */
const asked: readonly (readonly [string, number])[] = [
  ['固定資產投資增長3%-5%。', 5.6],
  ['在2022年基礎上固定資產投資增長5%—6%。', 6.5],
  ['力爭在2023年底前森林面積增加3%—5%。', 5.6],
  ['萬元GDP能耗較2020年下降10%—12%。', 13],
  ['森林覆蓋率提高1—2個百分點。', 2.5],
  ['固定資產投資增長３%—５%。', 5.6],
  // zh-Hans
  ['固定资产投资增长3%-5%。', 5.6],
  ['在2022年基础上固定资产投资增长5%—6%。', 6.5],
  ['万元GDP能耗较2020年下降10%—12%。', 13],
];

describe('a range of a change held or capped keeps its band (r118 F3)', () => {
  test('extracted with a direction and not asked: no changeAsked', () => {
    for (const [sentence] of held) {
      const target = targetOf(sentence);
      assert.equal(target.comparator, 'range', sentence);
      assert.ok(target.direction, sentence);
      assert.equal(target.changeAsked, undefined, sentence);
      assert.equal(growthAsked(target), false, sentence);
    }
  });

  test('above its top, at the deadline and before it, it is above its band, never met nor 超額完成', () => {
    for (const [sentence, value] of held) {
      const target = targetOf(sentence);
      for (const asOf of ['2024-06-30', '2024-12-31']) {
        const evaluation = evaluationOf(target, value, asOf);
        assert.equal(evaluation.status, 'aboveBand', `${sentence} ${asOf}`);
        assert.doesNotMatch(evaluation.sentence, /超額完成/, `${sentence} ${asOf}`);
      }
    }
  });

  test('the same through extractTargets', () => {
    for (const [sentence] of held) {
      const [target] = extractTargets(sentence);
      assert.ok(target?.direction, sentence);
      assert.equal(target.changeAsked, undefined, sentence);
    }
  });

  test('a 分別 list held in its bands holds each item; one asked asks each', () => {
    const each = (sentence: string) => extractTargets(sentence).map((t) => [t.value, t.direction, t.changeAsked]);
    assert.deepEqual(each('城鎮和農村居民收入增長分別控制在3%—5%、6%—8%。'), [[3, 'increaseBy', undefined], [6, 'increaseBy', undefined]]);
    assert.deepEqual(each('城鎮和農村居民收入分別增長3%—5%、6%—8%。'), [[3, 'increaseBy', true], [6, 'increaseBy', true]]);
  });

  test('a figure not written as its value (a 萬 figure, value 15000) in a plan without the mark keeps its band', () => {
    const target: Target = { ...targetOf('常住人口增長控制在1.5萬%—2萬%。'), valueText: '1.5萬—2萬', value: 15000, upperValue: 20000, unit: '人', quote: '常住人口增長控制在1.5萬—2萬' };
    assert.equal(growthAsked(target), false);
    assert.equal(evaluationOf(target, 25000, '2024-12-31').status, 'aboveBand');
  });
});

describe('a range of a change asked for is 超額完成 beyond its top', () => {
  test('extracted with changeAsked', () => {
    for (const [sentence] of asked) {
      const target = targetOf(sentence);
      assert.deepEqual([target.comparator, target.changeAsked], ['range', true], sentence);
      assert.equal(growthAsked(target), true, sentence);
      const [proposed] = extractTargets(sentence);
      assert.equal(proposed?.changeAsked, true, sentence);
    }
  });

  test('beyond its top it is met at the deadline, on track before it, and 超額完成', () => {
    for (const [sentence, value] of asked) {
      const target = targetOf(sentence);
      const december = evaluationOf(target, value, '2024-12-31');
      assert.equal(december.status, 'met', sentence);
      assert.match(december.sentence, /超額完成/, sentence);
      assert.notEqual(evaluationOf(target, value, '2024-06-30').status, 'aboveBand', sentence);
    }
  });

  test('a plan written without the mark (an older plan) keeps the band: the cautious reading', () => {
    for (const [sentence, value] of asked) {
      const { changeAsked: _, ...unmarked } = targetOf(sentence);
      assert.equal(growthAsked(unmarked), false, sentence);
      assert.equal(evaluationOf(unmarked, value, '2024-12-31').status, 'aboveBand', sentence);
    }
  });

  test('a range of no change (2—3個, 穩定在30%—35%) and no Dezhou target is marked', () => {
    for (const sentence of ['新建示範點2—3個。', '森林覆蓋率穩定在30%—35%。']) assert.equal(targetOf(sentence).changeAsked, undefined, sentence);
    assert.deepEqual(dezhouPlan.targets.filter((t) => t.changeAsked !== undefined).map((t) => t.id), []);
  });
});

describe('the schema refuses a mark where it cannot apply (r118 F3, F281)', () => {
  /** Each issue of `plan`, `path: message`, in `lang`. */
  const issuesOf = (plan: Plan, lang: 'zh-Hant' | 'zh-Hans' | 'en'): string[] => validatePlan(plan, { lang }).issues.map((i) => `${i.path}: ${i.message}`);

  test('changeAsked on a target with no direction', () => {
    const plan = planOf('新建示範點2—3個。');
    const bad = { ...plan, targets: [{ ...plan.targets[0]!, changeAsked: true }] };
    assert.equal(validatePlan(planOf('固定資產投資增長3%-5%。')).success, true);
    const [hant, ...more] = issuesOf(bad, 'zh-Hant');
    assert.deepEqual(more, []);
    assert.match(hant ?? '', /^targets\[0\]\.changeAsked: changeAsked.*direction/);
    assert.match(issuesOf(bad, 'zh-Hans')[0] ?? '', /changeAsked/);
    assert.match(issuesOf(bad, 'en')[0] ?? '', /changeAsked.*direction/);
  });

  test('broughtDown on a target whose comparator is not atMost', () => {
    const plan = planOf('PM2.5平均濃度下降到38微克/立方米以下。');
    assert.equal(validatePlan(plan).success, true);
    const bad = { ...plan, targets: [{ ...plan.targets[0]!, comparator: 'atLeast' as const }] };
    const [hant, ...more] = issuesOf(bad, 'zh-Hant');
    assert.deepEqual(more, []);
    assert.match(hant ?? '', /^targets\[0\]\.broughtDown: broughtDown.*atMost.*atLeast/);
    assert.match(issuesOf(bad, 'zh-Hans')[0] ?? '', /broughtDown/);
    assert.match(issuesOf(bad, 'en')[0] ?? '', /broughtDown.*atMost/);
  });

  test('an overlay sets and clears either mark', () => {
    /** `sentence`'s target, its mark `key` set to `value` by an overlay, without an issue. */
    const overlaid = (sentence: string, key: 'changeAsked' | 'broughtDown', value: boolean): Target => {
      const plan = planOf(sentence);
      const { plan: out, issues } = applyOverlay(plan, { targets: { change: { [plan.targets[0]!.id]: { [key]: value } } } }, textOf(sentence));
      assert.deepEqual(issues, [], sentence);
      return out!.targets[0]!;
    };
    assert.equal(evaluationOf(overlaid('固定資產投資增長3%-5%。', 'changeAsked', false), 5.6, '2024-12-31').status, 'aboveBand');
    assert.equal(evaluationOf(overlaid('居民人均可支配收入增長控制在3%-5%。', 'changeAsked', true), 5.6, '2024-12-31').status, 'met');
    assert.equal(evaluationOf(overlaid('PM2.5平均濃度下降到38微克/立方米以下。', 'broughtDown', false), 40, '2024-06-30').status, 'overCeiling');
    assert.equal(evaluationOf(overlaid('PM2.5平均濃度控制在38微克/立方米以內。', 'broughtDown', true), 40, '2024-06-30').status, 'belowTarget');
  });

  test('an overlay that takes a direction away (a comparator changed from a range) takes changeAsked with it', () => {
    const sentence = '固定資產投資增長3%-5%。';
    const plan = planOf(sentence);
    const change = { comparator: 'increaseBy', direction: null };
    const { plan: out, issues } = applyOverlay(plan, { targets: { change: { [plan.targets[0]!.id]: change } } }, textOf(sentence));
    assert.deepEqual(issues, []);
    assert.deepEqual([out!.targets[0]!.direction, out!.targets[0]!.changeAsked], [undefined, undefined]);
  });
});
