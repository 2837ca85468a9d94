/**
 * F225 (review r90 M1, its rest): a later clause naming a later period of the plan's year (下半年, 下半年度, 7-12月)
 * carried the deadline of the half before it (上半年…: 06-30) and kept the period in its metric (下半年新建); it
 * is due at the end of its own period, its metric named as the earlier period's is (新建). 上半年度 is read whole, as
 * 上半年 is (its metric was 度新建); 1-6月 after 其中 is its clause's period, as leading it (it was part of the metric).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { traceable } from './helpers.js';

/** Each target of a plan of 2023 of one section whose tasks are `tasks`, as its id, value, unit, deadline and metric. */
const readings = (...tasks: string[]) => {
  const text = ['嘉祥縣2023年重點工作任務', '一、測試', ...tasks.map((t, i) => `${i + 1}.${t}\n（牽頭單位：縣農業農村局）`)].join('\n');
  const plan = planFromText(text, { issuer: '嘉祥縣人民政府', lenient: true }).plan!;
  return plan.targets.map((t) => [t.id, t.value, t.unit, t.deadline, t.metric['zh-Hant']]);
};

describe('F225: a later period of the year after 上半年 is due at its own end', () => {
  test('下半年 after 上半年: the year\'s end, its metric named as 上半年\'s is; digits or Chinese numerals', () => {
    assert.deepEqual(readings('全年新建5G基站1000個，其中上半年新建300個，下半年新建700個。', '全年新建5G基站一千個，其中上半年新建三百個，下半年新建七百個。'), [
      ['t01.1', 1000, '個', '2023-12-31', '新建5G基站'],
      ['t01.2', 300, '個', '2023-06-30', '新建'],
      ['t01.3', 700, '個', '2023-12-31', '新建'],
      ['t02.1', 1000, '個', '2023-12-31', '新建5G基站'],
      ['t02.2', 300, '個', '2023-06-30', '新建'],
      ['t02.3', 700, '個', '2023-12-31', '新建'],
    ]);
    traceable('全年新建5G基站1000個，其中上半年新建300個，下半年新建700個。');
  });

  test('上半年度 and 下半年度, 7-12月 after 上半年 or 其中1-6月, and the quarters: each period\'s end', () => {
    assert.deepEqual(
      readings(
        '全年新建基站1000個，其中上半年度新建300個，下半年度新建700個。',
        '上半年新建基站300個，7-12月新建700個。',
        '全年新建基站1000個，其中一季度新建200個，二季度新建300個，三季度新建200個，四季度新建300個。',
        '全年新建基站1000個，其中1-6月新建300個，7-12月新建700個。',
      ),
      [
        ['t01.1', 1000, '個', '2023-12-31', '新建基站'],
        ['t01.2', 300, '個', '2023-06-30', '新建'],
        ['t01.3', 700, '個', '2023-12-31', '新建'],
        ['t02.1', 300, '個', '2023-06-30', '新建基站'],
        ['t02.2', 700, '個', '2023-12-31', '新建'],
        ['t03.1', 1000, '個', '2023-12-31', '新建基站'],
        ['t03.2', 200, '個', '2023-03-31', '新建'],
        ['t03.3', 300, '個', '2023-06-30', '新建'],
        ['t03.4', 200, '個', '2023-09-30', '新建'],
        ['t03.5', 300, '個', '2023-12-31', '新建'],
        ['t04.1', 1000, '個', '2023-12-31', '新建基站'],
        ['t04.2', 300, '個', '2023-06-30', '新建'],
        ['t04.3', 700, '個', '2023-12-31', '新建'],
      ],
    );
  });

  test('the extractor: 下半年 of the plan\'s year names no month of its own, as 2023年下半年 does not', () => {
    const due = (text: string) => extractTargets(text, { year: 2023 }).map((p) => [p.value, p.deadline ?? p.deadlineMonth]);
    assert.deepEqual(due('上半年新建基站300個，下半年新建700個。'), [[300, 6], [700, undefined]]);
    assert.deepEqual(due('上半年新建基站300個，下半年新建700個。'), due('2023年上半年新建基站300個，2023年下半年新建700個。'));
  });
});
