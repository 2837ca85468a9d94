/**
 * F210: a plan built before ranges kept their direction (F200), or a range an overlay adds without one, has no
 * `direction`: every reader (the gauge, the sentences, the progress checks) takes 較2020年下降10%—12% as a rise, and
 * 森林覆蓋率提高1—2個百分點 as a gap between two rates. `dz-plan lint` says so at the target, in three languages; the
 * template reads `changeDirection` as every other reader does, with no guess of its own from the quote.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plan, Target } from '../src/index.js';
import { lintPlan } from '../src/node/lint-plan.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';

/** t01.1 a fall of 10—12% since 2020; t01.2 a rise of 1—2 points; t01.3 a gap of 1—2 points (no direction). */
const built = planFromText('1.甲。单位GDP能耗较2020年下降10%—12%,森林覆盖率提高1—2个百分点,农村居民收入增速高于城镇居民1—2个百分点。（牵头单位：市工信局）', {
  title: '测试',
  issuer: '某市人民政府',
  year: 2024,
}).plan!;

/** `plan` as an older `dz-plan` built it: the targets of `ids` without their `direction`. */
function withoutDirection(plan: Plan, ...ids: string[]): Plan {
  const targets: Target[] = plan.targets.map((t) => {
    if (!ids.includes(t.id)) return t;
    const { direction: _, ...rest } = t;
    return rest;
  });
  return { ...plan, targets };
}

const older = withoutDirection(built, 't01.1', 't01.2');
const said = (plan: Plan, lang?: 'zh-Hant' | 'zh-Hans' | 'en') => lintPlan(plan, lang ? { lang } : {}).filter((i) => i.code === 'rangeWithoutDirection');

describe('F210: lint says a range of a change that keeps no direction', () => {
  test('the fixture: the parser keeps both directions; the older plan has none', () => {
    assert.deepEqual(built.targets.map((t) => t.direction), ['decreaseBy', 'increaseBy', undefined]);
    assert.deepEqual(older.targets.map((t) => t.direction), [undefined, undefined, undefined]);
  });

  test('the fall read as a rise and the rise in points read as a gap, each at its target, in English', () => {
    assert.deepEqual(
      said(older).map((i) => `${i.at}: ${i.message}`),
      [
        't01.1: «单位GDP能耗较2020年下降10%—12%» is a range of a fall, but the plan keeps no direction (built by an older dz-plan, or an overlay): it is read as a rise. Build the plan again, or give it "direction": "decreaseBy" in an overlay (targets.change)',
        't01.2: «森林覆盖率提高1—2个百分点» is a range of a rise, but the plan keeps no direction (built by an older dz-plan, or an overlay): it is read as a gap between two rates. Build the plan again, or give it "direction": "increaseBy" in an overlay (targets.change)',
      ],
    );
  });

  test('in Chinese', () => {
    assert.equal(
      said(older, 'zh-Hant')[0]!.message,
      '«单位GDP能耗较2020年下降10%—12%» 是下降的區間,但計劃沒有寫明方向(舊版 dz-plan 產生的計劃,或 overlay):現在讀作增長。請重新產生計劃,或在 overlay 裡寫上 "direction": "decreaseBy"(targets.change)',
    );
    assert.equal(
      said(older, 'zh-Hans')[1]!.message,
      '«森林覆盖率提高1—2个百分点» 是增长的区间,但计划没有写明方向(旧版 dz-plan 产生的计划,或 overlay):现在读作两个比率之差。请重新产生计划,或在 overlay 里写上 "direction": "increaseBy"(targets.change)',
    );
  });

  test('a quote in Traditional is read as the parser reads it', () => {
    const traditional = planFromText('1.甲。單位GDP能耗較2020年下降10%—12%。（牽頭單位：市工信局）', { title: '測試', issuer: '某市人民政府', year: 2024 }).plan!;
    assert.deepEqual(said(withoutDirection(traditional, 't01.1')).map((i) => i.at), ['t01.1']);
  });

  test('nothing to say of a plan that keeps its directions, of a gap, or of a rise read as a rise', () => {
    assert.deepEqual(said(built), []);
    // A range of a change in per cent read as a rise without its direction: read as it is meant.
    const rise = planFromText('1.甲。地区生产总值较2020年增长10%—12%。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
    assert.equal(rise.targets[0]!.direction, 'increaseBy');
    assert.deepEqual(said(withoutDirection(rise, 't01.1')), []);
  });
});

describe('F210: the template reads the direction as every reader does', () => {
  const measure = sheetColumns.indexOf('measure');
  const measureOf = (plan: Plan, id: string) => progressTemplate(plan, { lang: 'zh-Hans' }).rows.find((row) => row[0] === id)![measure]!;

  test('a range without its direction is asked for as changeDirection reads it, not guessed from its quote', () => {
    // What changeDirection reads without a direction: a rise for the change in per cent, a gap for the rate in points.
    const asRead = { ...built, targets: built.targets.map((t) => (t.id === 't01.1' ? { ...t, direction: 'increaseBy' as const } : t)) };
    assert.equal(measureOf(older, 't01.1'), measureOf(asRead, 't01.1'));
    assert.match(measureOf(older, 't01.2'), /^相差的百分点\(/);
  });

  test('with its direction, the fall is asked for as a fall', () => {
    assert.equal(measureOf(built, 't01.1'), '较2020年下降幅度(填正数,如降了7%填 7;不降反升填负数)');
  });
});
