/**
 * A seasonal figure is never held (F229's rule, `scripts/curated/README.md`, the `held` paragraph): a sown area is sown
 * in its season, so before then it is honestly 0 and 尚未達到目標, whatever words keep it (穩定在, 保持).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/index.js';

const heldOf = (sentence: string) => extractTargets(sentence)[0]?.held;

describe('the extractor proposes no held seasonal figure (F234)', () => {
  test('a sown or planted area kept (種植面積, 播種面積; 穩定在, 保持) is not held', () => {
    assert.equal(heldOf('大豆玉米帶狀復合種植面積穩定在35萬畝以上。'), undefined, 'Dezhou’s t37.2, as curated since F229');
    assert.equal(heldOf('農作物播種面積穩定在800萬畝以上。'), undefined);
    assert.equal(heldOf('糧食播种面积保持在1100万亩以上。'), undefined, 'Simplified');
    assert.equal(heldOf('大豆種植面積占比穩定在10%以上。'), undefined, 'a share of a sown area is sown in its season too');
    assert.equal(heldOf('“噸半糧”達標面積穩定在80萬畝以上。'), undefined, 'an area known after the harvest');
  });

  test('an area that stands at any date is still held', () => {
    assert.equal(heldOf('耕地保有量保持在500萬畝以上。'), true);
    assert.equal(heldOf('永久基本農田面積穩定在400萬畝以上。'), true);
  });
});
