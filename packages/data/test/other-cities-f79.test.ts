/**
 * Parser leftovers of F70's report and r58 Low 9 (F79): a year leading a clause before 全市 leaves the metric a later
 * clause carries as 全市2023年… does (全市5G基站); a range of years (2024—2025年) or of months (2025年1—6月) leading a
 * clause, after 全市 or not, is its deadline (the last year's end, the last month's) and no part of the metric; a list
 * of levels with a noun after its count (三级财政) or a verb of setting up after 分别 (设立) names each level's item as
 * the level rule names the others (省级财政投入资金, 县级服务站).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/index.js';
import { readingsOf as read, traceable } from './helpers.js';

/** Metric, value and deadline of each target read in a plan of `year`. */
const dated = (text: string, year = 2024): unknown[][] => extractTargets(text, { year }).map((p) => [p.metric, p.value, p.deadline ?? p.deadlineMonth]);

describe('a year before 全市 leading a clause', () => {
  test('2023年全市新建…,2025年达到…: the later clause carries 全市5G基站, as 全市2023年… does', () => {
    assert.deepEqual(dated('2023年全市新建5G基站3000个,2025年达到5000个。', 2022), [['全市新建5G基站', 3000, '2023-12-31'], ['全市5G基站', 5000, '2025-12-31']]);
    assert.deepEqual(dated('2023年全市新建5G基站3000个,2025年达到5000个。', 2023), [['全市新建5G基站', 3000, undefined], ['全市5G基站', 5000, '2025-12-31']]);
    // In a plan of 2024 the 2023 figure is a past fact; the 2025 one is named the same.
    assert.deepEqual(dated('2023年全市新建5G基站3000个,2025年达到5000个。'), [['全市5G基站', 5000, '2025-12-31']]);
    assert.deepEqual(dated('2023年全市新建5G基站3000個,2025年達到5000個。'), [['全市5G基站', 5000, '2025-12-31']]);
    // The neighbours, as before.
    assert.deepEqual(dated('全市2023年新建5G基站3000个,2025年达到5000个。', 2022).map(([metric]) => metric), ['全市新建5G基站', '全市5G基站']);
    assert.deepEqual(dated('2023年新建5G基站3000个,2025年达到5000个。', 2022).map(([metric]) => metric), ['新建5G基站', '5G基站']);
    traceable('2023年全市新建5G基站3000个,2025年达到5000个。');
  });
});

describe('a range of years or of months leading a clause', () => {
  test('全市2024—2025年…: due at the end of the last year, no part of the metric; - or — or 至', () => {
    assert.deepEqual(dated('全市2024-2025年新建5G基站3000个。'), [['全市新建5G基站', 3000, '2025-12-31']]);
    assert.deepEqual(dated('全市2024—2025年新建5G基站3000个。'), [['全市新建5G基站', 3000, '2025-12-31']]);
    assert.deepEqual(dated('全市2024年至2025年新建5G基站3000个。'), [['全市新建5G基站', 3000, '2025-12-31']]);
    assert.deepEqual(dated('2024-2025年全市新建5G基站3000个。'), [['全市新建5G基站', 3000, '2025-12-31']]);
    assert.deepEqual(dated('2023-2025年新建5G基站3000个。'), [['新建5G基站', 3000, '2025-12-31']]);
    // A range all past is a past fact still.
    assert.deepEqual(dated('2022—2023年,全市累计新建充电桩3000个。'), []);
    traceable('全市2024-2025年新建5G基站3000个。');
  });

  test('全市2025年1—6月…: due at the end of the last month, no part of the metric', () => {
    assert.deepEqual(dated('全市2025年1-6月新建5G基站3000个。'), [['全市新建5G基站', 3000, '2025-06-30']]);
    assert.deepEqual(dated('2025年1-6月新建5G基站3000个。'), [['新建5G基站', 3000, '2025-06-30']]);
    assert.deepEqual(dated('全市2025年1—6月新建5G基站3000個。'), [['全市新建5G基站', 3000, '2025-06-30']]);
    // Of the plan's year: due at the end of June of it.
    assert.deepEqual(dated('全市2024年1-6月新建5G基站3000个。'), [['全市新建5G基站', 3000, 6]]);
    traceable('全市2025年1-6月新建5G基站3000个。');
  });
});

describe('r58 Low 9: each level of a list of levels named as the level rule names the others', () => {
  test('省、市、县三级财政分别投入…: 省级财政, 市级财政, 县级财政, in both scripts', () => {
    assert.deepEqual(read('省、市、县三级财政分别投入资金100万元、50万元、20万元。').map(([metric, , value]) => [metric, value]), [
      ['省级财政投入资金', 100],
      ['市级财政投入资金', 50],
      ['县级财政投入资金', 20],
    ]);
    assert.deepEqual(read('省、市、縣三級財政分別投入資金100萬元、50萬元、20萬元。').map(([metric]) => metric), ['省級財政投入資金', '市級財政投入資金', '縣級財政投入資金']);
    traceable('省、市、县三级财政分别投入资金100万元、50万元、20万元。');
  });

  test('县、乡、村三级分别设立服务站…: 县级服务站, the verb of setting up gone as 建成 goes', () => {
    assert.deepEqual(read('县、乡、村三级分别设立服务站1个、10个、100个。').map(([metric, , value]) => [metric, value]), [
      ['县级服务站', 1],
      ['乡级服务站', 10],
      ['村级服务站', 100],
    ]);
    assert.deepEqual(read('縣、鄉、村三級分別設立服務站1個、10個、100個。').map(([metric]) => metric), ['縣級服務站', '鄉級服務站', '村級服務站']);
    assert.deepEqual(read('市、县两级分别建立工作专班2个、10个。').map(([metric]) => metric), ['市级工作专班', '县级工作专班']);
    // The rule's other cases, as before.
    assert.deepEqual(read('省、市、县三级分别建成示范点10个、5个、3个。').map(([metric]) => metric), ['省级示范点', '市级示范点', '县级示范点']);
    assert.deepEqual(read('市、县(区)两级分别投入资金5亿元、3亿元。').map(([metric]) => metric), ['市级投入资金', '县(区)级投入资金']);
  });
});
