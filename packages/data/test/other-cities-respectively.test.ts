/**
 * 分別 lists other cities write (review r50): items joined by 和 (全市和縣域增速, 新建學校和醫院) rather than 、, a unit
 * written once for the list (增長6、8%, 高於全省2個、3個百分點), and a gap to a peer region that governs every value of
 * its list. Before, a 和-pair kept its first value only (the second named nothing), the shared unit was lost, and the
 * second gap read as a growth (↑ 3 percentage points).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each proposal of `text` as its metric, comparator, value, unit and measure. */
const read = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.unit, p.measure]);

describe('分別 lists with 和, a unit written once and a peer', () => {
  test('items joined by 和 (or 、 then 和) pair with the values in order; the first of a pair shares the last one’s noun', () => {
    assert.deepEqual(read('新建學校和醫院分別為2所、3所。'), [
      ['新建學校', 'exact', 2, '所', 'flow'],
      ['醫院', 'exact', 3, '所', 'flow'],
    ]);
    assert.deepEqual(read('新建學校、醫院和公園分別為2個、3個、4個。').map(([metric, , value]) => [metric, value]), [
      ['新建學校', 2],
      ['醫院', 3],
      ['公園', 4],
    ]);
    assert.deepEqual(read('城鎮和農村居民人均可支配收入分別增長6%和7%。'), [
      ['城鎮居民人均可支配收入', 'increaseBy', 6, '%', 'growth'],
      ['農村居民人均可支配收入', 'increaseBy', 7, '%', 'growth'],
    ]);
    // The 、 list with a clause before it (another city's review) pairs with 和 as with 、.
    assert.deepEqual(read('一般公共預算收入和稅收收入,分別增長15%、20%。').map(([metric, , value]) => [metric, value]), [
      ['一般公共預算收入', 15],
      ['稅收收入', 20],
    ]);
    traceable('城鎮和農村居民人均可支配收入分別增長6%和7%。');
  });

  test('a 與 or 和 inside a name is no joiner when the list pairs without it', () => {
    assert.deepEqual(read('研究與試驗發展經費投入強度和高新技術產業產值占比分別達到2.5%和50%。').map(([metric, , value]) => [metric, value]), [
      ['研究與試驗發展經費投入強度', 2.5],
      ['高新技術產業產值占比', 50],
    ]);
    assert.deepEqual(read('工業和信息化投資、技改投資分別增長10%、8%。').map(([metric, , value]) => [metric, value]), [
      ['工業和信息化投資', 10],
      ['技改投資', 8],
    ]);
  });

  test('a unit written once after the list is every value’s', () => {
    assert.deepEqual(read('規上工業增加值、固定資產投資分別增長6、8%。'), [
      ['規上工業增加值', 'increaseBy', 6, '%', 'growth'],
      ['固定資產投資', 'increaseBy', 8, '%', 'growth'],
    ]);
    assert.deepEqual(read('新建學校、醫院分別為2、3所。').map(([metric, , value, unit]) => [metric, value, unit]), [
      ['新建學校', 2, '所'],
      ['醫院', 3, '所'],
    ]);
  });

  test('a gap to a peer governs every value of its list, in percentage points, and the metric names the peer', () => {
    const expected = [
      ['全市增速高於全省', 'atLeast', 2, '個百分點', 'rate'],
      ['縣域增速高於全省', 'atLeast', 3, '個百分點', 'rate'],
    ];
    assert.deepEqual(read('全市和縣域增速分別高於全省2個、3個百分點。'), expected);
    assert.deepEqual(read('全市、縣域增速分別高於全省2個百分點、3個百分點。'), expected);
    assert.deepEqual(read('全市、縣域增速分別高於全省2、3個百分點。'), expected);
    traceable('全市和縣域增速分別高於全省2個、3個百分點。');
  });

  test('lists that still do not pair say so, as before', () => {
    // Two values, one subject and no joiner in it: for a person to say which value is whose.
    assert.deepEqual(extractTargets('化學需氧量排放量比2020年分別下降8%、10%。').map((p) => p.subjectUnknown), [undefined, true]);
    // Two 和 in a list of two values: which one joins the pair is for a person to say.
    assert.deepEqual(extractTargets('工業和信息化投資和技改投資分別增長10%、8%。', { year: 2024 }).map((p) => p.subjectUnknown), [undefined, true]);
  });
});
