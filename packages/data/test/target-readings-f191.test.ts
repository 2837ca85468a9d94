/**
 * F191: four target readings the parser got wrong. 确保 after a target read its value as a total of the noun
 * (新建基站300个,确保500个: 基站); a 分别 list of years after a metric (研发经费投入强度2024年、2025年分别提高…) named the
 * metric with a year and gave every value the plan's year; a share of a year inside a multi-year plan's period
 * (提高到2023年的22%) must stay a base; a base clause led by 在 of a year inside the period (在2023年新建基站3000个的基础上)
 * named the value after it with 在 and the year (and read the base as a target).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { traceable } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit, measure and firmness. */
const read = (text: string) => {
  traceable(text);
  return extractTargetsAndUnread(text, { year: 2024 }).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.measure, t.firmness]);
};

const MULTI_YEAR = '某市“十四五”科技创新规划（2021—2025年）';
/** Each target of a one-task plan under `title` as its metric, comparator, value, measure, base year and deadline. */
const planned = (title: string, body: string) => {
  const { plan, issues } = planFromText([title, '', `1.测试任务。${body}`, '牵头单位：市科技局'].join('\n'), { issuer: '某市人民政府' });
  assert.deepEqual(issues, []);
  return plan!.targets.map((t) => [t.metric['zh-Hans'], t.comparator, t.value, t.measure, t.baselineYear, t.deadline]);
};

describe('F191: target readings', () => {
  test('确保 after a target makes a figure of the same quantity firm: the same metric, verb kept, and measure', () => {
    assert.deepEqual(read('新建基站300个，确保500个。'), [
      ['新建基站', 'exact', 300, '个', 'flow', 'plain'],
      ['新建基站', 'exact', 500, '个', 'flow', 'ensure'],
    ]);
    // A firm floor under the target, 完成 or 达到 after 确保: two targets of one metric, as 力争 gives.
    assert.deepEqual(read('新建基站300个以上，确保完成280个。'), [
      ['新建基站', 'atLeast', 300, '个', 'flow', 'plain'],
      ['新建基站', 'exact', 280, '个', 'flow', 'ensure'],
    ]);
    // 280, not at least 280: a comparator is its words' own, as 确保新建基站280个 alone reads; 确保 is the firmness, and an
    // amount is reached from its value up.
    assert.deepEqual(read('确保新建基站280个。')[0]?.slice(1), ['exact', 280, '个', 'flow', 'ensure']);
    // Only a bound after the unit: still the same quantity (r85).
    assert.deepEqual(read('新建基站300个，确保500个以上。')[1], ['新建基站', 'atLeast', 500, '个', 'flow', 'ensure']);
  });

  test('确保 or 力争 before a value with words of its own after it names a part or another use, not the target before (r85)', () => {
    for (const [text, whole, part] of [
      ['新增城镇就业2万人，确保1万人以上为高校毕业生。', ['新增城镇就业', 'exact', 2, '万人', 'flow', 'plain'], ['atLeast', 1, '万人', 'flow', 'ensure']],
      ['全年发放创业担保贷款10亿元，确保5亿元用于小微企业。', ['发放创业担保贷款', 'exact', 10, '亿元', 'flow', 'plain'], ['exact', 5, '亿元', 'flow', 'ensure']],
      ['新建基站300个，力争500个用于农村。', ['新建基站', 'exact', 300, '个', 'flow', 'plain'], ['exact', 500, '个', 'flow', 'strive']],
    ] as const) {
      const [first, second] = read(text);
      assert.deepEqual(first, whole, text);
      assert.notEqual(second?.[0], first?.[0], text);
      assert.deepEqual(second?.slice(1), part, text);
    }
  });

  test('a 分别 list of years after a metric: the metric without a year, each value due at its year\'s end', () => {
    const listed = planned('某市2024年科技创新重点任务', '研发经费投入强度2024年、2025年分别提高0.2个百分点和0.3个百分点。');
    assert.deepEqual(listed.map(([metric, comparator, value, , , deadline]) => [metric, comparator, value, deadline]), [
      ['研发经费投入强度', 'increaseBy', 0.2, '2024-12-31'],
      ['研发经费投入强度', 'increaseBy', 0.3, '2025-12-31'],
    ]);
    // Read as the same values each after its own year are, measure and base included.
    assert.deepEqual(listed, planned('某市2024年科技创新重点任务', '研发经费投入强度2024年提高0.2个百分点、2025年提高0.3个百分点。'));
  });

  test('a time word before the first year of the list (到, 至, 在, 于) is no part of the metric (r85)', () => {
    for (const word of ['到', '至', '在', '于']) {
      const listed = planned('某市2024年科技创新重点任务', `常住人口城镇化率${word}2024年、2025年分别达到66%和67%。`);
      assert.deepEqual(listed.map(([metric, comparator, value, , , deadline]) => [metric, comparator, value, deadline]), [
        ['常住人口城镇化率', 'atLeast', 66, '2024-12-31'],
        ['常住人口城镇化率', 'atLeast', 67, '2025-12-31'],
      ], word);
    }
  });

  test('提高到2023年的22%: a share of 2023\'s level (its base), in a plan of 2024 and inside a 2021—2025 period alike', () => {
    for (const title of [MULTI_YEAR, '某市2024年科技创新重点任务']) {
      const [target] = planned(title, '研发经费投入提高到2023年的22%。');
      assert.deepEqual([target?.[0], target?.[2], target?.[4], target?.[5]], ['研发经费投入', 22, 2023, title === MULTI_YEAR ? '2025-12-31' : '2024-12-31'], title);
    }
  });

  test('在2023年新建基站3000个的基础上,2025年达到5000个 inside a 2021—2025 period: the 5000 is of 基站', () => {
    const targets = planned(MULTI_YEAR, '在2023年新建基站3000个的基础上，2025年达到5000个。');
    assert.deepEqual(targets, [['基站', 'atLeast', 5000, 'level', undefined, '2025-12-31']]);
    // The 3000 is what the target builds on, stated as done: said, no target, as a base of a year before the period is.
    const { unread } = extractTargetsAndUnread('在2023年新建基站3000个的基础上，2025年达到5000个。', { year: 2025, periodStart: 2021 });
    assert.deepEqual(unread.map((u) => [u.numeral, u.reason]), [['3000', 'past']]);
  });
});
