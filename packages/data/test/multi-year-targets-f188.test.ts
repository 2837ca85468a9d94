/**
 * F188 (F186's leftover): in a plan over several years (2021—2025, `year` 2025 and `periodStart` 2021), a year inside
 * the period before the last (2023年新增5G基站3000个) was said as a past fact, no target; only a year before the period
 * is past. A plan of one year reads as before.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';

const PERIOD = { year: 2025, periodStart: 2021 };
/** Each target's value and deadline, and each unread numeral's reason. */
const read = (text: string, options: { year: number; periodStart?: number }) => {
  const { targets, unread } = extractTargetsAndUnread(text, options);
  return { targets: targets.map((t) => [t.value, t.deadline]), unread: unread.map((u) => [u.numeral, u.reason]) };
};

describe('F188: a target due inside a multi-year plan\'s period', () => {
  test('a year of the period leading its sentence, alone or in a range, is the deadline of a target', () => {
    assert.deepEqual(read('2023年新增5G基站3000个。', PERIOD), { targets: [[3000, '2023-12-31']], unread: [] });
    assert.deepEqual(read('2022—2023年新建充电桩500个。', PERIOD), { targets: [[500, '2023-12-31']], unread: [] });
    assert.deepEqual(read('全市2023年新建5G基站3000个。', PERIOD), { targets: [[3000, '2023-12-31']], unread: [] });
  });

  test('a year of the period right before its change word is the deadline of that value', () => {
    assert.deepEqual(read('单位GDP能耗2023年下降3.2%、2024年下降3%。', PERIOD), { targets: [[3.2, '2023-12-31'], [3, '2024-12-31']], unread: [] });
  });

  test('a year before the period is past, as before', () => {
    assert.deepEqual(read('截至2020年底,全市已建成5G基站3000个。', PERIOD), { targets: [], unread: [['3000', 'past']] });
    assert.deepEqual(read('2020年全市已建成5G基站3000个。', PERIOD), { targets: [], unread: [['3000', 'past']] });
    assert.deepEqual(read('2020年新建5G基站3000个,2023年达到5000个。', PERIOD), { targets: [[5000, '2023-12-31']], unread: [['3000', 'past']] });
  });

  test('a plan of one year (no periodStart) still reads a year before its own as past', () => {
    assert.deepEqual(read('2023年新增5G基站3000个。', { year: 2025 }), { targets: [], unread: [['3000', 'past']] });
    assert.deepEqual(read('单位GDP能耗2023年下降3.2%、2024年下降3%。', { year: 2025 }), { targets: [], unread: [['3.2', 'past'], ['3', 'past']] });
  });

  test('a plan built from a （2021—2025年） document keeps a target due in 2023', () => {
    const text = ['某市数字经济发展规划（2021—2025年）', '', '1.加快5G网络建设。2023年新增5G基站3000个。', '牵头单位：市工信局'].join('\n');
    const { plan, issues } = planFromText(text, { issuer: '某市人民政府' });
    assert.deepEqual(issues, []);
    assert.deepEqual(plan!.targets.map((t) => [t.value, t.deadline]), [[3000, '2023-12-31']]);
  });
});
