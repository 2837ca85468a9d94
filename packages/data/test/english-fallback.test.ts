/**
 * A plan built from a document has no English until a person writes it: the API shows the document's own text in
 * its place (english-fallback.ts), and an amount in English is scaled once (a county web team's review: a built
 * plan's 1.5億美元 read "150 million 億美元" in English, the 億 counted twice).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeTarget, formatAmount, loadPlan } from '../src/index.js';
import { planFromText } from '../src/node/index.js';
import { seed } from './helpers.js';

describe('English of a plan built from a document, before its English is written', () => {
  const built = planFromText(seed, { sourceFile: 'dezhou-2023-key-tasks.zh-Hant.txt' }).plan!;
  const api = loadPlan(JSON.parse(JSON.stringify(built)));
  const scaled = api.plan.targets.filter((t) => /^[萬億]./.test(t.unit));

  test('an amount in 萬 or 億 is scaled once: the number says million or billion, the noun is the unit without its scale', () => {
    assert.ok(scaled.length >= 10, `${scaled.length} targets in 萬 or 億 units`);
    for (const target of scaled) {
      const english = describeTarget(target, 'en');
      assert.doesNotMatch(english, /[萬億]/, `${target.id} ${target.unit}: ${english}`);
      assert.ok(english.endsWith(target.unit.slice(1)), `${target.id}: ${english} ends with ${target.unit.slice(1)}`);
    }
    const investment = scaled.find((t) => t.unit === '億元' && t.value === 90)!;
    assert.equal(formatAmount(investment, 90, 'en'), '9 billion 元');
  });

  test('a unit with no scale stands as written', () => {
    const plain = api.plan.targets.find((t) => t.unit === '個')!;
    assert.match(describeTarget(plain, 'en'), /\d 個$/);
  });
});
