/**
 * Review r56's gap findings (F67): a gap to a peer names its subject after the value it follows without that value's
 * change or comparison words, after a range (增长5.5%—6%) or a multiple (是全省的1.2倍) too (M3); a gap in percentage
 * points takes the nearest value in % or of a change in its sentence, never an amount (M2); a gap in a concentration
 * below the province's is at least that far below (M6).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readingsOf as read, traceable } from './helpers.js';

/** The metric and comparator of the last proposal of `text` (the gap), in a plan of 2024. */
const gapOf = (text: string) => read(text).at(-1)?.slice(0, 3);

describe('r56 M3: a gap after a range or a multiple', () => {
  test('after a range of a change, the gap is of its rate, in both scripts', () => {
    assert.deepEqual(gapOf('地区生产总值增长5.5%—6%,高于全省1个百分点。'), ['地区生产总值增速高于全省', 'atLeast', 1]);
    assert.deepEqual(gapOf('地區生產總值增長5.5%—6%,高於全省1個百分點。')?.[0], '地區生產總值增速高於全省');
    traceable('地区生产总值增长5.5%—6%,高于全省1个百分点。');
  });

  test('after a multiple of a peer’s figure, the gap drops the multiple’s words', () => {
    assert.deepEqual(gapOf('固定资产投资增速是全省的1.2倍,高于全省2个百分点。'), ['固定资产投资增速高于全省', 'atLeast', 2]);
    assert.deepEqual(gapOf('固定資產投資增速為全省的1.2倍,高於全省2個百分點。')?.[0], '固定資產投資增速高於全省');
  });
});

describe('r56 M2: a gap in percentage points takes the nearest value in % or of a change', () => {
  test('an amount between the growth and the gap is passed over', () => {
    assert.deepEqual(gapOf('全市居民人均可支配收入增长7%,达到4万元,高于全省1个百分点。'), ['全市居民人均可支配收入增速高于全省', 'atLeast', 1]);
    assert.deepEqual(gapOf('地区生产总值增长6%,总量达到6000亿元,高于全省1个百分点。'), ['地区生产总值增速高于全省', 'atLeast', 1]);
    assert.deepEqual(gapOf('地區生產總值增長6%,總量達到6000億元,高於全省1個百分點。')?.[0], '地區生產總值增速高於全省');
  });

  test('with no such value in its sentence, the gap keeps its own words', () => {
    assert.deepEqual(gapOf('新增城镇就业3万人,高于全省平均水平1个百分点。'), ['高于全省平均水平', 'atLeast', 1]);
    // Not across sentences.
    assert.deepEqual(gapOf('地区生产总值增长6%。总量达到6000亿元,高于全省1个百分点。'), ['高于全省', 'atLeast', 1]);
  });

  test('a value in % right before the gap is still its subject', () => {
    assert.deepEqual(gapOf('全市研发投入强度达到2.5%,高于全省0.2个百分点。'), ['全市研发投入强度高于全省', 'atLeast', 0.2]);
  });
});

describe('r56 M6: a gap in a concentration below the province’s', () => {
  test('is at least that far below, in both wordings and scripts', () => {
    assert.deepEqual(gapOf('PM2.5平均浓度达到35微克/立方米,低于全省平均水平5微克/立方米。'), ['PM2.5平均浓度低于全省平均水平', 'atLeast', 5]);
    assert.deepEqual(gapOf('PM2.5浓度控制在35微克/立方米以下,比全省低5微克/立方米。'), ['PM2.5浓度比全省低', 'atLeast', 5]);
    assert.deepEqual(gapOf('PM2.5平均濃度達到35微克/立方米,低於全省平均水平5微克/立方米。')?.[1], 'atLeast');
    // The concentration itself stays a ceiling.
    assert.deepEqual(read('PM2.5平均浓度达到35微克/立方米,低于全省平均水平5微克/立方米。')[0]?.slice(1, 3), ['atMost', 35]);
  });
});
